// The one restore-and-migrate path for scenarios, whatever they come from: an older
// IndexedDB record, a workspace backup, a scenario file or a share link. It checks every
// field and upgrades old shapes; what it cannot read comes back as issues, never a throw.
import type { DataIssue } from '../model/dataIssue';
import { ALL_TIERS, REGIONS } from '../model/types';
import { TOPICS, type Change, type HistoryEntry, type Scenario, type Topic } from '../scenario/types';

export type RestoreResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly DataIssue[] };

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isId = (value: unknown): value is string => isText(value) && value.length > 0 && value.length <= 200;
const isIdOrNull = (value: unknown) => value === null || isId(value);
const isTier = (value: unknown) => (ALL_TIERS as readonly unknown[]).includes(value);
const isPoint = (value: unknown) => isObject(value) && typeof value['lat'] === 'number' && typeof value['lon'] === 'number' && Math.abs(value['lat']) <= 90 && Math.abs(value['lon']) <= 180;

const CHANGE_FIELDS: Record<string, (c: Fields) => boolean> = {
  'set-tier': (c) => isId(c['office']) && isTier(c['tier']),
  'set-reports-to': (c) => isId(c['office']) && isIdOrNull(c['reportsTo']),
  'assign-country': (c) => isId(c['country']) && isIdOrNull(c['office']),
  'open-office': (c) => isNewOffice(c['office']),
  'close-office': (c) => isId(c['office']),
  'rename-office': (c) => isId(c['office']) && isText(c['name']) && c['name'].trim() !== '',
  'annotate-office': (c) => isId(c['office']) && isText(c['note']),
};

function isNewOffice(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { id, name, city, hostCountry, region, tier, point, reportsTo } = value;
  return isId(id) && isText(name) && isText(city) && isId(hostCountry) && (REGIONS as readonly unknown[]).includes(region) && isTier(tier) && isPoint(point) && isIdOrNull(reportsTo);
}

/** True when the value is a well-formed change (the kind known, each field of the right type). */
export function isChange(value: unknown): value is Change {
  if (!isObject(value) || !isId(value['id']) || !isText(value['at'])) return false;
  const check = CHANGE_FIELDS[String(value['kind'])];
  return check !== undefined && check(value);
}

function isHistoryEntry(value: unknown): value is HistoryEntry {
  if (!isObject(value) || !isChange(value['change'])) return false;
  return value['op'] === 'add' || (value['op'] === 'revert' && Number.isInteger(value['index']) && (value['index'] as number) >= 0);
}

/**
 * Reads a scenario of any stored version into the current shape.
 * Version 1 records had `tags` and no history: their changes become the undo history.
 * @example restoreScenario({ id: 's1', name: 'A', changes: [], tags: ['country-coverage'], createdAt: t, updatedAt: t }, 'backup.json')
 * // → { ok: true, value: { id: 's1', topics: ['country-coverage'], undo: [], redo: [], deletedAt: null, revision: 1, … } }
 */
export function restoreScenario(raw: unknown, file: string): RestoreResult<Scenario> {
  const fail = (message: string): RestoreResult<Scenario> => ({ ok: false, issues: [{ file, message }] });
  if (!isObject(raw)) return fail('A scenario must be an object with an id, a name and a list of changes.');
  const { id, name, changes } = raw;
  const label = isText(name) ? `Scenario "${name}"` : 'A scenario';
  if (!isId(id)) return fail(`${label} has no valid id.`);
  if (!isText(name) || name.trim() === '') return fail(`Scenario ${id} has no name.`);
  if (!Array.isArray(changes)) return fail(`${label} has no list of changes.`);
  const badChange = changes.findIndex((c) => !isChange(c));
  if (badChange >= 0) return fail(`${label}: change ${badChange + 1} of ${changes.length} is damaged or of an unknown kind (${describeKind(changes[badChange])}). The file may come from a newer version of the app.`);
  const undo = raw['undo'] ?? changes.map((change) => ({ op: 'add', change }));
  const redo = raw['redo'] ?? [];
  if (!Array.isArray(undo) || !Array.isArray(redo) || ![...undo, ...redo].every(isHistoryEntry)) return fail(`${label} has a damaged undo history.`);
  const topics = (raw['topics'] ?? raw['tags'] ?? []) as unknown[];
  const now = new Date().toISOString();
  return {
    ok: true,
    value: {
      id: id as Scenario['id'],
      name: name.trim(),
      description: isText(raw['description']) ? raw['description'] : '',
      topics: Array.isArray(topics) ? topics.filter((t): t is Topic => (TOPICS as readonly unknown[]).includes(t)) : [],
      changes: changes as Change[],
      undo: undo as HistoryEntry[],
      redo: redo as HistoryEntry[],
      createdAt: isText(raw['createdAt']) ? raw['createdAt'] : now,
      updatedAt: isText(raw['updatedAt']) ? raw['updatedAt'] : now,
      deletedAt: isText(raw['deletedAt']) ? raw['deletedAt'] : null,
      revision: Number.isInteger(raw['revision']) ? (raw['revision'] as number) : 1,
    },
  };
}

const describeKind = (value: unknown) => (isObject(value) && isText(value['kind']) ? `kind "${value['kind'].slice(0, 40)}"` : 'not a change object');
