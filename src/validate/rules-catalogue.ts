import { RULES } from "./rule-set.js";
import type { RuleInfo } from "./types.js";

// Pure, so that bundles that validate without reading the catalogue leave it out.
/**
 * The catalogue of validation rules (*valideringsregler*): id, default severity and description in Swedish and
 * English of each rule {@link validatePlan} runs, in catalogue order.
 *
 * @example
 * ```ts
 * rules.find((rule) => rule.id === "duplicate_code")?.defaultSeverity; // "error"
 * ```
 */
export const rules: readonly RuleInfo[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ RULES.map(({ id, defaultSeverity, description }) =>
    Object.freeze({ id, defaultSeverity, description: Object.freeze({ ...description }) }),
  ),
);
