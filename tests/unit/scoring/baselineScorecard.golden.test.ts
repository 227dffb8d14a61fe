// The baseline scorecard, pinned. A change to any metric, default or the data shows up here.
// To regenerate deliberately (after checking the change is intended and the hand-computed
// tests in computeScorecard.test.ts still pass):
//   UPDATE_GOLDEN=1 npx vitest run tests/unit/scoring/baselineScorecard.golden.test.ts
// then review the diff of tests/fixtures/golden/baseline-scorecard.json before committing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../../../src/lib/scoring/types';
import { baseline, scorecardOf } from './scoringTestData';

const GOLDEN = new URL('../../fixtures/golden/baseline-scorecard.json', import.meta.url);

/** Rounded to 6 decimals so the file is stable and readable. */
const round = (n: number | null) => (n === null ? null : Math.round(n * 1e6) / 1e6);

function summarize(card: Scorecard) {
  return {
    overall: round(card.overall),
    perspectives: card.perspectives.map((p) => ({
      perspective: p.perspective,
      score: round(p.score),
      weight: p.weight,
      metrics: p.metrics.map((m) => ({ id: m.definition.id, value: round(m.value), display: m.display, rag: m.rag, score: round(m.score) })),
    })),
  };
}

describe('the baseline scorecard (golden file)', () => {
  const actual = summarize(scorecardOf(baseline));

  it('matches tests/fixtures/golden/baseline-scorecard.json', () => {
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});
