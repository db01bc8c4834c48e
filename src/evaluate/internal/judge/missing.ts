import type { Observation } from "../../../model/observation.js";
import type { Judged } from "./types.js";

/** Nothing reported in a year that demanded it; a comment on an empty record says why. */
export function missing(observations: readonly Observation[]): Judged {
  const comment = observations.find((o) => o.comment !== undefined)?.comment;
  return { status: "missing", reason: comment === undefined ? { code: "no_value" } : { code: "no_value", comment }, expected: true };
}
