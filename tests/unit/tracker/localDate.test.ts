// "Today" for the tracker is the user's calendar date, not UTC's: checked in a time zone west
// of UTC (New York) and one east of it (Tokyo), at moments when the two dates differ.
import { afterAll, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../src/lib/tracker/localDate';
import { isLate } from '../../../src/lib/tracker/trackerModel';

const savedZone = process.env.TZ;
afterAll(() => {
  if (savedZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedZone;
});

/** Runs `check` with the process in time zone `zone` (Node applies a change of TZ at once). */
function inZone(zone: string, check: () => void): void {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    check();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe('localIsoDate', () => {
  it.each([
    { zone: 'America/New_York', at: '2024-01-02T01:30:00Z', expected: '2024-01-01', offsetHours: 5 },
    { zone: 'America/Los_Angeles', at: '2024-03-01T07:59:00Z', expected: '2024-02-29', offsetHours: 8 },
    { zone: 'Asia/Tokyo', at: '2023-12-31T20:00:00Z', expected: '2024-01-01', offsetHours: -9 },
    { zone: 'UTC', at: '2024-01-02T01:30:00Z', expected: '2024-01-02', offsetHours: 0 },
  ])('gives $expected at $at in $zone', ({ zone, at, expected, offsetHours }) => {
    inZone(zone, () => {
      const when = new Date(at);
      // The zone really is in force: otherwise this test would prove nothing.
      expect(when.getTimezoneOffset()).toBe(offsetHours * 60);
      expect(localIsoDate(when)).toBe(expected);
    });
  });

  it('keeps an item due today on time in the evening west of UTC, and late the next morning', () => {
    inZone('America/New_York', () => {
      const item = { plannedEnd: '2024-01-01', status: 'in-progress' as const };
      // 20:30 on 1 January in New York is already 2 January in UTC.
      expect(isLate(item, localIsoDate(new Date('2024-01-02T01:30:00Z')))).toBe(false);
      expect(isLate(item, localIsoDate(new Date('2024-01-02T14:00:00Z')))).toBe(true);
    });
  });
});
