import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, type AppRuntime } from '../app.module';
import { configureApp } from './configure-app';

/** Builds the configured Nest application; the caller decides whether to listen (server) or not (tests). */
export async function createApp(runtime: AppRuntime): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(runtime), {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApp(app, runtime.config);
  return app;
}
