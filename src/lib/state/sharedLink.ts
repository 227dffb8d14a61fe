// Opening a scenario shared as a link (#share=… in the address): it is shown as a preview
// and only saved when the user says so.
import { formatDataIssue } from '../model/dataIssue';
import { decodeShareFragment } from '../io/shareLink';
import { parseScenarioFile } from '../io/workspaceFile';
import type { AppState } from './appState.svelte';

export async function openSharedLink(app: AppState): Promise<void> {
  const fragment = location.hash;
  if (!fragment.startsWith('#share=') || !app.store) return;
  const text = await decodeShareFragment(fragment);
  const parsed = text === null ? null : parseScenarioFile(text, 'shared link');
  if (!parsed || !parsed.ok) {
    app.sharedLinkError = `This share link could not be opened: ${parsed ? parsed.issues.map(formatDataIssue).join(' ') : 'it is damaged or cut short. Ask for the link again, or for the scenario file.'}`;
    return;
  }
  app.store.preview = parsed.value.scenario;
  app.store.mode = 'scenario';
  app.view = 'map';
}

/** Removes the share fragment from the address, so a reload does not offer it again. */
export function forgetSharedLink(): void {
  history.replaceState(null, '', location.pathname + location.search);
}
