// The briefing pack's remembered choices, as stored and as carried by a backup: checked field by field.
import { describe, expect, it } from 'vitest';
import { defaultBriefingChoices } from '../../../src/lib/export/briefingPackChoices';
import { checkSetting, restoreSettings } from '../../../src/lib/io/restoreSettings';

const cover = { meeting: 'IDB', date: '2027-03-15', audience: 'Board', classification: 'Restricted' };

describe('the briefingPack setting', () => {
  it('accepts the defaults (classification null: the default line in the pack’s language) and typed texts', () => {
    expect(checkSetting('briefingPack', defaultBriefingChoices())).toEqual([]);
    expect(checkSetting('briefingPack', { mode: 'compare', single: '', compared: ['s1', 's2'], cover })).toEqual([]);
    expect(restoreSettings({ briefingPack: defaultBriefingChoices() }).ok).toBe(true);
  });

  it.each([
    ['mode', { ...defaultBriefingChoices(), mode: 'all' }, 'briefingPack.mode'],
    ['compared', { ...defaultBriefingChoices(), compared: [3] }, 'briefingPack.compared[0]'],
    ['cover field', { ...defaultBriefingChoices(), cover: { ...cover, audience: 7 } }, 'briefingPack.cover.audience'],
    ['unknown field', { ...defaultBriefingChoices(), colour: 'red' }, 'briefingPack.colour'],
  ])('names a wrong %s by its place', (_, value, path) => {
    expect(checkSetting('briefingPack', value).map((issue) => issue.path)).toEqual([path]);
  });
});
