import { isDraft, produce } from "immer";
import type { Lang } from "../core/lang.js";
import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import { EditError } from "./edit-error.js";
import { pointerSegments } from "./internal/json-patch.js";
import type { JsonPatchOperation } from "./types.js";

type Container = Record<string, unknown> | unknown[];

// A frozen value (as an edit's patches carry: immer freezes what it makes) is shared as it is; any other is copied,
// so that the new plan is not tied to the caller's objects and freezing it does not freeze them.
const own = (value: unknown): unknown =>
  typeof value === "object" && value !== null && !Object.isFrozen(value) ? structuredClone(value) : value;

const isContainer = (value: unknown): value is Container => typeof value === "object" && value !== null;

function parentOf(doc: unknown, segments: readonly string[], index: number, pointer: string, lang: Lang): Container {
  let node = doc;
  for (const segment of segments) {
    if (!isContainer(node) || !Object.hasOwn(node, segment))
      throw new EditError("path_not_found", [index, "path"], { index, pointer }, lang);
    const parent = node as Record<string, unknown>;
    let child = parent[segment];
    // A shared frozen value put in by an earlier operation is copied before anything below it changes.
    if (isContainer(child) && Object.isFrozen(child) && !isDraft(child)) {
      child = Array.isArray(child) ? [...child] : { ...child };
      parent[segment] = child;
    }
    node = child;
  }
  if (!isContainer(node)) throw new EditError("path_not_found", [index, "path"], { index, pointer }, lang);
  return node;
}

function applyToArray(list: unknown[], op: JsonPatchOperation, key: string, index: number, lang: Lang): void {
  const at = key === "-" && op.op === "add" ? list.length : /^(0|[1-9]\d*)$/.test(key) ? Number(key) : -1;
  if (at < 0) throw new EditError("invalid_pointer", [index, "path"], { index, pointer: op.path }, lang);
  if (at > list.length || (op.op !== "add" && at === list.length))
    throw new EditError("path_not_found", [index, "path"], { index, pointer: op.path }, lang);
  if (op.op === "add") list.splice(at, 0, own(op.value));
  else if (op.op === "remove") list.splice(at, 1);
  else list[at] = own(op.value);
}

function applyToObject(object: Record<string, unknown>, op: JsonPatchOperation, key: string, index: number, lang: Lang): void {
  if (op.op !== "add" && !Object.hasOwn(object, key))
    throw new EditError("path_not_found", [index, "path"], { index, pointer: op.path }, lang);
  if (op.op === "remove") delete object[key];
  else object[key] = own(op.value);
}

function checkOperation(op: JsonPatchOperation, index: number, lang: Lang): void {
  if (op.op !== "add" && op.op !== "remove" && op.op !== "replace")
    throw new EditError("invalid_operation", [index, "op"], { index, op: String(op.op) }, lang);
  if (typeof op.path !== "string" || (op.path !== "" && !op.path.startsWith("/")))
    throw new EditError("invalid_pointer", [index, "path"], { index, pointer: String(op.path) }, lang);
  if (op.path === "" && op.op === "remove") throw new EditError("invalid_operation", [index, "op"], { index, op: op.op }, lang);
}

/** Applies operations `from` up to the next one at the root (or the end) in one draft; returns the next index. */
function applyRun(doc: unknown, patches: readonly JsonPatchOperation[], from: number, lang: Lang): [unknown, number] {
  let index = from;
  const next = produce(doc, (draft: unknown) => {
    for (; index < patches.length && patches[index]!.path !== ""; index += 1) {
      const op = patches[index]!;
      checkOperation(op, index, lang);
      const segments = pointerSegments(op.path);
      const parent = parentOf(draft, segments.slice(0, -1), index, op.path, lang);
      const key = segments[segments.length - 1]!;
      if (Array.isArray(parent)) applyToArray(parent, op, key, index, lang);
      else applyToObject(parent, op, key, index, lang);
    }
  });
  return [next, index];
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
  let index = 0;
  while (index < patches.length) {
    const op = patches[index]!;
    checkOperation(op, index, lang);
    if (op.path === "") {
      doc = own(op.value);
      index += 1;
    } else {
      [doc, index] = applyRun(doc, patches, index, lang);
    }
  }
  return doc as Plan;
}
