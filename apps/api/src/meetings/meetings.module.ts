import { Module } from '@nestjs/common';
import { MeetingReader } from './meeting-reader';
import { MeetingWorkflowService } from './meeting-workflow.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { PhasesController } from './phases.controller';
import { PhasesService } from './phases.service';

@Module({
  controllers: [MeetingsController, PhasesController],
  providers: [MeetingsService, MeetingWorkflowService, MeetingReader, PhasesService],
  exports: [MeetingReader],
})
export class MeetingsModule {}
