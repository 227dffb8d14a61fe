// One map of an exported image, drawn as the screen draws it (networkMap.ts): countries filled
// by covering office, dots for countries too small for the basemap, coverage and reporting
// lines, office symbols by tier, labels; and the inventory of what was drawn, for the legend.
import { displayLongitude } from '../geo/pacificView';
import type { CountryFeature } from '../geo/basemapFeatures';
import { indexNetwork } from '../model/indexNetwork';
import { isDrawnInferred, type GeoPoint, type Office, type Region, type Tier } from '../model/types';
import { OCEAN_FILL, UNCOVERED_FILL, assignOfficeColors } from '../map/officeColors';
import { INFERRED_DASH, TIER_SYMBOLS, symbolPath } from '../map/tierSymbols';
import { placeLabels, type LabelRequest } from './labelPlacement';
import type { MapFrame } from './mapFrame';
import { tilesForFrame } from './osmTiles';
import { el, type SvgElement, type SvgNode } from './svgTree';
import { textLine } from './svgText';
import type { DrawnInventory, MapImageOptions, MapPanelInput, TileImage } from './types';

/** The outline of a country covered from another office than today (networkMap's CHANGED_STROKE). */
export const CHANGED_STROKE = '#6a0dad';
export const CHANGED_DASH = [4, 3];
export const REPORTING_STROKE = '#262626';
export const COVERAGE_STROKE = '#4d4d4d';
export const COVERAGE_DASH = [3, 4];

/** Lower tiers first, so higher tiers are drawn on top where symbols overlap (as on screen). */
const DRAW_ORDER: readonly Tier[] = ['country-office', 'regional-office', 'sub-regional-office', 'regional-hub'];

export interface PanelContext {
  readonly features: readonly CountryFeature[];
  readonly options: MapImageOptions;
  readonly regionFilter: Region | null;
  /** Output pixels per CSS pixel of the screen map: symbol and line sizes scale by it. */
  readonly cssPx: number;
  readonly dir: 'ltr' | 'rtl';
  readonly labelSize: number;
  readonly tiles: ReadonlyMap<string, TileImage> | null;
  /** A unique id for the panel's clip path. */
  readonly clipId: string;
}

const dashes = (pattern: readonly number[], scale: number) => pattern.map((d) => Math.round(d * scale * 10) / 10).join(' ');
const point = (frame: MapFrame, { point: p }: { point: GeoPoint }) => frame.project(displayLongitude(p.lon), p.lat);

/** The panel's drawing, clipped to its frame, and what it drew. */
export function drawMapPanel(frame: MapFrame, panel: MapPanelInput, context: PanelContext): { node: SvgElement; drawn: DrawnInventory } {
  const { network } = panel;
  const { options, cssPx, regionFilter } = context;
  const index = indexNetwork(network);
  const colors = assignOfficeColors(network, context.features);
  const inRegion = (region: Region | null) => regionFilter === null || region === regionFilter;
  const visible = network.offices.filter((o) => !o.closed && inRegion(o.region));
  const regions = new Set<Region>();
  let uncovered = false;

  const countryPaths: SvgNode[] = [];
  for (const feature of context.features) {
    const d = frame.pathData(feature.geometry);
    if (!d) continue;
    const office = feature.code ? index.coveringOffice.get(feature.code) : undefined;
    const coloured = office && !office.closed && inRegion(office.region) ? colors.get(office.id) : undefined;
    if (coloured && office) regions.add(office.region);
    else uncovered = true;
    countryPaths.push(el('path', { d, fill: coloured ?? UNCOVERED_FILL, 'data-country': feature.code ?? undefined }));
  }

  const changed = options.highlightChanged ? (panel.changedCountries ?? new Set()) : new Set();
  const changedPaths = context.features.filter((f) => f.code && changed.has(f.code)).map((f) => frame.pathData(f.geometry, 8)).filter(Boolean);

  const dots: SvgNode[] = [];
  for (const country of network.countries.filter((c) => !c.onBasemap)) {
    const office = index.coveringOffice.get(country.code);
    const [x, y] = point(frame, country);
    if (!office || !inRegion(office.region) || !frame.contains(x, y)) continue;
    regions.add(office.region);
    dots.push(el('circle', { cx: x, cy: y, r: 4 * cssPx, fill: colors.get(office.id) ?? UNCOVERED_FILL, stroke: '#555555', 'stroke-width': cssPx, 'data-country': country.code }));
  }

  const line = (from: { point: { lat: number; lon: number } }, to: { point: { lat: number; lon: number } }) =>
    frame.pathData({ type: 'LineString', coordinates: [[displayLongitude(from.point.lon), from.point.lat], [displayLongitude(to.point.lon), to.point.lat]] }, 4);
  const coverage = options.coverageLines
    ? visible.flatMap((office) => office.coveredCountries.filter((code) => code !== office.hostCountry).map((code) => index.countryByCode.get(code)).filter((c) => c !== undefined).map((c) => line(office, c)))
    : [];
  const reporting = options.reportingLines
    ? visible.map((office) => ({ office, superior: office.reportsTo ? index.officeById.get(office.reportsTo) : undefined })).filter(({ superior }) => superior).map(({ office, superior }) => line(office, superior!))
    : [];
  const coverageDrawn = coverage.filter(Boolean);
  const reportingDrawn = reporting.filter(Boolean);

  const drawnOffices = visible.filter((o) => frame.contains(...point(frame, o))).sort((a, b) => DRAW_ORDER.indexOf(a.tier) - DRAW_ORDER.indexOf(b.tier));
  const symbols = drawnOffices.map((office) => officeSymbol(office, point(frame, office), cssPx));
  const labels = options.labels ? officeLabels(drawnOffices, frame, context) : [];

  const { rect } = frame;
  const tiles = context.tiles ? tilesForFrame(frame).flatMap((t) => {
    const image = context.tiles?.get(t.key);
    return image ? [el('image', { 'xlink:href': image.dataUrl, x: t.left, y: t.top, width: t.size + 0.5, height: t.size + 0.5, preserveAspectRatio: 'none' })] : [];
  }) : [];
  const node = el('g', { class: 'map-panel' }, [
    el('clipPath', { id: context.clipId }, [el('rect', { x: rect.x, y: rect.y, width: rect.width, height: rect.height })]),
    el('g', { 'clip-path': `url(#${context.clipId})` }, [
      el('rect', { x: rect.x, y: rect.y, width: rect.width, height: rect.height, fill: OCEAN_FILL }),
      tiles.length > 0 && el('g', { class: 'tiles' }, tiles),
      el('g', { class: 'countries', stroke: '#ffffff', 'stroke-width': 0.6 * cssPx, 'stroke-linejoin': 'round', 'fill-opacity': tiles.length > 0 ? 0.55 : undefined }, countryPaths),
      changedPaths.length > 0 && el('g', { class: 'changed-countries', fill: 'none', stroke: CHANGED_STROKE, 'stroke-width': 2.5 * cssPx, 'stroke-dasharray': dashes(CHANGED_DASH, cssPx) }, changedPaths.map((d) => el('path', { d }))),
      dots.length > 0 && el('g', { class: 'small-countries' }, dots),
      coverageDrawn.length > 0 && el('g', { class: 'coverage-lines', fill: 'none', stroke: COVERAGE_STROKE, 'stroke-width': cssPx, 'stroke-dasharray': dashes(COVERAGE_DASH, cssPx) }, coverageDrawn.map((d) => el('path', { d }))),
      reportingDrawn.length > 0 && el('g', { class: 'reporting-lines', fill: 'none', stroke: REPORTING_STROKE, 'stroke-width': 2 * cssPx, 'stroke-opacity': 0.9 }, reportingDrawn.map((d) => el('path', { d }))),
      el('g', { class: 'offices' }, symbols),
      labels.length > 0 && el('g', { class: 'office-labels' }, labels),
    ]),
    el('rect', { x: rect.x, y: rect.y, width: rect.width, height: rect.height, fill: 'none', stroke: '#8a8a8a', 'stroke-width': 0.75 * cssPx }),
  ]);
  const drawn: DrawnInventory = {
    tiers: new Set(drawnOffices.map((o) => o.tier)),
    inferredOffices: drawnOffices.some(isDrawnInferred),
    reportingLines: reportingDrawn.length > 0,
    coverageLines: coverageDrawn.length > 0,
    changedCountries: changedPaths.length > 0,
    smallCountries: dots.length > 0,
    regions,
    uncovered,
  };
  return { node, drawn };
}

/** One element per office, carrying its id: the tier's symbol, dashed when the office is inferred. */
function officeSymbol(office: Office, [x, y]: [number, number], cssPx: number): SvgElement {
  const symbol = TIER_SYMBOLS[office.tier];
  const half = (symbol.size * cssPx) / 2;
  return el('path', {
    'data-office-id': office.id,
    d: symbolPath(symbol.shape, symbol.size),
    transform: `translate(${round(x - half)} ${round(y - half)}) scale(${round(cssPx)})`,
    fill: symbol.fill,
    stroke: symbol.stroke,
    'stroke-width': 1.5,
    // A planned office (opened in the scenario) is drawn solid, as on the screen's map.
    'stroke-dasharray': isDrawnInferred(office) ? INFERRED_DASH : undefined,
    'stroke-linejoin': 'round',
  });
}

function officeLabels(offices: readonly Office[], frame: MapFrame, context: PanelContext): SvgElement[] {
  const byImportance = [...offices].reverse(); // higher tiers first (offices come sorted lowest first)
  const requests: LabelRequest[] = byImportance.map((office) => {
    const [x, y] = point(frame, office);
    return { id: office.id, text: context.options.labelByCity ? office.city : office.name, x, y, radius: (TIER_SYMBOLS[office.tier].size * context.cssPx) / 2 };
  });
  return placeLabels(requests, context.labelSize, frame.rect).map((label) =>
    textLine(label.text, label.x, label.y, label.align, { size: context.labelSize, dir: context.dir, halo: context.labelSize * 0.28, fill: '#1a1a1a' }, { 'data-label-for': label.id }),
  );
}

const round = (n: number) => Math.round(n * 100) / 100;
