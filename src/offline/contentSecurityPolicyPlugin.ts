// Build step: puts the page's Content-Security-Policy into the built index.html. Runs at build
// time only; the dev server gets no policy, so hot reload keeps working. (The offline service
// worker is built by vite-plugin-pwa, see offlinePlugin.ts.)
import type { Plugin } from 'vite';

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'fnp-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() }, injectTo: 'head-prepend' }],
    },
  };
}

// The page's Content-Security-Policy: everything from the app's own origin, plus what
// Leaflet needs (inline styles it sets on map panes and markers, data: images) and blob:
// URLs for downloads and export previews. The OpenStreetMap tile host is listed for images
// and (for tile export with CORS) fetches, but the app contacts it only when the user turns
// the online basemap on; with it off, no request leaves the origin (an e2e test checks).
// `script-src 'self'` admits no inline script: the service worker is registered from the
// app's own bundle (registerServiceWorker.ts), never by a script the PWA plugin injects.
export const TILE_ORIGIN = 'https://tile.openstreetmap.org';

export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${TILE_ORIGIN}`,
    // ws:/wss: for a working group's server, which the member chooses; the page narrows this
    // to that one server once joined, and to none before (onlineBasemapPermission.ts).
    `connect-src 'self' ${TILE_ORIGIN} ws: wss:`,
    "worker-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "manifest-src 'self'",
  ].join('; ');
}
