import type { Path } from "../../core/issue.js";
import type { KoladaValue } from "../../gender/kolada.js";
import type { CellValue } from "../../gender/types.js";
import type { MunicipalityValue, Observation } from "../../model/observation.js";
import type { ObservationIssueData } from "../issue.js";
import type { Group } from "./kolada-rows.js";

/** Kolada's gender of each sex cell. */
export const GENDER_OF = { female: "K", male: "M" } as const;

/** The observation of a group, with the issues of building it. */
export interface Built {
  group: Group;
  observation: Observation;
  /** What building it noticed: a municipality's breakdown not kept, a municipality without a value. */
  issues: ObservationIssueData[];
}

/**
 * The observation of a group: the total's value and sex cells, the municipalities' values, Kolada as the source.
 *
 * @example
 * ```ts
 * buildObservation(group).observation; // { indicator: "4.2-1", year: 2018, value: 41, source: "Kolada N07908" }
 * ```
 */
export function buildObservation(group: Group): Built {
  const issues: ObservationIssueData[] = [];
  const observation: Observation = { indicator: group.indicator, year: group.period };
  const total = group.total;
  if (total !== undefined) {
    const value = total.value.value;
    if (value.total !== undefined) observation.value = value.total;
    if (value.cells.length > 0) observation.bySex = { cells: value.cells.map((cell): CellValue => ({ ...cell })) };
  }
  const parts: MunicipalityValue[] = [];
  for (const part of group.parts) {
    const { municipality, value, status } = part.value;
    if (value.cells.length > 0)
      issues.push({ code: "breakdown_not_kept", severity: "info", path: ["values", part.index, "values"], municipality });
    if (value.total === undefined) {
      const entry = part.entries.get("T");
      const path: Path = entry === undefined ? ["values", part.index, "values"] : ["values", part.index, "values", entry, "value"];
      issues.push({ code: "missing_value", severity: "info", path, municipality, ...(status.total ? { status: status.total } : {}) });
      continue;
    }
    parts.push({ municipality, value: value.total });
  }
  if (parts.length > 0) observation.byMunicipality = parts;
  observation.source = `Kolada ${group.kpi}`;
  const comment = total === undefined ? undefined : statusComment(total.value);
  if (comment !== undefined) observation.comment = comment;
  return { group, observation, issues };
}

/** A comment for the total's row: that its value is missing, and Kolada's statuses where it gave any. */
function statusComment(row: KoladaValue): string | undefined {
  const statuses = (["total", "female", "male"] as const)
    .map((target) => [target === "total" ? "T" : GENDER_OF[target], row.status[target]] as const)
    .filter(([, status]) => status !== undefined && status !== "")
    .map(([gender, status]) => `${gender}: ${status}`);
  // Data text stays Swedish, as the rest of the observation file.
  const parts = [
    ...(row.value.total === undefined ? ["Värde saknas i Kolada."] : []),
    ...(statuses.length > 0 ? [`Kolada-status ${statuses.join(", ")}.`] : []),
  ];
  return parts.length > 0 ? parts.join(" ") : undefined;
}
