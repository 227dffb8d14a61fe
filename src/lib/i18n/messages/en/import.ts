// English messages for the import area; every key starts with "import.".
export default {
} as const satisfies Record<`import.${string}`, string>;
