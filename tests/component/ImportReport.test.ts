// The import report in the reader's language: every problem a data steward has to fix (what is
// wrong, which column, what to do) follows the interface language, the download stays English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ImportReport from '../../src/components/ImportReport.svelte';
import { i18n } from '../../src/lib/i18n/i18n.svelte';
import { suggestMapping } from '../../src/lib/io/import/columnMapping';
import { detectDelimiter } from '../../src/lib/io/import/detectDelimiter';
import { readTable } from '../../src/lib/io/import/readTable';
import type { NumberFormat } from '../../src/lib/io/import/parseNumber';
import { keepReport, numberColumnsOf, summarizeReport } from '../../src/lib/io/import/reportPages';
import { validateFigures, validateOffices } from '../../src/lib/io/import/validateImport';
import { parseCountriesCsv } from '../../src/lib/io/parseCountriesCsv';

const { countries } = parseCountriesCsv(readFileSync(join(process.cwd(), 'data/countries.csv'), 'utf8'));

/** Text → table → suggested mapping → validated offices, as the import screen chains them. */
function importText(text: string) {
  const guess = detectDelimiter(text);
  const table = readTable(text, { delimiter: guess.delimiter, skipFirstLine: guess.skipFirstLine });
  return { table, result: validateOffices(table, suggestMapping(table.header, 'offices').mapping, { countries, offices: [] }) };
}

const TEXT = 'id;name;country_iso3;region;tier;lat\nA;x;KNE;Africa;Country Office;1,5\n';

/** Until every part of the report is drawn (it is drawn in parts, summary first). */
const drawn = () => waitFor(() => expect(document.querySelector('section[aria-busy="true"]')).toBeNull());

/** The report as the page gets it from the worker: a summary with the first issues of each kind. */
async function renderReport(text = TEXT) {
  const { table, result } = importText(text);
  const report = summarizeReport('offices', result, keepReport(result.issues), table.rows.map((r) => r.line));
  render(ImportReport, { report, shown: {}, header: table.header, sample: table.rows, onImport: () => {}, onCancel: () => {}, onMore: () => {}, onDownload: () => {} });
  await drawn();
  return result;
}

describe('ImportReport', () => {
  afterEach(async () => {
    await i18n.setLocale('en');
  });

  // Before, this said "0 valid rows · 0 rows with errors" and then listed the column as an error:
  // a file stopped by a missing column now says so once, and no row totals.
  it('says once, in English, which required column is missing and that no row was checked', async () => {
    await renderReport();
    expect(screen.getByRole('alert')).toHaveTextContent('The required column Longitude is missing, so no row was checked. Add it to the file, or choose the column that holds it in the mapping step.');
    expect(screen.queryByText(/\d valid rows/)).toBeNull();
    expect(screen.queryByText(/No column is mapped/)).toBeNull();
  });

  it('gives the totals when the rows were checked', async () => {
    await renderReport('id;name;country_iso3;region;tier;lat;lon\nA;x;KNE;Africa;Country Office;1,5;2\n');
    expect(screen.getByText(/0 valid rows · 1 row with errors \(would be skipped\) · 1 error · 0 warnings/)).toBeInTheDocument();
  });

  it('says it in French once the interface is in French, naming the field in French, while the report file stays English', async () => {
    await i18n.setLocale('fr');
    const result = await renderReport();
    expect(screen.getByRole('alert')).toHaveTextContent(/^La colonne obligatoire Longitude est absente ; aucune ligne n’a donc été vérifiée\./);
    expect(screen.getByRole('button', { name: 'Importer les lignes valides comme nouveau scénario' })).toBeDisabled();
    expect(result.issues[0]?.message).toMatch(/^No column is mapped to "Longitude"/);
  });

  it('joins the suggested codes with the language’s own "or"', async () => {
    await i18n.setLocale('es');
    await renderReport('id,name,country_iso3,region,tier,lat,lon\nA,x,KNE,Africa,Country Office,1,2\n');
    expect(screen.getByText(/¿Quiso decir KEN \(Kenya\), KNA \(Saint Kitts and Nevis\) o MNE \(Montenegro\)\?$/)).toBeInTheDocument();
  });

  it('draws what stops the import, the totals and the buttons first, then the preview, then the problems', async () => {
    const { table, result } = importText('id,name,country_iso3,region,tier,lat,lon\nA,x,KNE,Africa,Country Office,1,2\n');
    const report = summarizeReport('offices', result, keepReport(result.issues), [2]);
    render(ImportReport, { report, shown: {}, header: table.header, sample: table.rows, onImport: () => {}, onCancel: () => {}, onMore: () => {}, onDownload: () => {} });
    expect(screen.getByText(/0 valid rows · 1 row with errors/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the report (CSV)' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText(/^Error: Unknown country code/)).toBeNull();
    expect(await screen.findByText(/^Error: Unknown country code \(1\)/)).toBeInTheDocument();
    expect(screen.getAllByRole('table')).toHaveLength(2); // the preview and the group's problems
  });

  it('says an empty file is empty, once, instead of one error per column', async () => {
    await renderReport('');
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing to import: The file has no header row. It needs a header row and at least one data row.');
    expect(screen.queryByText(/No column is mapped/)).toBeNull();
    expect(screen.queryByText(/^Error:/)).toBeNull();
  });

  it('warns when no imported office lists a covered country', async () => {
    await renderReport('id,name,country_iso3,region,tier,lat,lon\nA,x,KEN,Africa,Country Office,1,2\n');
    expect(screen.getByRole('note')).toHaveTextContent(/^None of the 1 valid office lists a covered country\. As a new data set, every country would show grey/);
  });

  it('draws a large group only when opened, and asks for the next page', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `B${i},x,KEN,Africa,Country Office,north,2`);
    const { table, result } = importText(['id,name,country_iso3,region,tier,lat,lon', ...rows].join('\n'));
    const report = summarizeReport('offices', result, keepReport(result.issues), []);
    const asked: string[] = [];
    render(ImportReport, { report, shown: {}, header: table.header, sample: [], onImport: () => {}, onCancel: () => {}, onMore: (group: string) => asked.push(group), onDownload: () => {} });
    await drawn();
    expect(screen.queryAllByText('north')).toHaveLength(0);
    await fireEvent.click(screen.getByText('Error: Not a number (150)'));
    const details = screen.getByText('Error: Not a number (150)').closest('details') as HTMLDetailsElement;
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    expect(await screen.findAllByText('north')).toHaveLength(100);
    expect(screen.getByText('Showing 100 of 150.')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(asked).toEqual(['error:not-a-number']);
  });

  describe('numbers and values as read', () => {
    // A German figures file: "1.715.320,50" shows the comma is the decimal mark; "250.000" alone does not tell.
    const GERMAN = 'office;year;tc_delivery_usd;budget_usd\nAFR-KEN;2025;1.715.320,50;250.000\n';

    /** The figures report as the worker makes it, with or without the user's number format. */
    async function renderFigures(chosen?: NumberFormat) {
      const table = readTable(GERMAN, { delimiter: ';', skipFirstLine: false });
      const { mapping } = suggestMapping(table.header, 'figures');
      const result = validateFigures(table, mapping, { countries, offices: [{ id: 'AFR-KEN', name: 'Kenya office' }] as never, ...(chosen ? { numberFormat: chosen } : {}) });
      const report = summarizeReport('figures', result, keepReport(result.issues), [2], numberColumnsOf('figures', mapping, table.rows, chosen));
      render(ImportReport, { report, shown: {}, header: table.header, sample: table.rows, onImport: () => {}, onCancel: () => {}, onMore: () => {}, onDownload: () => {} });
      return drawn();
    }
    const cellOf = (text: string) => screen.getAllByRole('cell').find((c) => c.textContent?.startsWith(text));

    it('says per numeric column how its numbers are read and why, instead of one line for the file', async () => {
      await renderFigures();
      const formats = screen.getByRole('list', { name: 'How numbers are read' });
      expect([...formats.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
        'TC delivery (USD): read with comma (,) as the decimal mark, as this column\'s values show ("1.715.320,50")',
        'Budget (USD): read with comma (,) as the decimal mark, like the file\'s other numbers (this column\'s values do not tell which mark is decimal)',
      ]);
      expect(screen.queryByText(/numbers read with a decimal/)).toBeNull();
    });

    it('shows in the preview each number as read next to its text, and the ambiguous one in the report', async () => {
      await renderFigures();
      expect(cellOf('1.715.320,50')).toHaveTextContent('1.715.320,50read as 1715320.5');
      expect(cellOf('250.000')).toHaveTextContent('250.000read as 250000');
      // A whole year reads as written: no "read as" beside it.
      expect(cellOf('2025')).toHaveTextContent(/^2025$/);
      const warning = screen.getByText('Warning: Number that reads two ways (1)').closest('details') as HTMLElement;
      const row = [...warning.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(1, 4).map((td) => td.textContent));
      expect(row).toEqual([['budget_usd', '250.000', '250000']]);
    });

    it('reads every number with the chosen format and says so', async () => {
      await renderFigures({ decimalMark: '.' });
      expect(cellOf('250.000')).toHaveTextContent('250.000read as 250');
      expect(screen.getByRole('list', { name: 'How numbers are read' })).toHaveTextContent('Budget (USD): read with point (.) as the decimal mark, as you chose');
      expect(screen.queryByText(/Number that reads two ways/)).toBeNull();
    });
  });

  it('writes out invisible characters in the value, the fix and the preview: a right-to-left override cannot reorder them', async () => {
    // An extra column whose very name holds an override: it is shown too, in the preview's header.
    await renderReport('id,name,country_iso3,region,tier,lat,lon,no\u202Ete\nA,x,KE\u202EN,Africa,Country Office,1,2,y\n');
    expect(screen.getByRole('columnheader', { name: 'no⟨U+202E⟩te' })).toBeInTheDocument();
    const group = screen.getByText(/^Error: Unknown country code/).closest('details') as HTMLElement;
    expect(group.querySelector('tbody td:nth-child(3)')).toHaveTextContent(/^KE⟨U\+202E⟩N$/);
    expect(group.querySelector('tbody td:last-child')).toHaveTextContent('KE⟨U+202E⟩N');
    expect(document.body.textContent).not.toContain('\u202E');
  });

  it('says once that the first line looks like data, not once per field left without a column', async () => {
    await renderReport('AFR-KEN,Nairobi office,KEN,Africa,Country Office,-1.29,36.82\nAFR-ETH,Addis office,ETH,Africa,Country Office,9.03,38.74\n');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent(/^The first line is read as the header row, but it looks like data/);
    expect(screen.queryByText(/No column is mapped|required column/)).toBeNull();
  });
});
