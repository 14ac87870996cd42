import { Module } from '@nestjs/common';
import { LegalHoldsModule } from '../legal-holds/legal-holds.module';
import { OrganisationDuplicates } from './organisation-duplicates';
import { OrganisationMerge } from './organisation-merge';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { OrganisationTimeline } from './organisation-timeline';

@Module({ imports: [LegalHoldsModule], controllers: [OrganisationsController], providers: [OrganisationsService, OrganisationTimeline, OrganisationDuplicates, OrganisationMerge], exports: [OrganisationsService] })
export class OrganisationsModule {}
