import { Global, Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { Jobs } from '../jobs/jobs.module';
import type { Job } from '../jobs/job';
import { dailyNoticesJob } from './daily-notices.job';
import { deliverDue } from './delivery';
import { emailTransport, type EmailTransport } from './email-transport';
import { Notices } from './notices';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

export const DELIVERY_JOB = 'notifications-delivery';

/** The notices jobs on the instance's scheduler, and the email transport they send through. */
@Injectable()
export class NotificationJobs implements OnModuleInit, OnApplicationShutdown {
  readonly transport: EmailTransport | undefined;
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: Jobs,
    private readonly notices: Notices,
  ) {
    this.transport = emailTransport(config.notifications.email);
  }

  onModuleInit(): void {
    this.jobs.register(dailyNoticesJob(this.db, this.clock, this.notices));
    // With email off nothing is ever pending (notices are recorded as not sent), so there is nothing to deliver.
    if (this.transport) this.jobs.register(this.deliveryJob(this.transport));
  }

  /** After the scheduler has stopped (onModuleDestroy), so no run in flight loses its connection. */
  onApplicationShutdown(): void {
    this.transport?.close();
  }

  private deliveryJob(transport: EmailTransport): Job {
    return { name: DELIVERY_JOB, everyMs: this.config.notifications.deliveryIntervalMs, run: () => deliverDue(this.db, this.clock, transport, this.config.notifications) };
  }
}

@Global()
@Module({ controllers: [NotificationsController], providers: [Notices, NotificationsService, NotificationJobs], exports: [Notices] })
export class NotificationsModule {}
