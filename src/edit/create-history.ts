import type { Plan } from "../model/plan.js";
import type { History } from "./types.js";

/**
 * Starts the history of a plan (*ändringshistorik*): no revisions yet.
 *
 * @example
 * ```ts
 * let history = createHistory(kronoberg2017);
 * history = recordEdit(history, moveActivity(history.plan, { code: "2.3", toArea: "2-b" }), { by: "anna" });
 * history = undo(history);
 * ```
 */
export function createHistory(plan: Plan): History {
  return { plan, revisions: [], position: 0 };
}
