import { describe, expect, it } from "vitest";
import { type Column, readHeader } from "../../../src/observations/internal/csv-header.js";
import { type Row, readRow } from "../../../src/observations/internal/csv-row.js";

function columnsOf(...headers: string[]): Column[] {
  const columns = readHeader({ line: 1, cells: headers, broken: false }, [], []);
  if (columns === undefined) throw new Error(`no columns: ${headers.join(", ")}`);
  return columns;
}

const rowOf = (columns: Column[], ...cells: string[]): Row => readRow({ line: 2, cells, broken: false }, columns);

describe("readRow", () => {
  const basic = columnsOf("indikator", "år", "antal", "kommentar");

  it("reads the key, the numbers and the shared cells", () => {
    expect(rowOf(basic, "F.1-1", "2018", "1 234", "Två träffar")).toEqual({
      line: 2,
      issues: [],
      indicator: "F.1-1",
      year: 2018,
      key: "F.1-1\u00002018",
      numbers: { value: 1234 },
      sexCells: [],
      childrenOnly: false,
      shared: new Map([["comment", { value: "Två träffar", raw: "Två träffar", column: "kommentar" }]]),
    });
  });

  it("reports each cell it cannot read, and keeps no key without an indicator", () => {
    const row = rowOf(basic, "", "17", "12 %", "", "extra");
    expect(row.issues).toEqual([
      { code: "extra_cells", severity: "error", path: [], line: 2, count: 1 },
      { code: "empty_cell", severity: "error", path: ["indikator"], line: 2, column: "indikator" },
      { code: "invalid_year", severity: "error", path: ["år"], line: 2, column: "år", received: "17" },
      { code: "invalid_number", severity: "error", path: ["antal"], line: 2, column: "antal", received: "12 %" },
    ]);
    expect(row.key).toBeUndefined();
  });

  it("a suppressed value is noted and a negative one refused", () => {
    expect(rowOf(basic, "F.1-1", "2018", "..").issues).toEqual([
      { code: "suppressed_value", severity: "info", path: ["antal"], line: 2, column: "antal" },
    ]);
    expect(rowOf(basic, "F.1-1", "2018", "−3").issues).toEqual([
      { code: "negative_value", severity: "error", path: ["antal"], line: 2, column: "antal", value: -3 },
    ]);
  });

  describe("periods", () => {
    const periods = columnsOf("indicator", "year", "start", "end");

    it("a period within one year gives the year", () => {
      expect(rowOf(periods, "F.1-1", "", "2018-01-01", "2018-06-30")).toMatchObject({
        issues: [],
        year: 2018,
        period: { start: "2018-01-01", end: "2018-06-30" },
        key: "F.1-1\u00002018\u00002018-01-01\u00002018-06-30",
      });
    });

    it("one across years leaves the year to be said; a reversed or half period is refused", () => {
      expect(rowOf(periods, "F.1-1", "", "2018-07-01", "2019-06-30").issues).toEqual([
        { code: "period_spans_years", severity: "error", path: ["end"], line: 2, column: "end", start: "2018-07-01", end: "2019-06-30" },
      ]);
      expect(rowOf(periods, "F.1-1", "2018", "2018-07", "2018-06").issues).toEqual([
        { code: "period_reversed", severity: "error", path: ["end"], line: 2, column: "end", start: "2018-07", end: "2018-06" },
      ]);
      expect(rowOf(periods, "F.1-1", "2018", "2018-07").issues).toEqual([
        { code: "incomplete_period", severity: "error", path: ["end"], line: 2, column: "end" },
      ]);
    });

    it("no year and no period: the year cell is empty", () => {
      expect(rowOf(periods, "F.1-1", "").issues).toEqual([
        { code: "empty_cell", severity: "error", path: ["year"], line: 2, column: "year" },
      ]);
    });
  });

  describe("municipalities and sex cells", () => {
    const columns = columnsOf("indicator", "year", "value", "kvinnor", "män", "kommun");

    it("women and men alone are everyone; a municipality is found by name", () => {
      expect(rowOf(columns, "F.1-1", "2018", "5", "3", "2")).toMatchObject({
        sexCells: [
          { cell: { sex: "female", value: 3 }, column: "kvinnor" },
          { cell: { sex: "male", value: 2 }, column: "män" },
        ],
      });
      expect(rowOf(columns, "F.1-1", "2018", "5", "", "", "Växjö")).toMatchObject({ issues: [], municipality: "0780" });
    });

    it("a municipality's row has no sex cells; an unknown name is refused", () => {
      expect(rowOf(columns, "F.1-1", "2018", "5", "3", "", "Atlantis").issues).toEqual([
        { code: "invalid_municipality", severity: "error", path: ["kommun"], line: 2, column: "kommun", received: "Atlantis" },
        { code: "not_for_municipality", severity: "error", path: ["kvinnor"], line: 2, column: "kvinnor" },
      ]);
    });

    it("beside girls and boys, women and men are adults", () => {
      const byAge = columnsOf("indicator", "year", "flickor", "kvinnor");
      expect(rowOf(byAge, "F.1-1", "2018", "..", "4").sexCells).toEqual([
        { cell: { sex: "female", age: "children", suppressed: true }, column: "flickor" },
        { cell: { sex: "female", age: "adults", value: 4 }, column: "kvinnor" },
      ]);
    });
  });

  it("done is a yes or no, done on a date; unknown columns go to extensions", () => {
    const columns = columnsOf("indicator", "year", "genomförd", "genomförd datum", "Ansvarig");
    expect([...rowOf(columns, "F.1-1", "2018", "ja", "2018-05", "Anna").shared]).toEqual([
      ["done", { value: true, raw: "ja", column: "genomförd" }],
      ["doneOn", { value: "2018-05", raw: "2018-05", column: "genomförd datum" }],
      ["extensions.Ansvarig", { value: "Anna", raw: "Anna", column: "Ansvarig" }],
    ]);
    expect(rowOf(columns, "F.1-1", "2018", "kanske", "maj").issues).toEqual([
      { code: "invalid_boolean", severity: "error", path: ["genomförd"], line: 2, column: "genomförd", received: "kanske" },
      { code: "invalid_date", severity: "error", path: ["genomförd datum"], line: 2, column: "genomförd datum", received: "maj" },
    ]);
  });
});
