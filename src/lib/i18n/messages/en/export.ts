// English messages for the export area; every key starts with "export.".
export default {
} as const satisfies Record<`export.${string}`, string>;
