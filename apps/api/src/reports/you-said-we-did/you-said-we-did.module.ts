import { Module } from '@nestjs/common';
import { YouSaidWeDidController } from './you-said-we-did.controller';
import { YouSaidWeDidService } from './you-said-we-did.service';

@Module({ controllers: [YouSaidWeDidController], providers: [YouSaidWeDidService] })
export class YouSaidWeDidModule {}
