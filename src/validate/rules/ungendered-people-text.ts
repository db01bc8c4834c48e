import type { Path } from "../../core/issue.js";
import type { Strategy } from "../../model/strategy.js";
import { normaliseSpace } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/** Ungendered wording, and gender-explicit wording that could be written instead. */
const PHRASES = [
  { pattern: /(?<!\p{L})barn och unga(?!\p{L})/iu, explicit: /flickor och pojkar|pojkar och flickor/iu, suggestion: "flickor och pojkar" },
  { pattern: /(?<!\p{L})personer(?!\p{L})/iu, explicit: /kvinnor och män|män och kvinnor/iu, suggestion: "kvinnor och män" },
] as const;

/**
 * `ungendered_people_text`: a sub-goal or area text that speaks of "barn och unga" or "personer" without naming
 * the sexes. A text that is the wording of a national goal or prioritised goal of a given strategy, verbatim
 * (white space aside), is the strategy's wording, not the plan's, and passes.
 */
export const ungenderedPeopleTextRule: Rule<"ungendered_people_text"> = {
  id: "ungendered_people_text",
  defaultSeverity: "info",
  description: {
    sv: 'Ett delmål eller område talar om "barn och unga" eller "personer" utan "flickor och pojkar" eller "kvinnor och män"; en text som ordagrant är ett nationellt måls lydelse i en given strategi undantas.',
    en: 'A sub-goal or area speaks of "barn och unga" or "personer" without "flickor och pojkar" or "kvinnor och män"; a text that is a national goal\'s wording in a given strategy, verbatim, is exempt.',
  },
  check(plan, context) {
    const issues: ValidationIssueDataOf<"ungendered_people_text">[] = [];
    // Made for the first text with a phrase: most texts have none, so most plans need no wordings.
    let national: Set<string> | undefined;
    const see = (text: string, pathOf: () => Path): void => {
      let exempt: boolean | undefined;
      for (const { pattern, explicit, suggestion } of PHRASES) {
        const match = pattern.exec(text);
        if (match === null || explicit.test(text)) continue;
        national ??= nationalWordings(context.strategies ?? []);
        exempt ??= national.size > 0 && national.has(normaliseSpace(text));
        if (!exempt) issues.push({ code: "ungendered_people_text", path: pathOf(), phrase: match[0], suggestion });
      }
    };
    plan.subGoals.forEach((subGoal, g) => {
      see(subGoal.text, () => ["subGoals", g, "text"]);
    });
    for (const { area, path } of context.index.areas) see(area.title, () => [...path, "title"]);
    return issues;
  },
};

/** The wording of every national and prioritised goal of the strategies, white space normalised. */
function nationalWordings(strategies: readonly Strategy[]): Set<string> {
  const wordings = new Set<string>();
  for (const strategy of strategies) {
    for (const goal of strategy.longTermGoals) {
      for (const { text } of [goal, ...(goal.prioritisedGoals ?? [])]) if (text !== undefined) wordings.add(normaliseSpace(text));
    }
  }
  return wordings;
}
