// «عن البيانات» ومذكرة المنهجية في ملف الإحاطة والمصادر المؤرخة لكل مكتب (المساعد «data»).
import type { Messages } from '../en';

type DataKeys = Extract<keyof Messages, `map.data.${string}`>;
const messages: Readonly<Record<DataKeys, string>> = {
  'map.data.standardHeading': 'مدى الثقة في البيانات: معيار واحد',
  'map.data.standardIntro': 'يُقيَّم كل مكتب وكل بلد مشمول بالتغطية وكل خط تبعية بالقاعدة نفسها:',
  'map.data.rule.confirmed': '{count, plural, zero {لا مكاتب} one {مكتب واحد} two {مكتبان} few {# مكاتب} many {# مكتبًا} other {# مكتب}}: مصدر أولي من اليونيدو مؤرخ في 2020 أو بعده يذكر المكتب ونوعه وكامل تغطيته.',
  'map.data.rule.partial': '{count, plural, zero {لا مكاتب} one {مكتب واحد} two {مكتبان} few {# مكاتب} many {# مكتبًا} other {# مكتب}}: مصدر أولي يذكر جزءًا منه (المكتب أو نوعه أو بعض تغطيته)، أو مصدر ثانوي موثوق (حكومة أو هيئة أممية أو صحافة) يذكر المكتب، بأي تاريخ.',
  'map.data.rule.inferred': '{count, plural, zero {لا مكاتب} one {مكتب واحد} two {مكتبان} few {# مكاتب} many {# مكتبًا} other {# مكتب}}: لا مصدر من هذا النوع؛ وُضع بالاستدلال، ويذكر كل مكتب استدلاله.',
  'map.data.unverified': 'النسخ غير الموثقة من صفحات الويب لا تُحتسب.',
  'map.data.noPeriodSource': '{count, plural, zero {لا مكاتب} one {مكتب واحد} two {مكتبان} few {# مكاتب} many {# مكتبًا} other {# مكتب}} بلا مصدر مؤرخ بين 2020 و2024؛ ويذكر كل منها ذلك في تفاصيله.',
  'map.data.totalsHeading': 'المجاميع، وما يبلغها بالاستدلال',
  'map.data.totals': '{offices, plural, zero {لا مكاتب} one {مكتب واحد} two {مكتبان} few {# مكاتب} many {# مكتبًا} other {# مكتب}} و{countries, plural, zero {لا بلدان} one {بلد واحد} two {بلدان} few {# بلدان} many {# بلدًا} other {# بلد}} و{regions, plural, zero {لا مناطق} one {منطقة واحدة} two {منطقتان} few {# مناطق} many {# منطقة} other {# منطقة}} هي أرقام الإصلاح نفسه (التقرير المقدم إلى المؤتمر العام، 2023)؛ ولم يُعثر على قائمة منشورة تستند إليها.',
  'map.data.totalsOffices': '{inferred, plural, zero {لا مكاتب مؤقتة} one {مكتب واحد مؤقت} two {مكتبان مؤقتان} few {# مكاتب مؤقتة} many {# مكتبًا مؤقتًا} other {# مكتب مؤقت}} من بين المكاتب، وفق الأعداد الإقليمية المنشورة.',
  'map.data.totalsCountries': '{inferred, plural, zero {لا بلدان مغطاة} one {بلد مغطى واحد} two {بلدان مغطيان} few {# بلدان مغطاة} many {# بلدًا مغطى} other {# بلد مغطى}} مُسند إلى مكتب بالاستدلال؛ و{sourced, plural, zero {لا بلدان} one {بلد واحد} two {بلدان} few {# بلدان} many {# بلدًا} other {# بلد}} يذكرها مصدر.',
  'map.data.totalsRegions': 'منطقة كل بلد هي منطقة المكتب الذي يغطيه: لم يُعثر على قائمة المنظمة للبلدان حسب المنطقة.',
  'map.data.sourcesHeading': 'المصادر وتواريخها',
  'map.data.noSourceInPeriod': 'لا يوجد مصدر مؤرخ بين 2020 و2024 يُثبت وجود هذا المكتب في تلك الفترة.',
  'map.data.noSource': 'لم يُعثر على مصدر: هذا المكتب مستنتج.',
  'map.data.publisher.primary': 'اليونيدو',
  'map.data.publisher.secondary': 'مصدر آخر',
  'map.data.publisher.unverified': 'نسخة غير موثقة، لا تُحتسب',
  'map.data.names.office': 'المكتب',
  'map.data.names.type': 'النوع',
  'map.data.names.coverage': 'التغطية',
  'map.data.names.context': 'سياق فقط، لا يُحتسب',
  'map.data.sourceLine': '{date} · {publisher} · يذكر: {names}',
  'map.data.undated': 'غير مؤرخ',
};
export default messages;
