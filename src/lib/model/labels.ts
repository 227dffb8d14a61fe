// English words for the model's codes, for text that stays in English (files, exports, the
// English catalogue's wording). The interface names tiers and confidence levels in its own
// language with i18n.tierName and i18n.confidenceName instead.
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
