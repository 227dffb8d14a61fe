/// <reference types="vite-plugin-pwa/vanillajs" />
// Registers the offline service worker (built app only) through vite-plugin-pwa's register
// module (workbox-window) and tells the page when a new version has been downloaded and
// waits. The update is applied only when the user accepts: nobody is reloaded in the middle
// of an edit. Registered from the bundle, not an injected inline script, so the page's
// Content-Security-Policy (script-src 'self') holds.
import { registerSW } from 'virtual:pwa-register';

/** Calls `onUpdateReady` with a function that applies the waiting version (and reloads). */
export function registerServiceWorker(onUpdateReady: (apply: () => void) => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const updateServiceWorker = registerSW({
    // Register at once rather than after the window's load event: the basemap and the app's
    // own work keep the page busy, and an offline-capable app should not wait on that.
    immediate: true,
    // Reloads once the accepted version has taken control.
    onNeedRefresh: () => onUpdateReady(() => void updateServiceWorker(true)),
    // No service worker (private mode, blocked by the browser): the app works online only.
    onRegisterError: () => undefined,
  });
}
