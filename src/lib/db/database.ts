// The one IndexedDB database of the app (Dexie), with its versioned schema. Upgrades reuse
// restoreScenario, the same path that reads backups, so old records and old files migrate alike.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { restoreScenario } from '../io/restoreScenario';
import type { Office } from '../model/types';
import type { Scenario } from '../scenario/types';

export const DATABASE_NAME = 'field-network-planner';

/** An office list imported to replace the embedded one; the countries stay the embedded ones. */
export interface DatasetRecord {
  readonly id: string;
  readonly name: string;
  readonly fileName: string;
  readonly offices: readonly Office[];
  readonly createdAt: string;
}

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

export class PlannerDatabase extends Dexie {
  scenarios!: EntityTable<Scenario, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  datasets!: EntityTable<DatasetRecord, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1: scenarios with a name, tags and their changes.
    this.version(1).stores({ scenarios: 'id, updatedAt' });
    // Version 2: undo history, working-group topics, trash (deletedAt), revisions; settings.
    this.version(2).stores({ scenarios: 'id, updatedAt, deletedAt', settings: 'key' }).upgrade(upgradeScenariosToV2);
    // Version 3: imported data sets (office lists) that replace the embedded one; nothing to migrate.
    this.version(3).stores({ datasets: 'id, createdAt' });
  }
}

async function upgradeScenariosToV2(transaction: Transaction): Promise<void> {
  await transaction
    .table('scenarios')
    .toCollection()
    .modify((record: Record<string, unknown>, ref: { value: unknown }) => {
      const restored = restoreScenario(record, 'IndexedDB');
      // A record that cannot be read is kept as it was, never dropped: it shows in the
      // scenario list as damaged, so its data can still be exported.
      if (restored.ok) ref.value = restored.value;
    });
}
