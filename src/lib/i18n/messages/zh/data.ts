// “关于数据”、简报材料的方法说明和每个办事处带日期的来源（助手“data”）。
import type { Messages } from '../en';

type DataKeys = Extract<keyof Messages, `map.data.${string}`>;
const messages: Readonly<Record<DataKeys, string>> = {
  'map.data.standardHeading': '数据的可靠程度：统一标准',
  'map.data.standardIntro': '每个办事处、每个覆盖国家和每条汇报关系都按同一标准评定：',
  'map.data.rule.confirmed': '{count, plural, other {# 个办事处}}：2020 年或以后的工发组织一手来源列出了该办事处、其类型及全部覆盖范围。',
  'map.data.rule.partial': '{count, plural, other {# 个办事处}}：一手来源列出了其中一部分（办事处、类型或部分覆盖范围），或可靠的二手来源（政府、联合国机构、媒体）提及该办事处，日期不限。',
  'map.data.rule.inferred': '{count, plural, other {# 个办事处}}：没有此类来源；系推理所得，每个办事处均说明理由。',
  'map.data.unverified': '未经核实的网页副本不计入。',
  'map.data.noPeriodSource': '{count, plural, other {# 个办事处}}没有 2020–2024 年的来源；其详情中均有说明。',
  'map.data.totalsHeading': '总数，以及靠推断达到的部分',
  'map.data.totals': '{offices, plural, other {# 个办事处}}、{countries, plural, other {# 个国家}}和{regions, plural, other {# 个区域}}是改革本身的数字（提交大会的报告，2023 年）；未找到支撑这些数字的公开清单。',
  'map.data.totalsOffices': '其中 {inferred, plural, other {# 个办事处}}为按公布的区域数目设置的占位办事处。',
  'map.data.totalsCountries': '{inferred, plural, other {# 个覆盖国家}}系推断归属某办事处；{sourced, plural, other {# 个}}有来源提及。',
  'map.data.totalsRegions': '每个国家的区域即覆盖它的办事处所在区域：未找到本组织自己的国家区域划分清单。',
  'map.data.sourcesHeading': '来源及日期',
  'map.data.noSourceInPeriod': '没有 2020–2024 年的来源显示该办事处在此期间存在。',
  'map.data.noSource': '未找到来源：此办事处系推断。',
  'map.data.publisher.primary': '工发组织',
  'map.data.publisher.secondary': '其他来源',
  'map.data.publisher.unverified': '未核实副本，不计入',
  'map.data.names.office': '办事处',
  'map.data.names.type': '类型',
  'map.data.names.coverage': '覆盖范围',
  'map.data.names.context': '仅为背景，不计入',
  'map.data.sourceLine': '{date} · {publisher} · 提及：{names}',
  'map.data.undated': '无日期',
};
export default messages;
