import { describe, expect, it } from "vitest";
import type { RuleId } from "../../src/index.js";
import { rules } from "../../src/index.js";

// Every issue code but unreadable_part, which validatePlanDocument reports where no rule could look.
const EVERY_CODE: Record<RuleId, true> = {
  duplicate_code: true,
  activity_code_prefix: true,
  activity_code_sequence: true,
  sub_goal_without_areas: true,
  sub_goal_areas_and_activities: true,
  area_without_activities: true,
  areas_per_sub_goal: true,
  activity_without_responsible: true,
  activity_without_indicator: true,
  unknown_actor: true,
  unknown_national_goal: true,
  prioritised_goal_not_listed: true,
  strategy_not_given: true,
  national_goal_text_differs: true,
  national_goal_not_covered: true,
  unknown_replacing_sub_goal: true,
  substance_outside_scope: true,
  scope_outside_strategies: true,
  period_outside_strategy: true,
  parent_not_given: true,
  parent_mismatch: true,
  period_outside_parent: true,
  schedule_outside_period: true,
  school_year_mismatch: true,
  unknown_municipality: true,
  municipality_outside_county: true,
  municipality_count_mismatch: true,
  duplicate_municipality_actor: true,
  municipal_body_without_municipality: true,
  unknown_regional_ref: true,
  regional_ref_mismatch: true,
  indicator_without_sex_breakdown: true,
  ungendered_people_text: true,
  indicator_without_measure: true,
  yearly_targets_sum: true,
  target_year_outside_period: true,
  target_not_applicable: true,
  frequency_target_mismatch: true,
  coverage_total_unknown: true,
  breakdown_units_undeclared: true,
};

describe("rules", () => {
  it("has one entry per rule id, in catalogue order", () => {
    expect(rules.map((rule) => rule.id)).toEqual(Object.keys(EVERY_CODE));
  });

  it("is frozen plain data with descriptions in both languages", () => {
    expect(Object.isFrozen(rules)).toBe(true);
    for (const rule of rules) {
      expect(Object.keys(rule)).toEqual(["id", "defaultSeverity", "description"]);
      expect(rule.description.sv.length).toBeGreaterThan(20);
      expect(rule.description.en.length).toBeGreaterThan(20);
    }
    expect(rules.find((rule) => rule.id === "duplicate_code")?.defaultSeverity).toBe("error");
  });
});
