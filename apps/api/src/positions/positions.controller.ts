import { Body, Controller, Get, Headers, Param, Patch, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiDownload } from '../exports/download';
import { ExportsService } from '../exports/exports.service';
import { EXPORT_FORMATS } from '../exports/list-export';
import { ApiTags } from '@nestjs/swagger';
import type { Page, PositionMatrixResponse, PositionMovesResponse, PositionResponse, StanceByPhaseResponse } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser, EDITORS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { PositionLists } from './position-lists';
import { PositionMatrix } from './position-matrix';
import { PositionShifts } from './position-shifts';
import { PositionMoveQuery, StanceByPhaseQuery } from './position-shifts.requests';
import { CreatePositionBody, PositionExportQuery, PositionListQuery, PositionMatrixQuery, UpdatePositionBody } from './position.requests';
import { PositionsService } from './positions.service';
import { IdempotentPost } from '../common/idempotency.interceptor';
import type { ReadSource } from '../common/sql';
import { ReadDb } from '../database/replica/read-routing';

/** No DELETE: positions are a history; a wrong record is corrected (PATCH), a new statement is added (POST). */
@ApiTags('positions')
@Controller('positions')
export class PositionsController {
  constructor(
    private readonly positions: PositionsService,
    private readonly lists: PositionLists,
    private readonly matrices: PositionMatrix,
    private readonly shifts: PositionShifts,
    private readonly exports: ExportsService,
  ) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(@Query() query: PositionListQuery, @CurrentUser() user: AuthUser, @ReadDb() db?: ReadSource): Promise<Page<PositionResponse>> {
    return this.lists.list(query, user, db);
  }

  // Declared before ':id' so these words are not taken for (invalid) ids.
  @Allow(...ANY_SIGNED_IN)
  @Get('current')
  current(@Query() query: PositionListQuery, @CurrentUser() user: AuthUser, @ReadDb() db?: ReadSource): Promise<Page<PositionResponse>> {
    return this.lists.current(query, user, db);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get('export')
  @ApiDownload(...EXPORT_FORMATS)
  async export(@Query() query: PositionExportQuery, @CurrentUser() user: AuthUser, @Res() res: Response, @ReadDb() db?: ReadSource): Promise<void> {
    await this.exports.send(res, user, query.format, query, this.lists.exportSource(query, user), db);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get('matrix')
  matrix(@Query() query: PositionMatrixQuery, @CurrentUser() user: AuthUser, @ReadDb() db?: ReadSource): Promise<PositionMatrixResponse> {
    return this.matrices.build(query, user, db);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get('phases')
  byPhase(@Query() query: StanceByPhaseQuery, @CurrentUser() user: AuthUser): Promise<StanceByPhaseResponse> {
    return this.shifts.byPhase(query, user);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get('moves')
  moves(@Query() query: PositionMoveQuery, @CurrentUser() user: AuthUser): Promise<PositionMovesResponse> {
    return this.shifts.moves(query, user);
  }

  @Allow(...EDITORS)
  @IdempotentPost()
  create(@Body() body: CreatePositionBody, @CurrentUser() user: AuthUser): Promise<PositionResponse> {
    return this.positions.create(body, user);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get(':id')
  get(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<PositionResponse> {
    return this.positions.get(id, user);
  }

  @Allow(...EDITORS)
  @Patch(':id')
  correct(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdatePositionBody, @CurrentUser() user: AuthUser): Promise<PositionResponse> {
    return this.positions.correct(id, requireVersion(ifMatch), body, user);
  }
}
