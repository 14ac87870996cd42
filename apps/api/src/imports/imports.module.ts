import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { CsvBodyMiddleware } from './csv-body';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({ imports: [OrganisationsModule, ContactsModule], controllers: [ImportsController], providers: [ImportsService] })
export class ImportsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes(ImportsController);
  }
}
