// No words written straight into a component's markup: every text a user reads or hears
// (text, aria-label, title, placeholder, alt) comes from the catalogues through t(), so
// switching language changes all of it. Symbols and punctuation may stay as they are.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

function svelteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return svelteFiles(path);
    return path.endsWith('.svelte') ? [path] : [];
  });
}

/** The markup without scripts, styles, comments and {expressions}. */
function bareMarkup(source: string): string {
  let text = source
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  let out = '';
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth += 1;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += char;
  }
  text = out;
  return text;
}

const WORD = /\p{L}{2,}/u;
const TEXT_ATTRIBUTES = /\s(aria-label|aria-description|aria-roledescription|title|placeholder|alt|label)="([^"]*)"/g;

/** Words a user would see that do not come from the catalogues. */
export function untranslatedTexts(source: string): string[] {
  const markup = bareMarkup(source);
  const found: string[] = [];
  for (const match of markup.matchAll(/>([^<>]+)</g)) {
    const text = (match[1] ?? "").trim();
    if (WORD.test(text)) found.push(text);
  }
  for (const match of markup.matchAll(TEXT_ATTRIBUTES)) {
    if (WORD.test(match[2] ?? "")) found.push(`${match[1]}="${match[2]}"`);
  }
  return found;
}

describe('component text', () => {
  it('finds words written into markup (the check itself)', () => {
    expect(untranslatedTexts('<script>const a = "x";</script><p>Hello {name}</p><b>{t("a")}</b><i aria-label="Close">×</i>')).toEqual([
      'Hello',
      'aria-label="Close"',
    ]);
  });

  it('has no untranslated words in any component or view', () => {
    const problems = svelteFiles(join(ROOT, 'src')).flatMap((file) =>
      untranslatedTexts(readFileSync(file, 'utf8')).map((text) => `${relative(ROOT, file)}: ${text}`),
    );
    expect(problems).toEqual([]);
  });
});
