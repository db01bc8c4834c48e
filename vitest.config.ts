import { readFileSync } from "node:fs";
import { configDefaults, defineConfig } from "vitest/config";

const pkg = JSON.parse(readFileSync("./package.json", "utf8")) as { version: string };

/**
 * Time limits for every test and hook, in both suites, there to name a hung test rather than to judge speed: on
 * a loaded 2-core machine a test that takes a second alone can take many times that, and a tight limit (vitest's
 * 5 s and 10 s defaults, the 20 s we had) then fails a correct run. No test comes near ten minutes even so, so
 * that is a hang. Playwright's own limits are turned off (test/report/html-browser.test.ts) and fast-check's
 * are unset, so this is the only clock.
 */
export const timeouts = { testTimeout: 600_000, hookTimeout: 600_000 };

// The fast suite (`npm test`): unit, property and type tests on the sources, no build. The tests of the built
// package are in test/package/ (vitest.dist.config.ts, `npm run test:dist`).
export default defineConfig({
  define: { __ANDT_PLAN_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "test/package/**"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
    // Test files share the loaded modules instead of each importing the library afresh, which took most of the
    // run (about 3 minutes on 2 cores, now about 30 s). Safe because the sources keep no state a test could leave
    // behind: the fixtures are deep-frozen and the only caches (number formats, the reference index) are pure.
    isolate: false,
    ...timeouts,
  },
});
