/**
 * docs/scaffold.md as a newcomer would use it: each `npx andt-plan` line of its shell blocks run in order through
 * `runCli` (the files it writes under `mina-planer/` put in a temporary folder), each exiting 0, and a `# …`
 * comment after a command being how its output ends; then its TypeScript block run as a module, pointed at the
 * sources, so its assertions are checked.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { repoRoot } from "../support/plans.js";

const page = readFileSync(resolve(repoRoot, "docs/scaffold.md"), "utf8");
const shell = [...page.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => (m[1] ?? "").trim().split("\n"));
const typescript = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

describe("docs/scaffold.md", () => {
  it("has commands that run as shown, with the summaries it states", async () => {
    const dir = mkdtempSync(join(tmpdir(), "andt-plan-docs-"));
    let last = "";
    let ran = 0;
    for (const line of shell) {
      if (line.startsWith("# ")) {
        expect(last.trimEnd().split("\n").at(-1)).toBe(line.slice(2));
        continue;
      }
      expect(line.startsWith("npx andt-plan ")).toBe(true);
      const argv = line.slice("npx andt-plan ".length).replaceAll("mina-planer/", `${dir}/`).split(" ");
      let out = "";
      let err = "";
      const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
      expect({ line, code }).toEqual({ line, code: 0 });
      last = out;
      ran += 1;
    }
    expect(ran).toBe(4);
  });

  it("has a code block that runs and whose assertions hold", async () => {
    expect(typescript).toHaveLength(1);
    const code = (typescript[0] ?? "")
      .replace(/from "andt-plan\/fixtures"/g, `from ${JSON.stringify(resolve(repoRoot, "src/fixtures/index.ts"))}`)
      .replace(/from "andt-plan"/g, `from ${JSON.stringify(resolve(repoRoot, "src/index.ts"))}`);
    const file = resolve(repoRoot, "test/docs/.scaffold.generated.ts");
    writeFileSync(file, code);
    try {
      await import(pathToFileURL(file).href);
    } finally {
      rmSync(file);
    }
  });
});
