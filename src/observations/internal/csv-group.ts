import { DEFAULT_AGE_GROUPS } from "../../gender/age-groups.js";
import type { AgeGroup } from "../../gender/types.js";
import { append } from "../../internal/append.js";
import { indicatorIndex } from "../../model/indicator-index.js";
import type { MeasureType } from "../../model/measure.js";
import type { MunicipalityValue, Observation } from "../../model/observation.js";
import type { Plan } from "../../model/plan.js";
import type { ObservationIssueData } from "../issue.js";
import { ADDITIVE } from "./additive.js";
import { type Column, columnOf } from "./csv-header.js";
import { NUMBER_FIELDS, type Numbers, type Row, type Shared } from "./csv-row.js";

// Appended, never changed: one for every group without such issues.
const NO_ISSUES: readonly ObservationIssueData[] = Object.freeze([]);

// The default scheme's band of children, 0–17: the one band of a sheet with girls and boys only.
const CHILDREN = DEFAULT_AGE_GROUPS[0] as AgeGroup;

/**
 * The rows of one observation: its total (a row without a municipality or a unit), its municipalities' parts
 * and its named units' parts.
 */
export interface Group {
  rows: Row[];
  total?: Row;
  parts: Row[];
  unitParts: Row[];
}

/** Where each field of a built observation came from, so that a check's path can be mapped to a line and a column. */
export interface Origin {
  lines: number[];
  fieldLine: Map<string, number>;
  partLines: number[];
  /** The lines of the units' parts, by breakdown, in the order of `byUnit`. */
  unitLines: Map<string, number[]>;
  sexColumns: string[];
  totalLine?: number;
}

/** An observation built from a group of rows, where its fields came from, and the issues of building it. */
export interface Built {
  observation: Observation;
  origin: Origin;
  issues: ObservationIssueData[];
}

/**
 * Rows with the same indicator, year and period are one observation: a row without a municipality is its
 * total, rows with one are its municipalities. A second row without a municipality is an observation of its
 * own (and a duplicate). A row whose key cannot be read stands alone.
 *
 * @example
 * ```ts
 * const groups = groupRows(dataRows.map((row) => readRow(row, columns)));
 * groups[0]?.total?.line; // the line of the first observation's total, if it has one
 * ```
 */
export function groupRows(rows: readonly Row[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const row of rows) {
    const group = row.key === undefined ? undefined : byKey.get(row.key);
    if (group !== undefined && joinsGroup(row, group.total !== undefined)) {
      addToGroup(group, row);
      continue;
    }
    const created = startGroup(row);
    groups.push(created);
    if (row.key !== undefined && group === undefined) byKey.set(row.key, created);
  }
  return groups;
}

/**
 * Whether a row joins the first group of its key (one whose total is given, or not), rather than start a group of
 * its own: a municipality's or a unit's part always does, a total only when that group has none.
 *
 * @example
 * ```ts
 * joinsGroup(totalRow, true); // false: a second total is an observation of its own (a duplicate)
 * ```
 */
export function joinsGroup(row: Row, hasTotal: boolean): boolean {
  return row.municipality !== undefined || row.unitPart !== undefined || !hasTotal;
}

/**
 * A group of one row.
 *
 * @example
 * ```ts
 * startGroup(row).rows; // [row]
 * ```
 */
export function startGroup(row: Row): Group {
  const isMunicipality = row.municipality !== undefined;
  const isUnit = row.unitPart !== undefined;
  // No spread of a conditional object: this runs once per observation.
  const group: Group = { rows: [row], parts: isMunicipality ? [row] : [], unitParts: isUnit ? [row] : [] };
  if (!isMunicipality && !isUnit) group.total = row;
  return group;
}

/**
 * Adds a row to a group it joins ({@link joinsGroup}): as its total, a municipality's part or a unit's part.
 *
 * @example
 * ```ts
 * addToGroup(group, municipalityRow); // group.parts ends with it
 * ```
 */
export function addToGroup(group: Group, row: Row): void {
  group.rows.push(row);
  if (row.municipality !== undefined) group.parts.push(row);
  else if (row.unitPart !== undefined) group.unitParts.push(row);
  else group.total = row;
}

/**
 * The measure type of each of the plan's indicators that has one.
 *
 * @example
 * ```ts
 * measuresOf(plan).get("F.1-1"); // "count"
 * ```
 */
export function measuresOf(plan: Plan | undefined): Map<string, MeasureType> {
  const measures = new Map<string, MeasureType>();
  if (plan === undefined) return measures;
  for (const [id, { indicator }] of indicatorIndex(plan)) if (indicator.measure !== undefined) measures.set(id, indicator.measure.type);
  return measures;
}

/**
 * Builds the observation of a group of rows without errors: the total's numbers and sex cells (or numbers
 * summed from the municipalities), the municipalities' parts, and the cells the rows share.
 *
 * @example
 * ```ts
 * const { observation, origin, issues } = buildObservation(group, columns, measuresOf(plan));
 * ```
 */
export function buildObservation(group: Group, columns: readonly Column[], measures: ReadonlyMap<string, MeasureType>): Built {
  const first = group.rows[0] as Row;
  const { shared, lineOf, issues } = sharedCells(group);
  append(issues, percentRows(group, columns, measures, first.indicator as string));
  // The number fields and the line they came from, for the origin.
  let numbersLine: number | undefined;
  let numbers: Numbers | undefined;

  const observation: Observation = { indicator: first.indicator as string, year: first.year as number };
  const activity = shared.get("activity");
  if (activity !== undefined) observation.activity = activity.value as string;
  if (first.period !== undefined) observation.period = first.period;
  const { total } = group;
  if (total !== undefined) {
    numbers = total.numbers;
    numbersLine = total.line;
  } else if (group.parts.length > 0) {
    // Only municipalities sum to a total: units of several breakdowns (or some units of one) need not.
    const summed = totalFromParts(group, columns, measures.get(observation.indicator));
    numbers = summed.numbers;
    numbersLine = (group.parts[0] as Row).line;
    append(issues, summed.issues);
  }
  // Field by field in their order, as `Object.assign` did, without its generic path.
  if (numbers !== undefined) for (const field of NUMBER_FIELDS) if (numbers[field] !== undefined) observation[field] = numbers[field];
  if (shared.size > 0) {
    for (const field of ["done", "doneOn", "text"] as const) {
      const cell = shared.get(field);
      if (cell !== undefined) (observation as unknown as Record<string, unknown>)[field] = cell.value;
    }
  }
  if (total !== undefined && total.sexCells.length > 0) {
    observation.bySex = { cells: total.sexCells.map((s) => s.cell) };
    // Girls and boys alone are children: the breakdown's one band, so that it is complete and adds up to the value.
    if (total.childrenOnly) observation.bySex.ageGroups = [{ ...CHILDREN }];
  }
  if (group.parts.length > 0) {
    observation.byMunicipality = group.parts.map(
      (part): MunicipalityValue => ({ municipality: part.municipality as string, ...part.numbers }),
    );
  }
  for (const part of group.unitParts) {
    const { breakdown, unit } = part.unitPart as NonNullable<Row["unitPart"]>;
    const byUnit = observation.byUnit ?? {};
    byUnit[breakdown] = [...(byUnit[breakdown] ?? []), { unit, ...part.numbers }];
    observation.byUnit = byUnit;
  }
  if (shared.size > 0) {
    for (const field of ["source", "comment"] as const) {
      const cell = shared.get(field);
      if (cell !== undefined) observation[field] = cell.value as string;
    }
    const extensions = extensionsOf(shared);
    if (extensions !== undefined) observation.extensions = extensions;
  }
  return new BuiltObservation(observation, issues, () => originOf(group, shared, lineOf, numbers, numbersLine));
}

/** A built observation whose origin is built when first read: only when a check reports something (rarely). */
class BuiltObservation implements Built {
  private known: Origin | undefined;

  constructor(
    readonly observation: Observation,
    readonly issues: ObservationIssueData[],
    private readonly build: () => Origin,
  ) {}

  // A getter on the class, not in an object literal: V8 builds such a literal by its slow path.
  get origin(): Origin {
    this.known = this.known ?? this.build();
    return this.known;
  }
}

/** Where each field of an observation built from a group came from (see {@link buildObservation}). */
function originOf(
  group: Group,
  shared: ReadonlyMap<string, Shared>,
  lineOf: (name: string) => number,
  numbers: Numbers | undefined,
  numbersLine: number | undefined,
): Origin {
  const origin: Origin = {
    lines: group.rows.map((r) => r.line),
    fieldLine: new Map(),
    partLines: group.parts.map((r) => r.line),
    unitLines: new Map(),
    sexColumns: [],
  };
  for (const name of shared.keys()) origin.fieldLine.set(name, lineOf(name));
  const { total } = group;
  if (total !== undefined) origin.totalLine = total.line;
  if (numbers !== undefined)
    for (const field of NUMBER_FIELDS) if (numbers[field] !== undefined) origin.fieldLine.set(field, numbersLine as number);
  if (total !== undefined && total.sexCells.length > 0) origin.sexColumns = total.sexCells.map((s) => s.column);
  for (const part of group.unitParts) {
    const { breakdown } = part.unitPart as NonNullable<Row["unitPart"]>;
    origin.unitLines.set(breakdown, [...(origin.unitLines.get(breakdown) ?? []), part.line]);
  }
  return origin;
}

/**
 * The rows' values from a per-cent column, for the indicator's measure: a per cent's (or, without a plan, any)
 * value stands; a share given only as a per cent becomes numerator the per cent, denominator 100 (told, since
 * rows added together then weigh the same, whatever their real size); any other measure refuses it.
 */
function percentRows(
  group: Group,
  columns: readonly Column[],
  measures: ReadonlyMap<string, MeasureType>,
  indicator: string,
): readonly ObservationIssueData[] {
  const column = columnOf(columns, "value");
  if (column?.percent !== true) return NO_ISSUES;
  // The measure looked up only for a per-cent column.
  const measure = measures.get(indicator);
  if (measure === undefined || measure === "percent") return NO_ISSUES;
  const given = group.rows.filter((row) => row.numbers.value !== undefined);
  if (given.length === 0) return NO_ISSUES;
  const at = { path: [column.header], column: column.header };
  if (measure !== "share") {
    const line = (given[0] as Row).line;
    return [{ code: "percent_not_applicable", severity: "error", ...at, line, indicator, measure }];
  }
  const issues: ObservationIssueData[] = [];
  for (const row of given) {
    const { value, numerator, denominator } = row.numbers;
    if (value === undefined || numerator !== undefined || denominator !== undefined) continue;
    row.numbers = { numerator: value, denominator: 100 };
    issues.push({ code: "share_from_percent", severity: "info", ...at, line: row.line, value });
  }
  return issues;
}

/**
 * The cells the rows of a group share, and the line each was first given on; a different value is a conflict. A
 * group of one row (most) has its row's cells, not a copy.
 */
function sharedCells(group: Group): {
  shared: ReadonlyMap<string, Shared>;
  lineOf: (name: string) => number;
  issues: ObservationIssueData[];
} {
  const issues: ObservationIssueData[] = [];
  if (group.rows.length === 1) {
    const row = group.rows[0] as Row;
    return { shared: row.shared, lineOf: () => row.line, issues };
  }
  const shared = new Map<string, Shared>();
  const lines = new Map<string, number>();
  for (const row of group.rows) {
    for (const [name, cell] of row.shared) {
      const earlier = shared.get(name);
      if (earlier === undefined) {
        shared.set(name, cell);
        lines.set(name, row.line);
      } else if (JSON.stringify(earlier.value) !== JSON.stringify(cell.value)) {
        issues.push({
          code: "conflicting_cell",
          severity: "error",
          path: [cell.column],
          line: row.line,
          column: cell.column,
          received: cell.raw,
          expected: earlier.raw,
          firstLine: lines.get(name) as number,
        });
      }
    }
  }
  return { shared, lineOf: (name) => lines.get(name) as number, issues };
}

/** A total summed from the municipalities, for each number field that every one of them gives. */
function totalFromParts(
  group: Group,
  columns: readonly Column[],
  measure: MeasureType | undefined,
): { numbers: Numbers; issues: ObservationIssueData[] } {
  const numbers: Numbers = {};
  const issues: ObservationIssueData[] = [];
  // Numerators and denominators are counts by definition; a value only when the plan says it is one.
  const summable = NUMBER_FIELDS.filter((field) => field !== "value" || (measure !== undefined && ADDITIVE.has(measure)));
  const firstPart = group.parts[0];
  for (const field of summable) {
    if (firstPart === undefined || !group.parts.every((part) => part.numbers[field] !== undefined)) continue;
    const sum = group.parts.reduce((s, part) => s + (part.numbers[field] as number), 0);
    numbers[field] = sum;
    // A share read from a per-cent column has its numerators and denominators from that column.
    const header = ((columnOf(columns, field) ?? columnOf(columns, "value")) as Column).header;
    issues.push({
      code: "total_from_parts",
      severity: "info",
      path: [header],
      line: firstPart.line,
      column: header,
      field,
      total: sum,
      parts: group.parts.length,
    });
  }
  return { numbers, issues };
}

function extensionsOf(shared: ReadonlyMap<string, Shared>): Record<string, unknown> | undefined {
  const extensions: Record<string, unknown> = {};
  for (const [name, cell] of shared) if (name.startsWith("extensions.")) extensions[name.slice("extensions.".length)] = cell.value;
  return Object.keys(extensions).length > 0 ? extensions : undefined;
}
