// What the scenario store tells the user when work could not be saved: which scenario, which
// change, why, and what "Try again" would send again. Plain data (catalogue keys and values),
// turned into words by the SaveProblems component in the interface language.
import type { LocalText } from '../i18n/localText';
import type { ScenarioEdit } from '../db/scenarioEdits';
import type { Scenario, ScenarioId } from '../scenario/types';

export type SaveProblemKind =
  /** The browser refused the write (quota, private browsing): the edits were taken back; the scenario waits for "Try again" or "Continue without them". */
  | 'storage-refused'
  /** A new scenario could not be stored: it is not in the list; "Try again" stores it. */
  | 'new-not-saved'
  /** The edit was refused because its scenario is no longer stored (replaced or removed in another tab). */
  | 'scenario-gone'
  /** The edit was refused because another tab replaced or merged the workspace after it was made. */
  | 'workspace-replaced'
  /** Another tab replaced the workspace and the scenario open here is no longer in it (nothing was lost here). */
  | 'replaced-elsewhere';

export interface SaveProblem {
  readonly id: string;
  readonly kind: SaveProblemKind;
  readonly scenarioId: ScenarioId;
  readonly scenarioName: string;
  /** The first change that was not saved, in words. */
  readonly change: LocalText | null;
  /** How many edits were not saved (the first and those made after it). */
  readonly count: number;
  /** The browser's error, as it said it. */
  readonly error: string;
  /** What "Try again" sends again, oldest first. */
  readonly edits: readonly ScenarioEdit[];
  /** The new scenario that "Try again" stores. */
  readonly scenario: Scenario | null;
}

/** Problems the user can retry: the scenario's edits are paused until then. */
export const isRetryable = (problem: SaveProblem): boolean => problem.kind === 'storage-refused' || problem.kind === 'new-not-saved';

/** The catalogue key of a problem's message. */
export const PROBLEM_MESSAGES = {
  'storage-refused': 'map.autosave.storageRefused',
  'new-not-saved': 'map.autosave.newNotSaved',
  'scenario-gone': 'map.autosave.scenarioGone',
  'workspace-replaced': 'map.autosave.workspaceReplaced',
  'replaced-elsewhere': 'map.autosave.replacedElsewhere',
} as const satisfies Record<SaveProblemKind, string>;
