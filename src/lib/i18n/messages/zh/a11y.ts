// 键盘与读屏用户的消息：修改的播报、跳转链接、说明作用对象的控件名称。
import type english from '../en/a11y';

export default {
  'a11y.skipToMap': '跳到地图',
  'a11y.skipToContent': '跳到正文',
  'a11y.announce.undone': '已撤销：{change}',
  'a11y.announce.redone': '已重做：{change}',
  'a11y.announce.reverted': '已还原：{change}',
  'a11y.announce.scenarioOpened': '已打开“{name}”。选择一个办事处或国家即可修改。',
  'a11y.announce.twoTierOpened': '已打开“{name}”：两级结构，与基线相比有 {count} 项修改。选择一个办事处或国家即可修改。',
  'a11y.announce.view': '视图：{view}',
  'a11y.announce.mapShows': '地图显示：{mode}',
  'a11y.announce.weight': '{perspective}的权重：{share}。分数已重新计算。',
  'a11y.checks.showTarget': '显示{target}',
  'a11y.paint.keyboardPath': '使用键盘：在“{findCountry}”中选择一个国家，再在“{coveredBy}”中选择本办事处。',
  'a11y.sideBySide.tablesHint': '“表格”视图中有相同的数据。',
  'a11y.find.filterLabel': "输入办事处名称、城市或国家的任意部分。方向键在匹配项之间移动；按 Enter 键在地图上显示该办事处；按 Esc 键关闭列表。",
  'a11y.find.filterPlaceholder': '输入城市或国家…',
  'a11y.find.matches': '{count, plural, =0 {没有匹配的办事处。} other {有 # 个匹配的办事处。按 Enter 键显示第一个。}}',
  'a11y.core.setInScenario': '在本情景中设定',
  'a11y.core.openedInScenario': '在本情景中开设',
  'a11y.core.defaultDataset': '工发组织外地网络，约2020–2023年（示例数据）',
} satisfies Record<keyof typeof english, string>;
