import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/observations/internal/csv-header.js";
import type { CsvRow } from "../../../src/observations/internal/csv-read.js";
import type { ObservationIssueData } from "../../../src/observations/issue.js";

const row = (line: number, ...cells: string[]): CsvRow => ({ line, cells, broken: false });

function read(header: CsvRow, ...data: CsvRow[]) {
  const issues: ObservationIssueData[] = [];
  return { columns: readHeader(header, data, issues), issues };
}

describe("readHeader", () => {
  it("names each column's field; an unknown column is kept by its header, with a warning", () => {
    expect(read(row(1, "Indikator", "År", "Antal", "Ansvarig"))).toEqual({
      columns: [
        { index: 0, header: "Indikator", field: "indicator" },
        { index: 1, header: "År", field: "year" },
        { index: 2, header: "Antal", field: "value" },
        { index: 3, header: "Ansvarig" },
      ],
      issues: [{ code: "unknown_column", severity: "warning", path: ["Ansvarig"], line: 1, column: "Ansvarig" }],
    });
  });

  it("skips an empty column with nothing in it, and names one with something by its place", () => {
    expect(read(row(1, "indicator", "year", " "), row(2, "F.1-1", "2018", "")).columns).toHaveLength(2);
    expect(read(row(1, "indicator", "year", ""), row(2, "F.1-1", "2018", "x"))).toMatchObject({
      columns: [{ field: "indicator" }, { field: "year" }, { index: 2, header: "column_3" }],
      issues: [{ code: "unknown_column", path: ["column_3"], column: "column_3" }],
    });
  });

  it("a second column of one field, or a header that could reach a prototype, leaves no columns", () => {
    expect(read(row(1, "År", "indicator", "year"))).toEqual({
      columns: undefined,
      issues: [{ code: "duplicate_column", severity: "error", path: ["year"], line: 1, column: "year", firstColumn: "År" }],
    });
    expect(read(row(3, "indicator", "year", "__proto__")).issues).toEqual([
      { code: "forbidden_column", severity: "error", path: ["__proto__"], line: 3, column: "__proto__" },
    ]);
  });

  it("needs an indicator, and a year or both ends of a period", () => {
    expect(read(row(1, "value")).issues).toEqual([
      { code: "missing_column", severity: "error", path: [], line: 1, role: "indicator", names: ["indicator", "indikator"] },
      { code: "missing_column", severity: "error", path: [], line: 1, role: "year", names: ["year", "år"] },
    ]);
    expect(read(row(1, "indicator", "från", "till")).columns).toHaveLength(3);
    expect(read(row(1, "indicator", "year", "från"))).toEqual({
      columns: undefined,
      issues: [{ code: "missing_column", severity: "error", path: [], line: 1, role: "end", names: ["end", "till"] }],
    });
  });
});
