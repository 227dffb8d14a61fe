import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNetworkFromCsv } from '../../../src/lib/io/loadNetworkFromCsv';
import { formatDataIssue } from '../../../src/lib/model/dataIssue';

const countriesCsv = readFileSync(new URL('../../../data/countries.csv', import.meta.url), 'utf8');
const officesCsv = readFileSync(new URL('../../../data/offices.csv', import.meta.url), 'utf8');
const officeLines = officesCsv.split('\n');
const lineOf = (id: string) => officeLines.findIndex((l) => l.startsWith(`${id},`)) + 1;

/** The embedded offices table with one line rewritten. */
function officesWith(id: string, edit: (line: string) => string): string {
  return officeLines.map((line) => (line.startsWith(`${id},`) ? edit(line) : line)).join('\n');
}

function problems(offices: string, countries = countriesCsv): string[] {
  const result = loadNetworkFromCsv(countries, offices);
  return result.ok ? [] : result.issues.map(formatDataIssue);
}

describe('loadNetworkFromCsv on the embedded data with one fault', () => {
  it('loads the embedded data as it is', () => {
    expect(problems(officesCsv)).toEqual([]);
  });

  it('names the office, file, line and column of an unknown country code', () => {
    const offices = officesWith('AFR-TZA', (l) => l.replace(',TZA,,partial', ',TZA;XYZ,,partial'));
    expect(problems(offices)).toEqual([
      `offices.csv, line ${lineOf('AFR-TZA')}, column "covered_countries_iso3": Office "AFR-TZA" covers "XYZ", which is not a known country code. Use an ISO 3166-1 alpha-3 code listed in countries.csv.`,
    ]);
  });

  it('names both offices when a country is covered twice', () => {
    const offices = officesWith('AFR-TZA', (l) => l.replace(',TZA,,partial', ',TZA;KEN,,partial'));
    expect(problems(offices)).toEqual([expect.stringMatching(new RegExp(`line ${lineOf('AFR-TZA')}.*"KEN" is covered by both "AFR-KEN" and "AFR-TZA"`))]);
  });

  it('names the office with a dangling reporting line', () => {
    const offices = officesWith('AFR-TZA', (l) => l.replace('AFR-KEN,TZA', 'AFR-NOWHERE,TZA'));
    expect(problems(offices)).toEqual([expect.stringMatching(/column "reports_to": Office "AFR-TZA" reports to "AFR-NOWHERE", but no office has that id/)]);
  });

  it('reports a bad coordinate and an unknown tier in the cell where they are', () => {
    const offices = officesWith('AFR-TZA', (l) => l.replace('Country Office,-6.79', 'Sub Office,-96.79'));
    const line = lineOf('AFR-TZA');
    expect(problems(offices)).toEqual([
      expect.stringMatching(new RegExp(`line ${line}, column "tier": "Sub Office" is not a valid tier. Use one of: "regional hub", "regional office", "country office"`)),
      expect.stringMatching(new RegExp(`line ${line}, column "lat": -96.79 is out of range`)),
    ]);
  });

  it('reports a missing column once, on the header line', () => {
    const offices = officesCsv.replace('reports_to_basis', 'basis');
    expect(problems(offices)).toEqual([expect.stringMatching(/offices.csv, line 1, column "reports_to_basis": The header has no "reports_to_basis" column/)]);
  });

  it('reports an unknown region in the countries table with its line', () => {
    const countries = countriesCsv.replace('KEN,KE,404,Kenya,Africa', 'KEN,KE,404,Kenya,East Africa');
    const line = countriesCsv.split('\n').findIndex((l) => l.startsWith('KEN,')) + 1;
    const found = problems(officesCsv, countries);
    expect(found[0]).toMatch(new RegExp(`countries.csv, line ${line}, column "region": "East Africa" is not a valid region`));
  });
});
