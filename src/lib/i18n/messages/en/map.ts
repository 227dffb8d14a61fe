// English messages for the map area; every key starts with "map.".
export default {
} as const satisfies Record<`map.${string}`, string>;
