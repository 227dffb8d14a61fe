// The calendar date where the user is. Lateness compares ISO dates (YYYY-MM-DD); taking
// "today" from toISOString() would give the date in UTC, so west of UTC an item turned late
// in the evening of its last day, a day early (and east of UTC, a day late after midnight).

/**
 * The local calendar date of `when`, as an ISO date.
 * @example localIsoDate(new Date('2024-01-02T01:30:00Z')) // → "2024-01-01" in New York (UTC−5)
 */
export function localIsoDate(when: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(when.getFullYear(), 4)}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}
