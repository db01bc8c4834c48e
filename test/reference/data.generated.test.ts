import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
// The same folder the generator reads: ANDT_REFERENCE_DIR, else ../shared/reference beside the repo.
const sourceDir = process.env.ANDT_REFERENCE_DIR ? resolve(process.env.ANDT_REFERENCE_DIR) : resolve(root, "../shared/reference");
const haveSource = existsSync(resolve(sourceDir, "counties.csv")) && existsSync(resolve(sourceDir, "municipalities.csv"));

if (!haveSource) {
  console.warn(
    `src/reference/data.generated.ts: not checked against its source, because ${sourceDir} has no counties.csv and ` +
      "municipalities.csv (set ANDT_REFERENCE_DIR to check it).",
  );
}

describe("src/reference/data.generated.ts", () => {
  it.skipIf(!haveSource)("is what scripts/generate-reference.mjs writes from the reference CSVs", () => {
    const run = spawnSync(process.execPath, ["scripts/generate-reference.mjs", "--check"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, ANDT_REFERENCE_DIR: sourceDir },
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("generate-reference: src/reference/data.generated.ts is up to date.\n");
    expect(run.status).toBe(0);
  });
});
