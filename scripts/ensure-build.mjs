// `node scripts/ensure-build.mjs [--cli]`: builds dist/ (with --cli only dist/cli.js) when it is stale.
// `--check`: builds nothing, and fails saying what to do when dist/ is stale (`npm run test:dist` tests the
// build it finds, so a missing or old one would test nothing or the wrong code).
import { distFiles, ensureBuild, whyStale } from "./build-state.mjs";

if (process.argv.includes("--check")) {
  const why = whyStale(distFiles());
  if (why !== undefined) {
    console.error(`The built package is needed, but ${why}: run \`npm run build\` first.`);
    process.exit(1);
  }
} else {
  ensureBuild({ cli: process.argv.includes("--cli") });
}
