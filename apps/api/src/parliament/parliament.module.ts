import { Module } from '@nestjs/common';
import { ParliamentController } from './parliament.controller';
import { ParliamentList } from './parliament-list';
import { ParliamentService } from './parliament.service';
import { ParliamentaryLinks } from './parliamentary-links';
import { Recommendations } from './recommendations';

@Module({ controllers: [ParliamentController], providers: [ParliamentService, ParliamentList, Recommendations, ParliamentaryLinks] })
export class ParliamentModule {}
