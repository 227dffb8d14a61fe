// The offline service worker: keeps a copy of this build of the app (code, styles, the
// basemap, the language catalogues) so that after the first visit it opens and works with no
// network, reload included. serviceWorkerPlugin.ts writes it into the build as sw.js and puts
// the build's file list and version in place of the PRECACHE placeholder below.
// A new version installs in the background and waits: the page offers it, never forces it.
const PRECACHE = __PRECACHE__;
const CACHE = `fnp-${PRECACHE.version}`;
const APP_PAGE = new URL('./', self.location.href).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.files)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((key) => key.startsWith('fnp-') && key !== CACHE);
      await Promise.all(old.map((key) => caches.delete(key)));
      await self.clients.claim();
    })(),
  );
});

// The page sends this when the user accepts the update offer.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Map tiles and anything else from another site are not ours to keep.
  if (url.origin !== self.location.origin) return;
  event.respondWith(respond(request));
});

/** The app is one page: every navigation gets it; files come from the cache, else the network. */
async function respond(request) {
  const cache = await caches.open(CACHE);
  if (request.mode === 'navigate') {
    const page = await cache.match(APP_PAGE);
    if (page) return page;
  }
  // ignoreVary: the server may answer with "Vary: Origin", and module scripts send an Origin
  // header that the stored copy (fetched by the worker) was requested without.
  const cached = await cache.match(request, { ignoreVary: true, ignoreSearch: request.mode === 'navigate' });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') void cache.put(request, response.clone());
  return response;
}
