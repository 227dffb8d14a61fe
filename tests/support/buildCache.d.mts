// Types of buildCache.mjs, for the TypeScript tests that use it.
export declare const ROOT: string;
export declare const BUILD_INPUTS: readonly string[];
export declare function sourceHash(projectDir?: string): string;
export declare function recordBuild(outDir: string, hash: string): void;
export declare function keptBuild(hash: string, outDir?: string): string | null;
export declare function keepBuild(hash: string, builtDir: string): void;
