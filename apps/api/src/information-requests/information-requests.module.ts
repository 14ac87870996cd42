import { Module } from '@nestjs/common';
import { RequestBundle } from './bundle';
import { BundleController } from './bundle.controller';
import { BundleFile } from './bundle-file';
import { InformationRequestList } from './information-request-list';
import { InformationRequestsController } from './information-requests.controller';
import { InformationRequestsService } from './information-requests.service';

@Module({ controllers: [InformationRequestsController, BundleController], providers: [InformationRequestsService, InformationRequestList, RequestBundle, BundleFile] })
export class InformationRequestsModule {}
