// Test helpers: fixture bytes, the embedded countries, and the whole import pipeline
// (decode → delimiter → table → mapping → validation) as the app chains it.
import { readFileSync } from 'node:fs';
import { parseCountriesCsv } from '../../../../src/lib/io/parseCountriesCsv';
import { suggestMapping, type ImportKind } from '../../../../src/lib/io/import/columnMapping';
import { decodeBytes, type TextEncodingName } from '../../../../src/lib/io/import/decodeText';
import { detectDelimiter } from '../../../../src/lib/io/import/detectDelimiter';
import { readTable } from '../../../../src/lib/io/import/readTable';
import { validateCoverage, validateFigures, validateOffices, type CoveragePair, type ImportContext, type ImportResult } from '../../../../src/lib/io/import/validateImport';
import type { Office } from '../../../../src/lib/model/types';
import type { OfficeFigures } from '../../../../src/lib/scoring/types';

const root = new URL('../../../../', import.meta.url);

export const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`tests/fixtures/import/${name}`, root)));

export const countries = parseCountriesCsv(readFileSync(new URL('data/countries.csv', root), 'utf8')).countries;

export const context = (officeIds: readonly string[] = [], extra: Partial<ImportContext> = {}): ImportContext => ({
  countries,
  offices: officeIds.map((id) => ({ id: id as never, name: `Office ${id}` })),
  ...extra,
});

interface Results {
  offices: ImportResult<Office>;
  coverage: ImportResult<CoveragePair>;
  figures: ImportResult<OfficeFigures>;
}

/** Text → table → suggested mapping → validated records, like the import dialog with no corrections. */
export function importText<K extends ImportKind>(text: string, kind: K, ctx: ImportContext = context()) {
  const guess = detectDelimiter(text);
  const table = readTable(text, { delimiter: guess.delimiter, skipFirstLine: guess.skipFirstLine });
  const { mapping } = suggestMapping(table.header, kind);
  const validate = { offices: validateOffices, coverage: validateCoverage, figures: validateFigures }[kind];
  return { guess, table, mapping, result: validate(table, mapping, ctx) as Results[K] };
}

export function importBytes<K extends ImportKind>(bytes: Uint8Array, kind: K, ctx: ImportContext = context(), encoding?: TextEncodingName) {
  const decoded = decodeBytes(bytes, encoding);
  return { decoded, ...importText(decoded.text, kind, { ...ctx, decodeIssues: decoded.issues }) };
}
