// Excel refuses a workbook whose tab names are too long, empty, repeated (ignoring case) or
// hold one of : \ / ? * [ ] — and scenario names are the users' own words, so they can be any of these.

const MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

/**
 * Legal, unique tab names, in the given order; a clash gets " (2)", " (3)"… within 31 characters.
 * @example legalSheetNames(['Plan: Africa', 'plan: africa', '']) // → ['Plan Africa', 'plan africa (2)', 'Sheet 3']
 */
export function legalSheetNames(wished: readonly string[]): string[] {
  const taken = new Set<string>();
  return wished.map((name, index) => {
    // An apostrophe may not start or end a tab name either.
    const base = name.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').trim() || `Sheet ${index + 1}`;
    let candidate = [...base].slice(0, MAX_LENGTH).join('').trim();
    for (let n = 2; taken.has(candidate.toLocaleLowerCase('en')); n++) {
      const suffix = ` (${n})`;
      candidate = [...base].slice(0, MAX_LENGTH - suffix.length).join('').trim() + suffix;
    }
    taken.add(candidate.toLocaleLowerCase('en'));
    return candidate;
  });
}
