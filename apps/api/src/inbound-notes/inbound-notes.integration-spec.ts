import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { InboundMail } from './inbound-notes.module';

const ADDRESS = 'notes@tracker.example.test';
const LETTER = Buffer.from('%PDF-1.4 a letter from the forum\n'.repeat(20));

describe('email in: forwarded notes as drafts, refusals recorded', () => {
  let t: TestApp;
  let mailer: Transporter;
  let admin: TestClient;
  let recorder: TestClient;
  let reviewer: TestClient;
  let organisationId: string;
  let meetingId: string;

  beforeAll(async () => {
    t = await startTestApp({ INBOUND_SMTP_PORT: '0', INBOUND_ADDRESS: ADDRESS, INBOUND_MAX_ATTACHMENT_BYTES: '2000', INBOUND_MAX_MESSAGE_BYTES: '20000' });
    mailer = createTransport({ host: '127.0.0.1', port: t.app.get(InboundMail).port, secure: false, ignoreTLS: true });
    [admin, recorder, reviewer] = [await signIn(t, 'admin'), await signIn(t, 'recorder'), await signIn(t, 'reviewer')];
    organisationId = (await recorder.post('/api/organisations', { name: 'Riverside Parent Carer Forum', type: 'parent_carer_forum' }).expect(201)).body.id;
    await recorder.post('/api/contacts', { organisationId, name: 'Pat Chair', email: 'pat@riverside-forum.org.uk' }).expect(201);
    // A domain two organisations share names neither.
    const other = (await recorder.post('/api/organisations', { name: 'Another Forum', type: 'charity' }).expect(201)).body.id;
    await recorder.post('/api/contacts', { organisationId: other, name: 'Sam Shared', email: 'sam@shared.example.org' }).expect(201);
    await recorder.post('/api/contacts', { organisationId, name: 'Sid Shared', email: 'sid@shared.example.org' }).expect(201);
    meetingId = (await recorder.post('/api/meetings', { title: 'Forum roundtable', type: 'roundtable', startsAt: '2026-11-30T10:00:00Z' }).expect(201)).body.id;
  });
  afterAll(async () => {
    mailer.close();
    await t.close();
  });

  const drafts = async () => (await recorder.get('/api/inbound-notes').expect(200)).body as { total: number; items: { id: string; subject: string; body: string; organisationId: string | null; matchedDomain: string | null; senderUserId: string; attachments: { id: string; filename: string; sizeBytes: number }[] }[] };
  const refusals = async () => (await admin.get('/api/inbound-notes/refusals?pageSize=100').expect(200)).body.items as { fromAddress: string; toAddress: string; reason: string }[];

  it('stores a user’s forwarded letter as a draft, linked to the organisation by its email domain, with the attachment', async () => {
    await mailer.sendMail({
      from: recorder.user.email,
      to: ADDRESS,
      subject: 'Fwd: Letter from the forum',
      text: 'See below.\n\n---------- Forwarded message ---------\nFrom: Pat Chair <pat@riverside-forum.org.uk>\nCc: sam@shared.example.org\nDear Minister, our views on the consultation.',
      attachments: [{ filename: 'letter.pdf', content: LETTER, contentType: 'application/pdf' }],
    });
    const { items } = await drafts();
    expect(items).toHaveLength(1);
    const [note] = items as [(typeof items)[number]];
    expect(note).toMatchObject({ subject: 'Fwd: Letter from the forum', organisationId, matchedDomain: 'riverside-forum.org.uk', senderUserId: recorder.user.id });
    expect(note.body).toContain('Dear Minister, our views on the consultation.');
    expect(note.attachments).toEqual([{ id: expect.any(String), filename: 'letter.pdf', contentType: 'application/pdf', sizeBytes: LETTER.length }]);
    const file = await recorder.get(`/api/inbound-notes/${note.id}/attachments/${note.attachments[0]?.id}`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''letter.pdf`);
    expect(file.headers['content-type']).toBe('application/octet-stream');
    expect(Buffer.compare(file.body as Buffer, LETTER)).toBe(0);
  });

  it('files a draft against one meeting, once, refusing bad input naming the field', async () => {
    const [note] = (await drafts()).items;
    const none = await recorder.post(`/api/inbound-notes/${note?.id}/file`, {}).expect(400);
    expect(none.headers['content-type']).toContain('application/problem+json');
    expect(none.body.errors[0].field).toBe('meetingId');
    expect((await recorder.post(`/api/inbound-notes/${note?.id}/file`, { meetingId: 'nope' }).expect(400)).body.errors[0].field).toBe('meetingId');
    expect((await recorder.post(`/api/inbound-notes/${note?.id}/file`, { positionId: '00000000-0000-4000-8000-000000000000' }).expect(422)).body.errors[0].field).toBe('positionId');
    await reviewer.post(`/api/inbound-notes/${note?.id}/file`, { meetingId }).expect(403);
    const filed = (await recorder.post(`/api/inbound-notes/${note?.id}/file`, { meetingId }).expect(200)).body;
    expect(filed).toMatchObject({ status: 'filed', meetingId, positionId: null, decidedAt: expect.any(String) });
    await recorder.post(`/api/inbound-notes/${note?.id}/file`, { meetingId }).expect(409);
    await recorder.post(`/api/inbound-notes/${note?.id}/discard`).expect(409);
    expect((await drafts()).total).toBe(0);
    expect((await recorder.get('/api/inbound-notes?status=filed').expect(200)).body.items.map((n: { id: string }) => n.id)).toEqual([note?.id]);
    const history = await t.app.get(DataSource).query(`SELECT action, actor_id FROM audit_events WHERE entity = 'inbound_note' AND entity_id = $1 ORDER BY id`, [note?.id]);
    expect(history).toEqual([
      { action: 'received', actor_id: recorder.user.id },
      { action: 'filed', actor_id: recorder.user.id },
    ]);
  });

  it('refuses, and records, mail from anyone who is not a user, to another address, with a forged From, or too large', async () => {
    const refusedWith = async (mail: Parameters<Transporter['sendMail']>[0]) => {
      const error = await mailer.sendMail(mail).then(
        () => undefined,
        (e: { responseCode?: number }) => e,
      );
      return error?.responseCode;
    };
    expect(await refusedWith({ from: 'stranger@example.org', to: ADDRESS, subject: 'Hello', text: 'Spam' })).toBe(550);
    expect(await refusedWith({ from: recorder.user.email, to: 'someone-else@tracker.example.test', subject: 'Hi', text: 'x' })).toBe(550);
    expect(await refusedWith({ envelope: { from: recorder.user.email, to: ADDRESS }, from: 'minister@example.org', to: ADDRESS, subject: 'Forged', text: 'x' })).toBe(550);
    expect(await refusedWith({ from: recorder.user.email, to: ADDRESS, subject: 'Big', text: 'x', attachments: [{ filename: 'big.bin', content: Buffer.alloc(3000, 1) }] })).toBe(552);
    expect(await refusedWith({ from: recorder.user.email, to: ADDRESS, subject: 'Huge', text: 'y'.repeat(30_000) })).toBe(552);
    const deactivated = await signIn(t, 'recorder');
    await t.app.get(DataSource).query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [deactivated.user.id]);
    expect(await refusedWith({ from: deactivated.user.email, to: ADDRESS, subject: 'Gone', text: 'x' })).toBe(550);

    const reasons = (await refusals()).map((r) => r.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'stranger@example.org is not a user of the tracker',
        `no mailbox someone-else@tracker.example.test here: notes go to ${ADDRESS}`,
        `the From header (minister@example.org) is not the sender ${recorder.user.email}`,
        'the attachment big.bin is larger than 2000 bytes',
        'the message is larger than 20000 bytes',
        `${deactivated.user.email} is not a user of the tracker`,
      ]),
    );
    expect(reasons).toHaveLength(6);
    expect((await drafts()).total).toBe(0);
    await recorder.get('/api/inbound-notes/refusals').expect(403);
  });

  it('discards a draft, and leaves a message naming no known domain unlinked', async () => {
    await mailer.sendMail({ from: admin.user.email, to: ADDRESS, subject: 'Note to self', text: 'Only shared addresses: sid@shared.example.org' });
    const [note] = (await (await admin.get('/api/inbound-notes').expect(200)).body).items;
    expect(note).toMatchObject({ organisationId: null, matchedDomain: null, attachments: [] });
    expect((await admin.post(`/api/inbound-notes/${note.id}/discard`).expect(200)).body.status).toBe('discarded');
    await reviewer.get('/api/inbound-notes').expect(403);
  });
});
