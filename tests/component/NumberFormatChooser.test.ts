// The number format chooser: "detect per column" until the user picks a decimal mark, then a
// thousands separator that can never be the decimal mark itself.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import NumberFormatChooser from '../../src/components/NumberFormatChooser.svelte';
import type { NumberFormat } from '../../src/lib/io/import/parseNumber';

function renderChooser(value: NumberFormat | undefined) {
  const chosen: (NumberFormat | undefined)[] = [];
  render(NumberFormatChooser, { value, onChange: (format: NumberFormat | undefined) => chosen.push(format) });
  return chosen;
}

describe('NumberFormatChooser', () => {
  it('starts on "detect per column", with the thousands separator waiting for a decimal mark', () => {
    renderChooser(undefined);
    expect(screen.getByRole('combobox', { name: 'Decimal mark' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Thousands separator' })).toBeDisabled();
  });

  it('hands over the decimal mark the user picks', async () => {
    const chosen = renderChooser(undefined);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Decimal mark' }), { target: { value: ',' } });
    expect(chosen).toEqual([{ decimalMark: ',' }]);
  });

  it('offers every thousands separator but the decimal mark, and hands over the choice', async () => {
    const chosen = renderChooser({ decimalMark: ',' });
    const separator = screen.getByRole('combobox', { name: 'Thousands separator' });
    expect([...separator.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Any but the decimal mark', 'Point (.)', 'Space', "Apostrophe (')", 'None']);
    await fireEvent.change(separator, { target: { value: '.' } });
    expect(chosen).toEqual([{ decimalMark: ',', thousandsSeparator: '.' }]);
  });

  it('drops a separator that the new decimal mark would clash with, and goes back to detection', async () => {
    const chosen = renderChooser({ decimalMark: ',', thousandsSeparator: '.' });
    await fireEvent.change(screen.getByRole('combobox', { name: 'Decimal mark' }), { target: { value: '.' } });
    await fireEvent.change(screen.getByRole('combobox', { name: 'Decimal mark' }), { target: { value: '' } });
    expect(chosen).toEqual([{ decimalMark: '.' }, undefined]);
  });
});
