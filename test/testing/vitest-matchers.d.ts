// Test-local augmentation, as docs/testing.md shows it; `any` is vitest's own default of Assertion's parameter.
import type { AndtPlanMatchers } from "../../src/testing/index.js";

declare module "vitest" {
  // biome-ignore lint/suspicious/noExplicitAny: an augmentation must repeat vitest's own declaration, `T = any` included
  interface Assertion<T = any> extends AndtPlanMatchers<T> {}
}
