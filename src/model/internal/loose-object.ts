import { unknown, type ZodMiniObject, ZodMiniType } from "zod/mini";
import { $constructor, type $loose, type $ZodLooseShape, $ZodObjectJIT } from "zod/v4/core";

// zod/mini's own objects parse by interpretation; classic zod's compile a parser per shape (where the platform
// allows it), which is faster and adds each issue of a field to the object's list one by one, where the interpreted
// path spreads them into one call: a field with 130 000 issues overflows the stack. The model's objects are mini
// objects that keep the compiled parser, so reading a file behaves and performs as it did on classic zod.

// Declared with its type: TypeScript applies an assertion signature only through such a name.
const initMiniType: typeof ZodMiniType.init = ZodMiniType.init;

const CompiledObject: $constructor<ZodMiniObject> = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObjectJIT.init(inst, def);
  initMiniType(inst, def);
  // As ZodMiniObject has it: the definition's shape, not enumerable.
  Object.defineProperty(inst, "shape", { configurable: true, get: () => inst._zod.def.shape });
});

/**
 * `z.looseObject(shape)` of zod/mini, with classic zod's compiled parser: the same definition (an object keeping
 * unknown keys), an instance of `z.ZodMiniObject`.
 *
 * @example
 * ```ts
 * looseObject({ text: TextSchema }).safeParse({ text: "Förord", page: 3 }).data; // { text: "Förord", page: 3 }
 * ```
 */
export function looseObject<S extends $ZodLooseShape>(shape: S): ZodMiniObject<S, $loose> {
  return new CompiledObject({ type: "object", shape, catchall: unknown() }) as ZodMiniObject<S, $loose>;
}
