import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

/**
 * Builds dist/ once before any test runs: the package, bundle and end-to-end CLI tests read the built files,
 * and building in each of them would race (the build starts by deleting dist/).
 */
export default function setup(): void {
  execFileSync("npm", ["run", "build", "--silent"], {
    cwd: resolve(import.meta.dirname, ".."),
    timeout: 180_000,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
