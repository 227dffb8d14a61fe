// The inputs of an exported map image, all plain data: the caller (the export dialog, the
// briefing pack) translates every text with t() and passes it in, so the composition is pure.
import type { CountryFeature } from '../geo/basemapFeatures';
import type { CountryCode, Network, Region, Tier } from '../model/types';
import type { GeoBounds } from './mapFrame';

export interface MapImageOptions {
  readonly labels: boolean;
  /** Label offices by city (else by office name). */
  readonly labelByCity: boolean;
  readonly reportingLines: boolean;
  readonly coverageLines: boolean;
  /** Outline the countries whose covering office differs from the baseline. */
  readonly highlightChanged: boolean;
  /** Web Mercator (as on screen; the default) or Equal Earth, an equal-area projection for world maps. */
  readonly projection?: MapProjection;
}

export type MapProjection = 'mercator' | 'equal-earth';
export const MAP_PROJECTIONS: readonly MapProjection[] = ['mercator', 'equal-earth'];

/** One map of the image: the whole image, or one half of a before/after image. */
export interface MapPanelInput {
  readonly network: Network;
  /** Shown over the panel in a before/after image. */
  readonly title?: string;
  /** Countries covered from another office than in the baseline. */
  readonly changedCountries?: ReadonlySet<CountryCode>;
}

export interface MapImageTexts {
  readonly title: string;
  readonly subtitle: string;
  readonly tierNames: Readonly<Record<Tier, string>>;
  readonly regionNames: Readonly<Record<Region, string>>;
  readonly inferredOffice: string;
  readonly reportsTo: string;
  readonly coversCountry: string;
  readonly smallCountry: string;
  readonly countryFill: string;
  readonly notCovered: string;
  readonly changedCountry: string;
  /** The scale bar's note, e.g. "Scale true at 12° N". */
  readonly scaleNote: (latitude: number) => string;
  /** The projection's name, written on the image, e.g. "Equal Earth projection". */
  readonly projectionName?: string;
  /** A distance for the scale bar, e.g. "1,000 km". */
  readonly formatKm: (km: number) => string;
  /** Data source and confidence: one or more sentences. */
  readonly source: string;
  readonly disclaimer: string;
  /** Required when tiles are drawn: "© OpenStreetMap contributors". */
  readonly tileAttribution: string;
}

/** An OpenStreetMap tile fetched for the image, as a data: URL (keeps the PNG canvas untainted). */
export interface TileImage {
  readonly z: number;
  readonly x: number;
  readonly y: number;
  readonly dataUrl: string;
}

export interface MapImageInput {
  readonly width: number;
  readonly height: number;
  /** Output pixels per typographic point: type and symbols scale with it (A4 at 300 dpi → 4.17). */
  readonly pxPerPt: number;
  readonly dir: 'ltr' | 'rtl';
  /** The language of the texts (xml:lang of the document), e.g. "fr". */
  readonly lang?: string;
  readonly bounds: GeoBounds;
  /** Only this region's offices are drawn (as the map's region filter does), or all. */
  readonly regionFilter: Region | null;
  readonly features: readonly CountryFeature[];
  /** One panel, or two side by side (before/after) sharing extent and legend. */
  readonly panels: readonly MapPanelInput[];
  readonly options: MapImageOptions;
  readonly texts: MapImageTexts;
  /** Background tiles, by "z/x/y"; absent or null: offline basemap. */
  readonly tiles?: ReadonlyMap<string, TileImage> | null;
}

/** What a panel actually drew: the legend lists exactly this. */
export interface DrawnInventory {
  readonly tiers: ReadonlySet<Tier>;
  readonly inferredOffices: boolean;
  readonly reportingLines: boolean;
  readonly coverageLines: boolean;
  readonly changedCountries: boolean;
  readonly smallCountries: boolean;
  /** Regions whose offices' colours fill drawn countries. */
  readonly regions: ReadonlySet<Region>;
  readonly uncovered: boolean;
}
