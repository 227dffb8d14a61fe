import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ChangeLog from '../../src/components/ChangeLog.svelte';
import ProblemList from '../../src/components/ProblemList.svelte';
import { i18n } from '../../src/lib/i18n/i18n.svelte';
import { applyChange } from '../../src/lib/scenario/applyChange';
import { checkScenario } from '../../src/lib/scenario/checkScenario';
import { describeChanges } from '../../src/lib/scenario/describeChange';
import type { Change } from '../../src/lib/scenario/types';
import { NOW, SAMPLE_CHANGES, baselineNetwork, cid, oid } from '../unit/scenario/scenarioTestData';

const changes: Change[] = [{ ...SAMPLE_CHANGES['assign-country'], id: cid('c1'), at: NOW }];

afterEach(async () => {
  await i18n.setLocale('en');
});

describe('ChangeLog', () => {
  it('says each change in words and reverts it alone', async () => {
    const onRevert = vi.fn();
    render(ChangeLog, { entries: describeChanges(baselineNetwork(), changes), onRevert });
    expect(screen.getByRole('heading', { name: 'Changes (1)' })).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Revert: Somalia: covered from Addis Ababa → Nairobi' }));
    expect(onRevert).toHaveBeenCalledWith('c1');
  });

  it('follows a change of language, naming the country in that language', async () => {
    render(ChangeLog, { entries: describeChanges(baselineNetwork(), changes), onRevert: () => undefined });
    await i18n.setLocale('fr');
    expect(await screen.findByText('Somalie : couvert depuis Addis Ababa → Nairobi')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Annuler : Somalie/ })).toBeInTheDocument();
  });
});

describe('ChangeLog of a joint assignment', () => {
  const joint: Change[] = [{ ...SAMPLE_CHANGES['assign-countries'], id: cid('c2'), at: NOW }];
  it('lists the countries as the language joins a list: "and" in English, 和 and 、 in Chinese, و in Arabic', async () => {
    render(ChangeLog, { entries: describeChanges(baselineNetwork(), joint), onRevert: () => undefined });
    expect(screen.getByText('3 countries covered from Addis Ababa: South Sudan, Eritrea and Seychelles')).toBeInTheDocument();
    await i18n.setLocale('zh');
    expect(await screen.findByText(/南苏丹、厄立特里亚和塞舌尔/)).toBeInTheDocument();
    await i18n.setLocale('ar');
    expect(await screen.findByText(/جنوب السودان وإريتريا وسيشل/)).toBeInTheDocument();
  });
});

describe('ProblemList', () => {
  it('lists the checks in the interface language, each button naming what it shows', async () => {
    const onShow = vi.fn();
    const closed = applyChange(baselineNetwork(), { kind: 'close-office', office: oid('AFR-KEN') });
    const problems = checkScenario(closed).filter((p) => p.kind === 'covered-by-closed-office');
    const nameOf = (target: (typeof problems)[number]['target']) => (target.kind === 'country' ? `country ${target.code}` : `office ${target.id}`);
    render(ProblemList, { problems, onShow, nameOf });
    await i18n.setLocale('es');
    expect(await screen.findByText(/^Kenia sigue cubierto desde UNIDO Regional Office Kenya, que este escenario cierra/)).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Mostrar country KEN' }));
    expect(onShow).toHaveBeenCalledWith({ kind: 'country', code: 'KEN' });
  });
});

describe('ChangeLog of a long scenario', () => {
  // 250 renames of Nairobi's office: "Renamed <name before> → Name <i>".
  const renames: Change[] = Array.from({ length: 250 }, (_, i) => ({ kind: 'rename-office', office: oid('AFR-KEN'), name: `Name ${i + 1}`, id: cid(`r${i + 1}`), at: NOW }));

  it('shows the latest 100 changes first, and pages back and forth', async () => {
    render(ChangeLog, { entries: describeChanges(baselineNetwork(), renames), onRevert: () => undefined });
    expect(screen.getByRole('heading', { name: 'Changes (250)' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
    expect(screen.getByText('Changes 151–250 of 250')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[99]).toHaveTextContent('Renamed Name 249 → Name 250');
    expect(screen.getByRole('button', { name: 'Later changes' })).toBeDisabled();

    await fireEvent.click(screen.getByRole('button', { name: 'Earlier changes' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Earlier changes' }));
    expect(screen.getByText('Changes 1–100 of 250')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Renamed UNIDO Regional Office Kenya → Name 1');
    expect(screen.getByRole('button', { name: 'Earlier changes' })).toBeDisabled();

    await fireEvent.click(screen.getByRole('button', { name: 'Later changes' }));
    expect(screen.getByText('Changes 101–200 of 250')).toBeInTheDocument();
  });

  it('shows every change of a short log, with no pages', () => {
    render(ChangeLog, { entries: describeChanges(baselineNetwork(), renames.slice(0, 3)), onRevert: () => undefined });
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Earlier changes' })).toBeNull();
  });
});
