import { Body, Controller, Get, Headers, Param, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ThemeListResponse, ThemeResponse } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { UpdateThemeBody } from './theme.requests';
import { ThemesService } from './themes.service';

@ApiTags('themes')
@Controller('themes')
export class ThemesController {
  constructor(private readonly themes: ThemesService) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(): Promise<ThemeListResponse> {
    return this.themes.list();
  }

  @Allow(...ANY_SIGNED_IN)
  @Get(':id')
  get(@Param() { id }: IdParam): Promise<ThemeResponse> {
    return this.themes.get(id);
  }

  /** Admin only: the principles are the department's, not a recorder's to reword. */
  @Allow('admin')
  @Patch(':id')
  update(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdateThemeBody, @CurrentUser() user: AuthUser): Promise<ThemeResponse> {
    return this.themes.update(id, requireVersion(ifMatch), body, user);
  }
}
