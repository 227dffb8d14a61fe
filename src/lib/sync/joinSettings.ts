// What a member gave to join a working group (server, workspace, token, name), kept in this
// browser so the page reconnects after a reload, and the join link that carries the server and
// workspace with the token in the address's fragment (never sent to a web server).
const STORAGE_KEY = 'fnp-working-group';
const LINK_PREFIX = '#join=';

export interface JoinSettings {
  readonly server: string;
  readonly workspace: string;
  readonly token: string;
  readonly name: string;
}

export type JoinProblem = 'server' | 'workspace' | 'token' | 'name';

/** The server as a ws:/wss: origin, or null when it is not one (an https: address becomes wss:). */
export function serverOrigin(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  const protocol = url.protocol === 'https:' ? 'wss:' : url.protocol === 'http:' ? 'ws:' : url.protocol;
  if (protocol !== 'ws:' && protocol !== 'wss:') return null;
  if (url.username || url.password) return null;
  return `${protocol}//${url.host}`;
}

/**
 * What is wrong with what the member typed, field by field (empty when it can be used).
 * @example checkJoinSettings({ server: 'ftp://x', workspace: 'reform', token: '', name: 'Amina' }) // → ['server', 'token']
 */
export function checkJoinSettings(settings: JoinSettings): JoinProblem[] {
  const problems: JoinProblem[] = [];
  if (serverOrigin(settings.server) === null) problems.push('server');
  if (!/^[\w.-]{1,100}$/u.test(settings.workspace.trim())) problems.push('workspace');
  if (settings.token.trim().length === 0) problems.push('token');
  if (settings.name.trim().length === 0 || settings.name.trim().length > 80) problems.push('name');
  return problems;
}

export function readJoinSettings(): JoinSettings | null {
  try {
    const value = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? 'null') as Partial<JoinSettings> | null;
    if (!value || typeof value !== 'object') return null;
    const settings = { server: String(value.server ?? ''), workspace: String(value.workspace ?? ''), token: String(value.token ?? ''), name: String(value.name ?? '') };
    return checkJoinSettings(settings).length === 0 ? settings : null;
  } catch {
    return null;
  }
}

export function rememberJoinSettings(settings: JoinSettings | null): void {
  try {
    if (settings) globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(settings));
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // storage blocked: the member joins for this page only
  }
}

/**
 * A join link: the app's address with `#join=<server>&workspace=<name>&token=<token>`.
 * @example joinLink('https://app.example/', { server: 'wss://sync.example', workspace: 'reform', token: 't0k' }) // → 'https://app.example/#join=wss%3A%2F%2Fsync.example&workspace=reform&token=t0k'
 */
export function joinLink(appAddress: string, settings: Pick<JoinSettings, 'server' | 'workspace' | 'token'>): string {
  const base = appAddress.split('#')[0];
  return `${base}${LINK_PREFIX}${encodeURIComponent(settings.server)}&workspace=${encodeURIComponent(settings.workspace)}&token=${encodeURIComponent(settings.token)}`;
}

/** The server, workspace and token a join link carries, or null for another address. */
export function readJoinLink(hash: string): Omit<JoinSettings, 'name'> | null {
  if (!hash.startsWith(LINK_PREFIX)) return null;
  const params = new URLSearchParams(`server=${hash.slice(LINK_PREFIX.length)}`);
  return { server: params.get('server') ?? '', workspace: params.get('workspace') ?? '', token: params.get('token') ?? '' };
}
