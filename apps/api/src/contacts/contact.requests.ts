import { WORKBOOK_FORMATS, type WorkbookFormat } from '../exports/csv-zip';
import { EXPORT_FORMATS, type ExportFormat } from '../exports/list-export';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import type { CreateContactRequest, UpdateContactRequest } from '@send/contracts';
import { ListQuery } from '../common/list-query';
import { TEXT_MAX, TITLE_MAX, Trim } from '../common/validators';

/** RFC 5321's limit on a whole address. */
export const EMAIL_MAX = 320;
export const PHONE_MAX = 50;

/** The optional details both a new contact and a correction may send. */
class ContactDetails {
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TITLE_MAX)
  role?: string;

  @IsOptional()
  @Trim()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(EMAIL_MAX)
  email?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(PHONE_MAX)
  @Matches(/^(?=.*\d)[\d +()-]+$/, { message: 'phone may contain only digits, spaces and + ( ) -' })
  phone?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_MAX)
  notes?: string;
}

export class CreateContactBody extends ContactDetails implements CreateContactRequest {
  @IsUUID()
  organisationId!: string;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  name!: string;
}

/** No organisationId: the global pipe refuses it by name (see UpdateContactRequest for why). */
export class UpdateContactBody extends ContactDetails implements UpdateContactRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  name?: string;
}

export class ContactListQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class ContactExportQuery extends ContactListQuery {
  @IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format!: ExportFormat;
}

export class SubjectAccessQuery {
  @IsIn(WORKBOOK_FORMATS, { message: `format must be one of ${WORKBOOK_FORMATS.join(', ')}` })
  format!: WorkbookFormat;
}
