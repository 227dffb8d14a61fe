// The check made inside the very transaction that appends an autosaved edit row, by the worker
// and by the page alike: a row is stored only while its scenario's record exists and the
// workspace is the one the tab loaded, so an edit made before another tab replaced the
// workspace is refused (and reported) instead of being stored as an orphan or against another copy.

/** Setting that changes each time a workspace is replaced or merged (see ScenarioStore.reload). */
export const WORKSPACE_EPOCH_KEY = 'workspaceEpoch';
export const SETTINGS_STORE = 'settings';
export const SCENARIOS_STORE = 'scenarios';

/** What the tab believed when it made the edit: which workspace it had loaded. */
export interface AppendGuard {
  readonly epoch: string | null;
}

export type RefusalReason = 'scenario-gone' | 'workspace-replaced';

/** Raised when a row was not written because the check refused it (nothing was stored). */
export class EditRefusedError extends Error {
  constructor(readonly reason: RefusalReason) {
    super(reason === 'scenario-gone' ? 'the scenario is no longer stored' : 'the workspace was replaced in another tab');
    this.name = 'EditRefusedError';
  }
}

/**
 * Why a row may not be written, or null when it may.
 * @example refusalOf(false, 'e1', { epoch: 'e1' }) // → 'scenario-gone'
 * @example refusalOf(true, 'e2', { epoch: 'e1' }) // → 'workspace-replaced'
 */
export function refusalOf(headExists: boolean, storedEpochSetting: unknown, guard: AppendGuard): RefusalReason | null {
  if (!headExists) return 'scenario-gone';
  const stored = (storedEpochSetting as { value?: unknown } | undefined)?.value ?? null;
  return stored === guard.epoch ? null : 'workspace-replaced';
}
