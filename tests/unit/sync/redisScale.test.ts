// Several sync server instances behind one Redis: two instances on different ports share a
// workspace through Debian's redis-server (started here on 127.0.0.1), and members connected to
// different instances see each other's edits, statuses and comments, and converge.
import { HocuspocusProvider, type HocuspocusProviderConfiguration } from '@hocuspocus/provider';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { CountryCode, OfficeId } from '../../../src/lib/model/types';
import { asChangeId, asScenarioId } from '../../../src/lib/scenario/types';
import { currentStatuses } from '../../../src/lib/sync/scenarioReview';
import { addScenarioComment, readComments, readStatusMarks, setScenarioStatus } from '../../../src/lib/sync/sharedReview';
import { addSharedScenario, applySharedEdit, readSharedScenarios } from '../../../src/lib/sync/sharedScenarios';
import { startRedisServer, type RedisServer } from '../../support/redisServer';
import { EDIT_TOKEN, startSyncServer, type SyncServer } from '../../support/syncServer';
import { emptyScenario } from '../scenario/scenarioTestData';

const REDIS_PORT = Number(process.env.REDIS_TEST_PORT ?? 6391);
const PORTS = [Number(process.env.SYNC_SCALE_PORT_A ?? 4349), Number(process.env.SYNC_SCALE_PORT_B ?? 4350)] as const;
const ID = asScenarioId('scaled');

class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

let redis: RedisServer | null = null;
const servers: SyncServer[] = [];
const providers: HocuspocusProvider[] = [];

beforeAll(async () => {
  redis = await startRedisServer(REDIS_PORT);
  for (const port of PORTS) servers.push(await startSyncServer(port, { env: { REDIS_URL: redis.url } }));
}, 120_000);

afterAll(async () => {
  for (const provider of providers.splice(0)) provider.destroy();
  for (const server of servers.splice(0)) await server.stop('SIGKILL');
  await redis?.stop();
}, 60_000);

function member(port: number) {
  const doc = new Y.Doc();
  let synced = false;
  const provider = new HocuspocusProvider({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: QuietWebSocket, name: 'reform', document: doc, token: EDIT_TOKEN, onSynced: () => (synced = true) } as HocuspocusProviderConfiguration);
  providers.push(provider);
  return { doc, provider, isSynced: () => synced, origin: { port } };
}

async function until(condition: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const assign = (country: string, id: string) => ({ op: 'record' as const, change: { kind: 'assign-country' as const, country: country as CountryCode, office: 'AFR-ETH' as OfficeId }, changeId: asChangeId(id), at: new Date().toISOString() });

it('lets members on two instances sharing one Redis edit one workspace and converge', { timeout: 120_000 }, async () => {
  expect(servers.map((s) => s.output())).toEqual([expect.stringContaining('through Redis at redis://127.0.0.1'), expect.stringContaining('through Redis')]);
  const amina = member(PORTS[0]);
  const boris = member(PORTS[1]);
  await until(() => amina.isSynced() && boris.isSynced(), 'both members synced');

  // Amina (instance A) shares a scenario and edits it; Boris (instance B) sees it.
  addSharedScenario(amina.doc, { ...emptyScenario(), id: ID, name: 'Scaled plan' }, 'Amina', amina.origin);
  applySharedEdit(amina.doc, ID, assign('SSD', 'c1'), 'Amina', amina.origin);
  await until(() => readSharedScenarios(boris.doc)[0]?.changes.length === 1, 'A’s edit at B');

  // Both edit at once, and set a status and comment: everything reaches both sides.
  applySharedEdit(boris.doc, ID, assign('ERI', 'c2'), 'Boris', boris.origin);
  applySharedEdit(amina.doc, ID, assign('SYC', 'c3'), 'Amina', amina.origin);
  setScenarioStatus(boris.doc, { scenarioId: ID, status: 'proposed', by: 'Boris', at: new Date().toISOString() }, boris.origin);
  addScenarioComment(amina.doc, { id: 'k1', scenarioId: ID, author: 'Amina', at: new Date().toISOString(), text: 'Eritrea from Addis Ababa?' }, amina.origin);
  const state = (doc: Y.Doc) => JSON.stringify({ scenarios: readSharedScenarios(doc), status: [...currentStatuses(readStatusMarks(doc))], comments: readComments(doc) });
  await until(() => readSharedScenarios(amina.doc)[0]?.changes.length === 3 && readSharedScenarios(boris.doc)[0]?.changes.length === 3 && readComments(boris.doc).length === 1 && readStatusMarks(amina.doc).length === 1, 'both sides have every edit');
  expect(state(amina.doc)).toBe(state(boris.doc));
  expect(readSharedScenarios(boris.doc)[0]!.changes.map((c) => [c.id, (c as { author?: string }).author])).toEqual(expect.arrayContaining([['c1', 'Amina'], ['c2', 'Boris'], ['c3', 'Amina']]));
  expect(Y.encodeStateVector(amina.doc)).toEqual(Y.encodeStateVector(boris.doc));
});
