import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { RetentionController, RetentionRulesController } from './retention.controller';
import { RetentionDisposals } from './retention-disposals.service';
import { RetentionRules } from './retention-rules.service';

@Module({ imports: [ContactsModule], controllers: [RetentionRulesController, RetentionController], providers: [RetentionRules, RetentionDisposals] })
export class RetentionModule {}
