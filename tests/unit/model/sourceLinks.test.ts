import { describe, expect, it } from 'vitest';
import { splitSourceLinks } from '../../../src/lib/model/sourceLinks';

describe('splitSourceLinks', () => {
  it.each([
    { source: 'none found (inference)', expected: [{ kind: 'text', text: 'none found (inference)' }] },
    {
      source: 'https://a.org/x (2020); http://b.org/y?id=1',
      expected: [{ kind: 'link', url: 'https://a.org/x' }, { kind: 'text', text: ' (2020); ' }, { kind: 'link', url: 'http://b.org/y?id=1' }],
    },
    { source: 'javascript:alert(1) is not a link', expected: [{ kind: 'text', text: 'javascript:alert(1) is not a link' }] },
  ])('splits "$source"', ({ source, expected }) => {
    expect(splitSourceLinks(source)).toEqual(expected);
  });
});
