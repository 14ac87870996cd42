import { Body, Controller, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { NeedsMeResponse, NotificationDeliveryResponse, NotificationPreferencesResponse, NotificationResponse, Page } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { IdParam } from '../common/params';
import { MyNotificationsQuery, NotificationDeliveriesQuery, UpdateNotificationPreferencesBody } from './notification.requests';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** The signed-in user's own notices, newest first. */
  @Allow(...ANY_SIGNED_IN)
  @Get()
  mine(@Query() query: MyNotificationsQuery, @CurrentUser() user: AuthUser): Promise<Page<NotificationResponse>> {
    return this.notifications.mine(query, user);
  }

  /** How many things need the signed-in user: the header's count. */
  @Allow(...ANY_SIGNED_IN)
  @Get('needs-me')
  needsMe(@CurrentUser() user: AuthUser): Promise<NeedsMeResponse> {
    return this.notifications.needsMe(user);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get('preferences')
  preferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesResponse> {
    return this.notifications.preferences(user);
  }

  @Allow(...ANY_SIGNED_IN)
  @Put('preferences')
  updatePreferences(@Body() body: UpdateNotificationPreferencesBody, @CurrentUser() user: AuthUser): Promise<NotificationPreferencesResponse> {
    return this.notifications.updatePreferences(body, user);
  }

  /** Admins: every notice and how its email went, e.g. `?delivery=failed`. */
  @Allow('admin')
  @Get('deliveries')
  deliveries(@Query() query: NotificationDeliveriesQuery): Promise<Page<NotificationDeliveryResponse>> {
    return this.notifications.deliveries(query);
  }

  @Allow(...ANY_SIGNED_IN)
  @IdempotentPost('read-all')
  @HttpCode(200)
  markAllRead(@CurrentUser() user: AuthUser): Promise<{ marked: number }> {
    return this.notifications.markAllRead(user);
  }

  @Allow(...ANY_SIGNED_IN)
  @IdempotentPost(':id/read')
  @HttpCode(200)
  markRead(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<NotificationResponse> {
    return this.notifications.markRead(id, user);
  }
}
