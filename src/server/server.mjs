// The working-group sync server: Hocuspocus (Yjs) on 127.0.0.1, one Yjs document per workspace.
// Plain ES module so Node 20 runs it without a build or TypeScript loader:
//   WORKSPACE_TOKEN=… [VIEW_TOKEN=…] [PORT=1234] [DATA_DIR=…] [REDIS_URL=redis://…] npm run server
// It logs connections and refusals, never a document's content.
import { Server } from '@hocuspocus/server';
import { fileStore } from './fileStore.mjs';
import { incomingUpdate } from './incomingUpdate.mjs';
import { checkAccess, readSettings, redactedUrl, redisConnection } from './settings.mjs';

const settings = readSettings(process.env);
if (settings.problems.length > 0) {
  for (const problem of settings.problems) console.error(`sync server: ${problem}`);
  process.exit(2);
}

const store = fileStore(settings.dataDir);
const extensions = [];
if (settings.redisUrl) {
  // Several instances share each workspace's room through Redis pub/sub: an update a member
  // sends to one instance reaches members connected to another. Loaded only when asked for.
  const { Redis } = await import('@hocuspocus/extension-redis');
  const redis = new Redis({ ...redisConnection(settings.redisUrl), identifier: `fnp-${settings.address}-${settings.port}-${process.pid}`, prefix: 'fnp-sync' });
  // Members are let in only once both Redis connections are ready: a workspace opened before
  // then subscribes on a connection still starting (ioredis then fails its ready check and
  // reconnects), and the first exchange with the other instances is lost.
  try {
    await Promise.all([redis.pub, redis.sub].map((client) => whenReady(client, 15_000)));
  } catch (error) {
    console.error(`sync server: cannot reach Redis at ${redactedUrl(settings.redisUrl)}: ${error.message}`);
    process.exit(2);
  }
  extensions.push(redis);
  console.log(`sync server: sharing workspaces with other instances through Redis at ${redactedUrl(settings.redisUrl)}`);
}

/** Resolves once an ioredis client is ready; rejects after `ms`. */
function whenReady(client, ms) {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after ${ms / 1000} s (status ${client.status})`)), ms);
    client.once('ready', () => (clearTimeout(timer), resolve()));
  });
}

const server = new Server(
  {
    name: `fnp-sync-${settings.port}`,
    port: settings.port,
    address: settings.address,
    quiet: true,
    extensions,
    // Every update is already on disk (stored in beforeHandleMessage, before Hocuspocus applies
    // and acknowledges it); onStoreDocument only folds the log into a snapshot now and then.
    debounce: 5000,
    maxDebounce: 30000,
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const access = checkAccess(settings, token, documentName);
      if (access === 'refused') {
        console.log(`sync server: refused a connection to a workspace (wrong or missing token)`);
        // Thrown before the document is loaded or any of it sent.
        throw new Error('Access token refused');
      }
      connectionConfig.readOnly = access === 'view';
      return { access };
    },
    async beforeHandleMessage({ update: message, documentName, connection }) {
      // A view-only member's updates are refused by Hocuspocus (connection.readOnly): not stored.
      const update = connection.readOnly ? null : incomingUpdate(message);
      if (update) await store.persistIncoming(documentName, update, connection);
    },
    async onLoadDocument({ document, documentName }) {
      store.load(documentName, document);
      return document;
    },
    async onStoreDocument({ document, documentName }) {
      await store.compact(documentName, document);
    },
    async connected({ documentName, context }) {
      console.log(`sync server: a member joined workspace ${JSON.stringify(documentName)} (${context.access})`);
    },
    async onDisconnect({ documentName }) {
      console.log(`sync server: a member left workspace ${JSON.stringify(documentName)}`);
    },
  },
  // Larger messages close the connection: a scenario's edits are small, a whole workspace a few MB.
  { maxPayload: settings.maxMessageBytes },
);

if (process.env.SYNC_STATS === '1') {
  // For the load bench: how long the event loop was held up (what delays every member's edit).
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  process.on('SIGUSR2', () => console.log(`sync server stats: event-loop delay p50 ${(delay.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms, max ${(delay.max / 1e6).toFixed(1)} ms`));
}

await server.listen();
console.log(`sync server: listening on ws://${settings.address}:${settings.port}, data in ${settings.dataDir}`);
