import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

const pkg = JSON.parse(readFileSync("./package.json", "utf8")) as { version: string };
const define = { __ANDT_PLAN_VERSION__: JSON.stringify(pkg.version) };

/**
 * The CLI, ESM only because it is run, never imported. Exported for tsup.cli.config.ts, which builds it alone
 * for `npm run demo`.
 */
export const cli: Options = {
  entry: { cli: "src/cli/main.ts" },
  format: ["esm"],
  dts: false,
  sourcemap: true,
  target: "node20",
  banner: { js: "#!/usr/bin/env node" },
  define,
};

/**
 * The main entry re-exports the CSV reader from the csv entry's file (`export … from "./csv.js"`) instead of
 * sharing a chunk with it: esbuild puts code that the same entries reach in one chunk, and the reader would share
 * one with the observation checks the main entry needs, which imports papaparse. In a file of its own, a browser
 * bundle that does not read CSV drops the reader and papaparse ("sideEffects": false).
 */
const csvEntryApart: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "csv-entry-apart",
  setup(build) {
    // tsup builds the CJS files as ESM with splitting and converts them after, so the format is told by the extension.
    const file = `./csv${build.initialOptions.outExtension?.[".js"] ?? ".js"}`;
    build.onResolve({ filter: /^\.\/csv\/index\.js$/ }, (args) =>
      args.importer.endsWith("src/index.ts") ? { path: file, external: true } : undefined,
    );
  },
};

// One entry per public subpath (see "exports" in package.json). zod, immer, date-fns and papaparse stay external:
// tsup leaves dependencies out of the bundle.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      node: "src/node/index.ts",
      gender: "src/gender/index.ts",
      reference: "src/reference/index.ts",
      fixtures: "src/fixtures/index.ts",
      testing: "src/testing/index.ts",
      csv: "src/csv/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    treeshake: true,
    define,
    esbuildPlugins: [csvEntryApart],
  },
  cli,
]);
