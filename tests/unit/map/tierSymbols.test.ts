import { describe, expect, it } from 'vitest';
import { ALL_TIERS } from '../../../src/lib/model/types';
import { TIER_SYMBOLS, symbolPath, symbolSvg } from '../../../src/lib/map/tierSymbols';
import { assignOfficeColors } from '../../../src/lib/map/officeColors';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';

describe('tier symbols', () => {
  it('tell the tiers apart by shape and by colour, not colour alone', () => {
    const symbols = ALL_TIERS.map((t) => TIER_SYMBOLS[t]);
    expect(new Set(symbols.map((s) => s.shape)).size).toBe(ALL_TIERS.length);
    expect(new Set(symbols.map((s) => s.fill)).size).toBe(ALL_TIERS.length);
  });

  it('make a country office the smallest symbol and a regional hub the largest', () => {
    const sizes = ALL_TIERS.map((t) => TIER_SYMBOLS[t].size);
    expect(Math.min(...sizes)).toBe(TIER_SYMBOLS['country-office'].size);
    expect(Math.max(...sizes)).toBe(TIER_SYMBOLS['regional-hub'].size);
  });

  it.each([
    { shape: 'square' as const, size: 10, expected: 'M1,1H9V9H1Z' },
    { shape: 'diamond' as const, size: 10, expected: 'M5,1L9,5L5,9L1,5Z' },
    { shape: 'circle' as const, size: 10, expected: 'M1,5A4,4 0 1,0 9,5A4,4 0 1,0 1,5Z' },
  ])('draws a $shape', ({ shape, size, expected }) => {
    expect(symbolPath(shape, size)).toBe(expected);
  });

  it('draws a five-pointed star (ten corners)', () => {
    expect(symbolPath('star', 26).split('L')).toHaveLength(10);
  });

  it('builds marker SVG that is hidden from screen readers (the marker title names the office)', () => {
    expect(symbolSvg(TIER_SYMBOLS['regional-hub'])).toMatch(/^<svg [^>]*aria-hidden="true"/);
  });
});

describe('assignOfficeColors', () => {
  it('gives every office a colour, and different offices of a region different shades', () => {
    const loaded = loadDefaultNetwork();
    if (!loaded.ok) throw new Error('default data does not load');
    const colors = assignOfficeColors(loaded.network);
    expect(colors.size).toBe(48);
    const lebanon = colors.get('ARB-LBN' as never);
    const egypt = colors.get('ARB-EGY' as never);
    expect(lebanon).toMatch(/^#[0-9a-f]{6}$/);
    expect(lebanon).not.toBe(egypt);
  });
});
