// Other members' edits are said once per burst, in words: "Amina: South Sudan now covered
// from Addis Ababa", never once per merged update.
import { describe, expect, it } from 'vitest';
import { i18n, t, type MessageKey } from '../../../src/lib/i18n/i18n.svelte';
import type { CountryCode, OfficeId } from '../../../src/lib/model/types';
import { asChangeId, asScenarioId, type Change } from '../../../src/lib/scenario/types';
import { changesNews, MAX_WAIT_MS, NewsGatherer, QUIET_MS, type GroupNews } from '../../../src/lib/sync/groupNews';
import { sayNews, type NewsWords } from '../../../src/lib/sync/sayNews';

const S = asScenarioId('s1');
const assign = (id: string, country: string, office: string, author = 'Amina') => ({ kind: 'assign-country', country: country as CountryCode, office: office as OfficeId, id: asChangeId(id), at: 'now', author }) as Change & { author: string };
const authorOf = (c: Change) => (c as Change & { author: string }).author;

/** A clock the test moves by hand. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; run: () => void; handle: number }[] = [];
  let next = 1;
  return {
    now: () => now,
    setTimeout: (run: () => void, ms: number) => (timers.push({ at: now + ms, run, handle: next }), next++),
    clearTimeout: (handle: unknown) => (timers = timers.filter((t) => t.handle !== handle)),
    advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers = timers.filter((t) => t !== timer);
        timer.run();
      }
    },
  };
}

describe('NewsGatherer', () => {
  it('says a burst of updates once, after the group has been quiet', () => {
    const clock = fakeClock();
    const told: GroupNews[][] = [];
    const news = new NewsGatherer((items) => told.push(items), clock);
    for (let i = 0; i < 10; i += 1) {
      news.add(changesNews(S, [], [assign(`c${i}`, 'SSD', 'AFR-ETH')], authorOf));
      clock.advance(QUIET_MS / 4);
    }
    expect(told).toEqual([]);
    clock.advance(QUIET_MS);
    expect(told).toHaveLength(1);
    expect(told[0]).toEqual([expect.objectContaining({ kind: 'changes', author: 'Amina' })]);
    const [burst] = told[0]!;
    expect(burst?.kind === 'changes' ? burst.changes : []).toHaveLength(10);
  });

  it('still speaks during a steady stream, at least every MAX_WAIT_MS', () => {
    const clock = fakeClock();
    let told = 0;
    const news = new NewsGatherer(() => (told += 1), clock);
    for (let elapsed = 0; elapsed <= MAX_WAIT_MS; elapsed += QUIET_MS / 2) {
      news.add([{ kind: 'removed', scenarioId: S, count: 1 }]);
      clock.advance(QUIET_MS / 2);
    }
    expect(told).toBe(1);
  });
});

describe('changesNews', () => {
  it('names the new changes by author and counts those taken out', () => {
    const before = [assign('a', 'SSD', 'AFR-ETH'), assign('b', 'ERI', 'AFR-ETH')];
    const after = [before[0]!, assign('c', 'SYC', 'AFR-ETH', 'Boris'), assign('d', 'COM', 'AFR-ETH', 'Boris')];
    const news = changesNews(S, before, after, authorOf);
    expect(news).toEqual([
      { kind: 'changes', scenarioId: S, author: 'Boris', changes: [after[1], after[2]] },
      { kind: 'removed', scenarioId: S, count: 1 },
    ]);
  });
});

describe('sayNews', () => {
  const words: NewsWords = {
    t: (key, values) => t(key as MessageKey, values),
    scenarioName: () => 'Two tiers',
    countryName: (code) => ({ SSD: 'South Sudan' })[code] ?? null,
    officeCity: (id) => ({ 'AFR-ETH': 'Addis Ababa' })[id] ?? null,
    changeText: () => 'Closed UNIDO Regional Office Kenya',
  };

  it('says one colleague’s coverage change as “Amina: South Sudan now covered from Addis Ababa”', () => {
    expect(sayNews(changesNews(S, [], [assign('a', 'SSD', 'AFR-ETH')], authorOf), words)).toBe('Amina: South Sudan now covered from Addis Ababa');
  });

  it('says other changes as the change log does, many as a count, statuses and comments with the name', () => {
    const close = { kind: 'close-office', office: 'AFR-KEN' as OfficeId, id: asChangeId('x'), at: 'now', author: 'Boris' } as Change;
    expect(sayNews([{ kind: 'changes', scenarioId: S, author: 'Boris', changes: [close] }], words)).toBe('Boris: Closed UNIDO Regional Office Kenya');
    expect(sayNews([{ kind: 'changes', scenarioId: S, author: 'Boris', changes: [close, close, close] }], words)).toBe('Boris: 3 changes to Two tiers');
    expect(sayNews([{ kind: 'status', mark: { scenarioId: S, status: 'endorsed', by: 'Carla', at: 'now' } }], words)).toBe('Carla set Two tiers to Endorsed');
    expect(sayNews([{ kind: 'comment', comment: { id: 'c', scenarioId: S, author: 'Carla', at: 'now', text: 'Fine by me.' } }], words)).toBe('Carla commented on Two tiers: Fine by me.');
  });

  it('speaks the chosen language', async () => {
    await i18n.setLocale('fr');
    try {
      expect(sayNews(changesNews(S, [], [assign('a', 'SSD', 'AFR-ETH')], authorOf), { ...words, countryName: () => 'Soudan du Sud' })).toBe('Amina : Soudan du Sud désormais couvert depuis Addis Ababa');
    } finally {
      await i18n.setLocale('en');
    }
  });
});
