import { Module } from '@nestjs/common';
import { LegalHoldsModule } from '../legal-holds/legal-holds.module';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';
import { SubjectAccessFile } from './subject-access';

@Module({ imports: [LegalHoldsModule], controllers: [ContactsController], providers: [ContactsService, SubjectAccessFile], exports: [ContactsService] })
export class ContactsModule {}
