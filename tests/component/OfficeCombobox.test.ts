import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import OfficeCombobox from '../../src/components/OfficeCombobox.svelte';
import { i18n } from '../../src/lib/i18n/i18n.svelte';
import { baselineNetwork, oid } from '../unit/scenario/scenarioTestData';

// jsdom lays nothing out and has no scrollIntoView; the component keeps the highlighted option in sight with it.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
});

afterEach(async () => {
  await i18n.setLocale('en');
});

function setUp(selected: string | null = null) {
  const network = baselineNetwork();
  const onSelect = vi.fn();
  render(OfficeCombobox, { offices: network.offices, countries: network.countries, selected: selected === null ? null : oid(selected), onSelect });
  const box = screen.getByRole('combobox');
  const optionNames = () => screen.queryAllByRole('option').map((o) => o.textContent?.trim() ?? '');
  return { network, onSelect, box, optionNames };
}

describe('OfficeCombobox', () => {
  it('is a combobox that controls a listbox, closed until the user types', async () => {
    const { box } = setUp();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    const list = document.getElementById(box.getAttribute('aria-controls') ?? '');
    expect(list).toHaveAttribute('role', 'listbox');
    expect(list).not.toBeVisible();
    await fireEvent.input(box, { target: { value: 'dakar' } });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(list).toBeVisible();
  });

  it.each([
    ['a city', 'dakar', 'UNIDO Regional Office Senegal (Dakar)'],
    ['a country typed with accents the data lacks', 'côte', "UNIDO Office Cote d'Ivoire (Abidjan)"],
    ['the middle of a name', 'hub nig', 'UNIDO Regional Hub Nigeria (Abuja)'],
  ])('finds an office by %s, highlighting the first match', async (_how, query, expected) => {
    const { box, optionNames } = setUp();
    await fireEvent.input(box, { target: { value: query } });
    expect(optionNames().length).toBeGreaterThan(0);
    expect(optionNames().every((name) => name.length > 0)).toBe(true);
    expect(optionNames()[0]).toContain(expected.replace(/ \(.*$/, ''));
    const first = screen.getAllByRole('option')[0];
    expect(box).toHaveAttribute('aria-activedescendant', first?.id);
    expect(first).toHaveAttribute('aria-selected', 'true');
  });

  it('finds an office by its host country in the interface language', async () => {
    await i18n.setLocale('ar');
    const { box, optionNames } = setUp();
    expect(box).toHaveAccessibleName('البحث عن مكتب');
    await fireEvent.input(box, { target: { value: 'السنغال' } });
    expect(optionNames()).toHaveLength(1);
    expect(optionNames()[0]).toContain('UNIDO Regional Office Senegal');
  });

  it('moves with the arrow keys, selects with Enter and closes with Escape', async () => {
    const { box, onSelect } = setUp();
    await fireEvent.input(box, { target: { value: 'unido' } });
    const options = screen.getAllByRole('option');
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await fireEvent.keyDown(box, { key: 'ArrowUp' });
    await fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box).toHaveAttribute('aria-activedescendant', options.at(-1)?.id);
    await fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(onSelect).not.toHaveBeenCalled();

    await fireEvent.input(box, { target: { value: 'nairobi' } });
    await fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('AFR-KEN');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows the chosen office in the box and lists closed offices, marked closed', async () => {
    const network = baselineNetwork();
    const offices = network.offices.map((o) => (o.id === 'AFR-KEN' ? { ...o, closed: true } : o));
    render(OfficeCombobox, { offices, countries: network.countries, selected: oid('AFR-KEN'), onSelect: () => undefined });
    const box = screen.getByRole('combobox', { name: 'Find office' });
    expect(box).toHaveValue('UNIDO Regional Office Kenya (Nairobi) — closed');
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(box.getAttribute('aria-activedescendant') ?? '')).toHaveTextContent('UNIDO Regional Office Kenya (Nairobi) — closed');
  });
});
