import type { ValidationContext } from "../validate/types.js";
import { validatePlan } from "../validate/validate-plan.js";
import { asPlan, formatPath } from "./internal.js";
import type { MatcherResult } from "./types.js";

/**
 * Matcher: passes when `validatePlan` finds no error (*fel*) in the received plan, validated against
 * `context`; warnings and infos do not fail it. The failure message lists every error as
 * `  error <code> at <path> — <message>`, in English. Throws a {@link MatcherInputError} when the received
 * value is not a plan.
 *
 * @example
 * ```ts
 * import { expect } from "vitest";
 * import { andt2011, andt2016, kronoberg2017 } from "andt-plan/fixtures";
 * import { andtPlanMatchers } from "andt-plan/testing";
 * expect.extend(andtPlanMatchers);
 * expect(kronoberg2017).toBeValidPlan({ strategies: [andt2016, andt2011] });
 * ```
 */
export function toBeValidPlan(this: unknown, received: unknown, context?: ValidationContext): MatcherResult {
  const plan = asPlan(received);
  const errors = validatePlan(plan, context, { lang: "en" }).issues.filter((issue) => issue.severity === "error");
  if (errors.length === 0) {
    return { pass: true, message: () => `expected plan ${plan.id} to have errors, but it had none` };
  }
  return {
    pass: false,
    message: () =>
      [
        `expected plan ${plan.id} to be valid, but it has ${errors.length} ${errors.length === 1 ? "error" : "errors"}:`,
        ...errors.map((issue) => `  error ${issue.code} at ${formatPath(issue.path)} — ${issue.message}`),
      ].join("\n"),
  };
}
