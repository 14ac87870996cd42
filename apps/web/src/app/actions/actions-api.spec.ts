import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ActionsApi } from './actions-api';
import { aPage, anAction } from './testing/action-fixtures';

describe('ActionsApi', () => {
  function setUp() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    return { api: TestBed.inject(ActionsApi), http: TestBed.inject(HttpTestingController) };
  }

  it('lists with repeated statuses and leaves empty filters out', async () => {
    const { api, http } = setUp();
    const result = firstValueFrom(api.list({ status: ['open', 'blocked'], overdue: true, owner: undefined, q: '', page: 2, pageSize: 25 }));
    const req = http.expectOne((r) => r.url === '/api/actions');
    expect(req.request.params.getAll('status')).toEqual(['open', 'blocked']);
    expect(req.request.params.keys().sort()).toEqual(['overdue', 'page', 'pageSize', 'status']);
    req.flush(aPage([anAction()]));
    expect((await result).items[0].reference).toBe('ACT-0001');
  });

  it('sends the version read as If-Match, and a key that makes a repeated create safe', () => {
    const { api, http } = setUp();
    api.update('a-1', 3, { status: 'done', completionNote: 'Sent' }).subscribe();
    const patch = http.expectOne('/api/actions/a-1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.headers.get('If-Match')).toBe('"3"');
    expect(patch.request.body).toEqual({ status: 'done', completionNote: 'Sent' });
    api.create({ title: 'New' }, 'key-1').subscribe();
    expect(http.expectOne('/api/actions').request.headers.get('Idempotency-Key')).toBe('key-1');
    api.addUpdate('a-1', 'Chased').subscribe();
    expect(http.expectOne('/api/actions/a-1/updates').request.body).toEqual({ body: 'Chased' });
  });

  it('reads every page of people for the owner picker', async () => {
    const { api, http } = setUp();
    const users = firstValueFrom(api.users());
    const first = http.expectOne((r) => r.url === '/api/users' && r.params.get('page') === '1');
    expect(first.request.params.get('pageSize')).toBe('100');
    first.flush(aPage([{ id: 'u1' }], { total: 150, pageSize: 100 }));
    http.expectOne((r) => r.url === '/api/users' && r.params.get('page') === '2').flush(aPage([{ id: 'u2' }], { page: 2, total: 150, pageSize: 100 }));
    expect((await users).map((u) => u.id)).toEqual(['u1', 'u2']);
  });
});
