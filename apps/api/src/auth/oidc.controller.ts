import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { SignInProvidersResponse } from '@send/contracts';
import { DomainError } from '../common/errors';
import { Public } from './access.decorators';
import { setSessionCookies } from './session-cookies';
import { OidcService } from './oidc.service';
import { logDuringRequest } from '../logging/request-log';

@ApiTags('auth')
@Controller('auth')
export class OidcController {
  constructor(private readonly oidc: OidcService) {}

  /** Which ways to sign in the dashboard should offer. */
  @Public()
  @Get('providers')
  providers(): SignInProvidersResponse {
    const settings = this.oidc.settings;
    return { local: true, oidc: settings ? { displayName: settings.displayName, loginUrl: '/api/auth/oidc/login' } : null };
  }

  @Public()
  @Get('oidc/login')
  async login(@Query('returnTo') returnTo: unknown, @Res() res: Response): Promise<void> {
    res.redirect(302, await this.oidc.begin(returnTo));
  }

  /** The provider sends the browser back here; failures go to the sign-in page with a reason, not a JSON body. */
  @Public()
  @Get('oidc/callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const { token, csrfToken, returnTo } = await this.oidc.complete(req.query as Record<string, string>);
      setSessionCookies(req, res, token, csrfToken);
      res.redirect(302, returnTo);
    } catch (error) {
      const reason = error instanceof DomainError ? error.code : 'provider-error';
      if (!(error instanceof DomainError)) logDuringRequest(req, 'warn', 'Oidc', { err: error }, 'Single sign-on failed');
      res.redirect(302, `/sign-in?error=${encodeURIComponent(reason)}`);
    }
  }
}
