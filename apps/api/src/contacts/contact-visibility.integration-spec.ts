import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn } from '../testing/test-client';

describe('contact details and viewers', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('shows viewers who a contact is but not how to reach them', async () => {
    const recorder = await signIn(t, 'recorder');
    const viewer = await signIn(t, 'viewer');
    const org = (await recorder.post('/api/organisations', { name: 'Leeds Parent Carer Forum', type: 'parent_carer_forum' }).expect(201)).body;
    const contact = (await recorder.post('/api/contacts', { organisationId: org.id, name: 'Sam Example', role: 'Chair', email: 'sam@example.org', phone: '0113 496 0000', notes: 'Prefers email' }).expect(201)).body;

    expect((await recorder.get(`/api/contacts/${contact.id}`).expect(200)).body).toMatchObject({ email: 'sam@example.org', phone: '0113 496 0000' });
    const seen = (await viewer.get(`/api/contacts/${contact.id}`).expect(200)).body;
    expect(seen).toMatchObject({ name: 'Sam Example', role: 'Chair', email: null, phone: null, notes: '' });
    const listed = (await viewer.get(`/api/contacts?organisationId=${org.id}`).expect(200)).body.items[0];
    expect(listed).toMatchObject({ name: 'Sam Example', email: null, phone: null });
  });
});
