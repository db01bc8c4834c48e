import { describe, expect, it } from "vitest";
import type { Origin } from "../../../src/observations/internal/csv-group.js";
import type { Column } from "../../../src/observations/internal/csv-header.js";
import { relatedRows, sortByLine, toCsvIssue } from "../../../src/observations/internal/csv-issues.js";
import type { ObservationIssueData } from "../../../src/observations/issue.js";

const columns: Column[] = [
  { index: 0, header: "Indikator", field: "indicator" },
  { index: 1, header: "År", field: "year" },
  { index: 2, header: "Antal", field: "value" },
  { index: 3, header: "Kommun", field: "municipality" },
  { index: 4, header: "Kvinnor", field: "women" },
];
const origin: Origin = {
  lines: [4, 5, 6],
  fieldLine: new Map([["value", 4]]),
  partLines: [5, 6],
  unitLines: new Map(),
  sexColumns: ["Kvinnor"],
  totalLine: 4,
};

describe("toCsvIssue", () => {
  it("a field's issue goes to the line and column it was read from", () => {
    const issue: ObservationIssueData = { code: "negative_value", severity: "error", path: ["observations", 0, "value"], value: -1 };
    expect(toCsvIssue(issue, origin, columns, (i) => [origin][i]?.lines[0])).toEqual({
      ...issue,
      path: ["Antal"],
      line: 4,
      column: "Antal",
    });
  });

  it("a municipality's issue goes to its part's line; a sex cell's to the total's line and the cell's column", () => {
    const part: ObservationIssueData = {
      code: "unknown_municipality",
      severity: "error",
      path: ["observations", 0, "byMunicipality", 1, "municipality"],
      municipality: "9999",
    };
    expect(toCsvIssue(part, origin, columns, (i) => [origin][i]?.lines[0])).toMatchObject({ path: ["Kommun"], line: 6, column: "Kommun" });
    const cell: ObservationIssueData = {
      code: "negative_value",
      severity: "error",
      path: ["observations", 0, "bySex", "cells", 0, "value"],
      value: -2,
    };
    expect(toCsvIssue(cell, origin, columns, (i) => [origin][i]?.lines[0])).toMatchObject({
      path: ["Kvinnor"],
      line: 4,
      column: "Kvinnor",
    });
  });

  it("a duplicate points to the earlier observation's first line, or the earlier municipality's line", () => {
    const earlier: Origin = { lines: [2], fieldLine: new Map(), partLines: [], unitLines: new Map(), sexColumns: [] };
    const duplicate: ObservationIssueData = {
      code: "duplicate_observation",
      severity: "warning",
      path: ["observations", 1],
      indicator: "F.1-1",
      year: 2018,
      firstPath: ["observations", 0],
    };
    expect(toCsvIssue(duplicate, origin, columns, (i) => [earlier, origin][i]?.lines[0])).toEqual({
      ...duplicate,
      path: [],
      line: 4,
      firstPath: [],
      firstLine: 2,
    });
    const twice: ObservationIssueData = {
      code: "duplicate_municipality",
      severity: "error",
      path: ["observations", 0, "byMunicipality", 1, "municipality"],
      municipality: "0780",
      firstPath: ["observations", 0, "byMunicipality", 0, "municipality"],
    };
    expect(toCsvIssue(twice, origin, columns, (i) => [origin][i]?.lines[0])).toMatchObject({
      line: 6,
      column: "Kommun",
      firstPath: ["Kommun"],
      firstLine: 5,
    });
  });
});

describe("relatedRows and sortByLine", () => {
  it("each row of a rejected observation without an error of its own points to the first error", () => {
    const error: ObservationIssueData = { code: "empty_cell", severity: "error", path: ["År"], line: 3, column: "År" };
    const group = { rows: [{ line: 2 }, { line: 3 }], parts: [] } as unknown as Parameters<typeof relatedRows>[0];
    expect(relatedRows(group, [error])).toEqual([
      { code: "related_row_rejected", severity: "error", path: [], line: 2, causePath: ["År"], causeLine: 3 },
    ]);
    const warning: ObservationIssueData = { code: "unknown_column", severity: "warning", path: ["X"], line: 3, column: "X" };
    expect(relatedRows(group, [warning])).toEqual([]);
  });

  it("sorts by line and keeps the order of one line's issues", () => {
    const a: ObservationIssueData = { code: "byte_order_mark", severity: "info", path: [], line: 1 };
    const b: ObservationIssueData = { code: "extra_cells", severity: "error", path: [], line: 3, count: 1 };
    const c: ObservationIssueData = { code: "extra_cells", severity: "error", path: [], line: 1, count: 2 };
    expect(sortByLine([b, a, c])).toEqual([a, c, b]);
  });
});
