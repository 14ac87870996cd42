import { Global, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { JobScheduler } from './job-scheduler';
import { housekeepingJob } from './housekeeping.job';

/**
 * The instance's scheduler. Other modules add their jobs with `register()` while the application initialises
 * (onModuleInit); scheduling starts once every module is ready and stops before the database pool closes.
 */
@Injectable()
export class Jobs extends JobScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(db: DataSource, @Inject(CLOCK) clock: Clock, @Inject(APP_CONFIG) config: AppConfig) {
    const logger = new Logger('Jobs');
    super(db, clock, { info: (fields, message) => logger.log(fields, message), error: (fields, message) => logger.error(fields, message) });
    this.register(housekeepingJob(db, clock, config.housekeepingIntervalMs));
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }
}

@Global()
@Module({ providers: [Jobs], exports: [Jobs] })
export class JobsModule {}
