// A deterministic crowd of office labels for the label-placement benchmark and its test:
// `count` symbols of three sizes, clustered as offices are (a few dense regions, some spread
// out), with names of city length, on an A4 landscape page at 300 dpi.
import type { LabelRequest } from '../../src/lib/export/labelPlacement';
import { seededRandom } from '../../src/lib/model/seededRandom';

export const A4_FRAME = { x: 0, y: 0, width: 3508, height: 2480 };
const NAMES = ['Nairobi', 'Addis Ababa', 'Dakar', 'Abuja', 'Pretoria', 'Cairo', 'Beirut', 'Bangkok', 'New Delhi', 'Beijing', 'Montevideo', 'Mexico City', 'Ouagadougou', 'Antananarivo', 'Tashkent'];
const CLUSTERS = [[0.55, 0.55], [0.6, 0.35], [0.75, 0.45], [0.3, 0.6], [0.5, 0.3]] as const;

export function labelRequests(count: number, seed = 7): LabelRequest[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    // One in three offices crowds around a cluster centre; the rest spread over the page.
    const [cx, cy] = CLUSTERS[i % CLUSTERS.length]!;
    const clustered = next() < 1 / 3;
    const x = clustered ? cx + (next() + next() - 1) * 0.12 : next();
    const y = clustered ? cy + (next() + next() - 1) * 0.12 : next();
    const name = NAMES[Math.floor(next() * NAMES.length)]!;
    return { id: `o${i}`, text: i % 3 === 0 ? `${name} ${i}` : name, x: x * A4_FRAME.width, y: y * A4_FRAME.height, radius: [12, 9, 6][i % 3]! };
  });
}
