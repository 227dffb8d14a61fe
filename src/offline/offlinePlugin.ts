// Offline use through vite-plugin-pwa: builds src/offline/sw.ts into sw.js with Workbox's
// precache manifest (every file of the build, each with a hash of its content), so any change
// to the build, index.html and public/ included, makes a new service worker that users get.
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The basemap (world-atlas 1:50m) is the largest file (~0.75 MB); the limit leaves room for
// it and fails the build, rather than silently dropping a file, if something outgrows it.
const LARGEST_PRECACHED_FILE = 4 * 1024 * 1024;

export function offlinePlugin(): PluginOption {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/offline',
    filename: 'sw.ts',
    // Offered, never forced: the page shows "Reload to update" / "Later" (UpdateOffer.svelte).
    registerType: 'prompt',
    // No script injected into the page (the CSP admits none): main.ts registers the worker.
    injectRegister: null,
    // public/manifest.webmanifest is the app's manifest, linked from index.html.
    manifest: false,
    injectManifest: {
      // Everything the app may need offline: code, workers, styles, the page, the basemap
      // and the files of public/ (icons, manifest). Not source maps.
      globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest,txt,woff2}'],
      globIgnores: ['**/*.map', '.vite/**'],
      maximumFileSizeToCacheInBytes: LARGEST_PRECACHED_FILE,
    },
  });
}
