// The import report in the reader's language: every problem a data steward has to fix (what is
// wrong, which column, what to do) follows the interface language, the download stays English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ImportReport from '../../src/components/ImportReport.svelte';
import { i18n } from '../../src/lib/i18n/i18n.svelte';
import { suggestMapping } from '../../src/lib/io/import/columnMapping';
import { detectDelimiter } from '../../src/lib/io/import/detectDelimiter';
import { readTable } from '../../src/lib/io/import/readTable';
import { keepReport, summarizeReport } from '../../src/lib/io/import/reportPages';
import { validateOffices } from '../../src/lib/io/import/validateImport';
import { parseCountriesCsv } from '../../src/lib/io/parseCountriesCsv';

const { countries } = parseCountriesCsv(readFileSync(join(process.cwd(), 'data/countries.csv'), 'utf8'));

/** Text → table → suggested mapping → validated offices, as the import screen chains them. */
function importText(text: string) {
  const guess = detectDelimiter(text);
  const table = readTable(text, { delimiter: guess.delimiter, skipFirstLine: guess.skipFirstLine });
  return { table, result: validateOffices(table, suggestMapping(table.header, 'offices').mapping, { countries, offices: [] }) };
}

const TEXT = 'id;name;country_iso3;region;tier;lat\nA;x;KNE;Africa;Country Office;1,5\n';

/** The report as the page gets it from the worker: a summary with the first issues of each kind. */
function renderReport(text = TEXT) {
  const { table, result } = importText(text);
  const report = summarizeReport('offices', result, keepReport(result.issues), table.rows.map((r) => r.line));
  render(ImportReport, { report, shown: {}, header: table.header, sample: table.rows, onImport: () => {}, onCancel: () => {}, onMore: () => {}, onDownload: () => {} });
  return result;
}

describe('ImportReport', () => {
  afterEach(async () => {
    await i18n.setLocale('en');
  });

  // Before, this said "0 valid rows · 0 rows with errors" and then listed the column as an error:
  // a file stopped by a missing column now says so once, and no row totals.
  it('says once, in English, which required column is missing and that no row was checked', () => {
    renderReport();
    expect(screen.getByRole('alert')).toHaveTextContent('The required column Longitude is missing, so no row was checked. Add it to the file, or choose the column that holds it in the mapping step.');
    expect(screen.queryByText(/\d valid rows/)).toBeNull();
    expect(screen.queryByText(/No column is mapped/)).toBeNull();
  });

  it('gives the totals when the rows were checked', () => {
    renderReport('id;name;country_iso3;region;tier;lat;lon\nA;x;KNE;Africa;Country Office;1,5;2\n');
    expect(screen.getByText(/0 valid rows · 1 row with errors \(would be skipped\) · 1 error · 0 warnings/)).toBeInTheDocument();
  });

  it('says it in French once the interface is in French, naming the field in French, while the report file stays English', async () => {
    await i18n.setLocale('fr');
    const result = renderReport();
    expect(screen.getByRole('alert')).toHaveTextContent(/^La colonne obligatoire Longitude est absente ; aucune ligne n’a donc été vérifiée\./);
    expect(screen.getByRole('button', { name: 'Importer les lignes valides comme nouveau scénario' })).toBeDisabled();
    expect(result.issues[0]?.message).toMatch(/^No column is mapped to "Longitude"/);
  });

  it('joins the suggested codes with the language’s own "or"', async () => {
    await i18n.setLocale('es');
    renderReport('id,name,country_iso3,region,tier,lat,lon\nA,x,KNE,Africa,Country Office,1,2\n');
    expect(screen.getByText(/¿Quiso decir KEN \(Kenya\), KNA \(Saint Kitts and Nevis\) o MNE \(Montenegro\)\?$/)).toBeInTheDocument();
  });

  it('says an empty file is empty, once, instead of one error per column', () => {
    renderReport('');
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing to import: The file has no header row. It needs a header row and at least one data row.');
    expect(screen.queryByText(/No column is mapped/)).toBeNull();
    expect(screen.queryByText(/^Error:/)).toBeNull();
  });

  it('warns when no imported office lists a covered country', () => {
    renderReport('id,name,country_iso3,region,tier,lat,lon\nA,x,KEN,Africa,Country Office,1,2\n');
    expect(screen.getByRole('note')).toHaveTextContent(/^None of the 1 valid office lists a covered country\. As a new data set, every country would show grey/);
  });

  it('draws a large group only when opened, and asks for the next page', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `B${i},x,KEN,Africa,Country Office,north,2`);
    const { table, result } = importText(['id,name,country_iso3,region,tier,lat,lon', ...rows].join('\n'));
    const report = summarizeReport('offices', result, keepReport(result.issues), []);
    const asked: string[] = [];
    render(ImportReport, { report, shown: {}, header: table.header, sample: [], onImport: () => {}, onCancel: () => {}, onMore: (group: string) => asked.push(group), onDownload: () => {} });
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
});
