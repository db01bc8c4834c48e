// What a browser bundle holds and whether it keeps to its budget: pure functions over esbuild's metafile, so tests
// need no build; scripts/check-browser-bundle.mjs applies them to bundles of dist/ and scripts/browser-budget.json.
import { parseSize } from "./size.mjs";

/** The zod locales a bundle may hold: those of the languages the library speaks (it writes its own messages). */
export const ALLOWED_ZOD_LOCALES = ["en", "sv"];

/**
 * What a bundle is made of, from the `inputs` of one esbuild metafile output (only inputs with bytes in the output
 * count: esbuild lists the modules it dropped too): whether papaparse is in it, whether zod's classic API is (the
 * library's schemas are zod/mini's, see {@link bundleProblems}), which zod locales, and the minified bytes per
 * package or dist/ file.
 *
 * @example
 * bundleContents({ "node_modules/zod/v4/locales/en.js": { bytesInOutput: 2700 }, "dist/index.js": { bytesInOutput: 0 } });
 * // { papaparse: false, zodClassic: false, zodLocales: ["en"], bytes: { "zod/v4/locales": 2700 } }
 */
export function bundleContents(inputs) {
  const bytes = {};
  const zodLocales = new Set();
  let papaparse = false;
  let zodClassic = false;
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    if (bytesInOutput === 0) continue;
    const module = /node_modules\/(.+)$/.exec(path)?.[1];
    if (module?.startsWith("papaparse/")) papaparse = true;
    if (module?.startsWith("zod/v4/classic/")) zodClassic = true;
    const locale = /^zod\/v4\/locales\/([\w-]+)\.c?js$/.exec(module ?? "")?.[1];
    if (locale !== undefined) zodLocales.add(locale);
    // Packages by their first two folders (zod/v4, date-fns/locale), our files by name.
    const key =
      module === undefined
        ? path
        : module
            .split("/")
            .slice(0, module.startsWith("zod/") ? 3 : 1)
            .join("/");
    bytes[key] = (bytes[key] ?? 0) + bytesInOutput;
  }
  return { papaparse, zodClassic, zodLocales: [...zodLocales].sort(), bytes };
}

/**
 * Why a measured bundle fails its check, as sentences (none when it passes): over its budget in `budgets` (sizes
 * such as `"60 kB"`), without a budget, holding zod's classic API (the schemas are zod/mini's: classic zod, its
 * methods on every schema and its English locale, took a fifth of the bundle), holding a zod locale the library does
 * not speak, or holding papaparse when it must not (`papaparse: false`).
 *
 * @example
 * bundleProblems({ name: "parse+validate+evaluate", gzip: 61_000, papaparse: false, zodClassic: false, zodLocales: ["en"], expectPapaparse: false }, { "parse+validate+evaluate": "60 kB" });
 * // ["parse+validate+evaluate is 61.0 kB gzipped, over its budget of 60.0 kB"]
 */
export function bundleProblems(bundle, budgets) {
  const problems = [];
  const budget = budgets[bundle.name];
  if (budget === undefined) problems.push(`${bundle.name} has no budget`);
  else if (bundle.gzip > parseSize(budget)) {
    problems.push(
      `${bundle.name} is ${(bundle.gzip / 1000).toFixed(1)} kB gzipped, over its budget of ${(parseSize(budget) / 1000).toFixed(1)} kB`,
    );
  }
  if (bundle.zodClassic) problems.push(`${bundle.name} holds zod's classic API, where the library's schemas are zod/mini's`);
  const foreign = bundle.zodLocales.filter((locale) => !ALLOWED_ZOD_LOCALES.includes(locale));
  if (foreign.length > 0) problems.push(`${bundle.name} holds zod locales the library does not speak: ${foreign.join(", ")}`);
  if (bundle.expectPapaparse === false && bundle.papaparse)
    problems.push(`${bundle.name} holds papaparse, which only the CSV reader needs`);
  return problems;
}
