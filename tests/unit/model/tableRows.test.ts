import { describe, expect, it } from 'vitest';
import { filterRows, sortRows, type ColumnValue } from '../../../src/lib/model/tableRows';

interface Row { name: string; count: number }
const rows: Row[] = [
  { name: 'Office 10', count: 3 },
  { name: "Côte d'Ivoire", count: 12 },
  { name: 'Office 2', count: 1 },
];
const name: ColumnValue<Row> = { id: 'name', value: (r) => r.name };
const count: ColumnValue<Row> = { id: 'count', value: (r) => r.count };

describe('sortRows', () => {
  it.each([
    { column: name, direction: 'ascending' as const, expected: ["Côte d'Ivoire", 'Office 2', 'Office 10'] },
    { column: name, direction: 'descending' as const, expected: ['Office 10', 'Office 2', "Côte d'Ivoire"] },
    { column: count, direction: 'ascending' as const, expected: ['Office 2', 'Office 10', "Côte d'Ivoire"] },
    { column: count, direction: 'descending' as const, expected: ["Côte d'Ivoire", 'Office 10', 'Office 2'] },
  ])('sorts by $column.id $direction', ({ column, direction, expected }) => {
    expect(sortRows(rows, column, direction, 'en').map((r) => r.name)).toEqual(expected);
  });

  it('sorts text in the order of the interface language', () => {
    const countries: Row[] = [{ name: 'Ñandutí', count: 0 }, { name: 'Noruega', count: 0 }];
    expect(sortRows(countries, name, 'ascending', 'en').map((r) => r.name)).toEqual(['Ñandutí', 'Noruega']);
    expect(sortRows(countries, name, 'ascending', 'es').map((r) => r.name)).toEqual(['Noruega', 'Ñandutí']);
  });

  it('leaves the input untouched', () => {
    sortRows(rows, name, 'ascending', 'en');
    expect(rows[0]?.name).toBe('Office 10');
  });
});

describe('filterRows', () => {
  it.each([
    { query: 'cote', expected: ["Côte d'Ivoire"] },
    { query: 'OFFICE', expected: ['Office 10', 'Office 2'] },
    { query: '12', expected: ["Côte d'Ivoire"] },
    { query: '   ', expected: ['Office 10', "Côte d'Ivoire", 'Office 2'] },
    { query: 'nowhere', expected: [] },
  ])('"$query" keeps $expected', ({ query, expected }) => {
    expect(filterRows(rows, [name, count], query).map((r) => r.name)).toEqual(expected);
  });
});
