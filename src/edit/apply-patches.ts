import { produce } from "immer";
import type { Lang } from "../core/lang.js";
import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import { EditError } from "./edit-error.js";
import { pointerSegments } from "./internal/json-patch.js";
import type { JsonPatchOperation } from "./types.js";

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === "object" && value !== null;

function parentOf(doc: unknown, segments: readonly string[], index: number, pointer: string, lang: Lang): Container {
  let node = doc;
  for (const segment of segments) {
    if (!isContainer(node) || !Object.hasOwn(node, segment))
      throw new EditError("path_not_found", [index, "path"], { index, pointer }, lang);
    node = (node as Record<string, unknown>)[segment];
  }
  if (!isContainer(node)) throw new EditError("path_not_found", [index, "path"], { index, pointer }, lang);
  return node;
}

function applyToArray(list: unknown[], op: JsonPatchOperation, key: string, index: number, lang: Lang): void {
  const at = key === "-" && op.op === "add" ? list.length : /^(0|[1-9]\d*)$/.test(key) ? Number(key) : -1;
  if (at < 0) throw new EditError("invalid_pointer", [index, "path"], { index, pointer: op.path }, lang);
  if (at > list.length || (op.op !== "add" && at === list.length))
    throw new EditError("path_not_found", [index, "path"], { index, pointer: op.path }, lang);
  if (op.op === "add") list.splice(at, 0, structuredClone(op.value));
  else if (op.op === "remove") list.splice(at, 1);
  else list[at] = structuredClone(op.value);
}

function applyToObject(object: Record<string, unknown>, op: JsonPatchOperation, key: string, index: number, lang: Lang): void {
  if (op.op !== "add" && !Object.hasOwn(object, key))
    throw new EditError("path_not_found", [index, "path"], { index, pointer: op.path }, lang);
  if (op.op === "remove") delete object[key];
  else object[key] = structuredClone(op.value);
}

function applyOne(doc: unknown, op: JsonPatchOperation, index: number, lang: Lang): unknown {
  if (op.op !== "add" && op.op !== "remove" && op.op !== "replace")
    throw new EditError("invalid_operation", [index, "op"], { index, op: String(op.op) }, lang);
  if (typeof op.path !== "string" || (op.path !== "" && !op.path.startsWith("/")))
    throw new EditError("invalid_pointer", [index, "path"], { index, pointer: String(op.path) }, lang);
  const segments = pointerSegments(op.path);
  if (segments.length === 0) {
    if (op.op === "remove") throw new EditError("invalid_operation", [index, "op"], { index, op: op.op }, lang);
    return structuredClone(op.value);
  }
  const key = segments[segments.length - 1]!;
  return produce(doc, (draft: unknown) => {
    const parent = parentOf(draft, segments.slice(0, -1), index, op.path, lang);
    if (Array.isArray(parent)) applyToArray(parent, op, key, index, lang);
    else applyToObject(parent, op, key, index, lang);
  });
}

/**
 * Applies a JSON Patch (RFC 6902; the operations `add`, `remove` and `replace` that edits produce) to a plan
 * and returns the new plan; the plan and the patch are not changed, and parts the patch does not touch are
 * shared. Applying an edit's `inversePatches` to its result gives back the plan it was made from.
 *
 * @throws {@link EditError} `invalid_pointer`, `path_not_found` or `invalid_operation`, with the index of the
 * operation in `path`; {@link OptionError} `invalid_lang`.
 *
 * @example
 * ```ts
 * const result = moveActivity(plan, { code: "F.1", toArea: "1-a" });
 * const before = applyPatches(result.plan, result.inversePatches); // deep-equal to plan
 * ```
 */
export function applyPatches(plan: Plan, patches: readonly JsonPatchOperation[], options: { lang?: Lang } = {}): Plan {
  const lang = resolveLang(options.lang);
  let doc: unknown = plan;
  patches.forEach((op, index) => {
    doc = applyOne(doc, op, index, lang);
  });
  return doc as Plan;
}
