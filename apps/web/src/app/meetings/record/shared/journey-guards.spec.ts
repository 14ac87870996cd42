import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { recordRoutes } from '../record.routes';
import { draftMeeting, settle } from '../testing/fixtures';
import { RecordStore } from './record-store';

describe('the record-a-meeting routes and step guards', () => {
  function setUp() {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          {
            path: 'meetings',
            children: [
              { path: 'new', children: recordRoutes },
              { path: ':id/edit', children: recordRoutes },
              { path: ':id', children: [] },
            ],
          },
        ]),
      ],
    });
    return { router: TestBed.inject(Router), http: TestBed.inject(HttpTestingController), store: TestBed.inject(RecordStore) };
  }

  async function go(router: Router, url: string, respond?: () => void): Promise<string> {
    const navigation = router.navigateByUrl(url);
    await settle();
    respond?.();
    await navigation;
    return router.url;
  }

  it('starts a new meeting at the details step', async () => {
    const { router } = setUp();
    expect(await go(router, '/meetings/new')).toBe('/meetings/new/details');
  });

  it('sends a later step of a meeting not yet created back to details', async () => {
    const { router } = setUp();
    for (const step of ['attendees', 'agenda', 'positions', 'actions', 'check-answers']) {
      expect(await go(router, `/meetings/new/${step}`)).toBe('/meetings/new/details');
    }
  });

  it('opens an existing draft at check your answers, read afresh from the server', async () => {
    const { router, http, store } = setUp();
    const url = await go(router, '/meetings/m1/edit', () => http.expectOne('/api/meetings/m1').flush(draftMeeting({ version: 7 })));
    expect(url).toBe('/meetings/m1/edit/check-answers');
    expect(store.meeting()?.version).toBe(7);
    http.verify(); // read once, not again for the redirect
  });

  it('lets every step of an existing draft open directly', async () => {
    const { router, http } = setUp();
    const url = await go(router, '/meetings/m1/edit/positions', () => http.expectOne('/api/meetings/m1').flush(draftMeeting()));
    expect(url).toBe('/meetings/m1/edit/positions');
  });

  it('sends a meeting that is no longer a draft to its own page', async () => {
    const { router, http } = setUp();
    const url = await go(router, '/meetings/m1/edit/details', () => http.expectOne('/api/meetings/m1').flush(draftMeeting({ status: 'submitted' })));
    expect(url).toBe('/meetings/m1');
  });

  it('sends a meeting that cannot be read (missing, hidden) to its own page, which explains', async () => {
    const { router, http } = setUp();
    const url = await go(router, '/meetings/m1/edit', () =>
      http.expectOne('/api/meetings/m1').flush({ type: 'about:blank', title: 'Not found', status: 404, detail: 'No meeting with id m1.' }, { status: 404, statusText: 'Not Found' }),
    );
    expect(url).toBe('/meetings/m1');
  });

  it('forgets a previous meeting when a new one is started', async () => {
    const { router, http, store } = setUp();
    await go(router, '/meetings/m1/edit/details', () => http.expectOne('/api/meetings/m1').flush(draftMeeting()));
    expect(store.meetingId()).toBe('m1');
    await go(router, '/meetings/new/details');
    expect(store.meeting()).toBeNull();
  });
});
