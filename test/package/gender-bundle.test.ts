/**
 * The built `andt-plan/gender` entry must stand alone: no zod (nor any other package) in `dist/gender.js`,
 * `dist/gender.cjs` or any chunk they load. Reads the build in dist/ (`npm run build`; `npm run test:dist` does not build).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist");

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

/** Every file the entry loads (itself and the chunks it imports), with the specifiers each one names. */
function loaded(entry: string): Map<string, string[]> {
  const files = new Map<string, string[]>();
  const queue = [join(dist, entry)];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (files.has(file)) continue;
    const specifiers = [...readFileSync(file, "utf8").matchAll(SPECIFIER)].map((m) => m[1] as string);
    files.set(file, specifiers);
    for (const s of specifiers) if (s.startsWith(".")) queue.push(resolve(dirname(file), s));
  }
  return files;
}

describe.each(["gender.js", "gender.cjs"])("dist/%s", (entry) => {
  it("is built", () => {
    expect(existsSync(join(dist, entry))).toBe(true);
  });

  it("imports no zod, and no package but Node's own", () => {
    for (const [file, specifiers] of loaded(entry)) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(/\bzod\b/);
      const packages = specifiers.filter((s) => !s.startsWith(".") && !s.startsWith("node:"));
      expect(packages, file).toEqual([]);
    }
  });

  it("exports the toolkit", async () => {
    const mod = (await import(join(dist, entry))) as Record<string, unknown>;
    expect(typeof mod.disaggregated).toBe("function");
    expect(typeof mod.suppressSmallCounts).toBe("function");
    expect(typeof mod.GenderInputError).toBe("function");
  });
});
