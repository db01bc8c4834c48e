// Types of scripts/bench/national.mjs, for the tests that import it (the scripts themselves are plain JavaScript).

/** A step of the national benchmark (only what the tests read). */
export interface Step {
  id: string;
  name: string;
  peer?: { name: string };
}

export const STEPS: readonly Step[];
export const GROWTH: readonly { name: string; n: number }[];
