// The baseline scorecard, pinned. A change to any metric, default or the data shows up here.
// This test only reads the file. To regenerate it deliberately (after checking the change is
// intended and the hand-computed tests in computeScorecard.test.ts and perspectivesByHand.test.ts
// still pass): `npm run golden:update`, then review the diff before committing it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASELINE_SCORECARD_GOLDEN, summarizeScorecard } from '../../fixtures/golden/baselineScorecardSummary';
import { baseline, scorecardOf } from './scoringTestData';

describe('the baseline scorecard (golden file)', () => {
  it('matches tests/fixtures/golden/baseline-scorecard.json', () => {
    expect(summarizeScorecard(scorecardOf(baseline))).toEqual(JSON.parse(readFileSync(BASELINE_SCORECARD_GOLDEN, 'utf8')));
  });
});
