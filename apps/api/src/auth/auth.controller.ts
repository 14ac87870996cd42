import { Body, Controller, Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { SessionProbeResponse, SessionResponse } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser, PasswordChangeExempt, Public } from './access.decorators';
import type { AuthUser } from './auth-user';
import { AuthService, toSessionResponse } from './auth.service';
import { SESSION_COOKIE } from './auth.guard';
import { clearSessionCookies, setSessionCookies } from './session-cookies';
import { LoginBody } from './auth.requests';
import { ChangePasswordBody } from '../users/user.requests';
import { IdempotentPost } from '../common/idempotency.interceptor';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @IdempotentPost('login')
  @HttpCode(200)
  async login(@Body() body: LoginBody, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    const { session, token, csrfToken } = await this.auth.login(body.email, body.password, req.ip ?? 'unknown', req.cookies?.[SESSION_COOKIE]);
    setSessionCookies(req, res, token, csrfToken);
    return session;
  }

  @Allow(...ANY_SIGNED_IN)
  @PasswordChangeExempt()
  @IdempotentPost('password')
  @HttpCode(204)
  async changePassword(@CurrentUser() user: AuthUser, @Req() req: Request, @Body() body: ChangePasswordBody): Promise<void> {
    await this.auth.changePassword(user, req.cookies[SESSION_COOKIE], body.currentPassword, body.newPassword);
  }

  @Allow(...ANY_SIGNED_IN)
  @PasswordChangeExempt()
  @IdempotentPost('logout')
  @HttpCode(204)
  async logout(@CurrentUser() user: AuthUser, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(user, req.cookies[SESSION_COOKIE]);
    clearSessionCookies(res);
  }

  /** The dashboard's probe: 200 either way, where /me answers 401 to the signed-out. */
  @Public()
  @Get('session')
  async session(@Req() req: Request): Promise<SessionProbeResponse> {
    const user = await this.auth.signedIn(req.cookies?.[SESSION_COOKIE] as string | undefined);
    return user ? { signedIn: true, ...toSessionResponse(user) } : { signedIn: false };
  }

  @Allow(...ANY_SIGNED_IN)
  @PasswordChangeExempt()
  @Get('me')
  me(@CurrentUser() user: AuthUser): SessionResponse {
    return toSessionResponse(user);
  }
}
