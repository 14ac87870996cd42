import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { PROBLEM_CONTENT_TYPE, type HealthResponse } from '@send/contracts';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { problem } from '../common/problem';
import { Public } from '../auth/access.decorators';

const DATABASE_TIMEOUT_MS = 2000;

@ApiTags('platform')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'The service and its database are up.' })
  @ApiServiceUnavailableResponse({ description: 'The database is unreachable.' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthResponse | undefined> {
    if (await this.databaseUp()) {
      return { status: 'ok', database: 'up', demo: this.config.demo, version: this.config.version };
    }
    res.status(HttpStatus.SERVICE_UNAVAILABLE).type(PROBLEM_CONTENT_TYPE);
    res.send(JSON.stringify(problem(503, 'The database is unreachable.', { code: 'database-down', database: 'down' })));
    return undefined;
  }

  private async databaseUp(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS)));
    const query = this.db.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
