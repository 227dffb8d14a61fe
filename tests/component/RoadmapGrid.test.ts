// The roadmap grid: one Tab stop per row, arrows between cells, Enter/F2 edits, Escape cancels.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RoadmapGrid from '../../src/components/RoadmapGrid.svelte';
import { i18n } from '../../src/lib/i18n/i18n.svelte';
import { sampleTracker } from '../../src/lib/tracker/sampleTracker';

afterEach(async () => {
  await i18n.setLocale('en');
});

function setUp() {
  const items = sampleTracker().items;
  const onUpdate = vi.fn();
  render(RoadmapGrid, { items, isLate: () => false, onUpdate });
  const grid = screen.getByRole('grid');
  const tabStops = () => [...grid.querySelectorAll<HTMLElement>('[tabindex="0"]')];
  return { items, onUpdate, grid, tabStops };
}

describe('RoadmapGrid', () => {
  it('has one Tab stop per row, in the column last visited, and no field in the Tab order', async () => {
    const { items, grid, tabStops } = setUp();
    expect(tabStops()).toHaveLength(items.length);
    expect(tabStops().every((cell) => cell.getAttribute('role') === null && cell.tagName === 'TH')).toBe(true);
    expect(grid.querySelectorAll('input[tabindex="0"], select[tabindex="0"], textarea[tabindex="0"]')).toHaveLength(0);
    const first = screen.getAllByRole('rowheader')[0]!;
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowRight' });
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toHaveAccessibleName(/Owner of|empty/);
    expect(tabStops()).toHaveLength(items.length);
    expect(tabStops().every((cell) => cell.dataset.cell?.endsWith('-2'))).toBe(true);
  });

  it('edits the owner on Enter and saves it once on Enter; Escape puts back what was there', async () => {
    const { items, onUpdate, grid } = setUp();
    const owner = grid.querySelector<HTMLElement>('[data-cell="0-2"]')!;
    expect(owner).toHaveAccessibleName('empty');
    owner.focus();
    await fireEvent.keyDown(owner, { key: 'Enter' });
    const field = screen.getByRole('textbox', { name: `Owner of ${items[0]!.title}` });
    expect(field).toHaveFocus();
    (field as HTMLInputElement).value = 'Field Office Coordination';
    await fireEvent.keyDown(field, { key: 'Escape' });
    expect(owner).toHaveFocus();
    expect(field).toHaveValue('');
    expect(onUpdate).not.toHaveBeenCalled();

    await fireEvent.keyDown(owner, { key: 'F2' });
    expect(field).toHaveFocus();
    (field as HTMLInputElement).value = 'Field Office Coordination';
    await fireEvent.keyDown(field, { key: 'Enter' });
    expect(owner).toHaveFocus();
    expect(onUpdate).toHaveBeenCalledExactlyOnceWith(items[0]!.id, { owner: 'Field Office Coordination' });
  });

  it('in Arabic shows the translated title with the English wording beside it, and ArrowLeft moves to the next cell', async () => {
    await i18n.setLocale('ar');
    setUp();
    const first = screen.getAllByRole('rowheader')[0]!;
    expect(first).toHaveTextContent('استعراض المعلومات المتعلقة بالمكاتب الميدانية وتحليلها');
    expect(first.querySelector('[lang="en"]')).toHaveTextContent('Review and analysis of field-related information');
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowLeft' });
    expect((document.activeElement as HTMLElement).dataset.cell).toBe('0-1');
  });
});
