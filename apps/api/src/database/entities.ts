import { UserEntity } from '../users/user.entity';

/** Listed explicitly: the API is bundled, so TypeORM cannot glob for entity files. */
export const entities = [UserEntity];
