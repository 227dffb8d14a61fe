// Values are wrapped in Unicode isolates (U+2068 … U+2069) so that a Latin name or a number
// inside an Arabic sentence keeps its place and its punctuation.
import type english from '../en/suggest';

export default {
  'suggest.title': 'اقتراح هيكل من مستويين',
  'suggest.intro':
    'يقترح المكاتب التي تصبح مكاتب دون إقليمية، والمكتب دون الإقليمي الذي يتبعه كل مكتب قطري، والمكتب الذي يغطي كل بلد لا يوجد فيه مكتب — وهو منطلق للنقاش لا إجابة نهائية. والطريقة المتبعة هي مسألة الوسيط p ذات السعات: بداية جشعة ثم تبادل للمكاتب (استبدال الرؤوس) انطلاقًا من عدة بدايات ذات بذور محددة؛ وتعطي الخيارات نفسها دائمًا الاقتراح نفسه.',
  'suggest.count.legend': 'عدد المكاتب دون الإقليمية',
  'suggest.count.exactly': 'عدد محدد',
  'suggest.count.range': 'استكشاف نطاق',
  'suggest.count.min': 'أصغر عدد',
  'suggest.count.max': 'أكبر عدد',
  'suggest.constraints.legend': 'القيود',
  'suggest.constraints.perRegion': 'مكتب دون إقليمي واحد على الأقل في كل منطقة',
  'suggest.constraints.withinRegion': 'تبقى البلدان والمكاتب تابعة لمكتب من منطقتها',
  'suggest.constraints.maxCountriesBefore': 'بحد أقصى',
  'suggest.constraints.maxCountriesAfter': 'من البلدان لكل مكتب دون إقليمي',
  'suggest.constraints.maxOfficesBefore': 'بحد أقصى',
  'suggest.constraints.maxOfficesAfter': 'من المكاتب القطرية لكل مكتب دون إقليمي',
  'suggest.constraints.noLimit': 'بلا حد',
  'suggest.constraints.hostCountry': 'يظل كل مكتب يغطي البلد المضيف له.',
  'suggest.weights.legend': 'ما ينبغي تقليله إلى أدنى حد (الأوزان)',
  'suggest.weights.countryDistance': 'المسافة من البلدان',
  'suggest.weights.byDelivery': 'مرجّحة بأرقام الإنجاز المستوردة',
  'suggest.weights.byDeliveryNone': 'مرجّحة بأرقام الإنجاز المستوردة (لم يُستورد أي منها)',
  'suggest.weights.officeDistance': 'المسافة بين المكاتب القطرية ومكتبها دون الإقليمي',
  'suggest.weights.imbalance': 'اختلال توازن عبء العمل',
  'suggest.weights.cost': 'التكلفة (افتراضات التخطيط)',
  'suggest.locks.summary': 'المكاتب التي يجوز اختيارها (جميعها افتراضيًا)',
  'suggest.locks.caption': 'المكاتب التي يجوز أو يجب أو لا يجوز أن تصبح مكاتب دون إقليمية',
  'suggest.locks.office': 'المكتب',
  'suggest.locks.region': 'المنطقة',
  'suggest.locks.question': 'مكتب دون إقليمي؟',
  'suggest.locks.select': '\u2068{office}\u2069: هل يجوز أن يصبح مكتبًا دون إقليمي؟',
  'suggest.locks.may': 'يجوز اختياره',
  'suggest.locks.in': 'يجب أن يكون كذلك',
  'suggest.locks.out': 'لا يجوز أن يكون كذلك',
  'suggest.starts': 'نقاط البدء',
  'suggest.seed': 'البذرة',
  'suggest.run': 'اقتراح هيكل',
  'suggest.searching': 'جارٍ البحث…',
  'suggest.stopped': 'توقف برنامج التحسين: \u2068{message}\u2069',
  'suggest.proposals.title': 'الاقتراحات',
  'suggest.proposals.caption':
    'دالة الهدف بحسب عدد المكاتب دون الإقليمية (الأدنى أفضل). وتُحسب دالة الهدف بمكافئات الكيلومتر: المسافات المرجّحة بالكيلومتر، مضافًا إليها 1000 عن كل وحدة من اختلال التوازن وعن كل مليون دولار من دولارات الولايات المتحدة من تكاليف التشغيل السنوية.',
  'suggest.proposals.count': 'المكاتب دون الإقليمية',
  'suggest.proposals.objective': 'دالة الهدف (مكافئ الكيلومتر)',
  'suggest.proposals.countryDistance': 'المسافة من البلدان (كم، جميع البلدان)',
  'suggest.proposals.officeDistance': 'المسافة من المكاتب (كم، جميع المكاتب القطرية)',
  'suggest.proposals.imbalance': 'اختلال التوازن (مؤشر)',
  'suggest.proposals.cost': 'تكاليف التشغيل (دولار أمريكي سنويًا)',
  'suggest.proposals.show': 'عرض',
  'suggest.proposals.showLabel':
    'عرض الاقتراح الذي يتضمن {count, plural, zero {# مكتب دون إقليمي} one {مكتبًا دون إقليمي واحدًا} two {مكتبين دون إقليميين} few {# مكاتب دون إقليمية} many {# مكتبًا دون إقليمي} other {# مكتب دون إقليمي}}',
  'suggest.proposals.notFeasible': 'غير ممكن: \u2068{reasons}\u2069',
  'suggest.chosen.title':
    '{count, plural, zero {# مكتب دون إقليمي: لماذا هذه المكاتب} one {مكتب دون إقليمي واحد: لماذا هذا المكتب} two {مكتبان دون إقليميين: لماذا هذان المكتبان} few {# مكاتب دون إقليمية: لماذا هذه المكاتب} many {# مكتبًا دون إقليمي: لماذا هذه المكاتب} other {# مكتب دون إقليمي: لماذا هذه المكاتب}}',
  'suggest.chosen.open': 'فتح كسيناريو جديد',
  'suggest.chosen.none': 'لا يوجد اقتراح ممكن: \u2068{reasons}\u2069',
  'suggest.reason.separator': ': ',
  'suggest.reason.locked': 'ثبّته الفريق العامل.',
  'suggest.reason.central':
    'يحتل موقعًا مركزيًا بالنسبة إلى {offices, plural, zero {# مكتب قطري} one {مكتب قطري واحد} two {مكتبين قطريين} few {# مكاتب قطرية} many {# مكتبًا قطريًا} other {# مكتب قطري}} (على بعد \u2068{km}\u2069 كم في المتوسط) و{countries, plural, zero {# بلد} one {بلد واحد} two {بلدين} few {# بلدان} many {# بلدًا} other {# بلد}}.',
  'suggest.reason.leadsNone':
    'لا يقود أي مكتب قطري لكنه يغطي {countries, plural, zero {# بلد} one {بلدًا واحدًا} two {بلدين} few {# بلدان} many {# بلدًا} other {# بلد}}.',
  'suggest.reason.onlyInRegion': 'وهو المكتب دون الإقليمي الوحيد في منطقة \u2068{region}\u2069.',
  'suggest.reason.noAlternative': 'لا يجوز لأي مكتب آخر في مجموعته أن يحل محله.',
  'suggest.reason.anyBreaks': 'إن حلول أي مكتب آخر من مجموعته محله سيخل بأحد القيود.',
  'suggest.reason.alternative': 'أفضل بديل، وهو \u2068{office}\u2069، سيزيد دالة الهدف سوءًا بمقدار \u2068{increase}\u2069 من مكافئات الكيلومتر (\u2068{percent}\u2069 %).',
  'suggest.reason.alternativeNoShare': 'أفضل بديل، وهو \u2068{office}\u2069، سيزيد دالة الهدف سوءًا بمقدار \u2068{increase}\u2069 من مكافئات الكيلومتر.',
  'suggest.reason.asGoodLocked': 'سيحقق \u2068{office}\u2069 نتيجة مماثلة أو أفضل، بفارق \u2068{decrease}\u2069؛ ويبقى المكتب لأنه مثبّت.',
  'suggest.reason.closeCall': 'سيحقق \u2068{office}\u2069 نتيجة مماثلة أو أفضل، بفارق \u2068{decrease}\u2069: الخياران متقاربان جدًا.',
  'suggest.violation.notWhole': 'يجب أن يكون عدد المكاتب دون الإقليمية عددًا صحيحًا لا يقل عن 1، وليس \u2068{k}\u2069.',
  'suggest.violation.tooFewCandidates':
    'لا يجوز اختيار سوى {candidates, plural, zero {# مكتب} one {مكتب واحد} two {مكتبين} few {# مكاتب} many {# مكتبًا} other {# مكتب}}، وهو أقل من عدد المكاتب دون الإقليمية المطلوب ({k, plural, other {#}}).',
  'suggest.violation.tooManyLocked':
    'ثُبّت {locked, plural, zero {# مكتب} one {مكتب واحد} two {مكتبان} few {# مكاتب} many {# مكتبًا} other {# مكتب}}، وهو أكثر من عدد المكاتب دون الإقليمية المطلوب ({k, plural, other {#}}).',
  'suggest.violation.lockedBoth': '\u2068{office}\u2069 مثبّت ومستبعد في آن واحد؛ وقد عومل على أنه مستبعد.',
  'suggest.violation.perRegion':
    'يتطلب وجود مكتب دون إقليمي واحد على الأقل في كل منطقة \u2068{needed}\u2069 منها ({regions, plural, zero {# منطقة} one {منطقة واحدة} two {منطقتان} few {# مناطق} many {# منطقة} other {# منطقة}})، وهو أكثر من العدد المطلوب (\u2068{k}\u2069).',
  'suggest.violation.perRegionLocked':
    'يتطلب وجود مكتب دون إقليمي واحد على الأقل في كل منطقة \u2068{needed}\u2069 منها ({regions, plural, zero {# منطقة} one {منطقة واحدة} two {منطقتان} few {# مناطق} many {# منطقة} other {# منطقة}} والمكاتب المثبّتة)، وهو أكثر من العدد المطلوب (\u2068{k}\u2069).',
  'suggest.violation.missingRegions': 'لا يوجد مكتب دون إقليمي في: \u2068{regionList}\u2069.',
  'suggest.violation.tooManyCountries':
    'تضم مجموعة \u2068{office}\u2069 {countries, plural, zero {# بلد} one {بلدًا واحدًا} two {بلدين} few {# بلدان} many {# بلدًا} other {# بلد}}، وهو أكثر من الحد الأقصى البالغ \u2068{limit}\u2069.',
  'suggest.violation.tooManyOffices':
    'يتبع \u2068{office}\u2069 {count, plural, zero {# مكتب قطري} one {مكتب قطري واحد} two {مكتبان قطريان} few {# مكاتب قطرية} many {# مكتبًا قطريًا} other {# مكتب قطري}}، وهو أكثر من الحد الأقصى البالغ \u2068{limit}\u2069.',
  'suggest.violation.otherRegion': 'مكاتب قطرية تتبع مكتبًا دون إقليمي من منطقة أخرى: \u2068{pairs}\u2069.',
  'suggest.violation.coveredFromElsewhere': 'لا يوجد في منطقتها مكتب مفتوح يمكنه تغطية \u2068{countryList}\u2069: فهي تُغطى من منطقة أخرى.',
} satisfies Record<keyof typeof english, string>;
