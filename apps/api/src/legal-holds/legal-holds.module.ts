import { Module } from '@nestjs/common';
import { LegalHoldsController } from './legal-holds.controller';
import { LegalHolds } from './legal-holds.service';

@Module({ controllers: [LegalHoldsController], providers: [LegalHolds], exports: [LegalHolds] })
export class LegalHoldsModule {}
