// Reads the sync server's settings from the environment and decides what a token may do.
import { timingSafeEqual } from 'node:crypto';
import { fileURLToPath } from 'node:url';

/** Where data goes by default: tests/output/ is ignored by git (see .gitignore). */
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../tests/output/sync-data/', import.meta.url));
const MIN_TOKEN_LENGTH = 8;

/**
 * @example readSettings({ WORKSPACE_TOKEN: 'edit-secret', PORT: '1234' })
 * // → { port: 1234, address: '127.0.0.1', editToken: 'edit-secret', viewToken: null, workspaces: null, … problems: [] }
 */
export function readSettings(env) {
  const problems = [];
  const editToken = env.WORKSPACE_TOKEN ?? '';
  if (editToken.length < MIN_TOKEN_LENGTH) problems.push(`WORKSPACE_TOKEN must be set to a secret of at least ${MIN_TOKEN_LENGTH} characters`);
  const viewToken = env.VIEW_TOKEN ? env.VIEW_TOKEN : null;
  if (viewToken !== null && viewToken.length < MIN_TOKEN_LENGTH) problems.push(`VIEW_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters`);
  if (viewToken !== null && viewToken === editToken) problems.push('VIEW_TOKEN must differ from WORKSPACE_TOKEN');
  const port = Number(env.PORT ?? 1234);
  if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`PORT must be a whole number from 1 to 65535, got ${JSON.stringify(env.PORT)}`);
  const maxMessageBytes = Number(env.MAX_MESSAGE_BYTES ?? 4 * 1024 * 1024);
  if (!Number.isInteger(maxMessageBytes) || maxMessageBytes < 1024) problems.push('MAX_MESSAGE_BYTES must be a whole number of at least 1024');
  // Several workspaces: WORKSPACES=a,b limits the names; unset, any name is a workspace.
  if (env.REDIS_URL && redisConnection(env.REDIS_URL) === null) problems.push(`REDIS_URL must be a redis:// or rediss:// address, such as redis://127.0.0.1:6379`);
  const workspaces = env.WORKSPACES ? env.WORKSPACES.split(',').map((name) => name.trim()).filter(Boolean) : null;
  return {
    port,
    address: env.HOST ?? '127.0.0.1',
    editToken,
    viewToken,
    workspaces,
    maxMessageBytes,
    dataDir: env.DATA_DIR || DEFAULT_DATA_DIR,
    redisUrl: env.REDIS_URL || null,
    problems,
  };
}

const sameSecret = (given, expected) => {
  const a = Buffer.from(String(given ?? ''));
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * 'edit', 'view' or 'refused' for a token and a workspace name.
 * @example checkAccess({ editToken: 'edit-secret', viewToken: null, workspaces: null }, 'edit-secret', 'reform') // → 'edit'
 */
export function checkAccess(settings, token, workspace) {
  if (settings.workspaces !== null && !settings.workspaces.includes(workspace)) return 'refused';
  if (sameSecret(token, settings.editToken)) return 'edit';
  if (settings.viewToken !== null && sameSecret(token, settings.viewToken)) return 'view';
  return 'refused';
}

/**
 * Host, port and client options for the Redis extension from a redis:// (or rediss://, TLS) URL;
 * null when it is not one.
 * @example redisConnection('redis://:secret@10.0.0.5:6380/2') // → { host: '10.0.0.5', port: 6380, options: { password: 'secret', db: 2 } }
 */
export function redisConnection(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') return null;
  const options = {};
  if (url.username) options.username = decodeURIComponent(url.username);
  if (url.password) options.password = decodeURIComponent(url.password);
  const db = Number(url.pathname.slice(1) || 0);
  if (Number.isInteger(db) && db > 0) options.db = db;
  if (url.protocol === 'rediss:') options.tls = {};
  return { host: url.hostname || '127.0.0.1', port: Number(url.port || 6379), options };
}

/** An address without its password, for the log. */
export function redactedUrl(address) {
  try {
    const url = new URL(address);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unreadable address)';
  }
}
