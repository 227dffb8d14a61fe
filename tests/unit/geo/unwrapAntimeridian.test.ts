import { describe, expect, it } from 'vitest';
import { unwrapGeometry, unwrapRing } from '../../../src/lib/geo/unwrapAntimeridian';

const maxJump = (ring: number[][]) => Math.max(0, ...ring.slice(1).map((p, i) => Math.abs((p[0] ?? 0) - (ring[i]?.[0] ?? 0))));

describe('unwrapRing', () => {
  it.each([
    { name: 'eastward crossing', ring: [[179, 0], [-179, 1], [-178, 0], [179, 0]], expected: [[179, 0], [181, 1], [182, 0], [179, 0]] },
    { name: 'westward crossing', ring: [[-179, 0], [179, 1], [-179, 0]], expected: [[-179, 0], [-181, 1], [-179, 0]] },
    { name: 'no crossing', ring: [[10, 0], [20, 1], [10, 0]], expected: [[10, 0], [20, 1], [10, 0]] },
  ])('handles an $name', ({ ring, expected }) => {
    expect(unwrapRing(ring)).toEqual(expected);
  });

  it('unwraps every ring of a multipolygon and leaves no jump over 180°', () => {
    const geometry = unwrapGeometry({ type: 'MultiPolygon', coordinates: [[[[170, 60], [-170, 61], [-175, 65], [170, 60]]], [[[10, 0], [11, 0], [10, 1], [10, 0]]]] });
    if (geometry.type !== 'MultiPolygon') throw new Error('type changed');
    for (const polygon of geometry.coordinates) for (const ring of polygon) expect(maxJump(ring)).toBeLessThan(180);
  });
});
