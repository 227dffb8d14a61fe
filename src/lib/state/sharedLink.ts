// Opening a scenario shared as a link (#share=… in the address): it is shown as a preview
// and only saved when the user says so.
import { t } from '../i18n/i18n.svelte';
import { formatRestoreIssue } from '../io/restoreIssue';
import { decodeShareFragment } from '../io/shareLink';
import { parseScenarioFile } from '../io/workspaceFile';
import type { AppState } from './appState.svelte';
import { withFreeId } from './workspaceBackup';

export async function openSharedLink(app: AppState): Promise<void> {
  const fragment = location.hash;
  if (!fragment.startsWith('#share=') || !app.store) return;
  const text = await decodeShareFragment(fragment);
  // The scenario is checked in full, against the offices and countries of the baseline in use.
  const { offices, countries } = app.store.baseline;
  const known = { offices: new Set<string>(offices.map((o) => o.id)), countries: new Set<string>(countries.map((c) => c.code)) };
  const parsed = text === null ? null : parseScenarioFile(text, known);
  if (!parsed || !parsed.ok) {
    app.sharedLinkError = `This share link could not be opened: ${parsed ? parsed.issues.map((issue) => formatRestoreIssue(issue, t)).join(' ') : 'it is damaged or cut short. Ask for the link again, or for the scenario file.'}`;
    return;
  }
  // Saving it must never write over a stored record (a damaged one included) that has its id.
  app.store.preview = await withFreeId(app.store.db, parsed.value.scenario);
  app.store.mode = 'scenario';
  app.view = 'map';
}

/** Removes the share fragment from the address, so a reload does not offer it again. */
export function forgetSharedLink(): void {
  history.replaceState(null, '', location.pathname + location.search);
}
