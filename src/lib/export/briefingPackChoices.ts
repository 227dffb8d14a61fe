// What the briefing pack remembers per workspace (stored as the "briefingPack" setting, so a
// backup carries it): the scenarios it shows and its cover — meeting, date, audience and
// classification line. Empty texts mean "use the default" (today's date, no audience).

export interface BriefingCoverText {
  readonly meeting: string;
  /** ISO date (yyyy-mm-dd), or '' for the day the pack is printed. */
  readonly date: string;
  readonly audience: string;
  /** e.g. "For internal use"; '' shows no line. */
  readonly classification: string;
}

export interface BriefingPackChoices {
  readonly mode: 'one' | 'compare';
  /** The scenario of "one scenario" mode ('' = the open one). */
  readonly single: string;
  /** Up to three scenario ids of "compare" mode. */
  readonly compared: readonly string[];
  readonly cover: BriefingCoverText;
}

export const BRIEFING_PACK_SETTING = 'briefingPack';
export const BRIEFING_TEXT_FIELDS = ['meeting', 'date', 'audience', 'classification'] as const;

/**
 * The choices of a workspace that has none stored yet; the classification line starts as the
 * interface's "For internal use", in the language it is first seen in, and is then the user's text.
 * @example defaultBriefingChoices('For internal use').cover // → { meeting: '', date: '', audience: '', classification: 'For internal use' }
 */
export function defaultBriefingChoices(classification: string): BriefingPackChoices {
  return { mode: 'one', single: '', compared: [], cover: { meeting: '', date: '', audience: '', classification } };
}
