// Entry point: starts the basemap download, then mounts the app.
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { requestBasemap } from './lib/state/basemapRequest';

// A failure is reported by the map view when it awaits the same promise.
requestBasemap().catch(() => undefined);
mount(App, { target: document.getElementById('app') as HTMLElement });
