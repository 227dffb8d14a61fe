// How well an exported map fills its frame and its page, measured for every size (slide, A4, A3),
// every extent (the world and each region), both projections, one map and a before/after pair:
// - extent: the share of each map frame the chosen extent fills (the rest shows the land and sea
//   around it, the price of a page whose shape differs from the extent's);
// - earth: the share of each frame that shows the Earth at all (not an empty margin beyond
//   Web Mercator's 85° or outside Equal Earth's oval);
// - band: the tallest strip of the page's body left empty between heading and notes (A4 used
//   to leave a quarter of the page blank under a before/after pair).
import { describe, expect, it } from 'vitest';
import { mapLayout } from '../../../src/lib/export/composeMapImage';
import { WORLD_EXTENT, regionBounds } from '../../../src/lib/export/exportExtents';
import { outputSize, type SizePreset } from '../../../src/lib/export/exportSizes';
import type { MapFrame, Rect } from '../../../src/lib/export/mapFrame';
import type { MapProjection } from '../../../src/lib/export/types';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { twoTierStartChanges } from '../../../src/lib/scenario/twoTierStart';
import { REGIONS, type Region } from '../../../src/lib/model/types';
import { defaultNetwork, mapInput } from './exportFixtures';

const twoTier = deriveNetwork(defaultNetwork, twoTierStartChanges(defaultNetwork));
const SIZES: SizePreset[] = ['slide', 'a4', 'a3'];
const EXTENTS: (Region | 'world')[] = ['world', ...REGIONS];
const PROJECTIONS: MapProjection[] = ['mercator', 'equal-earth'];

function sampleShare(frame: MapFrame, inside: (x: number, y: number) => boolean): number {
  const { x, y, width, height } = frame.rect;
  let hits = 0;
  const steps = 120;
  for (let i = 0; i < steps; i++) for (let j = 0; j < steps; j++) if (inside(x + ((i + 0.5) / steps) * width, y + ((j + 0.5) / steps) * height)) hits++;
  return hits / (steps * steps);
}

function measure(size: SizePreset, extent: Region | 'world', projection: MapProjection, panelCount: 1 | 2) {
  const { width, height, pxPerPt } = outputSize(size, { width: 900, height: 600 }, 1);
  const bounds = extent === 'world' ? WORLD_EXTENT : regionBounds(defaultNetwork, extent);
  const panels = panelCount === 1 ? [{ network: twoTier }] : [{ network: defaultNetwork, title: 'Before: today’s network' }, { network: twoTier, title: 'After: Two-tier scenario 1' }];
  const input = mapInput({ width, height, pxPerPt, bounds, regionFilter: extent === 'world' ? null : extent, panels, options: { ...mapInput().options, projection } });
  const layout = mapLayout(input);
  const inExtent = (frame: MapFrame) => (x: number, y: number) => {
    const [lon, lat] = frame.invert(x, y);
    return lon >= bounds.west - 0.01 && lon <= bounds.east + 0.01 && lat >= bounds.south - 0.01 && lat <= bounds.north + 0.01;
  };
  const onEarth = (frame: MapFrame) => (x: number, y: number) => {
    const [lon, lat] = frame.invert(x, y);
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 85.06) return false;
    const [px, py] = frame.project(lon, lat);
    return Math.abs(px - x) < 1 && Math.abs(py - y) < 1 && Math.abs(lon - (bounds.west + bounds.east) / 2) <= 180.01;
  };
  // Rows of the body that hold something (a map, its title above it, the legend).
  const taken = [...layout.frames.map((f) => [f.rect.y - 20 * pxPerPt, f.rect.y + f.rect.height]), [layout.legend.y, layout.legend.y + layout.legend.height]].sort((a, b) => a[0]! - b[0]!);
  let band = 0;
  let reached = layout.body.y;
  for (const [top, bottom] of taken) {
    band = Math.max(band, top! - reached);
    reached = Math.max(reached, bottom!);
  }
  band = Math.max(band, layout.body.y + layout.body.height - reached);
  return {
    extentShare: Math.min(...layout.frames.map((f) => sampleShare(f, inExtent(f)))),
    earthShare: Math.min(...layout.frames.map((f) => sampleShare(f, onEarth(f)))),
    band: band / height,
    arrangement: layout.arrangement,
    legendBeside: layout.legend.x > layout.body.x || layout.legend.width < layout.body.width,
  };
}

const cases = SIZES.flatMap((size) => EXTENTS.flatMap((extent) => PROJECTIONS.flatMap((projection) => ([1, 2] as const).map((panels) => ({ size, extent, projection, panels })))));

describe('how exported maps fill their frame and page', () => {
  const results = cases.map((c) => ({ ...c, ...measure(c.size, c.extent, c.projection, c.panels) }));

  it('prints the measurements', () => {
    const pct = (n: number) => `${Math.round(n * 100)}%`.padStart(4);
    console.log(['size  panels projection   extent                            fills  earth  band  layout']
      .concat(results.map((r) => `${r.size.padEnd(5)} ${String(r.panels).padEnd(6)} ${r.projection.padEnd(12)} ${r.extent.padEnd(33)} ${pct(r.extentShare)}  ${pct(r.earthShare)}  ${pct(r.band)}  ${r.arrangement}${r.legendBeside ? ', legend beside' : ''}`))
      .join('\n'));
    expect(results).toHaveLength(SIZES.length * EXTENTS.length * PROJECTIONS.length * 2);
  });

  // Measured 2 Dec 2026: before this layout, A4 and A3 before/after pairs left 21–53 % of the page
  // empty under the maps; now at most 1 % wherever the maps can keep growing, and 12 % for an Equal
  // Earth world pair on a slide, where the oval ends before the page does.
  it('leaves no empty band across the page, except where the Earth itself ends', () => {
    for (const r of results) {
      const label = `${r.size} ${r.panels} ${r.projection} ${r.extent}`;
      expect(r.band, label).toBeLessThanOrEqual(r.earthShare >= 0.99 ? 0.02 : 0.13);
    }
  });

  it('fills each frame with the chosen extent: at least 40 % (a tall region on a wide slide), the rest the land and sea around it', () => {
    for (const r of results) expect(r.extentShare, `${r.size} ${r.panels} ${r.projection} ${r.extent}`).toBeGreaterThanOrEqual(0.4);
    const median = [...results.map((r) => r.extentShare)].sort((a, b) => a - b)[Math.floor(results.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(0.75);
  });

  it('shows the Earth in at least 88 % of every frame (Equal Earth’s oval leaves the corners of a world map)', () => {
    for (const r of results) expect(r.earthShare, `${r.size} ${r.panels} ${r.projection} ${r.extent}`).toBeGreaterThanOrEqual(r.projection === 'mercator' ? 0.99 : 0.88);
  });

  it('keeps the maps and the legend apart, inside the body of the page', () => {
    for (const c of cases) {
      const { width, height, pxPerPt } = outputSize(c.size, { width: 900, height: 600 }, 1);
      const bounds = c.extent === 'world' ? WORLD_EXTENT : regionBounds(defaultNetwork, c.extent);
      const panels = c.panels === 1 ? [{ network: twoTier }] : [{ network: defaultNetwork, title: 'Before' }, { network: twoTier, title: 'After' }];
      const layout = mapLayout(mapInput({ width, height, pxPerPt, bounds, panels, options: { ...mapInput().options, projection: c.projection } }));
      const boxes = [...layout.frames.map((f) => f.rect), layout.legend];
      const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
      for (const [i, a] of boxes.entries()) {
        expect(a.x).toBeGreaterThanOrEqual(layout.body.x - 0.5);
        expect(a.x + a.width).toBeLessThanOrEqual(layout.body.x + layout.body.width + 0.5);
        expect(a.y).toBeGreaterThanOrEqual(layout.body.y - 0.5);
        expect(a.y + a.height).toBeLessThanOrEqual(layout.body.y + layout.body.height + 0.5);
        for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${c.size} ${c.panels} ${c.projection} ${c.extent}`).toBe(false);
      }
    }
  });
});
