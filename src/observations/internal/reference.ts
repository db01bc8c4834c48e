import { counties } from "../../reference/counties.js";
import { municipalities } from "../../reference/municipalities.js";
import type { ReferenceData } from "../../reference/types.js";

/** The reference data given, or the data shipped in andt-plan/reference. */
export function referenceOf(reference: ReferenceData | undefined): ReferenceData {
  return reference ?? { counties: counties(), municipalities: municipalities() };
}
