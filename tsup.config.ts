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
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    treeshake: true,
    define,
  },
  cli,
]);
