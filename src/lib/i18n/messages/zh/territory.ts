// Chinese messages of territory design (see ../en/territory.ts).
import type english from '../en/territory';

export default {
  'suggest.start.legend': '起始网络',
  'suggest.start.scenario': '当前打开的情景“{name}”',
  'suggest.start.baseline': '现有网络（基线）',
  'suggest.start.scenarioName': '情景“{name}”',
  'suggest.start.baselineName': '现有网络（基线）',
  'suggest.start.summary': '从{network}出发：{closed, plural, =0 {没有关闭的办事处} other {# 个已关闭的办事处不作为候选}}；{opened, plural, =0 {没有新开的办事处} other {# 个新开的办事处可作为候选}}。',
  'suggest.start.noScenario': ' 没有打开的情景：在地图上打开一个情景即可从它出发。',
  'suggest.start.lock': '保留该情景设为次区域办事处的 {count, plural, other {# 个办事处}}（锁定）',
  'suggest.result.from': '根据{network}计算。',
  'suggest.weights.countryToSro': '每个没有办事处的国家到其次区域办事处的距离',
  'suggest.weights.officeToSro': '每个国家办事处到其次区域办事处的距离',
  'suggest.units':
    '单位：距离为大圆公里数，对所有国家或国家办事处求和。目标值为加权距离之和，另加每单位不均衡 1,000 公里、每年每 100 万美元运行成本 1,000 公里。次区域办事处越多，国家和国家办事处离支持它们的办事处越近，但运行成本越高。',
  'suggest.proposals.countryToSro': '各国到其次区域办事处（公里，合计）',
  'suggest.proposals.officeToSro': '国家办事处到其次区域办事处（公里，合计）',
  'suggest.knee.label': '拐点：{count}',
  'suggest.knee.note': '曲线的拐点在 {count, plural, other {# 个次区域办事处}}：超过这一数目，每增加一个办事处，目标值的下降明显减少（收益递减）。',
  'suggest.knee.none': '没有明显的拐点：每增加一个办事处，目标值的下降与前一个大致相同。',
  'suggest.quality.exact': '这是在这些选项下可能的最佳结构：已逐个区域检查了所有组合。',
  'suggest.quality.boundMet': '该结构达到了下界：没有结构能做得更好。',
  'suggest.quality.bound': '最多比可能的最佳结果高 {gap}%（下界为 {bound} 公里当量，任何结构都不可能低于它）。',
  'suggest.advanced.summary': '高级：搜索力度',
  'suggest.advanced.note': '搜索从几种不同的初始选择出发，保留最好的结果。尝试次数越多，越可能找到更好的结构，但耗时更长；变体编号决定尝试哪些初始选择，相同编号总是给出相同的建议。',
  'suggest.advanced.starts': '尝试次数',
  'suggest.advanced.seed': '变体编号',
} satisfies Record<keyof typeof english, string>;
