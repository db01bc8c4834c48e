// `node scripts/ensure-build.mjs [--cli]`: builds dist/ (with --cli only dist/cli.js) when it is stale.
import { ensureBuild } from "./build-state.mjs";

ensureBuild({ cli: process.argv.includes("--cli") });
