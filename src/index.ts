/**
 * andt-plan: model, validate and follow up Swedish ANDT(S) prevention action plans.
 *
 * @packageDocumentation
 */
export { VERSION } from "./version.js";
