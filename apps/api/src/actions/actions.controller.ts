import { Body, Controller, Get, Header, Headers, Param, Patch, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import type { Role, ActionDetailResponse, ActionResponse, ActionUpdateResponse, Page } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { ApiDownload } from '../exports/download';
import { ExportsService } from '../exports/exports.service';
import { EXPORT_FORMATS } from '../exports/list-export';
import { ActionExportQuery, ActionListQuery, CreateActionBody, CreateActionUpdateBody, UpdateActionBody } from './action.requests';
import { ActionsService } from './actions.service';
import { IdempotentPost } from '../common/idempotency.interceptor';
import type { ReadSource } from '../common/sql';
import { ReadDb } from '../database/replica/read-routing';

/** Editors, plus reviewers: the private office records ministerial commitments and closes actions. */
const ACTION_WRITERS: Role[] = ['admin', 'recorder', 'reviewer'];

@ApiTags('actions')
@Controller('actions')
export class ActionsController {
  constructor(
    private readonly actions: ActionsService,
    private readonly exports: ExportsService,
  ) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(@Query() query: ActionListQuery, @CurrentUser() user: AuthUser, @ReadDb() db?: ReadSource): Promise<Page<ActionResponse>> {
    return this.actions.list(query, user, db);
  }

  // Declared before ':id' so "export" and "mine" are not taken for ids.
  @Allow(...ANY_SIGNED_IN)
  @Get('export')
  @ApiDownload(...EXPORT_FORMATS)
  async export(@Query() query: ActionExportQuery, @CurrentUser() user: AuthUser, @Res() res: Response, @ReadDb() db?: ReadSource): Promise<void> {
    await this.exports.send(res, user, query.format, query, await this.actions.exportSource(query, user, db), db);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get('mine')
  mine(@Query() query: ActionListQuery, @CurrentUser() user: AuthUser, @ReadDb() db?: ReadSource): Promise<Page<ActionResponse>> {
    return this.actions.mine(query, user, db);
  }

  @Allow(...ACTION_WRITERS)
  @IdempotentPost()
  create(@Body() body: CreateActionBody, @CurrentUser() user: AuthUser): Promise<ActionDetailResponse> {
    return this.actions.create(body, user);
  }

  // The ETag is the action's version, but progress notes change this body without changing it: not cacheable.
  @Allow(...ANY_SIGNED_IN)
  @Get(':id')
  @Header('Cache-Control', 'no-store')
  get(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<ActionDetailResponse> {
    return this.actions.get(id, user);
  }

  @Allow(...ACTION_WRITERS)
  @Patch(':id')
  update(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdateActionBody, @CurrentUser() user: AuthUser): Promise<ActionDetailResponse> {
    return this.actions.update(id, requireVersion(ifMatch), body, user);
  }

  @Allow(...ACTION_WRITERS)
  @IdempotentPost(':id/updates')
  addUpdate(@Param() { id }: IdParam, @Body() body: CreateActionUpdateBody, @CurrentUser() user: AuthUser): Promise<ActionUpdateResponse> {
    return this.actions.addUpdate(id, body, user);
  }
}
