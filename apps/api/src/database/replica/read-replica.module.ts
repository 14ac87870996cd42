import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ReadReplica } from './read-replica';
import { ReadRouting } from './read-routing';

@Global()
@Module({ providers: [ReadReplica, { provide: APP_INTERCEPTOR, useClass: ReadRouting }], exports: [ReadReplica] })
export class ReadReplicaModule {}
