// The standard "About the data" and the briefing pack show: its three rules with the number of
// embedded offices at each level, and which parts reach 48 / 156 / 5 by inference.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ConfidenceStandard from '../../src/components/ConfidenceStandard.svelte';

describe('ConfidenceStandard', () => {
  it('states each rule with its count for the embedded data set', () => {
    render(ConfidenceStandard, {});
    const region = screen.getByRole('region', { name: 'How sure the data is: one standard' });
    expect(region).toHaveTextContent('1 office: a primary UNIDO source dated 2020 or later names the office, its type and all of its coverage.');
    expect(region).toHaveTextContent('28 offices: a primary source names part of it');
    expect(region).toHaveTextContent('19 offices: no such source; placed by reasoning, which each office states.');
    expect(region).toHaveTextContent('32 offices have no source dated 2020–2024');
  });

  it('says which parts of the table reach the reform totals by inference', () => {
    render(ConfidenceStandard, {});
    const region = screen.getByRole('region', { name: 'How sure the data is: one standard' });
    expect(region).toHaveTextContent('48 offices, 156 countries and 5 regions are the reform’s own figures');
    expect(region).toHaveTextContent('19 of the offices are placeholders');
    expect(region).toHaveTextContent('102 covered countries are assigned to an office by inference; 54 are named by a source.');
  });

  it('shows nothing for an imported data set, whose labels are its own', () => {
    render(ConfidenceStandard, { datasetName: 'Our offices 2026' });
    expect(screen.queryByRole('region')).toBeNull();
  });
});
