import { PageQuery } from '../common/list-query';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  BUNDLE_ITEM_KINDS,
  DISCLOSURE_DECISIONS,
  EXEMPTIONS,
  type BundleItemKind,
  type BundleItemListFilters,
  type DisclosureDecision,
  type Exemption,
  type GatherRequest,
  type UpdateBundleItemRequest,
} from '@send/contracts';
import { SHORT_TEXT_MAX, Trim } from '../common/validators';
import { WORKBOOK_FORMATS, type WorkbookFormat } from '../exports/csv-zip';

export class GatherBody implements GatherRequest {
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;

  @IsOptional()
  @IsUUID('all')
  contactId?: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  phrase?: string;
}

export class UpdateBundleItemBody implements UpdateBundleItemRequest {
  @IsOptional()
  @IsIn(DISCLOSURE_DECISIONS)
  decision?: DisclosureDecision;

  @IsOptional()
  @IsIn(Object.keys(EXEMPTIONS))
  exemption?: Exemption | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX)
  note?: string | null;
}

export class BundleItemListQuery extends PageQuery implements BundleItemListFilters {
  @IsOptional()
  @IsIn(BUNDLE_ITEM_KINDS)
  kind?: BundleItemKind;

  @IsOptional()
  @IsIn(DISCLOSURE_DECISIONS)
  decision?: DisclosureDecision;

  override pageSize = 50;
}

export class BundleFileQuery {
  @IsIn(WORKBOOK_FORMATS, { message: `format must be one of ${WORKBOOK_FORMATS.join(', ')}` })
  format!: WorkbookFormat;
}

/** :id and :itemId. */
export class BundleItemParams {
  @IsUUID('all')
  id!: string;

  @IsUUID('all')
  itemId!: string;
}
