import type english from '../en/xlsxout';

export default {
  'xlsxout.offices': '下载办事处 Excel 文件（.xlsx）',
  'xlsxout.coverage': '下载覆盖范围 Excel 文件（.xlsx）',
  'xlsxout.scorecard': '下载计分卡 Excel 文件（.xlsx）',
  'xlsxout.figures': '下载办事处数据 Excel 文件（.xlsx）',
  'xlsxout.comparison': '下载比较结果 Excel 文件（.xlsx）',
  'xlsxout.tracker': '下载跟踪数据 Excel 文件（.xlsx）',
  'xlsxout.importReport': '下载报告 Excel 文件（.xlsx）',
  'xlsxout.busy': '正在准备 Excel 文件…',
  'xlsxout.failed': '无法生成 Excel 文件（{message}）。CSV 下载包含相同的数据。',
} satisfies Record<keyof typeof english, string>;
