import type { Path } from "../../core/issue.js";
import { areasOf } from "../../model/traverse.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/** Ungendered wording, and the gender-explicit wording the Kronoberg plan itself uses instead. */
const PHRASES = [
  { pattern: /(?<!\p{L})barn och unga(?!\p{L})/iu, explicit: /flickor och pojkar|pojkar och flickor/iu, suggestion: "flickor och pojkar" },
  { pattern: /(?<!\p{L})personer(?!\p{L})/iu, explicit: /kvinnor och män|män och kvinnor/iu, suggestion: "kvinnor och män" },
] as const;

/** `ungendered_people_text`: a sub-goal or area text that speaks of "barn och unga" or "personer" without naming the sexes. */
export const ungenderedPeopleTextRule: Rule<"ungendered_people_text"> = {
  id: "ungendered_people_text",
  defaultSeverity: "info",
  description: {
    sv: 'Ett delmål eller område talar om "barn och unga" eller "personer" utan "flickor och pojkar" eller "kvinnor och män".',
    en: 'A sub-goal or area speaks of "barn och unga" or "personer" without "flickor och pojkar" or "kvinnor och män".',
  },
  check(plan) {
    const texts: { text: string; path: Path }[] = plan.subGoals.map((subGoal, g) => ({
      text: subGoal.text,
      path: ["subGoals", g, "text"],
    }));
    for (const { area, path } of areasOf(plan)) texts.push({ text: area.title, path: [...path, "title"] });
    const issues: ValidationIssueDataOf<"ungendered_people_text">[] = [];
    for (const { text, path } of texts) {
      for (const { pattern, explicit, suggestion } of PHRASES) {
        const match = pattern.exec(text);
        if (match !== null && !explicit.test(text)) issues.push({ code: "ungendered_people_text", path, phrase: match[0], suggestion });
      }
    }
    return issues;
  },
};
