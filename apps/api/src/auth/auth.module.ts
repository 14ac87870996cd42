import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { SessionStore } from './session.store';
import { SignInThrottle } from './sign-in-throttle';
import { OidcController } from './oidc.controller';
import { OidcService } from './oidc.service';

@Global()
@Module({
  controllers: [AuthController, OidcController],
  providers: [SessionStore, SignInThrottle, AuthService, OidcService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionStore],
})
export class AuthModule {}
