// Builds the light basemap the first (world) map is drawn from: Natural Earth 1:50m countries
// (world-atlas) with every shared border simplified once (Douglas–Peucker on the topology's
// arcs, so neighbours still meet exactly), and only the "countries" object kept. Every 1:50m
// shape stays (small island states included, unlike 1:110m), at about a tenth of the points.
// The map refines to the full 1:50m file when the user zooms in.
//
//   node data/tools/build-world-basemap.mjs      writes src/lib/geo/assets/countries-world.json
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** About a pixel of the world view on a laptop (0.22° per pixel at zoom 2.5); the map refines from zoom 3.5. */
export const WORLD_TOLERANCE_DEGREES = 0.25;
/** Positions are re-quantized this many times coarser (1:50m's grid is 0.0036° wide; a pixel at zoom 3 is 0.18°). */
export const COARSEN = 8;

const root = new URL('../..', import.meta.url).pathname;
const out = join(root, 'src/lib/geo/assets/countries-world.json');

/** The points of an arc to keep: Douglas–Peucker in quantized units, both ends always kept. */
function simplifyArc(points, toleranceX, toleranceY) {
  const n = points.length;
  if (n <= 2) return points;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  // Distances are measured in degrees-like units: x and y scaled so one tolerance fits both.
  const sx = 1 / toleranceX;
  const sy = 1 / toleranceY;
  const stack = [[0, n - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    const ax = points[first][0] * sx, ay = points[first][1] * sy;
    const bx = points[last][0] * sx, by = points[last][1] * sy;
    const dx = bx - ax, dy = by - ay;
    const length = dx * dx + dy * dy;
    let farthest = -1;
    let distance = 1; // tolerance², in the scaled units
    for (let i = first + 1; i < last; i++) {
      const px = points[i][0] * sx, py = points[i][1] * sy;
      const along = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
      const d = (ax + along * dx - px) ** 2 + (ay + along * dy - py) ** 2;
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  // A closed arc (an island drawn by one arc) keeps at least four points, so it stays a ring.
  if (points[0][0] === points[n - 1][0] && points[0][1] === points[n - 1][1]) {
    let kept = keep.reduce((s, k) => s + k, 0);
    for (let step = Math.max(1, Math.floor(n / 3)), i = step; kept < 4 && i < n - 1; i += step) if (!keep[i]) (keep[i] = 1), kept++;
    if (kept < 4) return points;
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** The topology with its arcs simplified; positions stay quantized and delta-encoded. */
export function simplifyTopology(topology, toleranceDegrees, coarsen = 1) {
  const [kx, ky] = topology.transform.scale;
  const arcs = topology.arcs.map((arc) => {
    let x = 0, y = 0;
    // Shared arc ends round to the same coarse position, so neighbours still meet.
    const absolute = arc.map(([dx, dy]) => [(x += dx), (y += dy)]).map(([ax, ay]) => [Math.round(ax / coarsen), Math.round(ay / coarsen)]);
    const kept = simplifyArc(absolute, toleranceDegrees / (kx * coarsen), toleranceDegrees / (ky * coarsen)).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
    if (kept.length < 2) kept.push(kept[0]); // an arc needs two positions, even a degenerate one
    let px = 0, py = 0;
    return kept.map(([ax, ay]) => {
      const delta = [ax - px, ay - py];
      [px, py] = [ax, ay];
      return delta;
    });
  });
  const transform = { scale: [kx * coarsen, ky * coarsen], translate: topology.transform.translate };
  return { type: 'Topology', bbox: topology.bbox, transform, objects: { countries: topology.objects.countries }, arcs };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const detailed = createRequire(import.meta.url)('world-atlas/countries-50m.json');
  const light = simplifyTopology(detailed, WORLD_TOLERANCE_DEGREES, COARSEN);
  const count = (t) => t.arcs.reduce((s, a) => s + a.length, 0);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(light));
  console.log(`${out}: ${light.objects.countries.geometries.length} shapes, ${count(light)} of ${count(detailed)} points, tolerance ${WORLD_TOLERANCE_DEGREES}°`);
}
