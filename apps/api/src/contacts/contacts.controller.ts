import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ContactResponse, Page } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser, EDITORS } from '../auth/access.decorators';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { ContactListQuery, CreateContactBody, UpdateContactBody } from './contact.requests';
import { ContactsService } from './contacts.service';

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(@Query() query: ContactListQuery, @CurrentUser() user: AuthUser): Promise<Page<ContactResponse>> {
    return this.contacts.list(query, seesSensitive(user));
  }

  @Allow(...EDITORS)
  @Post()
  create(@Body() body: CreateContactBody, @CurrentUser() user: AuthUser): Promise<ContactResponse> {
    return this.contacts.create(body, user);
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
  @Post(':id/anonymise')
  @HttpCode(200)
  anonymise(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<ContactResponse> {
    return this.contacts.anonymise(id, user);
  }
}
