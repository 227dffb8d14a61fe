// Who made a shared scenario's changes: counted per author with the first and last time; a
// local scenario (no change has an author) has no authorship at all.
import { describe, expect, it } from 'vitest';
import { changeAuthorship } from '../../../src/lib/export/changeAuthorship';
import type { Change, ChangeId } from '../../../src/lib/scenario/types';
import { oid } from '../scenario/scenarioTestData';

let next = 0;
const change = (at: string, author?: string): Change =>
  ({ kind: 'set-tier', office: oid('AFR-KEN'), tier: 'country-office', id: `c${++next}` as ChangeId, at, ...(author === undefined ? {} : { author }) }) as Change;

describe('changeAuthorship', () => {
  it('counts each author’s changes with their first and last time, most changes first', () => {
    const authors = changeAuthorship([
      change('2026-11-03T10:00:00Z', 'Amina'),
      change('2026-11-01T08:00:00Z', 'Bao'),
      change('2026-11-05T16:30:00Z', 'Amina'),
      change('2026-11-02T09:15:00Z', 'Amina'),
    ]);
    expect(authors).toEqual([
      { author: 'Amina', changes: 3, first: '2026-11-02T09:15:00Z', last: '2026-11-05T16:30:00Z' },
      { author: 'Bao', changes: 1, first: '2026-11-01T08:00:00Z', last: '2026-11-01T08:00:00Z' },
    ]);
  });

  it('orders authors with as many changes by name', () => {
    expect(changeAuthorship([change('2026-11-01T00:00:00Z', 'Zoé'), change('2026-11-01T00:00:00Z', 'Amina')])?.map((a) => a.author)).toEqual(['Amina', 'Zoé']);
  });

  it('says nothing about authors for a local scenario', () => {
    expect(changeAuthorship([change('2026-11-01T00:00:00Z'), change('2026-11-02T00:00:00Z')])).toBeNull();
    expect(changeAuthorship([])).toBeNull();
  });
});
