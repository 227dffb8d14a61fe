// What a restore found wrong, and where: a path into the file (`scenarios[3].changes[12].office`)
// and a catalogue message, so the same issue reads in any of the six languages.
import english from '../i18n/messages/en/restore';
import { formatMessage, type MessageValues } from '../i18n/formatMessage';

export type RestoreMessageKey = keyof typeof english;

export interface RestoreIssue {
  /** Where in the file or record, e.g. `settings.scoringSettings.perspectiveWeights`; '' for the whole file. */
  readonly path: string;
  readonly key: RestoreMessageKey;
  readonly values?: MessageValues;
}

export type Restored<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly RestoreIssue[] };

/** Collects issues while a restore walks a file; `at` names a path below the current one. */
export class IssueList {
  readonly issues: RestoreIssue[] = [];
  add(path: string, key: RestoreMessageKey, values?: MessageValues): false {
    this.issues.push(values ? { path, key, values } : { path, key });
    return false;
  }
  get ok(): boolean {
    return this.issues.length === 0;
  }
}

/** A path one step down: `at('scenarios', 3)` → `scenarios[3]`, `at('a', 'b')` → `a.b`. */
export const at = (path: string, step: string | number): string => (typeof step === 'number' ? `${path}[${step}]` : path ? `${path}.${step}` : step);

/**
 * A short, language-neutral picture of a value for a message.
 * @example describeValue(null) // → 'null'
 * @example describeValue('XYZ') // → '"XYZ"'
 * @example describeValue({}) // → '{…}'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return `[…] (${value.length})`;
  if (typeof value === 'object' && value !== null) return '{…}';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeof value;
}

/**
 * One line for an issue, in the language of `messages` (English when not given).
 * @example formatRestoreIssue({ path: 'settings.weights', key: 'scenarios.restore.expectedList', values: { value: 'null' } })
 * // → 'settings.weights: expected a list, got null.'
 */
export function formatRestoreIssue(issue: RestoreIssue, translate: (key: RestoreMessageKey, values?: MessageValues) => string = englishText): string {
  const message = translate(issue.key, issue.values);
  return issue.path ? `${issue.path}: ${message}` : message;
}

const englishText = (key: RestoreMessageKey, values?: MessageValues) => formatMessage('en', english[key], values);
