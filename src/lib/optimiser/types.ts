// The optimiser's contract: what the user asks for (how many sub-regional offices, which
// offices may be chosen, constraints, what to minimise) and what it proposes, with the
// reasons per sub-regional office. Pure data, so it crosses a Web Worker boundary as is.
import type { LocalText } from '../i18n/localText';
import type { CountryCode, OfficeId } from '../model/types';

export interface ObjectiveWeights {
  /** Distance from each country without an office to the office covering it (km). */
  readonly countryDistance: number;
  /** Weight each country's distance by its covering office's imported TC delivery, where imported. */
  readonly weightByDelivery: boolean;
  /** Distance from each country office to its sub-regional office (km). */
  readonly officeDistance: number;
  /** Imbalance of load: how unevenly countries spread over sub-regional offices. */
  readonly imbalance: number;
  /** Running cost under the planning assumptions (sub-regional offices cost more). */
  readonly cost: number;
}

export interface OptimiserOptions {
  /** One K, or a range explored K by K (the trade-off chart). */
  readonly subRegionalCount: number | { readonly min: number; readonly max: number };
  /** Offices that must be sub-regional offices. */
  readonly lockedIn: readonly OfficeId[];
  /** Offices that must not be sub-regional offices. */
  readonly lockedOut: readonly OfficeId[];
  readonly atLeastOnePerRegion: boolean;
  /** At most this many countries in a sub-regional office's cluster (its own, its country offices', and those they cover); null = no limit. */
  readonly maxCountriesPerSubRegional: number | null;
  /** At most this many country offices reporting to one sub-regional office; null = no limit. */
  readonly maxCountryOfficesPerSubRegional: number | null;
  /** Countries and country offices stay with an office of their own region. */
  readonly keepWithinRegion: boolean;
  readonly objective: ObjectiveWeights;
  /** Number of random starts of the local search (more = better, slower). */
  readonly starts: number;
  readonly seed: number;
}

export interface ObjectiveBreakdown {
  readonly total: number;
  readonly countryDistanceKm: number;
  readonly officeDistanceKm: number;
  readonly imbalance: number;
  readonly costUsd: number;
}

export interface SubRegionalExplanation {
  readonly office: OfficeId;
  readonly countryOffices: readonly { readonly office: OfficeId; readonly distanceKm: number }[];
  /** Every country of its cluster and its distance to the office covering it. */
  readonly countries: readonly { readonly code: CountryCode; readonly coveredBy: OfficeId; readonly distanceKm: number }[];
  /** The best other office of the cluster to take its place, and how much worse the objective would be (same units as total). */
  readonly alternative: { readonly office: OfficeId; readonly objectiveIncrease: number } | null;
  /** Two to four sentences in plain words, in English (the scenario description keeps it): why this office. */
  readonly reason: string;
  /** The same sentences for the interface, one LocalText each (see sentence.ts for the value conventions). */
  readonly reasonText: readonly LocalText[];
}

export interface Proposal {
  readonly k: number;
  readonly subRegionalOffices: readonly OfficeId[];
  /** Every other open office → the sub-regional office it reports to. */
  readonly reportsTo: Readonly<Record<string, OfficeId>>;
  /** Every covered country → the office covering it (an office always keeps its host country). */
  readonly coverage: Readonly<Record<string, OfficeId>>;
  readonly objective: ObjectiveBreakdown;
  readonly explanations: readonly SubRegionalExplanation[];
  /**
   * How far the objective can be from the best possible: 'exact' when the proposal is the proven optimum
   * (enumeration by region), 'lower-bound' when `bound` is a value no structure can beat and `gapPercent`
   * is how far above it the proposal is.
   */
  readonly quality: { readonly kind: 'exact' | 'lower-bound'; readonly bound: number; readonly gapPercent: number } | null;
  /** False when the constraints cannot all be met for this K; `violations` says which and why. */
  readonly feasible: boolean;
  /** In English. */
  readonly violations: readonly string[];
  /** The same, one LocalText each, for the interface. */
  readonly violationTexts: readonly LocalText[];
}

export interface OptimiserResult {
  /** One proposal per K explored, in K order. */
  readonly proposals: readonly Proposal[];
  /** The proposal for the K asked for (or, for a range, the one with the lowest total). */
  readonly best: Proposal | null;
}

export interface OptimiserProgress {
  readonly k: number;
  /** 0–1 over the whole run. */
  readonly share: number;
}
