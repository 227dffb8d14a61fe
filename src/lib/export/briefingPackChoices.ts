// What the briefing pack remembers per workspace (stored as the "briefingPack" setting, so a
// backup carries it): the scenarios it shows and its cover — meeting, date, audience and
// classification line. Empty texts mean "use the default" (today's date, no audience).

export interface BriefingCoverText {
  readonly meeting: string;
  /** ISO date (yyyy-mm-dd), or '' for the day the pack is printed. */
  readonly date: string;
  readonly audience: string;
  /** e.g. "Restricted"; '' shows no line; null is the default "For internal use", in the pack's language. */
  readonly classification: string | null;
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
 * The choices of a workspace that has none stored yet: the classification line is the default
 * ("For internal use" in whatever language the pack is printed in) until the user types one.
 * @example defaultBriefingChoices().cover // → { meeting: '', date: '', audience: '', classification: null }
 */
export function defaultBriefingChoices(): BriefingPackChoices {
  return { mode: 'one', single: '', compared: [], cover: { meeting: '', date: '', audience: '', classification: null } };
}
