import type { Path } from "../../core/issue.js";
import { GenderInputError } from "../../gender/errors.js";
import { fromKolada, type KoladaRow, type KoladaValue } from "../../gender/kolada.js";
import { append } from "../../internal/append.js";
import { observationShape } from "../../model/observation.js";
import type { ObservationIssueData } from "../issue.js";

/** A row read without error, with where its entries are. */
export interface Row {
  index: number;
  value: KoladaValue;
  /** Index of each gender's entry (`T`, `K`, `M`) in the row's `values`, for paths. */
  entries: Map<string, number>;
}

/** The rows of one KPI and year: one observation. */
export interface Group {
  kpi: string;
  period: number;
  indicator: string;
  total?: Row;
  parts: Row[];
  /** The rows read without error. */
  rows: Row[];
  /** Paths of the errors that leave the observation out. */
  rowErrors: Path[];
}

/** The observations' groups in the order their first row comes, by KPI and year. */
class Groups {
  readonly list: Group[] = [];
  private readonly byKey = new Map<string, Group>();

  constructor(private readonly indicators: Readonly<Record<string, string>>) {}

  of(kpi: string, period: number): Group {
    const key = JSON.stringify([kpi, period]);
    let group = this.byKey.get(key);
    if (group === undefined) {
      group = { kpi, period, indicator: this.indicators[kpi] as string, parts: [], rows: [], rowErrors: [] };
      this.byKey.set(key, group);
      this.list.push(group);
    }
    return group;
  }
}

/**
 * Reads every row and puts it in its observation's group; the issues of the rows, in order.
 *
 * @example
 * ```ts
 * const { groups, issues } = groupRows(response.values, { N07908: "4.2-1" }, "0007");
 * ```
 */
export function groupRows(
  rows: readonly unknown[],
  indicators: Readonly<Record<string, string>>,
  area: string | undefined,
): { groups: Group[]; issues: ObservationIssueData[] } {
  const groups = new Groups(indicators);
  const issues = rows.flatMap((raw, index) => {
    const read = readRow(raw, index);
    if (read.row === undefined) {
      // A broken row whose KPI and year can be read takes its observation down with it.
      const { kpi, period } = identityOf(raw);
      if (typeof kpi === "string" && Object.hasOwn(indicators, kpi) && Number.isSafeInteger(period)) {
        append(
          groups.of(kpi, period as number).rowErrors,
          read.issues.map((issue) => issue.path),
        );
      }
      return read.issues;
    }
    return placeRow(read.row, groups, indicators, area);
  });
  return { groups: groups.list, issues };
}

/** Puts a row read without error in its group: as the total or a part; a row of another KPI or area is skipped. */
function placeRow(
  row: Row,
  groups: Groups,
  indicators: Readonly<Record<string, string>>,
  area: string | undefined,
): ObservationIssueData[] {
  const { index } = row;
  const { kpi, municipality, period } = row.value;
  if (!Object.hasOwn(indicators, kpi)) return [{ code: "unmapped_kpi", severity: "warning", path: ["values", index, "kpi"], kpi }];
  const role = roleOf(municipality, area);
  if (role === "outside") {
    return [
      {
        code: "outside_plan_area",
        severity: "warning",
        path: ["values", index, "municipality"],
        area: municipality,
        ...(area === undefined ? {} : { expected: area }),
      },
    ];
  }
  const group = groups.of(kpi, period);
  const first = group.rows.find((r) => r.value.municipality === municipality);
  if (first !== undefined) {
    const path: Path = ["values", index, "municipality"];
    group.rowErrors.push(path);
    return [{ code: "duplicate_municipality", severity: "error", path, municipality, firstPath: ["values", first.index, "municipality"] }];
  }
  group.rows.push(row);
  if (role === "total") group.total = row;
  else group.parts.push(row);
  return [];
}

/** Reads one row with the gender toolkit's converter; a row it refuses is reported with its path. */
function readRow(raw: unknown, index: number): { row?: Row; issues: ObservationIssueData[] } {
  const at: Path = ["values", index];
  try {
    // "rate" takes any number that is not negative: Kolada's KPIs are counts, rates and percentages alike.
    const value = fromKolada(raw as KoladaRow, { unit: "rate" });
    if (!/^\d{4}$/.test(value.municipality)) {
      const path: Path = [...at, "municipality"];
      return {
        issues: [
          {
            code: "invalid_kolada_row",
            severity: "error",
            path,
            reason: "invalid_municipality_code",
            details: { value: value.municipality },
          },
        ],
      };
    }
    if (!observationShape.year.safeParse(value.period).success) {
      // An observation file refuses such a year; the reader must not write one.
      return {
        issues: [
          {
            code: "invalid_kolada_row",
            severity: "error",
            path: [...at, "period"],
            reason: "invalid_year",
            details: { value: value.period },
          },
        ],
      };
    }
    const entries = new Map<string, number>();
    (raw as KoladaRow).values.forEach((entry, j) => {
      entries.set(entry.gender, j);
    });
    return { row: { index, value, entries }, issues: [] };
  } catch (error) {
    // Anything else was thrown by the row itself (a getter, a proxy): it cannot be read.
    if (!(error instanceof GenderInputError))
      return { issues: [{ code: "invalid_kolada_row", severity: "error", path: at, reason: "invalid_row", details: { field: "row" } }] };
    const path = [...at, ...error.path];
    if (error.code === "negative_value" && "value" in error.details)
      return { issues: [{ code: "negative_value", severity: "error", path, value: Number(error.details.value) }] };
    return { issues: [{ code: "invalid_kolada_row", severity: "error", path, reason: error.code, details: error.details }] };
  }
}

/** The KPI and year of a row that could not be read, where they can be. */
function identityOf(raw: unknown): { kpi?: unknown; period?: unknown } {
  try {
    const { kpi, period } = (typeof raw === "object" && raw !== null ? raw : {}) as { kpi?: unknown; period?: unknown };
    return { kpi, period };
  } catch {
    return {};
  }
}

/** Whether a Kolada area is the total, a part (a municipality of the area) or outside it. */
function roleOf(municipality: string, area: string | undefined): "total" | "part" | "outside" {
  if (municipality === area) return "total";
  // Kolada's regions and the whole country have ids "00…"; municipalities have their SCB code.
  if (municipality.startsWith("00")) return "outside";
  if (area === undefined) return "part";
  return area.startsWith("00") && municipality.slice(0, 2) === area.slice(2) ? "part" : "outside";
}
