// A perspective of the scorecard as a reader sees it: metric names, values with units, targets
// and status in words, in English and after switching to French.
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import PerspectiveTable from '../../src/components/PerspectiveTable.svelte';
import { i18n } from '../../src/lib/i18n/i18n.svelte';
import { baseline, scorecardOf } from '../unit/scoring/scoringTestData';

const internal = scorecardOf(baseline).perspectives.find((p) => p.perspective === 'internal-process');
if (!internal) throw new Error('no internal-process perspective');
const rowOf = (name: string | RegExp) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('PerspectiveTable', () => {
  afterEach(async () => i18n.setLocale('en'));

  it('states each metric, its value with unit, target and status in words', () => {
    render(PerspectiveTable, { perspective: internal, totalWeight: 100, onShowOnMap: () => {} });
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Internal process score 60.6 / 100 · 25 % of the overall score');
    const tiers = within(rowOf(/^Number of tiers/));
    expect(tiers.getByText('3 tiers')).toBeInTheDocument();
    expect(tiers.getByText('≤ 2 tiers')).toBeInTheDocument();
    expect(tiers.getByText('Near target')).toBeInTheDocument();
    expect(within(rowOf(/^Offices by type/)).getByText('8 regional hubs · 8 regional offices · 32 country offices')).toBeInTheDocument();
  });

  it('follows a switch to French: names, units, numbers and status', async () => {
    render(PerspectiveTable, { perspective: internal, totalWeight: 100, onShowOnMap: () => {} });
    await i18n.setLocale('fr');
    expect(await screen.findByRole('heading', { level: 3 })).toHaveTextContent(/^Processus internes note 60,6 \/ 100/);
    const tiers = within(rowOf(/^Nombre de niveaux/));
    expect(tiers.getByText('3 niveaux')).toBeInTheDocument();
    expect(tiers.getByText('Proche de l’objectif')).toBeInTheDocument();
    expect(within(rowOf(/^Bureaux par type/)).getByText('8 pôles régionaux · 8 bureaux régionaux · 32 bureaux de pays')).toBeInTheDocument();
    expect(screen.getAllByText('Comment est-ce calculé ?').length).toBe(internal.metrics.length);
  });
});
