// English messages for the suggest area; every key starts with "suggest.".
export default {
} as const satisfies Record<`suggest.${string}`, string>;
