// Small export helpers the app calls, each with a hand-worked case: the output size of each
// preset, SVG text lines (anchor by alignment and direction), and the confidence counts.
import { describe, expect, it } from 'vitest';
import { confidenceCounts } from '../../../src/lib/export/briefingMap';
import { PIXEL_RATIOS, SIZE_PRESETS, outputSize } from '../../../src/lib/export/exportSizes';
import { textLine, textLines } from '../../../src/lib/export/svgText';
import type { SvgElement } from '../../../src/lib/export/svgTree';
import { office } from '../../fixtures/networkFixtures';

describe('outputSize', () => {
  it.each([
    ['slide', 1, { width: 1920, height: 1080, pxPerPt: 2 }], // 144 dpi
    ['a4', 1, { width: 3508, height: 2480, pxPerPt: 300 / 72 }], // 297 × 210 mm at 300 dpi
    ['a3', 1, { width: 4961, height: 3508, pxPerPt: 300 / 72 }],
    ['screen', 2, { width: 1800, height: 1200, pxPerPt: 8 / 3 }],
  ] as const)('%s at ×%i', (preset, ratio, expected) => {
    expect(outputSize(preset, { width: 900, height: 600 }, ratio)).toEqual(expected);
  });
  it('a tiny map on screen still gives at least 480 × 320 pixels per ratio', () => {
    expect(outputSize('screen', { width: 100, height: 50 }, 3)).toMatchObject({ width: 1440, height: 960 });
  });
  it('offers every preset and ratio', () => {
    expect([SIZE_PRESETS, PIXEL_RATIOS]).toEqual([['screen', 'slide', 'a4', 'a3'], [1, 2, 3]]);
  });
});

describe('textLine and textLines', () => {
  it.each([
    ['left', 'ltr', 'start'], ['right', 'ltr', 'end'], ['left', 'rtl', 'end'], ['right', 'rtl', 'start'], ['center', 'rtl', 'middle'],
  ] as const)('%s-aligned %s text is anchored at its %s', (align, dir, anchor) => {
    expect(textLine('Hi', 0, 0, align, { size: 10, dir }).attrs['text-anchor']).toBe(anchor);
  });
  it('writes the text as a text node with its style', () => {
    const line = textLine('<b>x</b>', 5, 7, 'left', { size: 12, dir: 'rtl', weight: 'bold', italic: true });
    expect(line.attrs).toMatchObject({ x: 5, y: 7, direction: 'rtl', 'font-size': 12, 'font-weight': 'bold', 'font-style': 'italic' });
    expect(line.attrs.stroke).toBeUndefined();
    expect(line.children).toEqual([{ text: '<b>x</b>' }]);
  });
  it('draws a halo as a white stroked copy under the letters, not with paint-order (LibreOffice and ImageMagick ignore it)', () => {
    const line = textLine('Nairobi', 5, 7, 'left', { size: 12, dir: 'ltr', halo: 2 }, { 'data-label-for': 'NBO' });
    expect(line.tag).toBe('g');
    const [halo, letters] = line.children as SvgElement[];
    expect(halo!.attrs).toMatchObject({ stroke: '#ffffff', fill: '#ffffff', 'stroke-width': 2, 'aria-hidden': 'true', x: 5, y: 7 });
    expect(letters!.attrs).toMatchObject({ fill: '#1a1a1a', 'data-label-for': 'NBO', x: 5, y: 7 });
    expect(letters!.attrs.stroke).toBeUndefined();
    expect(JSON.stringify(line)).not.toContain('paint-order');
  });
  it('puts lines under each other, one line height apart', () => {
    expect(textLines(['a', 'b', 'c'], 0, 10, 'left', { size: 10, dir: 'ltr' }, 14).map((l) => l.attrs.y)).toEqual([10, 24, 38]);
  });
});

describe('confidenceCounts', () => {
  it('counts offices per confidence level', () => {
    const network = { countries: [], offices: [office('A', [], { confidence: 'confirmed' }), office('B', []), office('C', []), office('D', [], { confidence: 'partial' })] };
    expect(confidenceCounts(network)).toEqual({ confirmed: 1, partial: 1, inferred: 2 });
  });
});
