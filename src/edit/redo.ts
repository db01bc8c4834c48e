import type { Lang } from "../core/lang.js";
import { resolveLang } from "../core/resolve-lang.js";
import { applyPatches } from "./apply-patches.js";
import { EditError } from "./edit-error.js";
import type { History } from "./types.js";

/**
 * Redoes the revision after the history's position (*gör om*): one that {@link undo} undid. The history given
 * is not changed.
 *
 * @throws {@link EditError} `nothing_to_redo` when no revision was undone.
 *
 * @example
 * ```ts
 * const again = redo(undo(history));
 * again.plan; // deep-equal to history.plan
 * ```
 */
export function redo(history: History, options: { lang?: Lang } = {}): History {
  const lang = resolveLang(options.lang);
  const revision = history.revisions[history.position];
  if (revision === undefined) throw new EditError("nothing_to_redo", ["position"], {}, lang);
  return { ...history, plan: applyPatches(history.plan, revision.patches, { lang }), position: history.position + 1 };
}
