import { Body, Controller, Get, Headers, Param, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PhaseListResponse, PhaseResponse } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { PhaseKeyParam, UpdatePhaseBody } from './phase.requests';
import { PhasesService } from './phases.service';
import { requireVersion } from '../common/versioning';

@ApiTags('phases')
@Controller('phases')
export class PhasesController {
  constructor(private readonly phases: PhasesService) {}

  /** The reform's phases in order, with the date each starts. */
  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(): Promise<PhaseListResponse> {
    return this.phases.list();
  }

  @Allow('admin')
  @Patch(':key')
  update(@Param() { key }: PhaseKeyParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdatePhaseBody, @CurrentUser() user: AuthUser): Promise<PhaseResponse> {
    return this.phases.update(key, requireVersion(ifMatch), body, user);
  }
}
