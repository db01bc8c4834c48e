// Types of scripts/size.mjs, for the tests that import it (the scripts themselves are plain JavaScript).

/** One entry measured against its budget; sizes in bytes. */
export interface EntrySize {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
  budget: number | undefined;
  over: boolean;
}

export function staticImports(source: string): string[];
export function importClosure(entry: string, read: (path: string) => string): string[];
export function gzipSize(text: string): number;
export function parseSize(text: string): number;
export function formatSize(bytes: number): string;
export function measureEntries(
  entries: Readonly<Record<string, string>>,
  budgets: Readonly<Record<string, string>>,
  read: (path: string) => string,
): { rows: EntrySize[]; problems: string[] };
export function esmEntries(pkg: { exports?: Record<string, unknown> }): Record<string, string>;
