import type { Role } from '@send/contracts';
import { freshDatabase, type FreshDatabase } from './database';
import { startProduct, type Product, type ProductOptions } from './product';
import { usersByRole, type Session } from './sessions';

export interface ProductUnderTest {
  product: Product;
  database: FreshDatabase;
  as: Record<Role, Session>;
}

/**
 * The built product on a fresh database of this spec file's own, with one signed-in user per role. Call at the top of
 * a describe block; read `.current` inside tests.
 */
export function useProduct(options: Omit<ProductOptions, 'databaseUrl' | 'dataDir'> = {}): { readonly current: ProductUnderTest } {
  let current: ProductUnderTest | undefined;
  beforeAll(async () => {
    const database = await freshDatabase();
    try {
      const product = await startProduct({ ...options, databaseUrl: database.url });
      current = { product, database, as: await usersByRole(product.baseUrl, database.url) };
    } catch (error) {
      await database.drop();
      throw error;
    }
  }, 180_000);
  afterAll(async () => {
    await current?.product.stop();
    await current?.database.drop();
  }, 60_000);
  return {
    get current() {
      if (!current) throw new Error('the product has not started');
      return current;
    },
  };
}
