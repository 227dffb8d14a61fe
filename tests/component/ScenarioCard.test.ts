// One scenario in the list: its figures in words with the right plural, and its actions named
// after the scenario, in English and in Russian (three plural forms).
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ScenarioCard from '../../src/components/ScenarioCard.svelte';
import { i18n } from '../../src/lib/i18n/i18n.svelte';
import type { Scenario, ScenarioId } from '../../src/lib/scenario/types';

const scenario = (changes: number): Scenario => ({
  id: 's1' as ScenarioId, name: 'Two-tier scenario 1', description: '', topics: ['country-coverage'],
  changes: Array.from({ length: changes }, () => ({}) as Scenario['changes'][number]), undo: [], redo: [],
  createdAt: '2026-01-05T10:00:00Z', updatedAt: '2026-01-05T10:00:00Z', deletedAt: null, revision: 1,
});
const noop = () => {};
const props = (changes: number, problemCount: number) => ({
  scenario: scenario(changes), isOpen: true, problemCount,
  onOpen: noop, onRename: noop, onDescribe: noop, onTopics: noop, onClone: noop, onDelete: noop, onShare: noop, onDownload: noop,
});

describe('ScenarioCard', () => {
  afterEach(async () => i18n.setLocale('en'));

  it('counts changes and problems in words, with the right plural', () => {
    render(ScenarioCard, props(1, 0));
    expect(screen.getByRole('heading')).toHaveTextContent('Two-tier scenario 1 (open)');
    expect(screen.getByText(/^1 change ·/)).toHaveTextContent(/1 change · no problems · updated .*2026/);
    expect(screen.getByRole('button', { name: 'Delete Two-tier scenario 1' })).toHaveTextContent('Delete');
    expect(screen.getByRole('checkbox', { name: 'Country coverage' })).toBeChecked();
  });

  it('speaks Russian with its three plural forms', async () => {
    await i18n.setLocale('ru');
    render(ScenarioCard, props(5, 2));
    expect(screen.getByText(/^5 изменений ·/)).toHaveTextContent(/5 изменений · 2 проблемы · обновлен/);
    expect(screen.getByRole('button', { name: 'Удалить Two-tier scenario 1' })).toHaveTextContent('Удалить');
    expect(screen.getByRole('checkbox', { name: 'Охват стран' })).toBeChecked();
  });
});
