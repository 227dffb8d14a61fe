import type english from '../en/xlsxout';

export default {
  'export.xlsx.offices': '下载办事处 Excel 文件（.xlsx）',
  'export.xlsx.coverage': '下载覆盖范围 Excel 文件（.xlsx）',
  'export.xlsx.scorecard': '下载平衡计分卡 Excel 文件（.xlsx）',
  'export.xlsx.figures': '下载办事处数据 Excel 文件（.xlsx）',
  'export.xlsx.comparison': '下载比较结果 Excel 文件（.xlsx）',
  'export.xlsx.tracker': '下载跟踪数据 Excel 文件（.xlsx）',
  'export.xlsx.importReport': '下载报告 Excel 文件（.xlsx）',
  'export.xlsx.template': '{template}（Excel 文件 .xlsx）',
  'export.xlsx.busy': '正在准备 Excel 文件…',
  'export.xlsx.failed': '无法生成 Excel 文件（{message}）。CSV 下载包含相同的数据。',
} satisfies Record<keyof typeof english, string>;
