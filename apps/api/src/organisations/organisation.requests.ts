import { EXPORT_FORMATS, type ExportFormat } from '../exports/list-export';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUrl, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ORGANISATION_TYPES, REGIONS, type CreateOrganisationRequest, type OrganisationType, type Region, type UpdateOrganisationRequest } from '@send/contracts';
import { ListQuery } from '../common/list-query';
import { BooleanQuery, SHORT_TEXT_MAX, TEXT_MAX, TITLE_MAX, Trim } from '../common/validators';
import { IsBoolean } from 'class-validator';

export class CreateOrganisationBody implements CreateOrganisationRequest {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  name!: string;

  @IsIn(ORGANISATION_TYPES)
  type!: OrganisationType;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(REGIONS.length)
  @IsIn(REGIONS, { each: true })
  regions?: Region[];

  @IsOptional()
  @Trim()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be a web address starting http:// or https://' })
  @MaxLength(SHORT_TEXT_MAX)
  website?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_MAX)
  description?: string;

  @IsOptional()
  @Trim()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  tags?: string[];

  @IsOptional()
  @IsUUID()
  relationshipOwnerId?: string | null;
}

export class UpdateOrganisationBody extends CreateOrganisationBody implements UpdateOrganisationRequest {
  @Trim()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  declare name: string;

  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  declare type: OrganisationType;
}

export class OrganisationListQuery extends ListQuery {
  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  type?: OrganisationType;

  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  tag?: string;

  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  includeArchived?: boolean;
}

export class OrganisationExportQuery extends OrganisationListQuery {
  @IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format!: ExportFormat;
}
