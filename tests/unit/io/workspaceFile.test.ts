import { describe, expect, it } from 'vitest';
import { parseScenarioFile, parseWorkspace, serializeScenario, serializeWorkspace } from '../../../src/lib/io/workspaceFile';
import { decodeShareFragment, encodeShareFragment } from '../../../src/lib/io/shareLink';
import { formatRestoreIssue } from '../../../src/lib/io/restoreIssue';
import { asChangeId, asScenarioId, type Scenario } from '../../../src/lib/scenario/types';

const scenario: Scenario = {
  id: asScenarioId('s1'), name: 'Two tiers, Africa first', description: 'Draft <b>not markup</b>', topics: ['office-types-and-tor'],
  changes: [{ id: asChangeId('c1'), at: '2026-11-22T10:00:00.000Z', kind: 'set-tier', office: 'AFR-KEN' as never, tier: 'sub-regional-office' }],
  undo: [], redo: [], createdAt: '2026-11-22T09:00:00.000Z', updatedAt: '2026-11-22T10:00:00.000Z', deletedAt: null, revision: 4,
};
const workspace = { datasetName: 'Default', datasets: [], damaged: [], scenarios: [{ ...scenario, undo: [{ op: 'add' as const, change: scenario.changes[0]! }] }], settings: { lastScenarioId: 's1' } };
const context = { countries: new Set(['KEN']), officesOf: () => new Set(['AFR-KEN']) };

describe('workspace backup files', () => {
  it('round-trips a workspace: export → import → export gives the same bytes', () => {
    const text = serializeWorkspace(workspace, '2026-11-22T12:00:00.000Z');
    const parsed = parseWorkspace(text, context);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { exportedAt, ...again } = parsed.value;
    expect(exportedAt).toBe('2026-11-22T12:00:00.000Z');
    expect(serializeWorkspace(again, exportedAt)).toBe(text);
  });

  it.each([
    { name: 'not JSON', text: '{"type": "field-network', expected: /not a readable JSON file/ },
    { name: 'a foreign JSON file', text: '{"hello": "world"}', expected: /not a Field Network Planner file/ },
    { name: 'a scenario file given as a backup', text: serializeScenario(scenario, 'Default', 'now'), expected: /This file is a single scenario/ },
    { name: 'a newer version', text: '{"type":"field-network-planner/workspace","version":9,"data":{}}', expected: /version 9, newer than this app reads/ },
    { name: 'a damaged change', text: serializeWorkspace({ ...workspace, scenarios: [{ ...scenario, changes: [{ kind: 'set-tier' } as never] }] }, 'now'), expected: /^scenarios\[0\]\.changes\[0\]\.id: expected an id/ },
  ])('rejects $name with a clear message', ({ text, expected }) => {
    const parsed = parseWorkspace(text, context);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(formatRestoreIssue(parsed.issues[0]!)).toMatch(expected);
  });
});

describe('share links', () => {
  it('carry a scenario file in the URL fragment and give it back intact', async () => {
    const text = serializeScenario(scenario, 'Default', '2026-11-22T12:00:00.000Z');
    const fragment = await encodeShareFragment(text);
    expect(fragment).toMatch(/^#share=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(text.length);
    const decoded = await decodeShareFragment(fragment);
    expect(decoded).toBe(text);
    const parsed = parseScenarioFile(decoded ?? '');
    expect(parsed.ok && parsed.value.scenario.name).toBe('Two tiers, Africa first');
  });

  it.each(['#share=not*base64', '#share=AAAA', '#other=1'])('return null for %s', async (fragment) => {
    expect(await decodeShareFragment(fragment)).toBeNull();
  });
});
