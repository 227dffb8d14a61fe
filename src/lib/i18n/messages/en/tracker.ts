// English messages for the tracker area; every key starts with "tracker.".
export default {
} as const satisfies Record<`tracker.${string}`, string>;
