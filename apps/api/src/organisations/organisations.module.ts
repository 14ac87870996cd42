import { Module } from '@nestjs/common';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { OrganisationTimeline } from './organisation-timeline';

@Module({ controllers: [OrganisationsController], providers: [OrganisationsService, OrganisationTimeline], exports: [OrganisationsService] })
export class OrganisationsModule {}
