// The legend of an exported map: exactly what the panels drew (tiers present, inferred
// outlines, the lines shown, the outline of changed countries, the fills used), laid out as
// a flowing band of keys and labels, mirrored in right-to-left languages.
import { REGIONS, type Region, type Tier } from '../model/types';
import { UNCOVERED_FILL, regionSwatch } from '../map/officeColors';
import { INFERRED_DASH, TIER_SYMBOLS, symbolPath } from '../map/tierSymbols';
import { CHANGED_DASH, CHANGED_STROKE, COVERAGE_DASH, COVERAGE_STROKE, REPORTING_STROKE } from './mapPanel';
import { el, type SvgElement } from './svgTree';
import { textLine } from './svgText';
import { estimateTextWidth } from './textMetrics';
import type { DrawnInventory, MapImageTexts } from './types';

export type LegendKey =
  | { readonly kind: 'tier'; readonly tier: Tier }
  | { readonly kind: 'inferred' | 'reporting' | 'coverage' | 'changed' | 'small' | 'fill-title' | 'uncovered' }
  | { readonly kind: 'region'; readonly region: Region };

export interface LegendItem {
  readonly key: LegendKey;
  readonly label: string;
}

const TIER_ORDER: readonly Tier[] = ['regional-hub', 'regional-office', 'sub-regional-office', 'country-office'];

/** What the panels drew, together (a before/after image shares one legend: the union). */
export function mergeInventories(inventories: readonly DrawnInventory[]): DrawnInventory {
  return {
    tiers: new Set(inventories.flatMap((i) => [...i.tiers])),
    inferredOffices: inventories.some((i) => i.inferredOffices),
    reportingLines: inventories.some((i) => i.reportingLines),
    coverageLines: inventories.some((i) => i.coverageLines),
    changedCountries: inventories.some((i) => i.changedCountries),
    smallCountries: inventories.some((i) => i.smallCountries),
    regions: new Set(inventories.flatMap((i) => [...i.regions])),
    uncovered: inventories.some((i) => i.uncovered),
  };
}

/** The legend's entries, in reading order, for what was drawn and nothing else. */
export function legendItems(drawn: DrawnInventory, texts: MapImageTexts): LegendItem[] {
  const items: LegendItem[] = TIER_ORDER.filter((tier) => drawn.tiers.has(tier)).map((tier) => ({ key: { kind: 'tier', tier }, label: texts.tierNames[tier] }));
  if (drawn.inferredOffices) items.push({ key: { kind: 'inferred' }, label: texts.inferredOffice });
  if (drawn.reportingLines) items.push({ key: { kind: 'reporting' }, label: texts.reportsTo });
  if (drawn.coverageLines) items.push({ key: { kind: 'coverage' }, label: texts.coversCountry });
  if (drawn.changedCountries) items.push({ key: { kind: 'changed' }, label: texts.changedCountry });
  if (drawn.smallCountries) items.push({ key: { kind: 'small' }, label: texts.smallCountry });
  const regions = REGIONS.filter((r) => drawn.regions.has(r));
  if (regions.length > 0) {
    items.push({ key: { kind: 'fill-title' }, label: texts.countryFill });
    for (const region of regions) items.push({ key: { kind: 'region', region }, label: texts.regionNames[region] });
  }
  if (drawn.uncovered) items.push({ key: { kind: 'uncovered' }, label: texts.notCovered });
  return items;
}

export interface LegendStyle {
  readonly fontSize: number;
  readonly rowHeight: number;
  readonly keyWidth: number;
  /** Output pixels per CSS pixel, for symbols and line widths. */
  readonly cssPx: number;
  readonly dir: 'ltr' | 'rtl';
}

/** Lays the items out in rows across `width`; returns the drawing and its height. */
export function drawLegend(items: readonly LegendItem[], x0: number, y0: number, width: number, style: LegendStyle): { node: SvgElement; height: number } {
  const { fontSize, rowHeight, keyWidth, dir } = style;
  const gap = fontSize * 0.45;
  const spacing = fontSize * 1.4;
  const nodes: SvgElement[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const hasKey = item.key.kind !== 'fill-title';
    const itemWidth = (hasKey ? keyWidth + gap : 0) + estimateTextWidth(item.label, fontSize);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const left = dir === 'rtl' ? x0 + width - x - itemWidth : x0 + x;
    const centreY = y0 + row * rowHeight + rowHeight / 2;
    const keyLeft = dir === 'rtl' ? left + itemWidth - keyWidth : left;
    const textX = !hasKey ? (dir === 'rtl' ? left + itemWidth : left) : dir === 'rtl' ? keyLeft - gap : keyLeft + keyWidth + gap;
    nodes.push(
      el('g', { 'data-legend': legendId(item.key) }, [
        hasKey && drawKey(item.key, keyLeft, centreY, style),
        textLine(item.label, textX, centreY + fontSize * 0.35, dir === 'rtl' ? 'right' : 'left', { size: fontSize, dir, fill: item.key.kind === 'fill-title' ? '#3d3d3d' : '#1a1a1a' }),
      ]),
    );
    x += itemWidth + spacing;
  }
  const height = items.length === 0 ? 0 : (row + 1) * rowHeight;
  return { node: el('g', { class: 'legend' }, nodes), height };
}

export function legendId(key: LegendKey): string {
  if (key.kind === 'tier') return `tier:${key.tier}`;
  if (key.kind === 'region') return `region:${key.region}`;
  return key.kind;
}

function drawKey(key: LegendKey, left: number, centreY: number, { keyWidth, cssPx }: LegendStyle): SvgElement {
  const cx = left + keyWidth / 2;
  const swatch = (fill: string, extra: Record<string, string | number> = {}) =>
    el('rect', { x: left + keyWidth * 0.1, y: centreY - keyWidth * 0.3, width: keyWidth * 0.8, height: keyWidth * 0.6, fill, stroke: '#8a8a8a', 'stroke-width': cssPx, ...extra });
  const line = (stroke: string, width: number, dash?: readonly number[]) =>
    el('line', { x1: left, y1: centreY, x2: left + keyWidth, y2: centreY, stroke, 'stroke-width': width * cssPx, 'stroke-dasharray': dash?.map((d) => d * cssPx).join(' ') });
  switch (key.kind) {
    case 'tier':
    case 'inferred': {
      const symbol = TIER_SYMBOLS[key.kind === 'tier' ? key.tier : 'country-office'];
      const scale = Math.min(cssPx, (keyWidth * 0.95) / TIER_SYMBOLS['regional-hub'].size);
      const half = (symbol.size * scale) / 2;
      return el('path', {
        d: symbolPath(symbol.shape, symbol.size),
        transform: `translate(${cx - half} ${centreY - half}) scale(${scale})`,
        fill: symbol.fill,
        stroke: symbol.stroke,
        'stroke-width': 1.5,
        'stroke-dasharray': key.kind === 'inferred' ? INFERRED_DASH : undefined,
      });
    }
    case 'reporting':
      return line(REPORTING_STROKE, 2);
    case 'coverage':
      return line(COVERAGE_STROKE, 1, COVERAGE_DASH);
    case 'changed':
      return swatch('#ffffff', { stroke: CHANGED_STROKE, 'stroke-width': 2 * cssPx, 'stroke-dasharray': CHANGED_DASH.map((d) => d * cssPx).join(' ') });
    case 'small':
      return el('circle', { cx, cy: centreY, r: 4 * cssPx, fill: '#ffffff', stroke: '#555555', 'stroke-width': cssPx });
    case 'region':
      return swatch(regionSwatch(key.region));
    default:
      return swatch(UNCOVERED_FILL);
  }
}
