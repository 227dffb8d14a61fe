import { describe, expect, it } from 'vitest';
import { foldText, matchesQuery } from '../../../src/lib/ui/matchesQuery';

const senegal = ['UNIDO Regional Office Senegal', 'Dakar', 'Senegal', 'Sénégal'];

describe('matchesQuery', () => {
  it.each([
    ['', true],
    ['dak', true],
    ['DAKAR', true],
    ['senegal', true],
    ['sénégal', true],
    ['office dakar', true],
    ['egal', true],
    ['nairobi', false],
    ['dakar kenya', false],
  ])('"%s" → %s', (query, expected) => {
    expect(matchesQuery(senegal, query)).toBe(expected);
  });

  it('folds accents, case and apostrophes', () => {
    expect(foldText('Côte d’Ivoire')).toBe("cote d'ivoire");
  });
});
