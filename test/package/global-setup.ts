import pkg from "../../package.json" with { type: "json" };
import { distFiles, whyStale } from "../../scripts/build-state.mjs";

/**
 * The dist suite tests the build it finds and never builds (CI builds once, before it): a missing or stale
 * dist/ would test nothing or the wrong code, so it stops the run with what to do.
 */
export default function setup(): void {
  const why = whyStale(distFiles(pkg));
  if (why !== undefined) throw new Error(`npm run test:dist tests the built package, but ${why}: run \`npm run build\` first.`);
}
