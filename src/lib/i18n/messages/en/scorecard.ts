// English messages for the scorecard area; every key starts with "scorecard.".
export default {
} as const satisfies Record<`scorecard.${string}`, string>;
