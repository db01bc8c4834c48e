import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleCatalogueMarkdown, rules } from "../../src/index.js";
import { repoRoot } from "../support/plans.js";

const MARKER = "<!-- end of generated catalogue -->";
const file = resolve(repoRoot, "docs/rules.md");

describe("ruleCatalogueMarkdown", () => {
  it("has a table row per rule", () => {
    const markdown = ruleCatalogueMarkdown();
    expect(markdown.startsWith("# Validation rules\n")).toBe(true);
    expect(markdown.split("\n").filter((line) => line.startsWith("| `"))).toHaveLength(rules.length);
    expect(markdown).toContain("| `duplicate_code` | error | Delmålskoder, områdes-id,");
  });

  // UPDATE_RULES=1 npx vitest run test/validate/rule-catalogue-markdown.test.ts rewrites the generated part.
  it("is the generated part of docs/rules.md", () => {
    if (process.env["UPDATE_RULES"] === "1") {
      const handWritten = existsSync(file) ? (readFileSync(file, "utf8").split(MARKER)[1] ?? "\n") : "\n";
      writeFileSync(file, `${ruleCatalogueMarkdown()}\n${MARKER}${handWritten}`);
    }
    const [generated] = readFileSync(file, "utf8").split(MARKER);
    expect(generated).toBe(`${ruleCatalogueMarkdown()}\n`);
  });
});
