// Opening a scenario shared as a link (#share=… in the address): it is shown as a preview
// and only saved when the user says so. A link that is too long, inflates past the cap or is
// damaged is refused with a message saying why and what to ask for instead.
import { i18n, t } from '../i18n/i18n.svelte';
import { formatRestoreIssue } from '../io/restoreIssue';
import { readShareFragment, SHARE_PREFIX, type ShareLinkReading } from '../io/shareLink';
import { parseScenarioFile } from '../io/workspaceFile';
import type { AppState } from './appState.svelte';
import { withFreeId } from './workspaceBackup';

export async function openSharedLink(app: AppState): Promise<void> {
  const fragment = location.hash;
  if (!fragment.startsWith(SHARE_PREFIX) || !app.store) return;
  const reading = await readShareFragment(fragment);
  if (!reading.ok) {
    app.sharedLinkError = refusal(reading);
    return;
  }
  // The scenario is checked in full, against the offices and countries of the baseline in use.
  const { offices, countries } = app.store.baseline;
  const known = { offices: new Set<string>(offices.map((o) => o.id)), countries: new Set<string>(countries.map((c) => c.code)) };
  const parsed = parseScenarioFile(reading.text, known);
  if (!parsed.ok) {
    app.sharedLinkError = t('scenarios.shareOpen.invalid', { issues: parsed.issues.map((issue) => formatRestoreIssue(issue, t)).join(' ') });
    return;
  }
  // Saving it must never write over a stored record (a damaged one included) that has its id.
  app.store.preview = await withFreeId(app.store.db, parsed.value.scenario);
  app.store.mode = 'scenario';
  app.view = 'map';
}

function refusal(reading: Exclude<ShareLinkReading, { ok: true }>): string {
  switch (reading.reason) {
    case 'too-long':
      return t('scenarios.shareOpen.tooLong', { length: reading.length, max: i18n.number(reading.max) });
    case 'too-large':
      return t('scenarios.shareOpen.tooLarge', { max: i18n.number(reading.max / 1024 / 1024) });
    case 'damaged':
      return t('scenarios.shareOpen.damaged');
  }
}

/** Removes the share fragment from the address, so a reload does not offer it again. */
export function forgetSharedLink(): void {
  history.replaceState(null, '', location.pathname + location.search);
}
