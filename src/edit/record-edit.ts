import type { EditResult, History } from "./types.js";

/** Who made an edit and why, for its audit entry; `at` is now when not given. */
export interface AuditArgs {
  by: string;
  why?: string;
  /** When, as an ISO 8601 date and time; now when absent. */
  at?: string;
}

/**
 * Adds an edit's result to a history as a revision with its audit entry (*ändringslogg*); revisions undone
 * before are dropped, as in any editor. A refused edit (one with no patches) leaves the history as it was.
 * The history given is not changed.
 *
 * @example
 * ```ts
 * const result = setTarget(history.plan, { indicator: "F.2-1", target: { per: "year", value: 12 } });
 * history = recordEdit(history, result, { by: "anna@lansstyrelsen.se", why: "Beslut i ledningsgruppen", at: "2026-03-01T10:00:00Z" });
 * history.revisions.at(-1)?.audit.operation; // "set_target"
 * ```
 */
export function recordEdit(history: History, result: EditResult, audit: AuditArgs): History {
  if (result.patches.length === 0) return history;
  const entry = {
    at: audit.at ?? new Date().toISOString(),
    by: audit.by,
    ...(audit.why === undefined ? {} : { why: audit.why }),
    ...result.edit,
  };
  const revision = { patches: result.patches, inversePatches: result.inversePatches, audit: entry };
  return { plan: result.plan, revisions: [...history.revisions.slice(0, history.position), revision], position: history.position + 1 };
}
