import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { ROLES, type ChangePasswordRequest, type CreateUserRequest, type Role, type UpdateUserRequest } from '@send/contracts';
import { ListQuery } from '../common/list-query';
import { BooleanQuery, TITLE_MAX, Trim } from '../common/validators';
import { IsBoolean } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from './password-policy';

export class CreateUserBody implements CreateUserRequest {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({ require_tld: false })
  @MaxLength(320)
  email!: string;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  name!: string;

  @IsIn(ROLES)
  role!: Role;

  @IsOptional()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password?: string;
}

export class UpdateUserBody implements UpdateUserRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  name?: string;

  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class ChangePasswordBody implements ChangePasswordRequest {
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword!: string;

  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword!: string;
}

export class UserListQuery extends ListQuery {
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  includeInactive?: boolean;
}
