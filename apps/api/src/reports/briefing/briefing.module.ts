import { Module } from '@nestjs/common';
import { MeetingsModule } from '../../meetings/meetings.module';
import { BriefingController } from './briefing.controller';
import { BriefingPackService } from './briefing-pack';

@Module({ imports: [MeetingsModule], controllers: [BriefingController], providers: [BriefingPackService] })
export class BriefingModule {}
