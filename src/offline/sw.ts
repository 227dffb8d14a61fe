/// <reference lib="webworker" />
// The offline service worker, built by vite-plugin-pwa (injectManifest): Workbox precaches
// every file of the build under a revision that is a hash of the file's *content*, so a change
// to index.html (its Content-Security-Policy, say) or to a file in public/ gives a new sw.js
// and reaches people who installed the app. Only the app's own files are kept: nothing from
// another site (map tiles) is ever cached. A new version installs in the background and waits:
// the page offers it ("Reload to update"), it is never forced.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

/** Cache names of the hand-written worker this one replaces ("fnp-<version>"). */
const isLegacyCache = (name: string) => name.startsWith('fnp-');

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first install takes control of the open page, so that it works offline from the first
// visit on. (An update still waits for the user: see the message listener below.)
clientsClaim();

// The app is one page: every navigation (a reload, a link with a query) gets the stored page.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const legacy = (await caches.keys()).filter(isLegacyCache);
      await Promise.all(legacy.map((name) => caches.delete(name)));
    })(),
  );
});

// The page sends this when the user accepts the update offer. workbox-window sends
// { type: 'SKIP_WAITING' }; pages still running the hand-written registration send the
// string 'skip-waiting', and must be able to move on to this worker too.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  const isSkipWaiting = data === 'skip-waiting' || (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING');
  if (isSkipWaiting) void self.skipWaiting();
});
