/**
 * Where a scaffolded plan's `$schema` points: the plan schema of the andt-plan package installed beside the
 * file, so an editor checks and completes the plan as it is typed.
 *
 * @example
 * ```ts
 * scaffoldRegionalPlan(andt2016, { countyCode: "07" }).$schema === PLAN_SCHEMA_LOCATION; // true
 * ```
 */
export const PLAN_SCHEMA_LOCATION = "./node_modules/andt-plan/dist/plan.schema.json";
