import { Module } from '@nestjs/common';
import { PositionLists } from './position-lists';
import { PositionMatrix } from './position-matrix';
import { PositionShifts } from './position-shifts';
import { PositionsController } from './positions.controller';
import { PositionsService } from './positions.service';

@Module({ controllers: [PositionsController], providers: [PositionsService, PositionLists, PositionMatrix, PositionShifts], exports: [PositionsService] })
export class PositionsModule {}
