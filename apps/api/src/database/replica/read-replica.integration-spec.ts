import { DataSource } from 'typeorm';
import { createDatabaseIfMissing, withDatabase } from '../open-database';
import { migrateUp } from '../migrate';
import { startReplicaCluster, type ReplicaCluster } from '../../testing/replica-cluster';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { signIn, type TestClient } from '../../testing/test-client';
import { WRITTEN_AT_COOKIE } from './read-routing';

const DATABASE = 'send_replica_test';

describe('read replica (DATABASE_READ_URL) on a real streaming replica', () => {
  let cluster: ReplicaCluster;
  let t: TestApp;
  let recorder: TestClient;
  let viewer: TestClient;
  let primary: DataSource;
  const names = async (client: TestClient, q: string) => ((await client.get(`/api/organisations?q=${encodeURIComponent(q)}`).expect(200)).body.items as { name: string }[]).map((o) => o.name);

  beforeAll(async () => {
    cluster = await startReplicaCluster();
    await createDatabaseIfMissing(cluster.primaryUrl, DATABASE);
    const primaryUrl = withDatabase(cluster.primaryUrl, DATABASE);
    await migrateUp(primaryUrl);
    await cluster.caughtUp();
    t = await startTestApp({ DATABASE_URL: primaryUrl, DATABASE_READ_URL: withDatabase(cluster.replicaUrl, DATABASE) }, { databaseUrl: primaryUrl });
    primary = t.app.get(DataSource);
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    await cluster.caughtUp();
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await cluster?.stop();
  });

  it('answers lists, search and exports from the replica, and the record itself from the primary', async () => {
    await cluster.pauseReplay();
    try {
      const [{ id }] = await primary.query(`INSERT INTO organisations (name, type, created_by, updated_by) VALUES ('Held back Forum', 'parent_carer_forum', $1, $1) RETURNING id`, [recorder.user.id]);
      expect(await names(viewer, 'Held back')).toEqual([]);
      expect((await viewer.get('/api/search?q=Held%20back%20Forum').expect(200)).body.items).toEqual([]);
      expect((await viewer.get('/api/organisations/export?format=csv&q=Held%20back').expect(200)).text).not.toContain('Held back Forum');
      expect((await viewer.get(`/api/organisations/${id}`).expect(200)).body.name).toBe('Held back Forum');
    } finally {
      await cluster.resumeReplay();
    }
    await cluster.caughtUp();
    expect(await names(viewer, 'Held back')).toEqual(['Held back Forum']);
    expect((await viewer.get('/api/search?q=Held%20back%20Forum').expect(200)).body.items.map((h: { title: string }) => h.title)).toContain('Held back Forum');
  });

  it('writes only to the primary, and shows the writer what they saved while the replica has not replayed it', async () => {
    await cluster.pauseReplay();
    try {
      const saved = await recorder.post('/api/organisations', { name: 'Saved while lagging', type: 'charity' });
      expect(saved.status).toBe(201);
      expect(String(saved.headers['set-cookie'])).toContain(`${WRITTEN_AT_COOKIE}=`);
      // The writer reads it back at once (from the primary); someone else, from the replica, not yet.
      expect(await names(recorder, 'Saved while lagging')).toEqual(['Saved while lagging']);
      expect(await names(viewer, 'Saved while lagging')).toEqual([]);
      const edited = await recorder.patch(`/api/organisations/${saved.body.id}`, { description: 'Edited while lagging' }, saved.body.version).expect(200);
      expect(edited.body.description).toBe('Edited while lagging');
    } finally {
      await cluster.resumeReplay();
    }
    await cluster.caughtUp();
    expect(await names(viewer, 'Saved while lagging')).toEqual(['Saved while lagging']);
    // Once the replica has replayed the write, the writer's reads go back to it.
    await cluster.pauseReplay();
    try {
      await primary.query(`INSERT INTO organisations (name, type, created_by, updated_by) VALUES ('After the catch-up', 'charity', $1, $1)`, [recorder.user.id]);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(await names(recorder, 'After the catch-up')).toEqual([]);
    } finally {
      await cluster.resumeReplay();
    }
  });

  it('reads from the primary while the replica cannot be reached', async () => {
    await cluster.stopReplica();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const first = await viewer.get('/api/organisations?q=Saved%20while%20lagging');
    expect([200, 503]).toContain(first.status);
    expect(await names(viewer, 'Saved while lagging')).toEqual(['Saved while lagging']);
    expect(await names(viewer, 'After the catch-up')).toEqual(['After the catch-up']);
  });
});
