// Words the core writes in English reach the user in the interface language; data stays as written.
import { afterEach, describe, expect, it } from 'vitest';
import { coreText } from '../../src/lib/i18n/coreText';
import { i18n } from '../../src/lib/i18n/i18n.svelte';
import { DEFAULT_DATASET_NAME } from '../../src/lib/io/defaultDataset';
import { applyChange } from '../../src/lib/scenario/applyChange';
import { baselineNetwork, oid } from '../unit/scenario/scenarioTestData';

afterEach(async () => {
  await i18n.setLocale('en');
});

describe('coreText', () => {
  it('says the basis of a reporting line a scenario set in the interface language', async () => {
    const changed = applyChange(baselineNetwork(), { kind: 'set-reports-to', office: oid('AFR-KEN'), reportsTo: null });
    const basis = changed.offices.find((o) => o.id === 'AFR-KEN')?.reportsToBasis ?? '';
    expect(coreText(basis)).toBe('set in this scenario');
    await i18n.setLocale('fr');
    expect(coreText(basis)).toBe('fixé dans ce scénario');
    await i18n.setLocale('ar');
    expect(coreText(basis)).toBe('حُدِّد في هذا السيناريو');
  });

  it('names the embedded data set in the interface language, and leaves any other text as written', async () => {
    await i18n.setLocale('zh');
    expect(coreText(DEFAULT_DATASET_NAME)).toBe('工发组织外地网络，约2020–2023年（示例数据）');
    expect(coreText('offices-2024.csv (imported 2024-05-01)')).toBe('offices-2024.csv (imported 2024-05-01)');
  });
});
