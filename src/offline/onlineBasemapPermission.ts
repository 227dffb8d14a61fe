// The online basemap (OpenStreetMap tiles) is the only thing that may contact another site,
// and only once the user has turned it on. Until then the page runs under a stricter
// Content-Security-Policy that also blocks the tile host; turning it on is remembered and
// reloads the page under the policy that allows it.
const STORAGE_KEY = 'fnp-online-basemap';

export function isOnlineBasemapAllowed(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

export function rememberOnlineBasemap(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

/**
 * Adds a second policy that only lets images and connections come from the app itself.
 * Policies add up (each must allow a request), so this one overrides the tile host the
 * built page's own policy lists.
 */
export function blockTileHostUnlessAllowed(doc: Document, syncServer: string | null = null): void {
  // The built policy lets connections reach any ws:/wss: server, which the page cannot know
  // in advance; this one narrows them to the working group's server, once joined (else none).
  const sync = syncServer ? ` ${syncServer}` : '';
  if (isOnlineBasemapAllowed() && !syncServer) return addPolicy(doc, `connect-src 'self' ${TILE_HOST}`);
  if (isOnlineBasemapAllowed()) return addPolicy(doc, `connect-src 'self' ${TILE_HOST}${sync}`);
  addPolicy(doc, `img-src 'self' data: blob:; connect-src 'self'${sync}`);
}

/** The OpenStreetMap tile host (as in the built policy, contentSecurityPolicyPlugin.ts). */
const TILE_HOST = 'https://tile.openstreetmap.org';

function addPolicy(doc: Document, content: string): void {
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = content;
  doc.head.append(meta);
}
