// The UN map disclaimer on every exported map, in each of the six languages, word for word as the
// UN prints it on its own maps, and drawn whole on the image in that language.
// Sources (checked 2 Dec 2026):
// - English: the UN world map's note, quoted verbatim e.g. by zordi.mu ("Chagos : ce que signifie le
//   'disclaimer' de la mappemonde de l'Onu", 26 May 2020), and UNHCR's boundary service on
//   unhcr.maps.arcgis.com ("…do not imply official endorsement or acceptance by the United Nations").
//   Policy: ST/AI/189/Add.25/Rev.1 (un.org/depts/Cartographic), maps cleared by the Cartographic Section.
// - French, Spanish, Russian, Chinese, Arabic: the wording of the UN Geospatial maps issued in those
//   languages. No copy of those maps could be retrieved for a verbatim comparison while checking;
//   the texts are pinned here so any change is deliberate, and should be re-read against a UN map
//   in that language (un.org/geospatial) before a pack leaves the building.
import { describe, expect, it } from 'vitest';
import { composeMapImage } from '../../../src/lib/export/composeMapImage';
import en from '../../../src/lib/i18n/messages/en/export';
import fr from '../../../src/lib/i18n/messages/fr/export';
import es from '../../../src/lib/i18n/messages/es/export';
import ru from '../../../src/lib/i18n/messages/ru/export';
import zh from '../../../src/lib/i18n/messages/zh/export';
import ar from '../../../src/lib/i18n/messages/ar/export';
import { allElements, textOf } from './svgQueries';
import { englishTexts, mapInput } from './exportFixtures';

const UN_WORDING = {
  en: 'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.',
  fr: 'Les frontières et les noms indiqués et les désignations employées sur cette carte n’impliquent pas reconnaissance ou acceptation officielle par l’Organisation des Nations Unies.',
  es: 'Los límites y los nombres que figuran en este mapa y las denominaciones empleadas en él no implican su apoyo o aceptación oficial por las Naciones Unidas.',
  ru: 'Границы и названия, показанные на этой карте, и обозначения, используемые на ней, не подразумевают официального одобрения или признания со стороны Организации Объединенных Наций.',
  zh: '本地图所示边界和名称及所用称谓并不意味着联合国的正式认可或接受。',
  ar: 'الحدود والأسماء المبينة في هذه الخريطة والتسميات المستخدمة فيها لا تعني إقرارًا أو قبولًا رسميين من جانب الأمم المتحدة.',
} as const;

const CATALOGUES = { en, fr, es, ru, zh, ar } as const;

describe('the UN map disclaimer', () => {
  it.each(Object.keys(UN_WORDING) as (keyof typeof UN_WORDING)[])('reads as the UN’s wording in %s and is drawn whole on the map', (lang) => {
    const text = CATALOGUES[lang]['export.disclaimer'];
    expect(text).toBe(UN_WORDING[lang]);
    const rtl = lang === 'ar';
    const { svg } = composeMapImage(mapInput({ dir: rtl ? 'rtl' : 'ltr', lang, texts: { ...englishTexts, disclaimer: text } }));
    const drawn = allElements(svg).filter((e) => e.attrs.class === 'disclaimer').map(textOf);
    expect(drawn.length).toBeGreaterThan(0);
    // Wrapped onto lines at spaces (or between Chinese characters): nothing lost, nothing added.
    expect(drawn.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });
});
