import type { Patch } from "immer";
import type { JsonPatchOperation } from "../types.js";

/** One segment of a JSON Pointer: `~` as `~0`, `/` as `~1` (RFC 6901). */
export function escapeSegment(segment: string | number): string {
  return String(segment).replaceAll("~", "~0").replaceAll("/", "~1");
}

/** The segments of a JSON Pointer, unescaped; `""` is the root. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** immer's patches as JSON Patch (RFC 6902): the one place where paths become JSON Pointers. */
export function toJsonPatch(patches: readonly Patch[]): JsonPatchOperation[] {
  return patches.map((p) => {
    const path = p.path.map((s) => `/${escapeSegment(s)}`).join("");
    return p.op === "remove" ? { op: p.op, path } : { op: p.op, path, value: p.value };
  });
}
