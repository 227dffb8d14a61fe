import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import SortableTable from '../../src/components/SortableTable.svelte';
import type { Column } from '../../src/lib/model/tableRows';

interface Row { id: string; name: string; count: number }
const rows: Row[] = [
  { id: 'a', name: 'Nairobi', count: 6 },
  { id: 'b', name: 'Addis Ababa', count: 2 },
  { id: 'c', name: 'Pretoria', count: 8 },
];
const columns: Column<Row>[] = [
  { id: 'name', label: 'Office', value: (r) => r.name },
  { id: 'count', label: 'Countries covered', value: (r) => r.count, numeric: true },
];

const firstColumn = () => screen.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]?.textContent?.trim());

describe('SortableTable', () => {
  it('shows a caption with the row count and every row', () => {
    render(SortableTable<Row>, { caption: 'Field offices', rows, columns, rowKey: (r: Row) => r.id });
    expect(screen.getByRole('table', { name: /Field offices \(3 rows\)/ })).toBeInTheDocument();
    expect(firstColumn()).toEqual(['Nairobi', 'Addis Ababa', 'Pretoria']);
  });

  it('sorts by a column when its header button is pressed, and reverses on a second press', async () => {
    render(SortableTable<Row>, { caption: 'Field offices', rows, columns, rowKey: (r: Row) => r.id });
    const header = screen.getByRole('button', { name: /Countries covered/ });
    await fireEvent.click(header);
    expect(firstColumn()).toEqual(['Addis Ababa', 'Nairobi', 'Pretoria']);
    expect(screen.getByRole('columnheader', { name: /Countries covered/ })).toHaveAttribute('aria-sort', 'ascending');
    await fireEvent.click(header);
    expect(firstColumn()).toEqual(['Pretoria', 'Nairobi', 'Addis Ababa']);
    expect(screen.getByRole('columnheader', { name: /Countries covered/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Office/ })).toHaveAttribute('aria-sort', 'none');
  });
});

describe('SortableTable with many rows', () => {
  // jsdom lays nothing out: the scrolled box is given the 600 px height a browser would.
  const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');
  beforeAll(() => Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 600 }));
  afterAll(() => offsetHeight && Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight));
  const many: Row[] = Array.from({ length: 1000 }, (_, i) => ({ id: `r${i}`, name: `Office ${i}`, count: i }));

  it('renders only some rows, and tells where they are among all of them', () => {
    render(SortableTable<Row>, { caption: 'Field offices', rows: many, columns, rowKey: (r: Row) => r.id });
    const table = screen.getByRole('table', { name: /Field offices \(1,000 rows\)/ });
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const bodyRows = screen.getAllByRole('row').slice(1);
    expect(bodyRows.length).toBeGreaterThan(0);
    expect(bodyRows.length).toBeLessThan(100);
    expect(bodyRows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(within(bodyRows[0]!).getAllByRole('cell')[0]).toHaveTextContent('Office 0');
  });

  it('sorts all rows, not only those rendered', async () => {
    render(SortableTable<Row>, { caption: 'Field offices', rows: many, columns, rowKey: (r: Row) => r.id });
    const header = screen.getByRole('button', { name: /Countries covered/ });
    await fireEvent.click(header);
    await fireEvent.click(header);
    expect(firstColumn()[0]).toBe('Office 999');
  });

  it('keeps a 10,000-character name on one clipped line with the full text as its tooltip', () => {
    const long = 'N'.repeat(10_000);
    render(SortableTable<Row>, { caption: 'Field offices', rows: [{ id: 'x', name: long, count: 1 }], columns, rowKey: (r: Row) => r.id });
    const cell = within(screen.getAllByRole('row')[1]!).getAllByRole('cell')[0]!;
    expect(cell.querySelector('[title]')).toHaveAttribute('title', long);
  });
});
