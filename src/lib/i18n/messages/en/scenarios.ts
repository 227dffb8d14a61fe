// English messages for the scenarios area; every key starts with "scenarios.".
export default {
} as const satisfies Record<`scenarios.${string}`, string>;
