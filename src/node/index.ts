/**
 * andt-plan/node: reading and writing plan and strategy files on disk. Node.js only; everything else is in
 * `andt-plan` and runs in browsers too.
 *
 * @packageDocumentation
 */
export type { FileErrorCode, FileErrorDetails } from "./types.js";
export { FileError } from "./file-error.js";
export { loadObservations } from "./load-observations.js";
export type { LoadedObservations, LoadObservationsOptions } from "./load-observations.js";
export { loadPlan } from "./load-plan.js";
export { loadStrategy } from "./load-strategy.js";
export { savePlan } from "./save-plan.js";
