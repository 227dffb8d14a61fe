// The pack's changes: the net summary table and one line per changed office, names as plain
// text isolated in <bdi>, never markup.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import BriefingChanges from '../../src/components/BriefingChanges.svelte';
import { deriveNetwork } from '../../src/lib/scenario/applyChange';
import { summariseNetChanges } from '../../src/lib/scenario/netChanges';
import type { ChangeData } from '../../src/lib/scenario/types';
import { baselineNetwork, cc, oid } from '../unit/scenario/scenarioTestData';

const baseline = baselineNetwork();

describe('BriefingChanges', () => {
  it('briefs the net difference: an office changed twice once, the summary in numbers, names as text', () => {
    const changes: ChangeData[] = [
      { kind: 'set-tier', office: oid('AFR-KEN'), tier: 'sub-regional-office' },
      { kind: 'set-tier', office: oid('AFR-KEN'), tier: 'country-office' },
      { kind: 'assign-country', country: cc('SSD'), office: oid('AFR-ETH') },
      { kind: 'rename-office', office: oid('AFR-ETH'), name: 'Hub <b>Addis</b>' },
    ];
    const after = deriveNetwork(baseline, changes);
    render(BriefingChanges, { id: 'c', name: 'Plan <b>A</b>', net: summariseNetChanges(baseline, after), offices: [...baseline.offices, ...after.offices] });
    expect(screen.getByRole('heading', { name: 'Changes from today’s network: Plan <b>A</b>' })).toBeInTheDocument();
    const lines = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(lines.filter((l) => l?.startsWith('UNIDO Regional Office Kenya'))).toEqual(['UNIDO Regional Office Kenya: becomes a country office; South Sudan now covered from Addis Ababa']);
    expect(lines.some((l) => l?.includes('renamed (was UNIDO'))).toBe(true);
    expect(document.querySelector('bdi b')).toBeNull(); // the typed name stays text
    expect(screen.getByRole('row', { name: /Countries whose covering office changes\s*1/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Regional office\s*\d+\s*\d+/ })).toBeInTheDocument();
  }, 30_000); // reads the whole default data set: slow on a loaded machine
});
