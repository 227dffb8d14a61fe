// The import report in the reader's language: every problem a data steward has to fix (what is
// wrong, which column, what to do) follows the interface language, the download stays English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ImportReport from '../../src/components/ImportReport.svelte';
import { i18n } from '../../src/lib/i18n/i18n.svelte';
import { suggestMapping } from '../../src/lib/io/import/columnMapping';
import { detectDelimiter } from '../../src/lib/io/import/detectDelimiter';
import { readTable } from '../../src/lib/io/import/readTable';
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

function renderReport() {
  const { table, result } = importText(TEXT);
  render(ImportReport, { validated: { kind: 'offices', result }, fileName: 'offices.csv', header: table.header, sample: table.rows, onImport: () => {}, onCancel: () => {} });
  return result;
}

describe('ImportReport', () => {
  afterEach(async () => {
    await i18n.setLocale('en');
  });

  it('says in English what is wrong and how to fix it, with the totals', () => {
    renderReport();
    expect(screen.getByText(/0 valid rows · 0 rows with errors \(would be skipped\) · 1 error · 0 warnings/)).toBeInTheDocument();
    expect(screen.getByText(/^No column is mapped to "Longitude", which is required\./)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The file cannot be imported as it is');
  });

  it('says it in French once the interface is in French, naming the field in French, while the report file stays English', async () => {
    await i18n.setLocale('fr');
    const result = renderReport();
    expect(screen.getByText(/^Aucune colonne n’est associée à « Longitude », qui est obligatoire\./)).toBeInTheDocument();
    expect(screen.getByText('Erreur : Colonne obligatoire manquante (1)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importer les lignes valides comme nouveau scénario' })).toBeDisabled();
    expect(result.issues[0]?.message).toMatch(/^No column is mapped to "Longitude"/);
  });

  it('joins the suggested codes with the language’s own "or"', async () => {
    await i18n.setLocale('es');
    const { table, result } = importText('id,name,country_iso3,region,tier,lat,lon\nA,x,KNE,Africa,Country Office,1,2\n');
    render(ImportReport, { validated: { kind: 'offices', result }, fileName: 'o.csv', header: table.header, sample: table.rows, onImport: () => {}, onCancel: () => {} });
    expect(screen.getByText(/¿Quiso decir KEN \(Kenya\), KNA \(Saint Kitts and Nevis\) o MNE \(Montenegro\)\?$/)).toBeInTheDocument();
  });
});
