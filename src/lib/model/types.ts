// The vocabulary of the field network: countries, offices, tiers and regions.
// Everything here is plain immutable data so it can be stored, diffed and replayed.

/** ISO 3166-1 alpha-3 code, e.g. "KEN". */
export type CountryCode = string & { readonly __brand: 'CountryCode' };
/** Stable office identifier from the data set, e.g. "AFR-KEN". */
export type OfficeId = string & { readonly __brand: 'OfficeId' };

export const asCountryCode = (code: string) => code as CountryCode;
export const asOfficeId = (id: string) => id as OfficeId;

export const REGIONS = [
  'Africa',
  'Arab States',
  'Asia and the Pacific',
  'Europe and Central Asia',
  'Latin America and the Caribbean',
] as const;
export type Region = (typeof REGIONS)[number];

/** The tiers of today's three-tier network, from top to bottom. */
export const BASELINE_TIERS = ['regional-hub', 'regional-office', 'country-office'] as const;
/** The tiers of the reformed two-tier network, from top to bottom. */
export const TWO_TIER_TIERS = ['sub-regional-office', 'country-office'] as const;
/** Every tier, from top to bottom; a scenario may mix old and new while it is being built. */
export const ALL_TIERS = ['regional-hub', 'regional-office', 'sub-regional-office', 'country-office'] as const;
export type Tier = (typeof ALL_TIERS)[number];
/** Tiers that only exist in the old structure: a finished two-tier scenario has none. */
export const isOldTier = (tier: Tier) => tier === 'regional-hub' || tier === 'regional-office';

export const CONFIDENCE_LEVELS = ['confirmed', 'partial', 'inferred'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

export interface Country {
  readonly code: CountryCode;
  readonly iso2: string;
  /** ISO 3166-1 numeric, as the Natural Earth geometry keys its features ("" for Kosovo). */
  readonly numeric: string;
  readonly name: string;
  /** The organisation's region, or null for countries outside its programme regions. */
  readonly region: Region | null;
  readonly point: GeoPoint;
  readonly pointSource: 'centroid' | 'capital';
  /** False for countries too small for the basemap: a dot stands in for them. */
  readonly onBasemap: boolean;
  readonly ldc: boolean;
  readonly lldc: boolean;
  readonly sids: boolean;
}

export interface Office {
  readonly id: OfficeId;
  readonly name: string;
  readonly city: string;
  readonly hostCountry: CountryCode;
  readonly region: Region;
  readonly tier: Tier;
  readonly point: GeoPoint;
  readonly reportsTo: OfficeId | null;
  /** Countries this office covers, its host country included. */
  readonly coveredCountries: readonly CountryCode[];
  /** The part of coveredCountries this data set assigned without a source. */
  readonly inferredCoverage: readonly CountryCode[];
  readonly confidence: Confidence;
  readonly source: string;
  /** Why the office reports where it does ("confirmed: …" or "inferred: …"). */
  readonly reportsToBasis: string;
  /** Set by a scenario that closes the office; a closed office keeps its record so checks can name it. */
  readonly closed?: boolean;
  /** A working group's free-text note on the office, set in a scenario. */
  readonly note?: string;
  /** Opened by a scenario: a plan, drawn as such, not as an office the data only infers. */
  readonly planned?: true;
}

/** Drawn with the dashed "inferred" outline: inferred by the data set, not planned by a scenario. */
export const isDrawnInferred = (office: Pick<Office, 'confidence' | 'planned'>): boolean => office.confidence === 'inferred' && office.planned !== true;

export interface Network {
  readonly countries: readonly Country[];
  readonly offices: readonly Office[];
}
