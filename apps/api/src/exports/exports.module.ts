import { Global, Module } from '@nestjs/common';
import { ExportsService } from './exports.service';

@Global()
@Module({ providers: [ExportsService], exports: [ExportsService] })
export class ExportsModule {}
