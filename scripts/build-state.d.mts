// Types of scripts/build-state.mjs, for the tests that import it (the scripts themselves are plain JavaScript).

export function distFiles(pkg?: { exports?: unknown; bin?: unknown }): string[];
export function whyStale(outputs: readonly string[]): string | undefined;
export function ensureBuild(options?: { cli?: boolean }): void;
