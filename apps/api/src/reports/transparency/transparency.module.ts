import { Module } from '@nestjs/common';
import { TransparencyController } from './transparency.controller';
import { TransparencyHeadingsService } from './transparency-headings';
import { TransparencyReturn } from './transparency-return';

@Module({ controllers: [TransparencyController], providers: [TransparencyReturn, TransparencyHeadingsService] })
export class TransparencyModule {}
