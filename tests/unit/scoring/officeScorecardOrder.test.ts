// One office's scorecard lists the offices reporting to it farthest first, whatever their order
// in the network: distances worked by hand along the equator (111.195 km per degree).
import { describe, expect, it } from 'vitest';
import type { Network } from '../../../src/lib/model/types';
import { computeOfficeScorecard } from '../../../src/lib/scoring/computeScorecard';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SCORING_SETTINGS } from '../../../src/lib/scoring/metricDefinitions';
import { country, office } from '../../fixtures/networkFixtures';
import { oid } from '../scenario/scenarioTestData';

const d = (6371.0088 * Math.PI) / 180;

describe('computeOfficeScorecard: reporting offices', () => {
  // N (5° east) is listed before F (20° east); both report to the hub H at 0°; X reports to H but is closed.
  const network: Network = {
    countries: [country('AAA'), country('BBB', { point: { lat: 0, lon: 5 } }), country('CCC', { point: { lat: 0, lon: 20 } })],
    offices: [
      office('H', ['AAA'], { tier: 'regional-hub' }),
      office('N', ['BBB'], { reportsTo: oid('H'), point: { lat: 0, lon: 5 } }),
      office('F', ['CCC'], { reportsTo: oid('H'), point: { lat: 0, lon: 20 } }),
      office('X', [], { reportsTo: oid('H'), point: { lat: 0, lon: 40 }, closed: true }),
    ],
  };

  it('lists the open offices reporting to it, farthest first, and counts them as its span', () => {
    const card = computeOfficeScorecard(network, oid('H'), DEFAULT_ASSUMPTIONS, [], DEFAULT_SCORING_SETTINGS);
    expect(card?.reportingOffices.map((o) => o.id)).toEqual(['F', 'N']);
    expect(card?.reportingOffices[0]?.distanceKm).toBeCloseTo(20 * d, 6);
    expect(card?.reportingOffices[1]?.distanceKm).toBeCloseTo(5 * d, 6);
    expect(card?.spanOfControl).toBe(2);
  });
});
