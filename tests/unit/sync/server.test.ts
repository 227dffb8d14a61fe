// The sync server as a member meets it: a real server process on loopback and Yjs clients.
import { HocuspocusProvider, type HocuspocusProviderConfiguration } from '@hocuspocus/provider';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { EDIT_TOKEN, freePort, startSyncServer, VIEW_TOKEN, type SyncServer } from '../../support/syncServer';

const PORT = await freePort(); // not a fixed port: another checkout may run this test at the same time

/** ws emits an 'error' when a reconnect attempt is closed while connecting; the browser's WebSocket does not throw there. */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}
let server: SyncServer | null = null;
const providers: HocuspocusProvider[] = [];

afterEach(async () => {
  for (const provider of providers.splice(0)) provider.destroy();
  await server?.stop('SIGKILL');
  server = null;
});

function connect(token: string, name = 'reform') {
  const document = new Y.Doc();
  const events: string[] = [];
  // The provider passes WebSocketPolyfill on to the socket it makes (its type leaves it out).
  const provider = new HocuspocusProvider({
    url: `ws://127.0.0.1:${PORT}`,
    WebSocketPolyfill: QuietWebSocket,
    name,
    document,
    token,
    onAuthenticationFailed: ({ reason }) => events.push(`refused: ${reason}`),
    onSynced: () => events.push('synced'),
  } as HocuspocusProviderConfiguration);
  providers.push(provider);
  return { document, provider, events, list: document.getArray<string>('log') };
}

async function until(condition: () => boolean, what: string, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('sync server', () => {
  it('refuses a wrong token before sending any of the document', async () => {
    server = await startSyncServer(PORT);
    const editor = connect(EDIT_TOKEN);
    await until(() => editor.events.includes('synced'), 'editor sync');
    editor.list.push(['secret plan']);
    await until(() => !editor.provider.hasUnsyncedChanges, 'ack');

    const intruder = connect('not-the-token');
    await until(() => intruder.events.some((e) => e.startsWith('refused')), 'refusal');
    expect(intruder.list.toArray()).toEqual([]);
    expect(intruder.events).not.toContain('synced');
    expect(server.output()).not.toContain('secret plan');
  });

  it("refuses a view-only token's writes but lets it read", async () => {
    server = await startSyncServer(PORT);
    const editor = connect(EDIT_TOKEN);
    const viewer = connect(VIEW_TOKEN);
    await until(() => editor.events.includes('synced') && viewer.events.includes('synced'), 'both synced');
    expect(viewer.provider.authorizedScope).toBe('readonly');
    viewer.list.push(['from the viewer']);
    editor.list.push(['from the editor']);
    await until(() => viewer.list.toArray().includes('from the editor'), 'viewer reads');
    // The viewer's update stays unacknowledged and never reaches the editor or a newcomer.
    const newcomer = connect(EDIT_TOKEN);
    await until(() => newcomer.events.includes('synced') && newcomer.list.length > 0, 'newcomer synced');
    expect(newcomer.list.toArray()).toEqual(['from the editor']);
    expect(editor.list.toArray()).toEqual(['from the editor']);
    expect(viewer.provider.hasUnsyncedChanges).toBe(true);
  });

  it('keeps every acknowledged update when killed and restarted', async () => {
    server = await startSyncServer(PORT);
    const editor = connect(EDIT_TOKEN);
    await until(() => editor.events.includes('synced'), 'sync');
    for (let i = 0; i < 30; i += 1) editor.list.push([`edit ${i}`]);
    await until(() => !editor.provider.hasUnsyncedChanges, 'all acknowledged');
    // The editor leaves first: otherwise its own copy would refill the restarted server.
    editor.provider.destroy();
    const { dataDir } = server;
    await server.stop('SIGKILL'); // no chance to store on shutdown
    server = await startSyncServer(PORT, { dataDir });
    const reader = connect(EDIT_TOKEN);
    await until(() => reader.events.includes('synced') && reader.list.length === 30, 'restored');
    expect(reader.list.get(29)).toBe('edit 29');
  });

  it('closes a connection that sends a message above the size cap', async () => {
    server = await startSyncServer(PORT, { env: { MAX_MESSAGE_BYTES: '2048' } });
    const editor = connect(EDIT_TOKEN);
    const reader = connect(EDIT_TOKEN);
    await until(() => editor.events.includes('synced') && reader.events.includes('synced'), 'sync');
    editor.list.push(['small']);
    await until(() => reader.list.length === 1, 'a small edit arrives');
    editor.list.push(['x'.repeat(10_000)]);
    // The server closes the sender's connection instead of passing the message on.
    await until(() => editor.provider.configuration.websocketProvider.status !== 'connected', 'connection closed');
    expect(reader.list.toArray()).toEqual(['small']);
  });
});
