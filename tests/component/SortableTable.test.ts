import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
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
