// Human words for the model's codes, shared by the table, the legend and the loader.
import type { Confidence, Tier } from './types';

export const TIER_LABELS: Readonly<Record<Tier, string>> = {
  'regional-hub': 'Regional hub',
  'regional-office': 'Regional office',
  'sub-regional-office': 'Sub-regional office',
  'country-office': 'Country office',
};

export const CONFIDENCE_LABELS: Readonly<Record<Confidence, string>> = {
  confirmed: 'Confirmed by a public source',
  partial: 'Partly confirmed',
  inferred: 'Inferred, not yet confirmed',
};
