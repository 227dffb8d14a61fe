import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { simplifyRing } from '../../../src/lib/geo/simplifyShapes';

describe('simplifyRing', () => {
  it.each([
    ['drops a point that barely bends the edge', [[0, 0], [1, 0.001], [2, 0], [2, 2], [0, 0]], 0.05, [[0, 0], [2, 0], [2, 2], [0, 0]]],
    ['keeps a point that moves the edge by more than the tolerance', [[0, 0], [1, 0.5], [2, 0], [2, 2], [0, 0]], 0.05, [[0, 0], [1, 0.5], [2, 0], [2, 2], [0, 0]]],
    ['leaves a ring too small to simplify', [[0, 0], [1, 0], [0, 1], [0, 0]], 10, [[0, 0], [1, 0], [0, 1], [0, 0]]],
    ['never collapses a ring below a triangle', [[0, 0], [0.01, 0.01], [0.02, 0], [0.01, -0.01], [0, 0]], 1, [[0, 0], [0.01, 0.01], [0.02, 0], [0.01, -0.01], [0, 0]]],
  ] as [string, Position[], number, Position[]][])('%s', (_name, ring, tolerance, expected) => {
    expect(simplifyRing(ring, tolerance)).toEqual(expected);
  });
});
