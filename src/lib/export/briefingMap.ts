// The before/after map of the briefing pack: the same composition as the map export, sized to
// the width of an A4 landscape page (273 mm between margins) so its type prints at its size.
import type { CountryFeature } from '../geo/basemapFeatures';
import type { Network } from '../model/types';
import { defaultTitles, mapImageInput, type ExportLocaliser, type MapExportSource } from './mapExport';
import type { MapImageInput } from './types';

/** Printed width of the map in points (273 mm), and the image's pixels. */
const PAGE_WIDTH_PT = (273 / 25.4) * 72;
const WIDTH_PX = 2600;
const HEIGHT_PX = 1500;

export interface BriefingMapSource {
  readonly baseline: Network;
  /** The scenario; null: today's network alone. */
  readonly scenario: { readonly name: string; readonly network: Network } | null;
  readonly features: readonly CountryFeature[];
  readonly datasetName: string;
  readonly confidenceNote: string;
}

export function briefingMapInput(map: BriefingMapSource, loc: ExportLocaliser, today: Date, formatDate: (d: Date) => string): MapImageInput {
  const source: MapExportSource = {
    ...map, showsBaseline: false, viewBounds: null, region: null, screenSize: { width: WIDTH_PX, height: HEIGHT_PX },
  };
  const titles = defaultTitles(source, loc, today, formatDate);
  const settings = {
    extent: { kind: 'world' }, size: 'slide', pixelRatio: 1, labels: true, labelByCity: true, reportingLines: true,
    coverageLines: false, highlightChanged: true, beforeAfter: map.scenario !== null, ...titles,
  } as const;
  return { ...mapImageInput(source, settings, loc), width: WIDTH_PX, height: HEIGHT_PX, pxPerPt: WIDTH_PX / PAGE_WIDTH_PT };
}

/** How many offices of the data set are confirmed, partly confirmed and inferred (the confidence note). */
export function confidenceCounts(network: Network): { confirmed: number; partial: number; inferred: number } {
  const counts = { confirmed: 0, partial: 0, inferred: 0 };
  for (const office of network.offices) counts[office.confidence] += 1;
  return counts;
}
