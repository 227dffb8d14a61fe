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
export function blockTileHostUnlessAllowed(doc: Document): void {
  if (isOnlineBasemapAllowed()) return;
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "img-src 'self' data: blob:; connect-src 'self'";
  doc.head.append(meta);
}
