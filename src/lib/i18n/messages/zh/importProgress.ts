// 大型导入的中文消息：无法继续的报告只说一次的原因、报告分页，以及有效行的保存。
export default {
  'import.outcome.missingColumns':
    '{count, plural, other {缺少必填列：{fields}}}，因此未检查任何行。请将其添加到文件中，或在列对应步骤中选择包含该数据的列。',
  'import.outcome.emptyFile': '没有可导入的内容：{reason}',
  'import.outcome.withoutCoverage':
    '{count, plural, other {# 个有效办事处}}均未列出所覆盖的国家。若作为新数据集，地图上所有国家都将显示为灰色（无办事处覆盖）；若作为情景，各国保留目前覆盖它们的办事处。如需设定覆盖范围，请填写 covered_countries_iso3 列（以“;”分隔的 ISO3 代码），或随后导入覆盖范围文件。',
  'import.page.shown': '显示 {count} 条中的 {shown} 条。',
  'import.page.more': '{count, plural, other {再显示 # 条}}',
  'import.landing.preparing': '正在准备有效行：{done} / {total}…',
  'import.landing.cancelled': '导入已取消：未保存任何内容。',
  'import.landing.storeFailed': '未导入任何内容：浏览器拒绝存储（{error}）。请导出备份，释放一些空间，然后重试。',
  'import.landing.preparingReport': '正在准备报告文件…',
};
