// رسائل لوحة المفاتيح وقارئ الشاشة: الإعلان عن التعديلات، ورابط التخطي، وأسماء عناصر التحكم.
import type english from '../en/a11y';

export default {
  'a11y.skipToMap': 'الانتقال إلى الخريطة',
  'a11y.skipToContent': 'الانتقال إلى المحتوى',
  'a11y.announce.undone': 'أُلغي: {change}',
  'a11y.announce.redone': 'أُعيد: {change}',
  'a11y.announce.reverted': 'تم التراجع عن: {change}',
  'a11y.announce.scenarioOpened': '«{name}» مفتوح. اختر مكتبًا أو بلدًا لتغييره.',
  'a11y.announce.twoTierOpened': '«{name}» مفتوح: مستويان، وفيه {count, plural, zero {لا تغييرات} one {تغيير واحد} two {تغييران} few {# تغييرات} many {# تغييرًا} other {# تغيير}} عن خط الأساس. اختر مكتبًا أو بلدًا لتغييره.',
  'a11y.announce.view': 'العرض: {view}',
  'a11y.announce.mapShows': 'تعرض الخريطة: {mode}',
  'a11y.announce.weight': 'وزن منظور {perspective}: {share}. أُعيد حساب الدرجات.',
  'a11y.checks.showTarget': 'عرض {target}',
  'a11y.paint.keyboardPath': 'من لوحة المفاتيح: اختر بلدًا في «{findCountry}»، ثم هذا المكتب في «{coveredBy}».',
  'a11y.sideBySide.tablesHint': 'البيانات نفسها موجودة في عرض الجداول.',
  'a11y.find.filterLabel': "اكتب أي جزء من اسم المكتب أو مدينته أو بلده. تتنقل مفاتيح الأسهم بين النتائج؛ ويعرض مفتاح Enter المكتب على الخريطة؛ ويغلق مفتاح Escape القائمة.",
  'a11y.find.filterPlaceholder': 'اكتب اسم مدينة أو بلد…',
  'a11y.find.matches': '{count, plural, zero {لا يطابق أي مكتب.} one {يطابق مكتب واحد. اضغط Enter لعرضه.} two {يطابق مكتبان. اضغط Enter لعرض الأول.} few {يطابق # مكاتب. اضغط Enter لعرض الأول.} many {يطابق # مكتبًا. اضغط Enter لعرض الأول.} other {يطابق # مكتب. اضغط Enter لعرض الأول.}}',
  'a11y.core.setInScenario': 'حُدِّد في هذا السيناريو',
  'a11y.core.openedInScenario': 'افتُتح في هذا السيناريو',
  'a11y.core.defaultDataset': 'الشبكة الميدانية لليونيدو، نحو 2020–2023 (بيانات توضيحية)',
} satisfies Record<keyof typeof english, string>;
