import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page, ParliamentaryItemDetailResponse, ParliamentaryItemResponse, ParliamentaryLinkResponse, ParliamentaryRecommendationResponse, Role } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { ParliamentList } from './parliament-list';
import {
  CreateParliamentaryItemBody,
  CreateParliamentaryLinkBody,
  CreateRecommendationBody,
  LinkParams,
  ParliamentaryListQuery,
  RecommendationParams,
  UpdateParliamentaryItemBody,
  UpdateRecommendationBody,
} from './parliament.requests';
import { ParliamentService } from './parliament.service';
import type { ReadSource } from '../common/sql';
import { ReadDb } from '../database/replica/read-routing';

/** Officials and the private office keep the register and draft responses; viewers (analysts, transparency) read it. */
const KEEPERS: Role[] = ['admin', 'recorder', 'reviewer'];

@ApiTags('parliament')
@Controller('parliament')
export class ParliamentController {
  constructor(
    private readonly items: ParliamentService,
    private readonly lists: ParliamentList,
  ) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(@Query() query: ParliamentaryListQuery, @CurrentUser() user: AuthUser, @ReadDb() db?: ReadSource): Promise<Page<ParliamentaryItemResponse>> {
    return this.lists.list(query, user, db);
  }

  @Allow(...KEEPERS)
  @IdempotentPost()
  create(@Body() body: CreateParliamentaryItemBody, @CurrentUser() user: AuthUser): Promise<ParliamentaryItemResponse> {
    return this.items.create(body, user);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get(':id')
  get(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<ParliamentaryItemDetailResponse> {
    return this.items.get(id, user);
  }

  @Allow(...KEEPERS)
  @Patch(':id')
  update(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdateParliamentaryItemBody, @CurrentUser() user: AuthUser): Promise<ParliamentaryItemResponse> {
    return this.items.update(id, requireVersion(ifMatch), body, user);
  }

  @Allow(...KEEPERS)
  @IdempotentPost(':id/recommendations')
  addRecommendation(@Param() { id }: IdParam, @Body() body: CreateRecommendationBody, @CurrentUser() user: AuthUser): Promise<ParliamentaryRecommendationResponse> {
    return this.items.addRecommendation(id, body, user);
  }

  @Allow(...KEEPERS)
  @Patch(':id/recommendations/:recommendationId')
  updateRecommendation(
    @Param() { id, recommendationId }: RecommendationParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateRecommendationBody,
    @CurrentUser() user: AuthUser,
  ): Promise<ParliamentaryRecommendationResponse> {
    return this.items.updateRecommendation(id, recommendationId, requireVersion(ifMatch), body, user);
  }

  @Allow(...KEEPERS)
  @IdempotentPost(':id/links')
  addLink(@Param() { id }: IdParam, @Body() body: CreateParliamentaryLinkBody, @CurrentUser() user: AuthUser): Promise<ParliamentaryLinkResponse> {
    return this.items.addLink(id, body, user);
  }

  @Allow(...KEEPERS)
  @Delete(':id/links/:linkId')
  @HttpCode(204)
  removeLink(@Param() { id, linkId }: LinkParams, @CurrentUser() user: AuthUser): Promise<void> {
    return this.items.removeLink(id, linkId, user);
  }
}
