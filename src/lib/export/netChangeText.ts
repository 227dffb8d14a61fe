// The pack's net changes in words, one line per office, in the chosen language: countries by
// their CLDR name, offices as the data names them. Names are handed back as separate parts so
// the page can isolate each one (<bdi>): a Latin office name inside an Arabic line then stays
// one unit, and it stays clear who reports to whom.
import type { MessageKey } from '../i18n/messages/en';
import type { MessageValues } from '../i18n/formatMessage';
import type { Country, Office } from '../model/types';
import type { CoverageMove, OfficeNetChange } from '../scenario/netChanges';

/** A piece of a line: words of the message, or a name to isolate as a unit. */
export type TextPart = { readonly text: string } | { readonly name: string };

/** What the sentences need from the interface's language. */
export interface PackWords {
  t(key: MessageKey, values?: MessageValues): string;
  countryName(country: Country): string;
  /** "A, B and C" in the language. */
  list(items: readonly string[]): string;
}

// Private-use characters mark where a name goes; no message or name of the data uses them.
const OPEN = '\uE000';
const CLOSE = '\uE001';

class NameSlots {
  readonly names: string[] = [];
  slot(name: string): string {
    this.names.push(name);
    return `${OPEN}${this.names.length - 1}${CLOSE}`;
  }
  parts(text: string): TextPart[] {
    const parts: TextPart[] = [];
    for (const piece of text.split(new RegExp(`(${OPEN}\\d+${CLOSE})`))) {
      if (piece === '') continue;
      const slot = new RegExp(`^${OPEN}(\\d+)${CLOSE}$`).exec(piece);
      parts.push(slot ? { name: this.names[Number(slot[1])] ?? '' } : { text: piece });
    }
    return parts;
  }
}

/**
 * How another office is referred to in a line: by its city, or by its name when another office
 * shares the city (two offices in Addis Ababa must stay apart).
 * @example officeReference(nairobiOffice, new Set()) // → 'Nairobi'
 */
export function officeReference(office: Office, sharedCities: ReadonlySet<string>): string {
  return office.city && !sharedCities.has(office.city) ? office.city : office.name;
}

/** Cities with more than one office in either network. */
export function sharedCities(offices: Iterable<Office>): Set<string> {
  const seen = new Map<string, Set<string>>();
  for (const office of offices) seen.set(office.city, (seen.get(office.city) ?? new Set()).add(office.id));
  return new Set([...seen].filter(([, ids]) => ids.size > 1).map(([city]) => city));
}

/**
 * One office's net change as a line of parts.
 * @example officeLine(kenyaBecomesCountryOffice, englishWords, new Set())
 * // → [{ name: 'UNIDO Regional Office Kenya' }, { text: ': becomes a country office; reports to ' }, { name: 'Addis Ababa' }, { text: '; Somalia and Eritrea now covered from ' }, { name: 'Addis Ababa' }]
 */
export function officeLine(change: OfficeNetChange, words: PackWords, shared: ReadonlySet<string>): TextPart[] {
  const slots = new NameSlots();
  const ref = (office: Office) => slots.slot(officeReference(office, shared));
  const countries = (list: readonly Country[]) => words.list(list.map((c) => words.countryName(c)).sort((a, b) => a.localeCompare(b)));
  const clauses: string[] = [];
  const { office } = change;
  if (change.opened) clauses.push(words.t(`export.pack.opens.${office.tier}`, { city: slots.slot(office.city) }));
  if (change.closed) clauses.push(words.t('export.pack.closes'));
  if (change.tierChanged) clauses.push(words.t(`export.pack.becomes.${office.tier}`));
  if (change.reportsTo) clauses.push(change.reportsTo.after ? words.t('export.pack.reportsTo', { office: ref(change.reportsTo.after) }) : words.t('export.pack.reportsToNone'));
  if (change.renamedFrom !== null) clauses.push(words.t('export.pack.renamed', { name: slots.slot(change.renamedFrom) }));
  for (const [to, moves] of groupByDestination(change.lost)) {
    const values = { count: moves.length, countries: countries(moves.map((m) => m.country)) };
    clauses.push(to ? words.t('export.pack.coveredFrom', { ...values, office: ref(to) }) : words.t('export.pack.uncovered', values));
  }
  if (change.gainedUncovered.length > 0) clauses.push(words.t('export.pack.nowCovers', { count: change.gainedUncovered.length, countries: countries(change.gainedUncovered) }));
  if (change.note !== null) clauses.push(words.t('export.pack.note', { note: slots.slot(change.note) }));
  const line = words.t('export.pack.entry', { office: slots.slot(office.name), clauses: clauses.join(words.t('export.pack.separator')) });
  return slots.parts(line);
}

// Moves from one office, by the office that takes them over; "left uncovered" last.
function groupByDestination(moves: readonly CoverageMove[]): [Office | null, CoverageMove[]][] {
  const groups = new Map<string, [Office | null, CoverageMove[]]>();
  for (const move of moves) {
    const key = move.to?.id ?? '';
    const group = groups.get(key) ?? [move.to, []];
    group[1].push(move);
    groups.set(key, group);
  }
  return [...groups.values()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.name.localeCompare(b.name)));
}

/**
 * Parts as plain text: each name wrapped in Unicode isolates (FSI … PDI), for text outside HTML.
 * @example partsToText([{ name: 'Nairobi' }, { text: ': closes' }]) // → '\u2068Nairobi\u2069: closes'
 */
export function partsToText(parts: readonly TextPart[]): string {
  return parts.map((p) => ('name' in p ? `\u2068${p.name}\u2069` : p.text)).join('');
}
