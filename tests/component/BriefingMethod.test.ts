// The pack's method note: for shared scenarios it says who made the changes (members, number of
// changes, the days), names as text; for local scenarios it says nothing about authors.
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import BriefingMethod from '../../src/components/BriefingMethod.svelte';
import { changeAuthorship } from '../../src/lib/export/changeAuthorship';
import { i18n } from '../../src/lib/i18n/i18n.svelte';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SCORING_SETTINGS } from '../../src/lib/scoring/metricDefinitions';
import type { Change, ChangeId } from '../../src/lib/scenario/types';
import { oid } from '../unit/scenario/scenarioTestData';

const change = (id: string, at: string, author?: string): Change =>
  ({ kind: 'set-tier', office: oid('AFR-KEN'), tier: 'country-office', id: id as ChangeId, at, ...(author ? { author } : {}) }) as Change;
const props = { assumptions: DEFAULT_ASSUMPTIONS, settings: DEFAULT_SCORING_SETTINGS, perspectives: [], datasetName: 'Illustrative data', confidenceNote: '' };

describe('BriefingMethod', () => {
  afterEach(async () => i18n.setLocale('en'));

  it('lists who made a shared scenario’s changes: each member, how many, and when', () => {
    const authors = changeAuthorship([
      change('a', '2026-11-02T09:00:00Z', 'Amina <b>Diallo</b>'),
      change('b', '2026-11-05T17:00:00Z', 'Amina <b>Diallo</b>'),
      change('c', '2026-11-04T12:00:00Z', 'Bao Chen'),
    ])!;
    render(BriefingMethod, { ...props, authorship: [{ name: 'Two-tier (shared)', authors }] });
    expect(screen.getByRole('heading', { name: 'Who made the changes' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Two-tier (shared)' });
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Amina <b>Diallo</b>', '2', 'Nov 2, 2026 to Nov 5, 2026'],
      ['Bao Chen', '1', 'Nov 4, 2026'],
    ]);
    expect(table.querySelector('bdi b')).toBeNull(); // a typed name stays text
  });

  it('says nothing about authors when the pack holds only local scenarios', () => {
    render(BriefingMethod, { ...props, authorship: [] });
    expect(screen.queryByRole('heading', { name: 'Who made the changes' })).toBeNull();
    expect(document.body.textContent).not.toMatch(/member|author/i);
  });

  it('writes the dates in the pack’s language', async () => {
    await i18n.setLocale('fr');
    const authors = changeAuthorship([change('a', '2026-11-02T09:00:00Z', 'Amina'), change('b', '2026-11-05T17:00:00Z', 'Amina')])!;
    render(BriefingMethod, { ...props, authorship: [{ name: 'Plan', authors }] });
    expect(screen.getByRole('heading', { name: 'Auteurs des modifications' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Amina/ }).textContent).toContain('du 2 nov. 2026 au 5 nov. 2026');
  });
});
