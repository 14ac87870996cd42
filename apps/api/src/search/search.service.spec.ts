import type { DataSource } from 'typeorm';
import { Unprocessable, ValidationFailed } from '../common/errors';
import type { SearchQuery } from './search.requests';
import { SearchService } from './search.service';

const viewer = { id: 'u1', email: 'v@example.test', name: 'V', role: 'viewer' as const, mustChangePassword: false, csrfToken: 'x' };

function query(fields: Partial<SearchQuery>): SearchQuery {
  return { q: 'respite', page: 1, pageSize: 20, ...fields };
}

describe('SearchService', () => {
  it('turns a search cancelled by its time limit into a 422 naming q', async () => {
    // A connection whose search statement hits the time limit, as PostgreSQL reports it.
    const timeout = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    const textOf = (q: string | { text: string }) => (typeof q === 'string' ? q : q.text);
    const client = { query: async (q: string | { text: string }) => (textOf(q).includes('WITH') ? Promise.reject(timeout) : { rows: [] }), release: jest.fn() };
    const db = { driver: { master: { connect: async () => client } } };
    const error = await new SearchService(db as unknown as DataSource).search(query({}), viewer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Unprocessable);
    expect((error as Unprocessable).errors).toEqual([{ field: 'q', message: expect.any(String) }]);
    expect(client.release).toHaveBeenCalledTimes(1);
  });

  it('refuses to page past the first results before touching the database', async () => {
    const db = { driver: { master: { connect: jest.fn() } } };
    const error = await new SearchService(db as unknown as DataSource).search(query({ page: 21, pageSize: 50 }), viewer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailed);
    expect(db.driver.master.connect).not.toHaveBeenCalled();
  });
});
