// A find-as-you-type filter that forgives case and accents: "cote" finds "Côte d’Ivoire",
// "dakar" finds "UNIDO Regional Office Senegal" through its city, "sénégal" through its country.

/** Lower case, accents and apostrophe variants folded: what two spellings of a name share. */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .toLocaleLowerCase('en');

/**
 * True when every word of the query is part of one of the texts (any order, any position).
 * @example matchesQuery(['UNIDO Regional Office Senegal', 'Dakar', 'Sénégal'], 'dak') // → true
 * @example matchesQuery(['UNIDO Regional Hub Nigeria', 'Abuja', 'Nigeria'], 'dakar') // → false
 */
export function matchesQuery(texts: readonly string[], query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const folded = texts.map(foldText);
  return words.every((word) => folded.some((text) => text.includes(word)));
}
