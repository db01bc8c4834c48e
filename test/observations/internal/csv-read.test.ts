import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvRow, CsvRowSplitter, readRows, scanHeaderLine } from "../../../src/observations/internal/csv-read.js";
import type { ObservationIssueData } from "../../../src/observations/issue.js";

/** The rows and issues of a text given to a splitter in pieces. */
function split(pieces: readonly string[]): { rows: CsvRow[]; issues: ObservationIssueData[] } {
  const rows: CsvRow[] = [];
  const issues: ObservationIssueData[] = [];
  const splitter = new CsvRowSplitter(
    ";",
    (row) => rows.push(row),
    (issue) => issues.push(issue),
  );
  for (const piece of pieces) splitter.push(piece, false);
  splitter.push("", true);
  return { rows, issues };
}

describe("CsvRowSplitter", () => {
  it("gives the rows and issues of the whole text, wherever it is cut", () => {
    const part = fc.constantFrom("a", ";", "\n", '"', '""', "x y", '12"st', '"q;\nr"', "");
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 6 }), (parts, offsets) => {
        const text = parts.join("");
        const cuts = [...new Set(offsets.map((o) => o % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...cuts].map((from, i) => text.slice(from, [...cuts, text.length][i]));
        expect(split(pieces)).toEqual(readRows(text, ";"));
      }),
      { numRuns: 500 },
    );
  });

  it("numbers rows by the line they start on and reports a quote that never closes on it", () => {
    expect(split(["a;b\n", '"c\nd";e\n\nf;"g'])).toEqual({
      rows: [
        { line: 1, cells: ["a", "b"], broken: false },
        { line: 2, cells: ["c\nd", "e"], broken: false },
        { line: 5, cells: ["f", "g"], broken: true },
      ],
      issues: [{ code: "invalid_csv", severity: "error", path: [], line: 5, reason: "MissingQuotes" }],
    });
  });
});

describe("scanHeaderLine", () => {
  it("finds the delimiter of the first line that holds something, and tells whether that line is whole", () => {
    expect(scanHeaderLine("\nindikator,år;x")).toEqual({ delimiter: ";", complete: false });
    expect(scanHeaderLine('a,"b;c",d\ne;f;g;h')).toEqual({ delimiter: ",", complete: true });
    expect(scanHeaderLine("a\tb\tc;d\n")).toEqual({ delimiter: "\t", complete: true });
  });
});
