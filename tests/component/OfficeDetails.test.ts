import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import OfficeDetails from '../../src/components/OfficeDetails.svelte';
import { asCountryCode, asOfficeId } from '../../src/lib/model/types';
import { country, office } from '../fixtures/networkFixtures';

const hostile = '<img src=x onerror="window.__pwned=1">Office';

function renderDetails(overrides = {}) {
  const onSelectOffice = vi.fn();
  const onSelectCountry = vi.fn();
  const hub = office('H', ['AAA'], { tier: 'regional-hub', name: 'Hub office' });
  const subject = office('C', ['CCC', 'DDD'], {
    name: hostile,
    reportsTo: asOfficeId('H'),
    inferredCoverage: [asCountryCode('DDD')],
    confidence: 'partial',
    source: 'https://example.org/page (2020); tier inferred',
    ...overrides,
  });
  render(OfficeDetails, {
    office: subject,
    hostCountry: country('CCC', { name: 'Cataland' }),
    superior: hub,
    subordinates: [],
    coveredCountries: [country('CCC', { name: 'Cataland' }), country('DDD', { name: 'Dogland' })],
    onSelectOffice,
    onSelectCountry,
  });
  return { onSelectOffice, onSelectCountry };
}

describe('OfficeDetails', () => {
  it('shows an office name with markup in it as plain text', () => {
    renderDetails();
    expect(screen.getByRole('heading', { name: hostile })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('names the tier, the office it reports to and the countries it covers, marking inferred coverage', () => {
    renderDetails();
    expect(screen.getByText('Country office')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hub office' })).toBeInTheDocument();
    expect(screen.getByText('Countries covered (2)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dogland' }).parentElement).toHaveTextContent('coverage inferred');
  });

  it('shows data confidence in words and the source with its address as a link', () => {
    renderDetails();
    expect(screen.getByText(/Partly confirmed/)).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'https://example.org/page' });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('moves to the superior office or a covered country when they are activated', async () => {
    const { onSelectOffice, onSelectCountry } = renderDetails();
    await fireEvent.click(screen.getByRole('button', { name: 'Hub office' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Dogland' }));
    expect(onSelectOffice).toHaveBeenCalledWith('H');
    expect(onSelectCountry).toHaveBeenCalledWith('DDD');
  });
});
