import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_MODES,
  NOTIFICATION_PREFERENCE_KINDS,
  type NotificationDelivery,
  type NotificationMode,
  type NotificationPreference,
  type NotificationPreferenceKind,
  type UpdateNotificationPreferencesRequest,
} from '@send/contracts';
import { PageQuery } from '../common/list-query';
import { BooleanQuery } from '../common/validators';

export class NotificationPreferenceBody implements NotificationPreference {
  @IsIn(NOTIFICATION_PREFERENCE_KINDS)
  kind!: NotificationPreferenceKind;

  @IsIn(NOTIFICATION_MODES)
  mode!: NotificationMode;
}

export class UpdateNotificationPreferencesBody implements UpdateNotificationPreferencesRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_PREFERENCE_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceBody)
  preferences!: NotificationPreferenceBody[];
}

export class MyNotificationsQuery extends PageQuery {
  /** Only notices not yet marked read. */
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  unread?: boolean;
}

export class NotificationDeliveriesQuery extends PageQuery {
  /** One delivery state, e.g. `failed` for the emails given up on. */
  @IsOptional()
  @IsIn(NOTIFICATION_DELIVERIES)
  delivery?: NotificationDelivery;
}
