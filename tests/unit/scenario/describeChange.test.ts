import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src/lib/i18n/formatMessage';
import english from '../../../src/lib/i18n/messages/en';
import type { LocalText } from '../../../src/lib/i18n/localText';
import { describeChanges } from '../../../src/lib/scenario/describeChange';
import { localiseValues } from '../../../src/lib/scenario/sentenceValues';
import type { Change, ChangeData } from '../../../src/lib/scenario/types';
import { NOW, SAMPLE_CHANGES, baselineNetwork, cc, cid, oid } from './scenarioTestData';

const asChanges = (list: readonly ChangeData[]): Change[] => list.map((data, i) => ({ ...data, id: cid(`c${i}`), at: NOW }));
/** The sentence as the change log shows it in English. */
const inEnglish = (text: LocalText) =>
  formatMessage('en', english[text.key], localiseValues(text.values, { countryName: (c) => c.name, goneOffice: (id) => formatMessage('en', english['map.change.goneOffice'], { id }) }));
const texts = (list: readonly ChangeData[]) => describeChanges(baselineNetwork(), asChanges(list)).map((d) => inEnglish(d.text));

describe('describeChanges', () => {
  const cases: { name: string; change: ChangeData; text: string }[] = [
    { name: 'set-tier', change: SAMPLE_CHANGES['set-tier'], text: 'UNIDO Regional Office Kenya → sub-regional office' },
    { name: 'assign-country', change: SAMPLE_CHANGES['assign-country'], text: 'Somalia: covered from Addis Ababa → Nairobi' },
    { name: 'assign-country to no office', change: { kind: 'assign-country', country: cc('SOM'), office: null }, text: 'Somalia: covered from Addis Ababa → no office' },
    { name: 'assign-countries', change: SAMPLE_CHANGES['assign-countries'], text: '3 countries covered from Addis Ababa: South Sudan, Eritrea, Seychelles' },
    {
      name: 'assign-countries of one country to no office',
      change: { kind: 'assign-countries', countries: [cc('SSD')], office: null },
      text: '1 country left covered by no office: South Sudan',
    },
    {
      name: 'set-reports-to',
      change: { kind: 'set-reports-to', office: oid('AFR-UGA'), reportsTo: oid('AFR-KEN') },
      text: 'UNIDO Country Office Uganda now reports to UNIDO Regional Office Kenya',
    },
    { name: 'set-reports-to no office', change: { kind: 'set-reports-to', office: oid('AFR-UGA'), reportsTo: null }, text: 'UNIDO Country Office Uganda now reports to no office' },
    { name: 'open-office', change: SAMPLE_CHANGES['open-office'], text: 'Opened UNIDO Office Ghana (Accra, Ghana)' },
    { name: 'close-office', change: SAMPLE_CHANGES['close-office'], text: 'Closed UNIDO Country Office Mali' },
    { name: 'rename-office', change: SAMPLE_CHANGES['rename-office'], text: 'Renamed UNIDO Country Office Türkiye → UNIDO Office Türkiye' },
    { name: 'annotate-office', change: SAMPLE_CHANGES['annotate-office'], text: 'Note on UNIDO Regional Hub China: "Keep as the Asia sub-regional office"' },
    { name: 'an unknown office', change: { kind: 'close-office', office: oid('AFR-XXX') }, text: 'Closed AFR-XXX (office no longer exists)' },
    {
      name: 'a move to an unknown office',
      change: { kind: 'assign-country', country: cc('SOM'), office: oid('AFR-XXX') },
      text: 'Somalia: covered from Addis Ababa → AFR-XXX (office no longer exists)',
    },
  ];

  it.each(cases)('puts $name into words', ({ change, text }) => {
    expect(texts([change])).toEqual([text]);
  });

  it('reads each change against the network just before it', () => {
    const list: ChangeData[] = [
      SAMPLE_CHANGES['assign-country'],
      { kind: 'assign-country', country: cc('SOM'), office: oid('AFR-ETH') },
      SAMPLE_CHANGES['rename-office'],
      { kind: 'set-tier', office: oid('ECA-TUR'), tier: 'sub-regional-office' },
    ];
    expect(texts(list)).toEqual([
      'Somalia: covered from Addis Ababa → Nairobi',
      'Somalia: covered from Nairobi → Addis Ababa',
      'Renamed UNIDO Country Office Türkiye → UNIDO Office Türkiye',
      'UNIDO Office Türkiye → sub-regional office',
    ]);
  });

  it('names offices in full when a country moves between two offices of the same city', () => {
    const list: ChangeData[] = [SAMPLE_CHANGES['open-office'], { kind: 'assign-country', country: cc('LBR'), office: oid('AFR-GHA-NEW') }];
    expect(texts(list)[1]).toBe('Liberia: covered from UNIDO Country Office Ghana → UNIDO Office Ghana');
  });

  it('passes countries with their ISO code, so the change log can name them in the interface language', () => {
    const [moved, opened] = describeChanges(baselineNetwork(), asChanges([SAMPLE_CHANGES['assign-country'], SAMPLE_CHANGES['open-office']]));
    expect(moved?.text.values).toMatchObject({ country: 'Somalia', countryIso2: 'SO' });
    expect(opened?.text.values).toMatchObject({ country: 'Ghana', countryIso2: 'GH' });
    const french = localiseValues(moved?.text.values, { countryName: (c) => (c.iso2 === 'SO' ? 'Somalie' : c.name), goneOffice: (id) => id });
    expect(french.country).toBe('Somalie');
  });

  it('names each country of a joint assignment in the interface language, joined as a list in that language', () => {
    const [described] = describeChanges(baselineNetwork(), asChanges([SAMPLE_CHANGES['assign-countries']]));
    const words = { countryName: (c: { iso2: string }) => `«${c.iso2}»`, goneOffice: (id: string) => id, list: (names: readonly string[]) => names.join(' + ') };
    expect(localiseValues(described!.text.values, words)['countries']).toBe('«SS» + «ER» + «SC»');
    // Without a list joiner, names are joined with commas; a name that holds a comma stays whole.
    expect(localiseValues(described!.text.values, { countryName: (c) => c.name, goneOffice: (id) => id })['countries']).toBe('South Sudan, Eritrea, Seychelles');
  });

  it('keeps each change next to its text', () => {
    const changes = asChanges([SAMPLE_CHANGES['close-office']]);
    expect(describeChanges(baselineNetwork(), changes)[0]?.change).toBe(changes[0]);
  });
});
