// The words of an import problem: a catalogue key with its values, which the interface puts into
// the reader's language, and the same words in English for the downloadable report and the tests.
import english from '../../i18n/messages/en/import';
import { formatMessage, type MessageValues } from '../../i18n/formatMessage';

export type ImportKey = keyof typeof english;

/** A LocalText with two kinds of value the interface must put into words itself. */
export interface IssueText {
  readonly key: ImportKey;
  readonly values?: MessageValues;
  /** Values that are catalogue messages themselves: a field's label, a delimiter's name. */
  readonly terms?: Readonly<Record<string, ImportKey>>;
  /** Values that are alternatives to choose from, said as "A, B or C" in the reader's language. */
  readonly alternatives?: Readonly<Record<string, readonly string[]>>;
}

export interface Worded {
  readonly text: IssueText;
  /** The same in English. */
  readonly message: string;
}

/** "A", "A or B", "A, B or C". */
const orList = (items: readonly string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/**
 * The text in English.
 * @example inEnglish({ key: 'import.issue.missingColumn', terms: { field: 'import.field.offices.lon' } })
 * // → 'No column is mapped to "Longitude", which is required. …'
 */
export function inEnglish(text: IssueText): string {
  const values: Record<string, string | number> = { ...text.values };
  for (const [name, key] of Object.entries(text.terms ?? {})) values[name] = english[key];
  for (const [name, list] of Object.entries(text.alternatives ?? {})) values[name] = orList(list);
  return formatMessage('en', english[text.key], values);
}

/**
 * An issue's text and its English message at once.
 * @example worded('import.issue.repeatedRow', { line: 4 }) // → { text: { key: 'import.issue.repeatedRow', values: { line: 4 } }, message: 'This repeats line 4. Remove the repeated row.' }
 */
export function worded(key: ImportKey, values?: MessageValues, extra: Pick<IssueText, 'terms' | 'alternatives'> = {}): Worded {
  const text: IssueText = { key, ...(values ? { values } : {}), ...extra };
  return { text, message: inEnglish(text) };
}
