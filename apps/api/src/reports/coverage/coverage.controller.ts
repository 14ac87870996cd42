import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CoverageResponse } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../../auth/access.decorators';
import type { AuthUser } from '../../auth/auth-user';
import { CoverageQuery } from './coverage.requests';
import { CoverageService } from './coverage.service';
import type { ReadSource } from '../../common/sql';
import { ReadDb } from '../../database/replica/read-routing';

@ApiTags('reports')
@Controller('reports/coverage')
export class CoverageController {
  constructor(private readonly coverage: CoverageService) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  get(@Query() query: CoverageQuery, @CurrentUser() user: AuthUser, @ReadDb() db?: ReadSource): Promise<CoverageResponse> {
    return this.coverage.report(query, user, db);
  }
}
