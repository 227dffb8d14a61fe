import { describe, expect, it } from 'vitest';
import { BASELINE_TIERS } from '../../../src/lib/model/types';
import { TIER_SYMBOLS, symbolPath, symbolSvg } from '../../../src/lib/map/tierSymbols';
import { assignOfficeColors } from '../../../src/lib/map/officeColors';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';

describe('tier symbols', () => {
  it('tell the tiers apart by shape and by colour, not colour alone', () => {
    const symbols = BASELINE_TIERS.map((t) => TIER_SYMBOLS[t]);
    expect(new Set(symbols.map((s) => s.shape)).size).toBe(BASELINE_TIERS.length);
    expect(new Set(symbols.map((s) => s.fill)).size).toBe(BASELINE_TIERS.length);
  });

  it('make the higher tier the larger symbol', () => {
    const sizes = BASELINE_TIERS.map((t) => TIER_SYMBOLS[t].size);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it.each([
    { shape: 'square' as const, size: 10, expected: 'M1,1H9V9H1Z' },
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
