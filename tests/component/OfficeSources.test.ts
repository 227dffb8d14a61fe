// The dated sources an office's panel lists, and the notes a user reads when none speaks for
// 2020–2024 or none exists; an imported office with an embedded id gets none of them.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import OfficeSources from '../../src/components/OfficeSources.svelte';
import { loadDefaultNetwork } from '../../src/lib/io/defaultDataset';

const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('the embedded data set does not load');
const embedded = (id: string) => loaded.network.offices.find((o) => o.id === id)!;
const section = () => screen.getByRole('region', { name: 'Sources, with dates' });

describe('OfficeSources', () => {
  it("lists Montevideo's sources newest first, each with its date, publisher and what it names, with a link", () => {
    render(OfficeSources, { office: embedded('LAC-URY') });
    const items = within(section()).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('2024-03-19 · UNIDO · names: office and type');
    expect(items.map((li) => li.textContent)).toContainEqual(expect.stringContaining('2020-03 (page stamp 19 Feb 2020) · UNIDO · names: office, type, and coverage'));
    expect(within(section()).getAllByRole('link', { name: /unido\.org\/stories\/flattening-curve/ })[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(section()).getByText(/unverified copy, not counted/)).toBeInTheDocument();
    expect(screen.queryByText('No source dated 2020–2024 shows this office in that period.')).toBeNull();
  });

  it('says so when no source speaks for 2020–2024 (Accra: 2018 only)', () => {
    render(OfficeSources, { office: embedded('AFR-GHA') });
    expect(within(section()).getByText('No source dated 2020–2024 shows this office in that period.')).toBeInTheDocument();
    expect(within(section()).getByRole('listitem')).toHaveTextContent('2018-10 · other source · names: office and coverage');
    expect(within(section()).getByRole('listitem')).toHaveTextContent('UNIDO Representative to Ghana and Liberia');
  });

  it('says so when an office has no source at all (Bangkok)', () => {
    render(OfficeSources, { office: embedded('ASP-THA') });
    expect(within(section()).getByText('No source found: this office is inferred.')).toBeInTheDocument();
    expect(within(section()).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('shows nothing for an imported office that only shares an embedded id', () => {
    render(OfficeSources, { office: { ...embedded('AFR-GHA'), source: 'our own list, 2026' } });
    expect(screen.queryByRole('region', { name: 'Sources, with dates' })).toBeNull();
  });
});
