import { defineConfig } from "vitest/config";
import { timeouts } from "./vitest.config.js";

// The tests of the built package (`npm run test:dist`): the packed tarball as consumers install it, the gender
// bundle, and one spawned run of the built CLI per command. They read dist/ and do not build it: run
// `npm run build` first (`npm run test:dist` stops with that advice when dist/ is missing or stale).
export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts"],
    ...timeouts,
  },
});
