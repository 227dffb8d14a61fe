// What the user has picked on the map or in a table: one office, one country, or nothing.
import type { CountryCode, OfficeId } from './types';

export type Selection = { readonly kind: 'office'; readonly id: OfficeId } | { readonly kind: 'country'; readonly code: CountryCode } | null;
