// One term per concept per language: the words this interface uses for the concepts of the
// field-network reform, the UN system's own where it has one (UNTERM; the UNIDO documents in
// the six languages). tests/unit/i18n/glossary.test.ts holds every catalogue to it: a message
// whose English names a concept uses the term of its language, and never a rejected variant.
// `uses` matches the term in any grammatical form; `avoid` matches the variants once used.
import type { Locale } from './locales';

export type TranslatedLocale = Exclude<Locale, 'en'>;

export interface GlossaryTerm {
  /** The term, as a reader would look it up. */
  readonly term: string;
  /** The term in any of its forms (case, number, inflection). */
  readonly uses: RegExp;
  /** Variants that must not come back (a second word for the same concept). */
  readonly avoid?: RegExp;
}

export interface GlossaryEntry {
  readonly concept: string;
  /** Where the English source names the concept (after its {placeholders} are taken out). */
  readonly english: RegExp;
  readonly terms: Readonly<Record<TranslatedLocale, GlossaryTerm>>;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: 'field office',
    english: /\bfield offices?\b/i,
    terms: {
      fr: { term: 'bureau extérieur', uses: /bureaux? extérieurs?/i, avoid: /bureaux? de terrain/i },
      es: { term: 'oficina extrasede', uses: /oficinas? extrasede/i, avoid: /sobre el terreno/i },
      ru: { term: 'отделение на местах', uses: /отделени\p{L}* на местах/iu },
      zh: { term: '外地办事处', uses: /外地办事处/, avoid: /驻地办事处/ },
      ar: { term: 'مكتب ميداني', uses: /(مكتب|مكاتب|مكتبًا|مكتبان)\S* (ال)?ميدان/u },
    },
  },
  {
    concept: 'sub-regional office',
    english: /\bsub-regional offices?\b/i,
    terms: {
      fr: { term: 'bureau sous-régional', uses: /sous-régiona/i },
      es: { term: 'oficina subregional', uses: /subregional/i },
      ru: { term: 'субрегиональное отделение', uses: /субрегиональн/i },
      zh: { term: '次区域办事处', uses: /次区域办事处/ },
      ar: { term: 'مكتب دون إقليمي', uses: /دون (ال)?إقليمي/u },
    },
  },
  {
    concept: 'country office',
    english: /\bcountry offices?\b/i,
    terms: {
      fr: { term: 'bureau de pays', uses: /bureaux? de pays/i },
      es: { term: 'oficina en el país', uses: /oficinas?( de la ONUDI)? (en el|en los) país/i },
      ru: { term: 'страновое отделение', uses: /странов\p{L}* отделени/iu },
      zh: { term: '国家办事处', uses: /国家办事处/ },
      ar: { term: 'مكتب قطري', uses: /قطري/u },
    },
  },
  {
    concept: 'regional hub',
    english: /\bregional hubs?\b/i,
    terms: {
      fr: { term: 'pôle régional', uses: /pôles? régiona/i, avoid: /centres? régiona/i },
      es: { term: 'centro regional', uses: /centros? regional/i },
      ru: { term: 'региональный центр', uses: /региональн\p{L}* центр/iu },
      zh: { term: '区域中心', uses: /区域中心/ },
      ar: { term: 'مركز إقليمي', uses: /(مركز|مراكز)\S* (ال)?إقليمي/u },
    },
  },
  {
    concept: 'balanced scorecard',
    english: /\bscorecards?\b/i,
    terms: {
      fr: { term: 'tableau de bord (prospectif)', uses: /tableaux? de bord/i },
      es: { term: 'cuadro de mando (integral)', uses: /cuadros? de mando/i },
      ru: { term: '(сбалансированная) система показателей', uses: /систем\p{L}* показателей/iu, avoid: /оценочн\p{L}* карт/iu },
      zh: { term: '平衡计分卡', uses: /平衡计分卡/, avoid: /(?<!平衡)计分卡/ },
      ar: { term: 'بطاقة الأداء', uses: /بطاق\S* (ال)?أداء/u },
    },
  },
  {
    concept: 'scenario',
    english: /\bscenarios?\b/i,
    terms: {
      fr: { term: 'scénario', uses: /scénario/i },
      es: { term: 'escenario', uses: /escenario/i },
      ru: { term: 'сценарий', uses: /сценари/i },
      // 方案 is "programme" in the UN system's Chinese: a scenario is 情景.
      zh: { term: '情景', uses: /情景/, avoid: /方案/ },
      ar: { term: 'سيناريو', uses: /سيناريو/u },
    },
  },
  {
    concept: 'baseline',
    english: /\bbaseline\b/i,
    terms: {
      fr: { term: 'situation de référence', uses: /situation de référence/i },
      es: { term: 'situación de referencia', uses: /situación de referencia/i },
      ru: { term: 'исходная ситуация', uses: /исходн\p{L}* ситуаци/iu, avoid: /базов\p{L}* вариант|исходн\p{L}* вариант/iu },
      zh: { term: '基线', uses: /基线/, avoid: /基准/ },
      ar: { term: 'خط الأساس', uses: /خط الأساس/u },
    },
  },
  {
    concept: 'cover (a country, from an office)',
    english: /\b(cover|covers|covered|covering|coverage)\b/i,
    terms: {
      fr: { term: 'couvrir (bureau de rattachement)', uses: /couv|rattachement/i },
      es: { term: 'cubrir', uses: /cubr|cubier|cobertura/i, avoid: /abarc|atiend|atendid/i },
      ru: { term: 'охватывать', uses: /охва[тч]/i, avoid: /обслужива/i },
      zh: { term: '覆盖', uses: /覆盖/, avoid: /负责(?!人)/ },
      // "مشمول بالتغطية" (covered by the coverage) is the same term; "مشمول" alone is not.
      ar: { term: 'غطّى / تغطية', uses: /غط/u, avoid: /مشمول(?=(\S*))\1(?! بالتغطية)|يشمله|يشملها|تشملها|الشمول|ملف شمول/u },
    },
  },
  {
    concept: 'reporting line',
    english: /\b(reporting lines?|reports? to)\b/i,
    terms: {
      fr: { term: 'lien hiérarchique (relever de)', uses: /relève|hiérarchi/i },
      es: { term: 'línea jerárquica (depender de)', uses: /depend|jerárquic/i },
      ru: { term: 'линия подчинённости', uses: /подчин/i },
      zh: { term: '隶属关系（向…汇报；上级办事处）', uses: /隶属|汇报|报告|上级/ },
      ar: { term: 'خط التبعية', uses: /تبع/u },
    },
  },
];
