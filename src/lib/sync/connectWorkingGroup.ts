// Joining and leaving a working group from the page. The sync engine (Yjs, Hocuspocus) is
// loaded only once a member has joined, so the default page neither downloads nor runs it.
// Joining and leaving reload the page: its Content-Security-Policy, set before the app starts,
// then lets in the group's server (or, after leaving, no server again).
import type { PlannerDatabase } from '../db/database';
import type { Change, Scenario } from '../scenario/types';
import type { ScenarioStore } from '../state/scenarioStore.svelte';
import { readJoinLink, readJoinSettings, rememberJoinSettings, type JoinSettings } from './joinSettings';
import type { WorkingGroup } from './workingGroup.svelte';

/**
 * Connects to the working group this browser joined, if any, and lists its scenarios in the
 * store; what other members do is said through `announce` (the page's polite live region).
 */
export async function startWorkingGroup(store: ScenarioStore, db: PlannerDatabase, announce?: (text: string) => void): Promise<WorkingGroup | null> {
  const settings = readJoinSettings();
  if (!settings) return null;
  const [{ WorkingGroup }, { dexieUpdateLog }, { sayNews }, { newsWords }] = await Promise.all([import('./workingGroup.svelte'), import('./updateLog'), import('./sayNews'), import('./newsWords')]);
  const group = new WorkingGroup(settings, dexieUpdateLog(db));
  if (announce) group.onNews = (news) => {
    const text = sayNews(news, newsWords(store));
    if (text) announce(text);
  };
  await group.start();
  store.sharing = group;
  return group;
}

export function joinWorkingGroup(settings: JoinSettings): void {
  rememberJoinSettings({ server: settings.server.trim(), workspace: settings.workspace.trim(), token: settings.token.trim(), name: settings.name.trim() });
  location.reload();
}

/** A shared scenario as a local one: the same changes (without the group's authors) and no history. */
function localCopy(scenario: Scenario): Scenario {
  const changes = scenario.changes.map((change) => {
    const { author: _author, ...rest } = change as Change & { author?: string };
    return rest as Change;
  });
  return { ...scenario, changes, undo: [], redo: [] };
}

/** Leaves the group, keeping a local copy of each of its scenarios in this browser. */
export async function leaveWorkingGroup(store: ScenarioStore, group: WorkingGroup): Promise<void> {
  const copies = group.scenarios.filter((s) => s.deletedAt === null).map(localCopy);
  group.stop();
  store.sharing = null;
  for (const copy of copies) await store.addScenario(copy);
  await group.forget();
  rememberJoinSettings(null);
  location.reload();
}

/** Server, workspace and token from a join link in the address; the fragment is then cleared so the token does not linger in history. */
export function takeJoinLink(): Omit<JoinSettings, 'name'> | null {
  const found = readJoinLink(location.hash);
  if (found) history.replaceState(history.state, '', location.pathname + location.search);
  return found;
}
