import { describe, expect, it } from 'vitest';
import { checkJoinSettings, joinLink, readJoinLink, serverOrigin } from '../../../src/lib/sync/joinSettings';

describe('join settings', () => {
  it.each([
    ['ws://127.0.0.1:1234', 'ws://127.0.0.1:1234'],
    ['wss://sync.example.org/path', 'wss://sync.example.org'],
    ['https://sync.example.org', 'wss://sync.example.org'],
    ['ftp://sync.example.org', null],
    ['not a url', null],
    ['wss://user:pw@sync.example.org', null],
  ])('the server %s connects to %s', (address, origin) => {
    expect(serverOrigin(address)).toBe(origin);
  });

  it('names each field that cannot be used', () => {
    expect(checkJoinSettings({ server: 'ftp://x', workspace: 'a b', token: ' ', name: '' })).toEqual(['server', 'workspace', 'token', 'name']);
    expect(checkJoinSettings({ server: 'ws://127.0.0.1:1', workspace: 'reform', token: 't', name: 'Amina' })).toEqual([]);
  });

  it('carries server, workspace and token in the fragment of a join link and reads them back', () => {
    const link = joinLink('https://app.example/planner/#share=x', { server: 'wss://sync.example.org', workspace: 'reform', token: 'a&b=c' });
    const url = new URL(link);
    expect(url.pathname).toBe('/planner/');
    expect(url.search).toBe('');
    expect(readJoinLink(url.hash)).toEqual({ server: 'wss://sync.example.org', workspace: 'reform', token: 'a&b=c' });
    expect(readJoinLink('#share=abc')).toBeNull();
  });
});
