// Geometry of the roadmap timeline: one row per item, a bar from planned start to planned
// end (a diamond for a milestone), today's date as a line, and year ticks.
import { scaleUtc } from 'd3-scale';

export interface TimelineInput {
  readonly id: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly milestone: boolean;
}

export interface TimelineRow {
  readonly id: string;
  readonly y: number;
  /** Null when the item has no planned dates. */
  readonly x0: number | null;
  readonly x1: number | null;
}

const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/**
 * Tick labels are years, or short months in `locale` (the interface language; English by default).
 * @example timelineGeometry([{ id: 'a', start: '2023-01-01', end: '2023-12-31', milestone: false }], '2023-07-01', 400, 20)
 * // → { rows: [{ id: 'a', y: 0, x0: 0, x1: 400 × … }], todayX: ~200, ticks: [{ x, label: '2023' }, …] }
 */
export function timelineGeometry(items: readonly TimelineInput[], today: string, width: number, rowHeight: number, locale = 'en'): { rows: TimelineRow[]; todayX: number; ticks: { x: number; label: string }[] } {
  const dates = [today, ...items.flatMap((i) => [i.start, i.end])].filter((d): d is string => d !== null).map(day);
  const min = new Date(Math.min(...dates.map(Number)));
  const max = new Date(Math.max(...dates.map(Number)));
  const x = scaleUtc().domain([min, max]).range([0, width]).nice();
  const rows = items.map((item, i) => {
    const start = item.start ?? item.end;
    const end = item.end ?? item.start;
    return { id: item.id, y: i * rowHeight, x0: start ? x(day(start)) : null, x1: end ? x(day(end)) : null };
  });
  const ticks = x.ticks(6).map((t) => ({ x: x(t), label: t.getUTCMonth() === 0 ? String(t.getUTCFullYear()) : t.toLocaleDateString(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }) }));
  return { rows, todayX: x(day(today)), ticks };
}
