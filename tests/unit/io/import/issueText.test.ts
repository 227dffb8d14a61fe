// The words of an import problem: a catalogue key with values for the interface, and the same in English.
import { describe, expect, it } from 'vitest';
import { inEnglish, worded } from '../../../../src/lib/io/import/issueText';
import { trimNumberCell } from '../../../../src/lib/io/import/parseNumber';

describe('worded and inEnglish', () => {
  it('fills the values into the English message and keeps the key for the interface', () => {
    expect(worded('import.issue.repeatedRow', { line: 4 })).toEqual({ text: { key: 'import.issue.repeatedRow', values: { line: 4 } }, message: 'This repeats line 4. Remove the repeated row.' });
  });

  it('puts a field label (a term) into words', () => {
    expect(inEnglish({ key: 'import.issue.missingColumn', terms: { field: 'import.field.offices.lon' } })).toMatch(/^No column is mapped to "Longitude", which is required\./);
  });

  it.each([
    { options: ['KEN (Kenya)'], said: 'Did you mean KEN (Kenya)?' },
    { options: ['A', 'B'], said: 'Did you mean A or B?' },
    { options: ['A', 'B', 'C'], said: 'Did you mean A, B or C?' },
  ])('joins alternatives as "$said"', ({ options, said }) => {
    expect(inEnglish({ key: 'import.issue.unknownCountryHint', values: { value: 'X' }, alternatives: { options } }).endsWith(said)).toBe(true);
  });

  it('writes the value as read in plain digits, never grouped (a grouped figure would be ambiguous again)', () => {
    expect(worded('import.issue.ambiguousDecimal', { value: '250.000', read: '250', other: '250000', mark: '.' }).message).toContain('the value is 250000:');
  });
});

describe('trimNumberCell', () => {
  it('takes spaces, tabs and no-break spaces off both ends only', () => {
    expect(trimNumberCell('\u00a0\t 1 234\u202f ')).toBe('1 234');
  });
});
