// Other members' edits in words for the live region, in the interface language:
// "Amina: South Sudan now covered from Addis Ababa", "Boris: 12 changes to Two tiers",
// "Amina set Two tiers to Endorsed". One sentence per item of a gathered burst.
import type { Change, ScenarioId } from '../scenario/types';
import type { GroupNews } from './groupNews';

/** A comment is read out up to this length; the panel shows it whole. */
const SAID_COMMENT_LENGTH = 160;

export interface NewsWords {
  /** t() of the interface (a catalogue key and values). */
  readonly t: (key: string, values?: Record<string, string | number>) => string;
  readonly scenarioName: (id: ScenarioId) => string;
  /** A country's name in the interface language, or null for an unknown code. */
  readonly countryName: (code: string) => string | null;
  /** The city of an office of the open scenario, or null. */
  readonly officeCity: (id: string) => string | null;
  /** A change as the change log words it, or null when it is not in the log (any more). */
  readonly changeText: (change: Change) => string | null;
}

/**
 * @example sayNews([{ kind: 'changes', author: 'Amina', changes: [southSudanToAddis], … }], words) // → 'Amina: South Sudan now covered from Addis Ababa'
 */
export function sayNews(news: readonly GroupNews[], words: NewsWords): string {
  return news.map((item) => sayOne(item, words)).filter((s): s is string => s !== null).join(' ');
}

function sayOne(item: GroupNews, w: NewsWords): string | null {
  switch (item.kind) {
    case 'changes': {
      const [only] = item.changes;
      if (item.changes.length > 1 || !only) return w.t('sync.announce.changes', { name: item.author, count: item.changes.length, scenario: w.scenarioName(item.scenarioId) });
      if (only.kind === 'assign-country' && only.office !== null) {
        const country = w.countryName(only.country);
        const city = w.officeCity(only.office);
        if (country && city) return w.t('sync.announce.assigned', { name: item.author, country, city });
      }
      const text = w.changeText(only);
      return text ? w.t('sync.announce.change', { name: item.author, change: text }) : w.t('sync.announce.changes', { name: item.author, count: 1, scenario: w.scenarioName(item.scenarioId) });
    }
    case 'removed':
      return w.t('sync.announce.removed', { count: item.count, scenario: w.scenarioName(item.scenarioId) });
    case 'status':
      return w.t('sync.announce.status', { name: item.mark.by, scenario: w.scenarioName(item.mark.scenarioId), status: w.t(`sync.review.${item.mark.status}`) });
    case 'comment': {
      const text = item.comment.text.length > SAID_COMMENT_LENGTH ? `${item.comment.text.slice(0, SAID_COMMENT_LENGTH)}…` : item.comment.text;
      return w.t('sync.announce.comment', { name: item.comment.author, scenario: w.scenarioName(item.comment.scenarioId), text });
    }
  }
}
