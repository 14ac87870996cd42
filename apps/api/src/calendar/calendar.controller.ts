import { Controller, Delete, Get, HttpCode, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { CalendarFeedCreated, CalendarFeedStatus } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser, Public } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CLOCK, type Clock } from '../common/clock';
import { ApiDownload, CONTENT_TYPES } from '../exports/download';
import { CalendarService } from './calendar.service';
import { IdempotentPost } from '../common/idempotency.interceptor';

/** Where this service is reached, as the caller reached it (behind a trusted proxy, its scheme and host). */
function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Allow(...ANY_SIGNED_IN)
  @Get('feed')
  status(@CurrentUser() user: AuthUser): Promise<CalendarFeedStatus> {
    return this.calendar.status(user);
  }

  @Allow(...ANY_SIGNED_IN)
  @IdempotentPost('feed')
  create(@CurrentUser() user: AuthUser, @Req() req: Request): Promise<CalendarFeedCreated> {
    return this.calendar.create(user, originOf(req));
  }

  @Allow(...ANY_SIGNED_IN)
  @Delete('feed')
  @HttpCode(204)
  revoke(@CurrentUser() user: AuthUser): Promise<void> {
    return this.calendar.revoke(user);
  }

  /**
   * Public: Outlook and other calendar apps cannot sign in, so the secret in the path is the credential. Not cached
   * anywhere (a revoked link or a changed meeting must show at the next refresh); the refresh interval is in the file.
   */
  @Public()
  @Get(':secret.ics')
  @ApiDownload('ics')
  async feed(@Param('secret') secret: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { text, marking } = await this.calendar.feed(secret, originOf(req), this.clock.now());
    res.setHeader('Content-Type', CONTENT_TYPES.ics);
    res.setHeader('X-Classification', marking);
    res.setHeader('Content-Disposition', 'inline; filename="send-engagement-meetings.ics"');
    res.setHeader('Cache-Control', 'private, no-store, max-age=0');
    res.setHeader('X-Robots-Tag', 'noindex');
    return text;
  }
}
