// Types of scripts/browser-bundle.mjs, for the tests that import it (the scripts themselves are plain JavaScript).

export const ALLOWED_ZOD_LOCALES: readonly string[];

/** What a bundle is made of. */
export interface BundleContents {
  papaparse: boolean;
  zodClassic: boolean;
  zodLocales: string[];
  bytes: Record<string, number>;
}

/** A bundle measured: its budget's name, gzipped bytes, contents, and whether it must (or must not) hold papaparse. */
export interface MeasuredBundle {
  name: string;
  gzip: number;
  papaparse: boolean;
  zodClassic: boolean;
  zodLocales: readonly string[];
  expectPapaparse?: boolean;
}

export function bundleContents(inputs: Readonly<Record<string, { bytesInOutput: number }>>): BundleContents;
export function bundleProblems(bundle: MeasuredBundle, budgets: Readonly<Record<string, string>>): string[];
