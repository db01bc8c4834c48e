// Builds when dist/ is stale (CI has just built it, so it is not rebuilt), checks the size budgets
// (scripts/check-size.mjs per entry, scripts/check-browser-bundle.mjs for a browser app), packs the package as npm would publish it, then runs publint and
// @arethetypeswrong/cli on that tarball. Exits non-zero on any problem.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuild } from "./build-state.mjs";

const dir = mkdtempSync(join(tmpdir(), "andt-plan-pack-"));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });
try {
  ensureBuild();
  run("node", ["scripts/check-size.mjs"]);
  run("node", ["scripts/check-browser-bundle.mjs"]);
  const out = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [{ filename }] = JSON.parse(out);
  const tarball = join(dir, filename);
  run("npx", ["--no-install", "publint", "run", tarball, "--strict"]);
  // The bin is ESM only on purpose; attw checks the library entries.
  run("npx", ["--no-install", "attw", tarball, "--profile", "node16"]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
