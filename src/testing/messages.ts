import type { Catalogue } from "../core/messages.js";
import type { MatcherInputErrorCode, MatcherInputErrorDetails } from "./types.js";

/** The messages of every {@link MatcherInputError}, in Swedish and English. */
export const matcherMessages: Catalogue<Record<MatcherInputErrorCode, MatcherInputErrorDetails>> = {
  sv: {
    not_a_plan: ({ received }) => `toBeValidPlan förväntar sig en plan (ett objekt med kind "plan") men fick: ${received}.`,
    not_a_report: ({ received }) => `toHaveIssue förväntar sig en valideringsrapport (ett objekt med issues) men fick: ${received}.`,
  },
  en: {
    not_a_plan: ({ received }) => `toBeValidPlan expects a plan (an object with kind "plan") but received: ${received}.`,
    not_a_report: ({ received }) => `toHaveIssue expects a validation report (an object with issues) but received: ${received}.`,
  },
};
