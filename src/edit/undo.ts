import type { Lang } from "../core/lang.js";
import { resolveLang } from "../core/resolve-lang.js";
import { applyPatches } from "./apply-patches.js";
import { EditError } from "./edit-error.js";
import type { History } from "./types.js";

/**
 * Undoes the last revision of a history (*ångra*): its inverse patch is applied and it stays in the list, to be
 * redone with {@link redo}. The history given is not changed.
 *
 * @throws {@link EditError} `nothing_to_undo` at the start of the history.
 *
 * @example
 * ```ts
 * const back = undo(history);
 * back.position; // history.position - 1
 * ```
 */
export function undo(history: History, options: { lang?: Lang } = {}): History {
  const lang = resolveLang(options.lang);
  const revision = history.revisions[history.position - 1];
  if (history.position < 1 || revision === undefined) throw new EditError("nothing_to_undo", ["position"], {}, lang);
  return { ...history, plan: applyPatches(history.plan, revision.inversePatches, { lang }), position: history.position - 1 };
}
