// Benchmark of export label placement at 5,000 labels: the R-tree placement the app uses, and
// the former all-pairs comparison it replaced (the same labels come out: see the unit test).
// Run: npm run bench:node
import { bench, describe } from 'vitest';
import { placeLabels } from '../../src/lib/export/labelPlacement';
import { placeLabelsAllPairs } from '../fixtures/allPairsLabelPlacement';
import { A4_FRAME, labelRequests } from './labelRequests';

describe('label placement: 5,000 labels, A4 at 300 dpi', () => {
  const requests = labelRequests(5000);
  bench('R-tree (placeLabels)', () => void placeLabels(requests, 36, A4_FRAME));
  bench('all pairs (former)', () => void placeLabelsAllPairs(requests, 36, A4_FRAME), { iterations: 3, time: 0 });
});
