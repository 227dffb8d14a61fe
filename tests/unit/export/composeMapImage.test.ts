// The composed map image: one element per office, a legend of exactly what is drawn, the
// disclaimer, escaped data, right-to-left text in Arabic, a true scale bar, before/after.
import { describe, expect, it } from 'vitest';
import { composeMapImage, composeMapSvg } from '../../../src/lib/export/composeMapImage';
import { legendId } from '../../../src/lib/export/mapLegend';
import { kmPerPixel, fitMapFrame } from '../../../src/lib/export/mapFrame';
import type { SvgElement } from '../../../src/lib/export/svgTree';
import { allElements, textOf } from './svgQueries';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { twoTierStartChanges } from '../../../src/lib/scenario/twoTierStart';
import { asCountryCode, type Network, type Tier } from '../../../src/lib/model/types';
import { DISCLAIMER, defaultNetwork, mapInput } from './exportFixtures';

const elements = (svg: SvgElement) => allElements(svg);
const officeElements = (svg: SvgElement) => elements(svg).filter((e) => e.attrs['data-office-id'] !== undefined);
const legendKeys = (svg: SvgElement) => elements(svg).filter((e) => e.attrs['data-legend'] !== undefined).map((e) => String(e.attrs['data-legend']));
const byClass = (svg: SvgElement, name: string) => elements(svg).filter((e) => e.attrs.class === name);
const twoTier: Network = deriveNetwork(defaultNetwork, twoTierStartChanges(defaultNetwork));
const tierOf = (network: Network, id: unknown) => network.offices.find((o) => o.id === id)?.tier;
const options = { labels: true, labelByCity: true, reportingLines: true, coverageLines: false, highlightChanged: true };

describe('composeMapImage', () => {
  it('draws one element per office, each carrying its id: 48 for the default data on the world map', () => {
    const { svg } = composeMapImage(mapInput());
    const ids = officeElements(svg).map((e) => e.attrs['data-office-id']);
    expect(ids).toHaveLength(48);
    expect(new Set(ids).size).toBe(48);
  });

  it('draws only the offices of a region when exporting that region', () => {
    const { svg } = composeMapImage(mapInput({ regionFilter: 'Africa', bounds: { south: -35, west: -20, north: 25, east: 52 } }));
    const offices = officeElements(svg).map((e) => defaultNetwork.offices.find((o) => o.id === e.attrs['data-office-id']));
    expect(offices.length).toBeGreaterThan(5);
    expect(offices.every((o) => o?.region === 'Africa')).toBe(true);
    expect(legendKeys(svg).filter((k) => k.startsWith('region:'))).toEqual(['region:Africa']);
  });

  it.each([
    ['today’s network', defaultNetwork, { ...options }],
    ['a two-tier scenario', twoTier, { ...options }],
    ['with coverage lines', defaultNetwork, { ...options, coverageLines: true }],
    ['without reporting lines', defaultNetwork, { ...options, reportingLines: false }],
  ])('lists in the legend exactly the tiers and lines drawn: %s', (_name, network, opts) => {
    const { svg, legend } = composeMapImage(mapInput({ panels: [{ network }], options: opts }));
    const drawnTiers = new Set(officeElements(svg).map((e) => tierOf(network, e.attrs['data-office-id'])));
    const legendTiers = legend.flatMap((item) => (item.key.kind === 'tier' ? [item.key.tier] : []));
    expect(new Set(legendTiers)).toEqual(drawnTiers);
    expect(legendKeys(svg).includes('coverage')).toBe(byClass(svg, 'coverage-lines').length > 0);
    expect(legendKeys(svg).includes('coverage')).toBe(opts.coverageLines);
    expect(legendKeys(svg).includes('reporting')).toBe(opts.reportingLines);
    expect(legendKeys(svg).includes('changed')).toBe(false);
    expect(legendKeys(svg)).toEqual(legend.map((item) => legendId(item.key)));
  });

  it('outlines changed countries, and says so in the legend, only when asked', () => {
    const changed = new Set([asCountryCode('SOM'), asCountryCode('KEN')]);
    const shown = composeMapImage(mapInput({ panels: [{ network: defaultNetwork, changedCountries: changed }] }));
    const shapes = mapInput().features.filter((f) => f.code !== null && changed.has(f.code)).length; // Somaliland is drawn as Somalia
    expect(byClass(shown.svg, 'changed-countries')[0]?.children).toHaveLength(shapes);
    expect(legendKeys(shown.svg)).toContain('changed');
    const hidden = composeMapImage(mapInput({ panels: [{ network: defaultNetwork, changedCountries: changed }], options: { ...options, highlightChanged: false } }));
    expect(byClass(hidden.svg, 'changed-countries')).toHaveLength(0);
    expect(legendKeys(hidden.svg)).not.toContain('changed');
  });

  it('carries the UN disclaimer, the source note, the title and the subtitle', () => {
    const { svg } = composeMapImage(mapInput());
    expect(byClass(svg, 'disclaimer').map(textOf).join(' ')).toBe(DISCLAIMER);
    expect(byClass(svg, 'note').map(textOf).join(' ')).toContain('Natural Earth');
    expect(byClass(svg, 'title').map(textOf).join(' ')).toBe('Baseline: today’s network');
    expect(byClass(svg, 'subtitle').map(textOf).join(' ')).toContain('48 field offices');
  });

  it('escapes office names and titles with markup in them', () => {
    const hostile = '<i>&"Q"';
    const network: Network = { ...defaultNetwork, offices: defaultNetwork.offices.map((o, i) => (i === 0 ? { ...o, name: hostile } : o)) };
    const svg = composeMapSvg(mapInput({ panels: [{ network }], options: { ...options, labelByCity: false }, texts: { ...mapInput().texts, title: 'A <b>bold</b> & "quoted" title' } }));
    expect(svg).not.toContain('<i>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('>&lt;i&gt;&amp;&quot;Q&quot;</text>');
    expect(svg).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title');
  });

  it('sets every text right to left in Arabic and anchors the title at the right margin', () => {
    const { svg } = composeMapImage(mapInput({ dir: 'rtl', lang: 'ar' }));
    const texts = elements(svg).filter((e) => e.tag === 'text');
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.every((t) => t.attrs.direction === 'rtl')).toBe(true);
    const title = byClass(svg, 'title')[0]!;
    expect(title.attrs.x).toBeGreaterThan(1800);
    expect(title.attrs['text-anchor']).toBe('start');
    const ltr = composeMapImage(mapInput());
    expect(elements(ltr.svg).some((e) => e.attrs.direction !== undefined)).toBe(false);
  });

  it('gives the scale bar the right length at the latitude of the frame’s centre (60° N)', () => {
    const bounds = { south: 55.5, west: 0, north: 64, east: 30 }; // a frame centred near 60° N
    const { svg, frames } = composeMapImage(mapInput({ bounds }));
    const bar = byClass(svg, 'scale-bar')[0]!;
    const frame = frames[0]!;
    const centre = frame.invert(frame.rect.x + frame.rect.width / 2, frame.rect.y + frame.rect.height / 2);
    expect(centre[1]).toBeCloseTo(60, 0);
    // Independently of kmPerPixel: a parallel at 60° is half the equator; the world is 2π·k pixels wide.
    const kmPerPx = (2 * Math.PI * 6371.0088 * Math.cos((centre[1] * Math.PI) / 180)) / (2 * Math.PI * frame.k);
    expect(Number(bar.attrs['data-width'])).toBeCloseTo(Number(bar.attrs['data-km']) / kmPerPx, 0);
    expect(kmPerPixel(fitMapFrame(bounds, frame.rect), centre[1])).toBeCloseTo(kmPerPx, 6);
    expect(textOf(bar)).toContain(`${Number(bar.attrs['data-km']).toLocaleString('en')} km`);
    expect(textOf(bar)).toContain('Scale true at 60° N');
  });

  it('puts today’s network and the scenario side by side with one shared legend', () => {
    const changed = new Set([asCountryCode('SOM')]);
    const { svg, legend } = composeMapImage(mapInput({
      panels: [{ network: defaultNetwork, title: 'Before', changedCountries: changed }, { network: twoTier, title: 'After', changedCountries: changed }],
    }));
    expect(officeElements(svg)).toHaveLength(96);
    expect(byClass(svg, 'panel-title').map(textOf)).toEqual(['Before', 'After']);
    expect(byClass(svg, 'legend')).toHaveLength(1);
    const tiers = legend.flatMap((item) => (item.key.kind === 'tier' ? [item.key.tier] : []));
    expect(tiers).toEqual(['regional-hub', 'regional-office', 'sub-regional-office', 'country-office'] satisfies Tier[]);
  });

  it('draws background tiles with the OpenStreetMap attribution only when tiles are given', () => {
    const withoutTiles = composeMapSvg(mapInput());
    expect(withoutTiles).not.toContain('OpenStreetMap');
    expect(withoutTiles).not.toContain('<image');
    const { frames } = composeMapImage(mapInput());
    const tiles = new Map(
      Array.from({ length: 4 }, (_, z) => z).flatMap((z) =>
        Array.from({ length: 2 ** z * 2 ** z }, (_, i) => {
          const key = `${z}/${i % 2 ** z}/${Math.floor(i / 2 ** z)}`;
          return [key, { z, x: i % 2 ** z, y: Math.floor(i / 2 ** z), dataUrl: 'data:image/png;base64,AAAA' }] as const;
        }),
      ),
    );
    expect(frames).toHaveLength(1);
    const withTiles = composeMapSvg(mapInput({ tiles }));
    expect(withTiles).toContain('<image');
    expect(withTiles).toContain('© OpenStreetMap contributors');
    expect(withTiles).toContain('fill-opacity="0.55"');
  });

  it('keeps type at its printed size: A4 at 300 dpi has twice the type of a 1920-pixel slide', () => {
    const slide = byClass(composeMapImage(mapInput()).svg, 'title')[0]!;
    const a4 = byClass(composeMapImage(mapInput({ width: 3508, height: 2480, pxPerPt: 300 / 72 })).svg, 'title')[0]!;
    expect(Number(a4.attrs['font-size']) / Number(slide.attrs['font-size'])).toBeCloseTo(300 / 72 / 2, 6);
    expect(Number(a4.attrs['font-size']) / (300 / 72)).toBe(16);
  });
});
