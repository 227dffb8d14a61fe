// Registers the offline service worker (built app only) and tells the page when a new
// version has been downloaded and waits. The update is applied only when the user accepts:
// nobody is reloaded in the middle of an edit.

/** Calls `onUpdateReady` with a function that applies the waiting version (and reloads). */
export function registerServiceWorker(onUpdateReady: (apply: () => void) => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  let accepted = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install also takes control of the page: only an accepted update reloads.
    if (accepted) location.reload();
  });
  void navigator.serviceWorker.register('./sw.js').then((registration: ServiceWorkerRegistration | undefined) => {
    // Some hosts (test browsers with workers blocked) resolve without a registration.
    if (!registration) return;
    const offerIfWaiting = () => {
      const waiting = registration.waiting;
      if (!waiting || !navigator.serviceWorker.controller) return;
      onUpdateReady(() => {
        accepted = true;
        waiting.postMessage('skip-waiting');
      });
    };
    offerIfWaiting();
    registration.addEventListener('updatefound', () => {
      registration.installing?.addEventListener('statechange', offerIfWaiting);
    });
  }, () => undefined); // no service worker (private mode, file://): the app works online only
}
