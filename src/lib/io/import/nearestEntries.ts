// "Did you mean …?": the known codes or names nearest to an unknown value, by edit distance,
// and the message that offers them.
import { normalizeHeader } from './columnMapping';
import { worded, type ImportKey, type Worded } from './issueText';

/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours (each 1). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The (at most three) entries nearest to the value by code or name, as "KEN (Kenya)"; [] when none is near. */
export function nearestEntries(value: string, entries: readonly { code: string; name: string }[]): string[] {
  const wanted = normalizeHeader(value);
  const near = (key: string) => {
    const distance = editDistance(wanted, key);
    return distance <= Math.max(1, Math.floor(key.length / 3)) ? distance : Infinity;
  };
  let best = { distance: Infinity, names: [] as string[] };
  for (const { code, name } of entries) {
    const distance = Math.min(near(normalizeHeader(code)), near(normalizeHeader(name)));
    if (distance < best.distance) best = { distance, names: [] };
    if (distance === best.distance && distance < Infinity) best.names.push(`${code} (${name})`);
  }
  return best.names.slice(0, 3);
}

/**
 * An "unknown code" message, with "Did you mean …?" naming the nearest entries when there are any.
 * @example unknownWithHint('import.issue.unknownCountry', 'import.issue.unknownCountryHint', { value: 'KNE' }, ['KEN (Kenya)'])
 * // → { text: { key: 'import.issue.unknownCountryHint', …, alternatives: { options: ['KEN (Kenya)'] } }, message: '"KNE" is not a known country code. … Did you mean KEN (Kenya)?' }
 */
export function unknownWithHint(plain: ImportKey, hinted: ImportKey, values: Record<string, string>, options: readonly string[]): Worded {
  return options.length === 0 ? worded(plain, values) : worded(hinted, values, { alternatives: { options } });
}
