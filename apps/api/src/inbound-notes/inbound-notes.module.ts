import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { InboundListener } from './inbound-listener';
import { InboundNotesController } from './inbound-notes.controller';
import { InboundNotesService } from './inbound-notes.service';
import { InboundStore } from './inbound-store';

/** The SMTP listener, when INBOUND_SMTP_PORT is set: started once the app is ready, stopped before the pool closes. */
@Injectable()
export class InboundMail implements OnApplicationBootstrap, OnModuleDestroy {
  readonly listener: InboundListener | undefined;
  /** The port it listens on (a free one when configured as 0); undefined when email in is off. */
  port: number | undefined;

  constructor(db: DataSource, audit: AuditService, @Inject(APP_CONFIG) config: AppConfig) {
    const inbound = config.notifications.inbound;
    const logger = new Logger('InboundMail');
    this.listener = inbound ? new InboundListener(inbound, new InboundStore(db, audit), { info: (f, m) => logger.log(f, m), warn: (f, m) => logger.warn(f, m) }) : undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.port = await this.listener?.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.stop();
  }
}

@Module({ controllers: [InboundNotesController], providers: [InboundNotesService, InboundMail] })
export class InboundNotesModule {}
