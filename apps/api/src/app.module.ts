import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { HealthModule } from './health/health.module';
import { pinoHttpOptions } from './logging/log-options';
import { UsersModule } from './users/users.module';
import { AuthModule } from './auth/auth.module';
import { AuditModule } from './audit/audit.module';
import { ExportsModule } from './exports/exports.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { ContactsModule } from './contacts/contacts.module';
import { GroupsModule } from './groups/groups.module';
import { ThemesModule } from './themes/themes.module';
import { ProposalsModule } from './proposals/proposals.module';
import { MinistersModule } from './ministers/ministers.module';
import { MeetingsModule } from './meetings/meetings.module';
import { PositionsModule } from './positions/positions.module';
import { ActionsModule } from './actions/actions.module';
import { InformationRequestsModule } from './information-requests/information-requests.module';
import { LegalHoldsModule } from './legal-holds/legal-holds.module';
import { ParliamentModule } from './parliament/parliament.module';
import { RetentionModule } from './retention/retention.module';
import { SearchModule } from './search/search.module';
import { ImportsModule } from './imports/imports.module';
import { TransparencyModule } from './reports/transparency/transparency.module';
import { BriefingModule } from './reports/briefing/briefing.module';
import { PrintModule } from './print/print.module';
import { YouSaidWeDidModule } from './reports/you-said-we-did/you-said-we-did.module';
import { CoverageModule } from './reports/coverage/coverage.module';
import { CalendarModule } from './calendar/calendar.module';
import { CLOCK, systemClock, type Clock } from './common/clock';
import { JobsModule } from './jobs/jobs.module';
import { ReadReplicaModule } from './database/replica/read-replica.module';
import { NotificationsModule } from './notifications/notifications.module';
import { InboundNotesModule } from './inbound-notes/inbound-notes.module';

export interface AppRuntime {
  config: AppConfig;
  /** Resolved by the caller: the configured server or the embedded one it started. */
  databaseUrl: string;
  /** Tests pass a ManualClock to exercise timeouts. */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, clock }: AppRuntime): DynamicModule {
    return {
      module: AppModule,
      global: true,
      exports: [CLOCK],
      imports: [
        ConfigModule.forRoot(config),
        // Nest's own lines go to pino. pino-http is mounted first of all in configureApp; lines written while serving a
        // request use its logger (logDuringRequest). No routes get nestjs-pino's AsyncLocalStorage binding: on Node 20
        // it puts a hook on every promise of every request.
        LoggerModule.forRoot({ pinoHttp: pinoHttpOptions(config), useExisting: true, forRoutes: [] }),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.databasePoolSize)),
        ReadReplicaModule,
        AuditModule,
        ExportsModule,
        AuthModule,
        HealthModule,
        UsersModule,
        OrganisationsModule,
        ContactsModule,
        GroupsModule,
        ThemesModule,
        ProposalsModule,
        MinistersModule,
        MeetingsModule,
        PositionsModule,
        ActionsModule,
        InformationRequestsModule,
        LegalHoldsModule,
        ParliamentModule,
        RetentionModule,
        SearchModule,
        YouSaidWeDidModule,
        CoverageModule,
        CalendarModule,
        ImportsModule,
        TransparencyModule,
        BriefingModule,
        PrintModule,
        JobsModule,
        NotificationsModule,
        InboundNotesModule,
      ],
      providers: [{ provide: CLOCK, useValue: clock ?? systemClock }],
    };
  }
}
