// The pack's list of changes: sentences from the core, as text or catalogue keys, never markup.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import BriefingChanges from '../../src/components/BriefingChanges.svelte';

describe('BriefingChanges', () => {
  it('writes each change in words, whether the core gives text or a catalogue key, as plain text', () => {
    render(BriefingChanges, {
      id: 'c', name: 'Plan <b>A</b>',
      changes: [{ text: 'Somalia: covered from Nairobi → Addis Ababa' }, { text: { key: 'export.panelAfter', values: { name: 'X' } } }],
    });
    expect(screen.getByRole('heading', { name: 'Changes from today’s network: Plan <b>A</b>' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Somalia: covered from Nairobi → Addis Ababa', 'After: X']);
    expect(screen.getByText('2 changes, in the order they were made.')).toBeInTheDocument();
  });
});
