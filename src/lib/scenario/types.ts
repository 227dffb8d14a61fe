// A scenario is the baseline network plus an ordered list of changes; what the map shows is
// derived by replaying them, never stored twice. The same list gives the change log, undo
// and redo, the diff against the baseline and a shareable file.
import type { CountryCode, Office, OfficeId, Tier } from '../model/types';

export type ScenarioId = string & { readonly __brand: 'ScenarioId' };
export type ChangeId = string & { readonly __brand: 'ChangeId' };
export const asScenarioId = (id: string) => id as ScenarioId;
export const asChangeId = (id: string) => id as ChangeId;

/** The reform's four working-group topics; a scenario can be tagged with any of them. */
export const TOPICS = ['tc-and-un-reform', 'working-arrangements', 'office-types-and-tor', 'country-coverage'] as const;
export type Topic = (typeof TOPICS)[number];
export const TOPIC_LABELS: Readonly<Record<Topic, string>> = {
  'tc-and-un-reform': 'Technical cooperation and UN reform',
  'working-arrangements': 'Working arrangements',
  'office-types-and-tor': 'Office types and terms of reference',
  'country-coverage': 'Country coverage',
};

/** An office opened by a scenario. It covers no country until countries are assigned to it. */
export type NewOffice = Pick<Office, 'id' | 'name' | 'city' | 'hostCountry' | 'region' | 'tier' | 'point' | 'reportsTo'>;

/** What a change does, without its id and time. */
export type ChangeData =
  | { readonly kind: 'set-tier'; readonly office: OfficeId; readonly tier: Tier }
  | { readonly kind: 'set-reports-to'; readonly office: OfficeId; readonly reportsTo: OfficeId | null }
  /** Cover a country from another office; `office: null` leaves it uncovered. */
  | { readonly kind: 'assign-country'; readonly country: CountryCode; readonly office: OfficeId | null }
  /** Cover several countries from one office (a lasso or a pick in a table): one change in the log, one undo step. */
  | { readonly kind: 'assign-countries'; readonly countries: readonly CountryCode[]; readonly office: OfficeId | null }
  | { readonly kind: 'open-office'; readonly office: NewOffice }
  /** Closing keeps the office's countries and reporting offices in place until they are reassigned; the checks name them. */
  | { readonly kind: 'close-office'; readonly office: OfficeId }
  /** Reopens a closed office as it was (its countries and reporting line kept while it was closed). */
  | { readonly kind: 'reopen-office'; readonly office: OfficeId }
  | { readonly kind: 'rename-office'; readonly office: OfficeId; readonly name: string }
  | { readonly kind: 'annotate-office'; readonly office: OfficeId; readonly note: string };

export type ChangeKind = ChangeData['kind'];

export type Change = ChangeData & {
  readonly id: ChangeId;
  /** When the change was made, ISO 8601. */
  readonly at: string;
};

/**
 * One step of the undo history: a change added at the end, or a change reverted (taken out
 * of the list) from its position `index`.
 */
export type HistoryEntry = { readonly op: 'add'; readonly change: Change } | { readonly op: 'revert'; readonly change: Change; readonly index: number };

export interface Scenario {
  readonly id: ScenarioId;
  readonly name: string;
  readonly description: string;
  readonly topics: readonly Topic[];
  readonly changes: readonly Change[];
  /** Most recent last. */
  readonly undo: readonly HistoryEntry[];
  /** Most recently undone last. */
  readonly redo: readonly HistoryEntry[];
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Set when deleted: the scenario waits in the trash and can be restored. */
  readonly deletedAt: string | null;
  /** Incremented on every saved edit, so tabs can tell whose copy is newer. */
  readonly revision: number;
}

/** A problem of a scenario's network, pointing at what to fix. */
export interface ScenarioProblem {
  readonly kind:
    | 'uncovered-country'
    | 'covered-by-closed-office'
    | 'office-covers-nothing'
    | 'reports-to-closed-office'
    | 'reports-to-nothing'
    | 'reports-to-country-office'
    | 'reports-to-unknown-office'
    | 'reporting-cycle'
    | 'sub-regional-office-without-offices'
    | 'sub-regional-office-reports-up'
    | 'old-tier-left';
  readonly message: string;
  readonly target: { readonly kind: 'office'; readonly id: OfficeId } | { readonly kind: 'country'; readonly code: CountryCode };
}
