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
import { ContactExportQuery, ContactListQuery, CreateContactBody, UpdateContactBody } from './contact.requests';
import { ContactsService } from './contacts.service';
import { IdempotentPost } from '../common/idempotency.interceptor';

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController {
  constructor(
    private readonly contacts: ContactsService,
    private readonly exports: ExportsService,
  ) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(@Query() query: ContactListQuery, @CurrentUser() user: AuthUser): Promise<Page<ContactResponse>> {
    return this.contacts.list(query, seesSensitive(user));
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
  async export(@Query() query: ContactExportQuery, @CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    await this.exports.send(res, user, query.format, query, this.contacts.exportSource(query, seesSensitive(user)));
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

  @Allow(...EDITORS)
  @IdempotentPost(':id/anonymise')
  @HttpCode(200)
  anonymise(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<ContactResponse> {
    return this.contacts.anonymise(id, user);
  }
}
