import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

/**
 * Builds dist/ once before any test runs: the package, bundle and end-to-end CLI tests read the built files,
 * and building in each of them would race (the build starts by deleting dist/).
 * `ANDT_SKIP_BUILD=1` skips it for a focused run of tests that do not read dist/ (and lets several such runs
 * share one working tree without deleting each other's dist/).
 */
export default function setup(): void {
  if (process.env["ANDT_SKIP_BUILD"] === "1") return;
  execFileSync("npm", ["run", "build", "--silent"], {
    cwd: resolve(import.meta.dirname, ".."),
    timeout: 180_000,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
