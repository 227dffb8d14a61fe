// The basemap is the largest download (Natural Earth 1:50m, ~230 KB gzip). Its request is
// started before the app mounts so it overlaps start-up work instead of following it.
import basemapUrl from 'world-atlas/countries-50m.json?url';

let pending: Promise<unknown> | null = null;

/** Starts the basemap download once; later calls return the same promise. */
export function requestBasemap(): Promise<unknown> {
  pending ??= fetch(basemapUrl).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${basemapUrl}`);
    return response.json();
  });
  return pending;
}
