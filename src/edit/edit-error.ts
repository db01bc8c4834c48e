import { AndtPlanError, type ErrorArgs } from "../core/error.js";
import { editErrorMessages } from "./messages.js";
import type { EditErrorDetails } from "./types.js";

/**
 * Thrown by {@link applyPatches}, {@link undo} and {@link redo} for a patch that does not fit the document or
 * a history with nothing to undo or redo (*ändringsfel*). Refused edits are not errors: they are issues.
 *
 * @example
 * ```ts
 * try {
 *   applyPatches(plan, [{ op: "remove", path: "/subGoals/9" }]);
 * } catch (error) {
 *   if (error instanceof EditError) console.error(error.code, error.path); // "path_not_found" [0, "path"]
 * }
 * ```
 */
export class EditError extends AndtPlanError<EditErrorDetails> {
  override readonly name = "EditError";

  constructor(...args: ErrorArgs<EditErrorDetails>) {
    super(editErrorMessages, ...args);
  }
}
