/**
 * Runs `run` and returns what it throws, which must be an instance of `type`; a test then compares its code,
 * path and message exactly. Anything else thrown propagates, and not throwing fails.
 */
export function thrown<E extends Error>(type: abstract new (...args: never) => E, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}, nothing was thrown`);
}
