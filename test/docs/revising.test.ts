/**
 * The code blocks of docs/revising.md, run in order as one module, so the page cannot drift from the library:
 * its imports of "andt-plan" and "andt-plan/fixtures" are pointed at the sources, and its assertions are checked.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/plans.js";

const page = readFileSync(resolve(repoRoot, "docs/revising.md"), "utf8");
const blocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

describe("docs/revising.md", () => {
  it("has code blocks that run and whose assertions hold", async () => {
    expect(blocks.length).toBe(4);
    const code = blocks
      .join("\n")
      .replace(/from "andt-plan\/fixtures"/g, `from ${JSON.stringify(resolve(repoRoot, "src/fixtures/index.ts"))}`)
      .replace(/from "andt-plan"/g, `from ${JSON.stringify(resolve(repoRoot, "src/index.ts"))}`);
    const file = resolve(repoRoot, "test/docs/.revising.generated.ts");
    writeFileSync(file, code);
    try {
      await import(pathToFileURL(file).href);
    } finally {
      rmSync(file);
    }
  });
});
