// English words for the model's codes, for text that stays in English (files, exports, the
// English catalogue's wording). The interface names tiers in its own
// language with i18n.tierName and i18n.confidenceName instead.
import type { Tier } from './types';

export const TIER_LABELS: Readonly<Record<Tier, string>> = {
  'regional-hub': 'Regional hub',
  'regional-office': 'Regional office',
  'sub-regional-office': 'Sub-regional office',
  'country-office': 'Country office',
};

