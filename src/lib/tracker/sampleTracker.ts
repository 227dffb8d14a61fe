// The embedded sample tracker: the field-network reform roadmap of GC.20 (Nov 2023) and the ten JIU
// recommendations with their status as reported to IDB.48 (Nov 2020), from data/tracker/.
import recommendationsJson from '../../../data/tracker/recommendations.json';
import roadmapJson from '../../../data/tracker/roadmap.json';
import { TOPICS } from '../scenario/types';
import { restoreTracker } from './restoreTracker';
import type { Tracker } from './types';

export const SAMPLE_REPORT_ID = 'idb-48';
/** Recommendation 10 (an integrated vision of the field presence with performance criteria) links to the scorecard. */
export const SCORECARD_ITEM_ID = 'p1-balanced-scorecard';

/** The id of recommendation number n. */
export const recommendationId = (n: number): string => `rec-${String(n).padStart(2, '0')}`;

/**
 * The tracker built from data/tracker/*.json: the roadmap items, the ten recommendations, one
 * progress report "IDB.48 (Nov 2020)" holding their statuses, and the four working groups without members.
 * Throws only if the embedded data is broken (a programmer error, caught by the unit tests).
 * @example sampleTracker().recommendations.length // → 10
 */
export function sampleTracker(): Tracker {
  const recommendations = recommendationsJson.map((r) => ({
    id: recommendationId(r.number), number: r.number, textOriginal: r.textOriginal, textEnglish: r.textEnglish, addressee: r.addressee,
    responseOriginal: r.responseOriginal, responseEnglish: r.responseEnglish, linkedScenarios: [],
    linkedItems: r.number === 10 ? [SCORECARD_ITEM_ID] : [],
  }));
  const statuses = Object.fromEntries(recommendationsJson.map((r) => [recommendationId(r.number), r.status]));
  const raw = {
    version: 1,
    items: roadmapJson,
    recommendations,
    reports: [{ id: SAMPLE_REPORT_ID, title: 'IDB.48 (Nov 2020)', date: '2020-11-23', statuses }],
    groups: TOPICS.map((topic) => ({ topic, members: '' })),
  };
  const tracker = restoreTracker(raw);
  if (tracker === null) throw new Error('data/tracker/*.json does not form a valid tracker');
  return tracker;
}
