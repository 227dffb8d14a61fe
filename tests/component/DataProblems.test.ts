import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DataProblems from '../../src/components/DataProblems.svelte';

describe('DataProblems', () => {
  it('lists every problem with its file, line and column, as an alert', () => {
    render(DataProblems, {
      datasetName: 'My offices',
      issues: [
        { file: 'offices.csv', line: 7, column: 'reports_to', message: 'Office "A" reports to "X", but no office has that id.' },
        { file: 'countries.csv', message: 'The file is empty.' },
      ],
    });
    expect(screen.getByRole('alert')).toHaveTextContent('The data set “My offices” has 2 problems');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['offices.csv, line 7, column "reports_to": Office "A" reports to "X", but no office has that id.', 'countries.csv: The file is empty.']);
  });
});
