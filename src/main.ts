// Entry point: tightens the page's security policy, starts the basemap download, then mounts the app.
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { requestBasemap } from './lib/state/basemapRequest';
import { blockTileHostUnlessAllowed } from './offline/onlineBasemapPermission';
import { joinedServerOrigin } from './lib/sync/connectPolicy';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { appUpdate } from './lib/state/appUpdate.svelte';

blockTileHostUnlessAllowed(document, joinedServerOrigin());
// A failure is reported by the map view when it awaits the same promise.
requestBasemap().catch(() => undefined);
registerServiceWorker((apply) => (appUpdate.apply = apply));
mount(App, { target: document.getElementById('app') as HTMLElement });
