// The balanced scorecard's vocabulary: four perspectives, metrics with a definition, unit,
// direction, target, RAG thresholds and weight; planning assumptions and imported office
// figures as inputs; and the computed scorecard. Metrics are computed, never typed in.
import type { CountryCode, OfficeId, Region, Tier } from '../model/types';

export const PERSPECTIVES = ['member-states', 'internal-process', 'resources', 'people'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];
export const PERSPECTIVE_LABELS: Readonly<Record<Perspective, string>> = {
  'member-states': 'Member States and partners',
  'internal-process': 'Internal process',
  resources: 'Resources',
  people: 'People and learning',
};

export type MetricId = string & { readonly __brand: 'MetricId' };
export type Direction = 'higher-is-better' | 'lower-is-better';
export type Rag = 'green' | 'amber' | 'red' | 'no-data';

export interface MetricDefinition {
  readonly id: MetricId;
  readonly perspective: Perspective;
  readonly label: string;
  /** "How is this computed?", in plain words, shown in the UI. */
  readonly definition: string;
  /** e.g. "countries", "%", "km", "hours", "offices", "USD", "staff", "USD per country". */
  readonly unit: string;
  readonly direction: Direction;
  /** Green at or better than this. */
  readonly target: number;
  /** Amber at or better than this (and worse than the target); red beyond. */
  readonly amberLimit: number;
  /** Score 0 at or beyond this; the score rises linearly to 100 at the target. */
  readonly zeroScoreAt: number;
  /** Weight within its perspective; 0 means shown but not scored (informational). */
  readonly weight: number;
}

/** Per-workspace overrides of a metric's target, thresholds and weight. */
export type MetricOverrides = Readonly<Record<string, Partial<Pick<MetricDefinition, 'target' | 'amberLimit' | 'zeroScoreAt' | 'weight'>>>>;

export interface ScoringSettings {
  /** Countries farther than this from their covering office count as "beyond reach". */
  readonly distanceThresholdKm: number;
  /** Offices with fewer staff than this are "below minimum staffing". */
  readonly minimumStaff: number;
  readonly perspectiveWeights: Readonly<Record<Perspective, number>>;
  readonly metricOverrides: MetricOverrides;
}

/** Editable planning assumptions, clearly labelled as such, saved with the workspace. */
export interface PlanningAssumptions {
  readonly annualCostUsd: Readonly<Record<Tier, number>>;
  readonly staff: Readonly<Record<Tier, number>>;
}

/** Figures imported per office (none are embedded: without them the metrics say "no data"). */
export interface OfficeFigures {
  readonly office: OfficeId;
  readonly year: number;
  readonly tcDeliveryUsd?: number;
  readonly resourcesMobilizedUsd?: number;
  readonly staff?: number;
  readonly budgetUsd?: number;
  /** True when the office's representative post is vacant. */
  readonly representativeVacant?: boolean;
}

/** What a drill-down line says after the name, e.g. "(from Nairobi)"; kept apart so the interface can say it in any language. */
export type DrillDownNote =
  | { readonly kind: 'from'; readonly city: string }
  | { readonly kind: 'from-other-region'; readonly city: string; readonly region: Region | null }
  | { readonly kind: 'not-covered' };

export interface DrillDownItem {
  readonly id: CountryCode | OfficeId;
  /** In English, for exports and logs, e.g. "Somalia (from Nairobi)". */
  readonly label: string;
  /** The country's or office's name as the data gives it. */
  readonly name: string;
  /** A country's ISO alpha-2 code, for its name in other languages. */
  readonly iso2?: string;
  readonly note?: DrillDownNote;
  readonly value: number;
  readonly unit: string;
}

/** The offices or countries behind a metric, worst first, for drill-down and map highlight. */
export interface DrillDown {
  readonly kind: 'countries' | 'offices';
  readonly items: readonly DrillDownItem[];
}

/** What a display text other than "value + unit" is made of, so the interface can write it in any language. */
export type DisplayDetail =
  | { readonly kind: 'tier-counts'; readonly counts: Readonly<Partial<Record<Tier, number>>>; readonly noun: 'offices' | 'staff' }
  | { readonly kind: 'min-mean-max'; readonly min: number; readonly mean: number; readonly max: number }
  | { readonly kind: 'cost-change'; readonly percent: number; readonly usd: number };

export interface MetricValue {
  readonly definition: MetricDefinition;
  /** null = no data (e.g. figures not imported); never an invented number. */
  readonly value: number | null;
  /** The value as English text with its unit, e.g. "1,234 km" or "no data"; for min/mean/max metrics "2 / 4.1 / 9". */
  readonly display: string;
  /** Fraction digits the value is shown with, when not 0. */
  readonly fractionDigits?: number;
  /** The parts of a display text that is not "value + unit" (only with a value). */
  readonly detail?: DisplayDetail;
  readonly rag: Rag;
  /** 0–100, or null when there is no data or the metric is informational. */
  readonly score: number | null;
  readonly drillDown?: DrillDown;
  /** The value per region, where the metric makes sense per region. */
  readonly byRegion?: Readonly<Partial<Record<Region, number | null>>>;
}

export interface PerspectiveScore {
  readonly perspective: Perspective;
  /** Weighted mean of the scored metrics with data; null when none has data. */
  readonly score: number | null;
  readonly weight: number;
  readonly metrics: readonly MetricValue[];
}

export interface Scorecard {
  readonly perspectives: readonly PerspectiveScore[];
  /** Weighted mean of the perspective scores with data, 0–100. */
  readonly overall: number | null;
}
