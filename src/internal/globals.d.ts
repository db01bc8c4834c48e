/** Replaced at build time (tsup) and test time (vitest) by the version in package.json. */
declare const __ANDT_PLAN_VERSION__: string;
