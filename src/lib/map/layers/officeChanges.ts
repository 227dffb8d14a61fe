// Whether an edit changed what the office markers or the reporting lines show: most edits
// move a country between offices, and then neither needs redrawing.
import type { Office } from '../../model/types';

/** What an office's marker shows; the reporting lines' part is lineKey. */
export const markerKey = (o: Office) => `${o.id}|${o.name}|${o.city}|${o.tier}|${o.confidence}|${o.planned ?? ''}|${o.closed ?? ''}|${o.point.lat},${o.point.lon}`;
export const lineKey = (o: Office) => `${o.id}|${o.reportsTo ?? ''}|${o.closed ?? ''}|${o.point.lat},${o.point.lon}`;

/**
 * True when some office would be drawn differently, by `key`. Offices a scenario did not touch
 * are the same objects, so only the others are compared.
 */
export function officesChanged(before: readonly Office[], after: readonly Office[], key: (office: Office) => string): boolean {
  if (before.length !== after.length) return true;
  return after.some((office, i) => office !== before[i] && key(office) !== key(before[i] as Office));
}
