// "Did you mean …?" for a whole file at once: the same nearest entries as rowCheck's
// nearestEntries, but each distinct value is looked up once, only against keys whose length
// can be near, with a distance that stops as soon as it is too far, and within a work budget
// so a file of garbage values cannot make the check take minutes.
import { normalizeHeader } from './columnMapping';

interface Key {
  readonly text: string;
  readonly entry: number;
}

/** Key comparisons one index may spend on new values; past it, values get no suggestion. */
export const SUGGESTION_BUDGET = 300_000;

const threshold = (length: number) => Math.max(1, Math.floor(length / 3));

export class NearestIndex {
  /** Keys (normalised codes and names) by length. */
  private readonly byLength = new Map<number, Key[]>();
  private readonly memo = new Map<string, readonly string[]>();
  private readonly labels: string[];
  /** Distinct values looked up, and key comparisons spent: what the tests count. */
  lookups = 0;
  comparisons = 0;

  constructor(entries: readonly { readonly code: string; readonly name: string }[], private readonly budget = SUGGESTION_BUDGET) {
    this.labels = entries.map(({ code, name }) => `${code} (${name})`);
    entries.forEach(({ code, name }, entry) => {
      for (const text of new Set([normalizeHeader(code), normalizeHeader(name)])) {
        const list = this.byLength.get(text.length) ?? [];
        list.push({ text, entry });
        this.byLength.set(text.length, list);
      }
    });
  }

  /**
   * The (at most three) entries nearest to the value by code or name, as "KEN (Kenya)", in
   * entry order; [] when none is near or the budget is spent.
   * @example new NearestIndex([{ code: 'KEN', name: 'Kenya' }]).nearest('KNE') // → ['KEN (Kenya)']
   */
  nearest(value: string): readonly string[] {
    const wanted = normalizeHeader(value);
    const known = this.memo.get(wanted);
    if (known) return known;
    const found = this.comparisons < this.budget ? this.search(wanted) : [];
    this.memo.set(wanted, found);
    return found;
  }

  private search(wanted: string): string[] {
    this.lookups++;
    let best = Infinity;
    let entries: number[] = [];
    for (const [length, keys] of this.byLength) {
      const limit = threshold(length);
      if (Math.abs(length - wanted.length) > limit) continue;
      this.comparisons += keys.length;
      for (const { text, entry } of keys) {
        const distance = boundedDistance(wanted, text, Math.min(limit, best));
        if (distance < best) [best, entries] = [distance, [entry]];
        else if (distance === best && distance <= limit) entries.push(entry);
      }
    }
    const unique = [...new Set(entries)].sort((a, b) => a - b);
    return unique.slice(0, 3).map((entry) => this.labels[entry] as string);
  }
}

let rows = [new Int32Array(0), new Int32Array(0), new Int32Array(0)];

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of neighbours (each 1),
 * or Infinity as soon as it must exceed `limit`.
 * @example boundedDistance('kne', 'ken', 1) // → 1
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  if ((rows[0] as Int32Array).length <= b.length) rows = [0, 1, 2].map(() => new Int32Array(b.length + 1));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  let previousBest = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      let cell = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cell = Math.min(cell, (before[j - 2] as number) + 1);
      current[j] = cell;
      if (cell < rowBest) rowBest = cell;
    }
    // A swap reaches back two rows, so the previous row's best may still lead somewhere.
    if (rowBest > limit && previousBest > limit) return Infinity;
    [before, previous, current, previousBest] = [previous, current, before, rowBest];
  }
  const distance = previous[b.length] as number;
  return distance <= limit ? distance : Infinity;
}
