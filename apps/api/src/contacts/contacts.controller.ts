import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiDownload } from '../exports/download';
import { ExportsService } from '../exports/exports.service';
import { EXPORT_FORMATS } from '../exports/list-export';
import { ApiTags } from '@nestjs/swagger';
import type { ContactResponse, Page } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser, EDITORS } from '../auth/access.decorators';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { ContactExportQuery, ContactListQuery, CreateContactBody, SubjectAccessQuery, UpdateContactBody } from './contact.requests';
import { ContactsService } from './contacts.service';
import { SubjectAccessFile } from './subject-access';
import { WORKBOOK_FORMATS } from '../exports/csv-zip';
import { IdempotentPost } from '../common/idempotency.interceptor';
import type { ReadSource } from '../common/sql';
import { ReadDb } from '../database/replica/read-routing';

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController {
  constructor(
    private readonly contacts: ContactsService,
    private readonly exports: ExportsService,
    private readonly subjectAccess: SubjectAccessFile,
  ) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(@Query() query: ContactListQuery, @CurrentUser() user: AuthUser, @ReadDb() db?: ReadSource): Promise<Page<ContactResponse>> {
    return this.contacts.list(query, seesSensitive(user), db);
  }

  @Allow(...EDITORS)
  @IdempotentPost()
  create(@Body() body: CreateContactBody, @CurrentUser() user: AuthUser): Promise<ContactResponse> {
    return this.contacts.create(body, user);
  }

  // Declared before ':id' so "export" is not taken for an id.
  @Allow(...ANY_SIGNED_IN)
  @Get('export')
  @ApiDownload(...EXPORT_FORMATS)
  async export(@Query() query: ContactExportQuery, @CurrentUser() user: AuthUser, @Res() res: Response, @ReadDb() db?: ReadSource): Promise<void> {
    await this.exports.send(res, user, query.format, query, this.contacts.exportSource(query, seesSensitive(user)), db);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get(':id')
  get(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<ContactResponse> {
    return this.contacts.get(id, seesSensitive(user));
  }

  @Allow(...EDITORS)
  @Patch(':id')
  update(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdateContactBody, @CurrentUser() user: AuthUser): Promise<ContactResponse> {
    return this.contacts.update(id, requireVersion(ifMatch), body, user);
  }

  /** Everything held about the person, for a subject access request: sensitive records included, so not for viewers. */
  @Allow('admin', 'recorder', 'reviewer')
  @Get(':id/subject-access')
  @ApiDownload(...WORKBOOK_FORMATS)
  async subjectAccessFile(@Param() { id }: IdParam, @Query() query: SubjectAccessQuery, @CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    await this.subjectAccess.send(res, id, query.format, user);
  }

  @Allow(...EDITORS)
  @IdempotentPost(':id/anonymise')
  @HttpCode(200)
  anonymise(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<ContactResponse> {
    return this.contacts.anonymise(id, user);
  }
}
