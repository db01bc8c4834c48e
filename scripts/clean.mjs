// Removes build output before tsup runs its configs in parallel (tsup's own
// `clean` would race between them).
import { rmSync } from "node:fs";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
