// «О данных», методическая записка брифинга и датированные источники каждого отделения (помощник «data»).
import type { Messages } from '../en';

type DataKeys = Extract<keyof Messages, `map.data.${string}`>;
const messages: Readonly<Record<DataKeys, string>> = {
  'map.data.standardHeading': 'Насколько надёжны данные: одно правило',
  'map.data.standardIntro': 'Каждое отделение, каждая охваченная страна и каждая линия подчинённости оцениваются по одному правилу:',
  'map.data.rule.confirmed': '{count, plural, one {# отделение} few {# отделения} many {# отделений} other {# отделения}}: первичный источник ЮНИДО 2020 года или позже называет отделение, его тип и весь его охват.',
  'map.data.rule.partial': '{count, plural, one {# отделение} few {# отделения} many {# отделений} other {# отделения}}: первичный источник называет часть (отделение, его тип или часть охвата), или надёжный вторичный источник (правительство, орган ООН, пресса) называет отделение, любой даты.',
  'map.data.rule.inferred': '{count, plural, one {# отделение} few {# отделения} many {# отделений} other {# отделения}}: такого источника нет; выведено рассуждением, которое указано у каждого отделения.',
  'map.data.unverified': 'Непроверенные копии веб-страниц не учитываются.',
  'map.data.noPeriodSource': 'У {count, plural, one {# отделения} few {# отделений} many {# отделений} other {# отделения}} нет источника за 2020–2024 годы; это указано в их сведениях.',
  'map.data.totalsHeading': 'Итоговые цифры и то, что выведено для их достижения',
  'map.data.totals': '{offices, plural, one {# отделение} few {# отделения} many {# отделений} other {# отделения}}, {countries, plural, one {# страна} few {# страны} many {# стран} other {# страны}} и {regions, plural, one {# регион} few {# региона} many {# регионов} other {# региона}} — цифры самой реформы (доклад Генеральной конференции, 2023 год); опубликованного списка за ними не найдено.',
  'map.data.totalsOffices': '{inferred, plural, one {# отделение — условное} few {# отделения — условные} many {# отделений — условные} other {# отделения — условные}}, по опубликованным региональным цифрам.',
  'map.data.totalsCountries': '{inferred, plural, one {# охваченная страна отнесена} few {# охваченные страны отнесены} many {# охваченных стран отнесены} other {# охваченной страны отнесены}} к отделению выводом; {sourced, plural, one {# названа} few {# названы} many {# названы} other {# названы}} источником.',
  'map.data.totalsRegions': 'Регион каждой страны — регион охватывающего её отделения: собственный список стран по регионам Организации не найден.',
  'map.data.sourcesHeading': 'Источники с датами',
  'map.data.noSourceInPeriod': 'Ни один источник 2020–2024 годов не подтверждает это отделение в этот период.',
  'map.data.noSource': 'Источник не найден: отделение выведено.',
  'map.data.publisher.primary': 'ЮНИДО',
  'map.data.publisher.secondary': 'другой источник',
  'map.data.publisher.unverified': 'непроверенная копия, не учитывается',
  'map.data.names.office': 'отделение',
  'map.data.names.type': 'тип',
  'map.data.names.coverage': 'охват',
  'map.data.names.context': 'только контекст, не учитывается',
  'map.data.sourceLine': '{date} · {publisher} · называет: {names}',
  'map.data.undated': 'без даты',
};
export default messages;
