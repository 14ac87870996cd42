import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { PdfRenderer } from './pdf-renderer';
import { PrintController } from './print.controller';
import { PrintService } from './print.service';

@Module({ imports: [MeetingsModule], controllers: [PrintController], providers: [PrintService, PdfRenderer] })
export class PrintModule {}
