import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const pkg = JSON.parse(readFileSync("./package.json", "utf8")) as { version: string };

// One entry per public subpath; the CLI is ESM only because it is run, never imported.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    
    target: "node20",
    splitting: true,
    treeshake: true,
    define: { __ANDT_PLAN_VERSION__: JSON.stringify(pkg.version) },
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    define: { __ANDT_PLAN_VERSION__: JSON.stringify(pkg.version) },
  },
]);
