import { IsUUID } from 'class-validator';

/** `:id` path parameters: not a UUID → 400 naming `id`, before any query runs. */
export class IdParam {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}
