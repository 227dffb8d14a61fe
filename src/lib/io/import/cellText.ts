// What an imported text cell may hold: invisible format and control characters are found and
// shown as ⟨U+202E⟩ so a report can never be reordered or hidden by them; cells have a length limit.

/** Format (Cf) and control characters except tab, LF and CR; joiners are judged by their neighbours. */
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');
const JOINERS = new Set(['\u200c', '\u200d']);
/** A neighbour that makes a joiner meaningful: an emoji or a letter of a script that uses joiners. */
const JOINABLE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Syriac}]/u;

const codePointLabel = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The code point that ends just before `at` (a surrogate pair counts as one). */
function codePointBefore(text: string, at: number): number {
  const unit = text.charCodeAt(at - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && at >= 2) return text.codePointAt(at - 2) ?? 0x20;
  return at >= 1 ? unit : 0x20;
}

/** True for a joiner between two characters that use it (emoji sequences, Arabic or Indic script). */
function isMeaningfulJoiner(text: string, at: number): boolean {
  if (!JOINERS.has(text[at] as string)) return false;
  const before = String.fromCodePoint(codePointBefore(text, at));
  const after = String.fromCodePoint(text.codePointAt(at + 1) ?? 0x20);
  return JOINABLE.test(before) && JOINABLE.test(after);
}

/**
 * The invisible characters of a cell, as code point labels, in order.
 * @example findInvisible('\u202Eexe.doc') // → ['U+202E']
 * @example findInvisible('👩‍💼 office') // → [] (a joiner inside an emoji)
 */
export function findInvisible(text: string): string[] {
  if (!INVISIBLE.test(text)) return [];
  const found: string[] = [];
  for (const match of text.matchAll(INVISIBLE_ALL)) {
    if (!isMeaningfulJoiner(text, match.index)) found.push(codePointLabel(match[0]));
  }
  return found;
}

/**
 * The text with each invisible character written out, so it cannot reorder or hide what follows.
 * @example showInvisible('\u202Eexe.doc') // → '⟨U+202E⟩exe.doc'
 */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE_ALL, (ch, at: number) => (isMeaningfulJoiner(text, at) ? ch : `⟨${codePointLabel(ch)}⟩`));
}

/** Longest text a field may hold, in characters; names show in tables, maps and charts. */
const TEXT_LIMITS: Readonly<Record<string, number>> = { name: 200, city: 200, id: 100, reportsTo: 100, office: 100, source: 2000, reportsToBasis: 2000 };
const DEFAULT_LIMIT = 1000;

/** @example textLimitOf('name') // → 200 */
export const textLimitOf = (field: string): number => TEXT_LIMITS[field] ?? DEFAULT_LIMIT;

/** Length in characters (code points), as a reader counts them. */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!(code >= 0xdc00 && code <= 0xdfff)) count++;
  }
  return count;
}

/**
 * The start of a long text, for a report that must stay readable.
 * @example shortened('a'.repeat(100), 10) // → 'aaaaaaaaaa…'
 */
export function shortened(text: string, max = 60): string {
  return characterCount(text) <= max ? text : `${[...text].slice(0, max).join('')}…`;
}
