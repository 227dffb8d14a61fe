// Source notes mix prose and web addresses; this splits them so the addresses can be shown
// as links (opened only when the user clicks) and the rest as plain text.

export type SourcePart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'link'; readonly url: string };

const URL_PATTERN = /https?:\/\/[^\s,;)]+/g;

/**
 * @example splitSourceLinks('see https://a.org/x (2020)')
 * // → [{ kind: 'text', text: 'see ' }, { kind: 'link', url: 'https://a.org/x' }, { kind: 'text', text: ' (2020)' }]
 */
export function splitSourceLinks(source: string): SourcePart[] {
  const parts: SourcePart[] = [];
  let last = 0;
  for (const match of source.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ kind: 'text', text: source.slice(last, start) });
    parts.push({ kind: 'link', url: match[0] });
    last = start + match[0].length;
  }
  if (last < source.length) parts.push({ kind: 'text', text: source.slice(last) });
  return parts;
}
