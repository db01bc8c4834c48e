/**
 * Plan validation (*validering*): what a plan means, beyond its structure.
 *
 * @packageDocumentation
 */
export { ruleCatalogueMarkdown } from "./rule-catalogue-markdown.js";
export { rules } from "./rules-catalogue.js";
export type {
  CodedElement,
  Finding,
  FindingCode,
  FindingDetails,
  ReferenceData,
  RuleId,
  RuleInfo,
  ValidatePlanOptions,
  ValidationContext,
  ValidationPolicy,
  ValidationReport,
} from "./types.js";
export { validatePlan } from "./validate-plan.js";
