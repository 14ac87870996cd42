import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SearchResponse } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { SearchQuery } from './search.requests';
import { SearchService } from './search.service';
import type { ReadSource } from '../common/sql';
import { ReadDb } from '../database/replica/read-routing';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly searches: SearchService) {}

  /** Organisations, meetings, positions and actions matching `q`, best first; sensitive records only for those cleared. */
  @Allow(...ANY_SIGNED_IN)
  @Get()
  search(@Query() query: SearchQuery, @CurrentUser() user: AuthUser, @ReadDb() db?: ReadSource): Promise<SearchResponse> {
    return this.searches.search(query, user, db);
  }
}
