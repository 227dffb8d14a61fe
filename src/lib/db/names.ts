// Names shared by the page's database (Dexie) and the edit-writing worker, which opens the same
// IndexedDB database without Dexie.
export const DATABASE_NAME = 'field-network-planner';
/** Object store of the autosaved edit rows (see scenarioEdits.ts). */
export const EDITS_STORE = 'scenarioEdits';
