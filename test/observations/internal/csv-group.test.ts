import { describe, expect, it } from "vitest";
import { buildObservation, groupRows } from "../../../src/observations/internal/csv-group.js";
import { type Column, readHeader } from "../../../src/observations/internal/csv-header.js";
import { type Row, readRow } from "../../../src/observations/internal/csv-row.js";

const columns = readHeader(
  { line: 1, cells: ["indikator", "år", "antal", "täljare", "nämnare", "kommun", "källa"], broken: false },
  [],
  [],
) as Column[];
const rows = (...cells: string[][]): Row[] => cells.map((c, i) => readRow({ line: i + 2, cells: c, broken: false }, columns));

describe("groupRows", () => {
  it("rows of one indicator and year are one observation: a total and its municipalities; a second total stands alone", () => {
    const groups = groupRows(
      rows(
        ["F.1-1", "2018", "9"],
        ["F.1-1", "2018", "4", "", "", "0780"],
        ["F.1-1", "2018", "5", "", "", "0760"],
        ["F.1-1", "2018", "9"],
        ["", "2018"],
      ),
    );
    expect(groups.map((g) => ({ rows: g.rows.map((r) => r.line), total: g.total?.line, parts: g.parts.map((r) => r.line) }))).toEqual([
      { rows: [2, 3, 4], total: 2, parts: [3, 4] },
      { rows: [5], total: 5, parts: [] },
      { rows: [6], total: 6, parts: [] },
    ]);
  });
});

describe("buildObservation", () => {
  const count = new Map([["F.1-1", "count" as const]]);

  it("sums a count's total from its municipalities, noting the first part's line", () => {
    const [group] = groupRows(rows(["F.1-1", "2018", "4", "", "", "0780"], ["F.1-1", "2018", "5", "", "", "0760", "Enkät"]));
    const built = buildObservation(group!, columns, count);
    expect(built.observation).toEqual({
      indicator: "F.1-1",
      year: 2018,
      value: 9,
      byMunicipality: [
        { municipality: "0780", value: 4 },
        { municipality: "0760", value: 5 },
      ],
      source: "Enkät",
    });
    expect(built.issues).toEqual([
      { code: "total_from_parts", severity: "info", path: ["antal"], line: 2, column: "antal", field: "value", total: 9, parts: 2 },
    ]);
    expect(built.origin).toEqual({
      lines: [2, 3],
      fieldLine: new Map([
        ["source", 3],
        ["value", 2],
      ]),
      partLines: [2, 3],
      unitLines: new Map(),
      sexColumns: [],
    });
  });

  it("a value is summed only for a measure that adds up; numerators and denominators always", () => {
    const [group] = groupRows(rows(["F.1-1", "2018", "4", "1", "2", "0780"], ["F.1-1", "2018", "5", "1", "4", "0760"]));
    expect(buildObservation(group!, columns, new Map()).observation).toMatchObject({ numerator: 2, denominator: 6 });
    expect(buildObservation(group!, columns, new Map()).observation.value).toBeUndefined();
  });

  it("a shared cell given twice differently is a conflict", () => {
    const [group] = groupRows(rows(["F.1-1", "2018", "9", "", "", "", "Enkät"], ["F.1-1", "2018", "4", "", "", "0780", "Register"]));
    expect(buildObservation(group!, columns, count).issues).toEqual([
      {
        code: "conflicting_cell",
        severity: "error",
        path: ["källa"],
        line: 3,
        column: "källa",
        received: "Register",
        expected: "Enkät",
        firstLine: 2,
      },
    ]);
  });
});
