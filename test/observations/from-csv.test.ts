import { describe, expect, it } from "vitest";
import { kronoberg2017 } from "../../src/fixtures/index.js";
import { evaluatePlan, type ObservationDataIssue, type ObservationsResult, observationsFromCsv, reportMarkdown } from "../../src/index.js";
import { dataBytes, measuredPlan, percentPlan } from "../support/observations.js";
import { deepFreeze } from "../support/plans.js";
import { unitsPlan } from "../support/units.js";

type Bare = Omit<ObservationDataIssue, "message">;
const plan = deepFreeze(measuredPlan());

function bare(result: ObservationsResult): Bare[] {
  return result.issues.map(({ message: _m, ...rest }) => rest as Bare);
}

describe("observationsFromCsv: the dialects", () => {
  it("reads Swedish headers, semicolons, a BOM, CRLF, decimal comma, no-break thousands and municipality rows", () => {
    const result = observationsFromCsv(dataBytes("sv-semikolon-bom.csv"), { plan });
    expect(result.observations).toEqual([
      {
        indicator: "F.1-1",
        activity: "F.1",
        year: 2018,
        value: 1234,
        bySex: {
          cells: [
            { sex: "female", age: "children", value: 300 },
            { sex: "female", age: "adults", value: 600 },
            { sex: "male", age: "adults", suppressed: true },
          ],
        },
        source: "Deltagarlistor",
        comment: "Två utbildningar; en i Växjö",
      },
      { indicator: "F.1-1", activity: "F.1", year: 2019, value: 0, source: "Deltagarlistor", comment: "Inga utbildningar i år" },
      // An empty cell is missing, not zero; the quoted line break is kept (as \n).
      { indicator: "F.1-1", activity: "F.1", year: 2020, comment: "Uppgift saknas:\nlistorna kom bort" },
      { indicator: "1.1-2", activity: "1.1", year: 2018, value: 12.5, source: "Länsrapporten" },
      {
        indicator: "F.3-1",
        activity: "F.3",
        year: 2019,
        numerator: 5,
        denominator: 15,
        byMunicipality: [
          { municipality: "0780", numerator: 3, denominator: 10 },
          { municipality: "0781", numerator: 2, denominator: 5 },
        ],
        source: "Enkät",
      },
      { indicator: "1.1-1", activity: "1.1", year: 2017, done: true, comment: "Beslutad av ledningsgruppen" },
    ]);
    expect(bare(result)).toEqual([
      { code: "byte_order_mark", severity: "info", path: [], line: 1 },
      { code: "total_from_parts", severity: "info", path: ["Täljare"], line: 8, column: "Täljare", field: "numerator", total: 5, parts: 2 },
      {
        code: "total_from_parts",
        severity: "info",
        path: ["Nämnare"],
        line: 8,
        column: "Nämnare",
        field: "denominator",
        total: 15,
        parts: 2,
      },
    ]);
  });

  it("reads the same file as text", () => {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(dataBytes("sv-semikolon-bom.csv"));
    expect(observationsFromCsv(text, { plan })).toEqual(observationsFromCsv(dataBytes("sv-semikolon-bom.csv"), { plan }));
  });

  it("reads English headers with commas, a quoted decimal comma, done and done_on, and women and men as sexes only", () => {
    const result = observationsFromCsv(dataBytes("en-comma.csv"), { plan, lang: "en" });
    expect(result.issues).toEqual([]);
    expect(result.observations).toEqual([
      {
        indicator: "F.1-1",
        activity: "F.1",
        year: 2018,
        value: 23,
        bySex: {
          cells: [
            { sex: "female", value: 14 },
            { sex: "male", value: 9 },
          ],
        },
        source: "Attendance lists",
        comment: "Two sessions, one in Växjö",
      },
      { indicator: "1.1-2", year: 2018, value: 12.5 },
      { indicator: "1.1-1", activity: "1.1", year: 2017, done: true, doneOn: "2017-11-20" },
      { indicator: "F.1-2", activity: "F.1", year: 2018, text: "Compiled, sent to the board" },
      { indicator: "F.2-1", activity: "F.2", year: 2019, value: 10 },
    ]);
  });

  it("reads Windows-1252 bytes when they are not UTF-8, and says so", () => {
    const bytes = dataBytes("windows-1252.csv");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const result = observationsFromCsv(bytes, { plan, lang: "en" });
    expect(result.observations).toEqual([
      { indicator: "F.1-1", year: 2018, value: 5, comment: "Möte på Länsstyrelsen i Växjö – även för äldre" },
      { indicator: "F.2-1", year: 2018, value: 10, comment: "Träffar i Älmhult och Ljungby" },
    ]);
    expect(result.issues).toEqual([
      {
        code: "decoded_as_windows_1252",
        severity: "info",
        path: [],
        line: 1,
        message: "The file is not valid UTF-8 and was read as Windows-1252 (ANSI, as Excel saves it).",
      },
    ]);
  });

  it("decodes as asked: Windows-1252 without an info, and UTF-8 refused with the line of the first bad byte", () => {
    const bytes = dataBytes("windows-1252.csv");
    const asked = observationsFromCsv(bytes, { encoding: "windows-1252" });
    expect(asked.issues).toEqual([]);
    expect(asked.observations).toEqual(observationsFromCsv(bytes).observations);
    const refused = observationsFromCsv(bytes, { encoding: "utf-8" });
    expect(refused.observations).toEqual([]);
    expect(bare(refused)).toEqual([{ code: "invalid_encoding", severity: "error", path: [], line: 1, detected: "windows-1252" }]);
    expect(refused.issues[0]?.message).toBe(
      'Filen är inte giltig UTF-8 utan verkar vara sparad som Windows-1252: spara den som UTF-8, eller ange inte encoding "utf-8", så läses den som Windows-1252.',
    );
    const laterLine = observationsFromCsv(new Uint8Array([...new TextEncoder().encode("indicator;year\nF.1-1;2018;"), 0xe5, 0x0a]), {
      encoding: "utf-8",
    });
    expect(bare(laterLine)).toEqual([{ code: "invalid_encoding", severity: "error", path: [], line: 2, detected: "windows-1252" }]);
  });

  it("reads a tab-separated file, tabs and other delimiters inside quotes included", () => {
    const result = observationsFromCsv(dataBytes("tab.tsv"), { plan });
    expect(result.issues).toEqual([]);
    expect(result.observations).toEqual([
      { indicator: "F.2-1", year: 2018, value: 10, comment: "Meetings" },
      { indicator: "F.2-1", year: 2019, value: 8, comment: "Quoted\ttab; and, commas" },
    ]);
  });

  it("takes the delimiter from the header line, not from the data, unless one is given", () => {
    // The data rows have more commas than semicolons; the header decides.
    const text = "indikator;år;kommentar\nF.1-1;2018;a, b, c, d\n";
    expect(observationsFromCsv(text).observations).toEqual([{ indicator: "F.1-1", year: 2018, comment: "a, b, c, d" }]);
    const forced = observationsFromCsv("indicator,year;x\nF.1-1,2018;x\n", { delimiter: "," });
    expect(bare(forced)).toEqual([
      { code: "unknown_column", severity: "warning", path: ["year;x"], line: 1, column: "year;x" },
      { code: "missing_column", severity: "error", path: [], line: 1, role: "year", names: ["year", "år"] },
    ]);
  });

  it("does not mutate its input bytes", () => {
    const bytes = dataBytes("sv-semikolon-bom.csv");
    const before = Uint8Array.from(bytes);
    observationsFromCsv(bytes, { plan });
    expect(bytes).toEqual(before);
  });
});

describe("observationsFromCsv: a file with every kind of mistake", () => {
  const result = observationsFromCsv(dataBytes("broken.csv"), { plan });

  it("keeps only the rows without an error", () => {
    expect(result.observations).toEqual([
      {
        indicator: "F.1-1",
        year: 2018,
        value: 12,
        bySex: {
          cells: [
            { sex: "female", value: 5 },
            { sex: "male", value: 4 },
          ],
        },
        comment: "ok",
        extensions: { Område: "Norr" },
      },
      { indicator: "F.1-1", year: 2018, value: 2, extensions: { Område: "Söder" } },
      { indicator: "F.2-1", year: 2020, text: "Inga träffar, se protokoll" },
      { indicator: "1.1-2", year: 2019 },
    ]);
  });

  it("reports every rejected row with its line, code and column", () => {
    expect(bare(result)).toEqual([
      { code: "unknown_column", severity: "warning", path: ["Område"], line: 1, column: "Område" },
      { code: "empty_cell", severity: "error", path: ["Indikator"], line: 3, column: "Indikator" },
      { code: "invalid_year", severity: "error", path: ["År"], line: 4, column: "År", received: "18" },
      { code: "invalid_number", severity: "error", path: ["Antal"], line: 5, column: "Antal", received: "12 st" },
      { code: "negative_value", severity: "error", path: ["Antal"], line: 6, column: "Antal", value: -2 },
      { code: "unknown_indicator", severity: "error", path: ["Indikator"], line: 7, column: "Indikator", indicator: "X.9-9" },
      {
        code: "year_outside_plan",
        severity: "error",
        path: ["År"],
        line: 8,
        column: "År",
        year: 2022,
        period: { start: "2017", end: "2021" },
      },
      { code: "parts_above_total", severity: "error", path: [], line: 9, breakdown: "sex", field: "value", parts: 15, total: 10 },
      { code: "share_above_whole", severity: "error", path: ["Täljare"], line: 10, column: "Täljare", numerator: 9, denominator: 4 },
      { code: "invalid_boolean", severity: "error", path: ["Genomförd"], line: 11, column: "Genomförd", received: "kanske" },
      { code: "invalid_municipality", severity: "error", path: ["Kommun"], line: 12, column: "Kommun", received: "Småland" },
      // Lines 13–14 are one row (a quoted line break) of the same observation as line 12.
      { code: "related_row_rejected", severity: "error", path: [], line: 13, causePath: ["Kommun"], causeLine: 12 },
      { code: "extra_cells", severity: "error", path: [], line: 15, count: 1 },
      {
        code: "duplicate_observation",
        severity: "warning",
        path: [],
        line: 16,
        indicator: "F.1-1",
        year: 2018,
        firstPath: [],
        firstLine: 2,
      },
      {
        code: "value_kind_mismatch",
        severity: "error",
        path: ["Genomförd"],
        line: 17,
        column: "Genomförd",
        indicator: "F.2-1",
        measure: "frequency",
        field: "done",
        expected: ["value"],
      },
      {
        code: "value_kind_mismatch",
        severity: "warning",
        path: ["Redovisning"],
        line: 18,
        column: "Redovisning",
        indicator: "F.2-1",
        measure: "frequency",
        field: "text",
        expected: ["value"],
      },
      {
        code: "municipality_outside_county",
        severity: "warning",
        path: ["Kommun"],
        line: 19,
        column: "Kommun",
        municipality: "0180",
        municipalityCountyCode: "01",
        countyCode: "07",
      },
      { code: "related_row_rejected", severity: "error", path: [], line: 19, causePath: ["Kommun"], causeLine: 20 },
      { code: "unknown_municipality", severity: "error", path: ["Kommun"], line: 20, column: "Kommun", municipality: "0799" },
      { code: "not_for_municipality", severity: "error", path: ["Kvinnor"], line: 21, column: "Kvinnor" },
      { code: "related_row_rejected", severity: "error", path: [], line: 22, causePath: ["Kommentar"], causeLine: 23 },
      {
        code: "conflicting_cell",
        severity: "error",
        path: ["Kommentar"],
        line: 23,
        column: "Kommentar",
        received: "Ljungby",
        expected: "Växjö",
        firstLine: 22,
      },
      { code: "suppressed_value", severity: "info", path: ["Antal"], line: 24, column: "Antal" },
      { code: "invalid_csv", severity: "error", path: [], line: 26, reason: "MissingQuotes" },
    ]);
  });

  it("writes messages a county officer can act on", () => {
    const byLine = (line: number): string[] => result.issues.filter((i) => i.line === line).map((i) => i.message);
    expect(byLine(5)).toEqual(['"12 st" är inget tal; skriv t.ex. 12, 12,5 eller 1 234 (".." för skyddat värde, tom cell för saknat).']);
    expect(byLine(13)).toEqual(["Raden tas inte med eftersom en annan rad till samma värde har fel (rad 12)."]);
    expect(byLine(26)).toEqual(['Ett citattecken (") stängs aldrig; resten av filen blir en enda cell.']);
    const en = observationsFromCsv(dataBytes("broken.csv"), { plan, lang: "en" });
    expect(en.issues.filter((i) => i.line === 23).map((i) => i.message)).toEqual([
      '"Ljungby" differs from "Växjö" on line 22, which belongs to the same value.',
    ]);
  });

  it("without a plan, runs only the checks that need none", () => {
    const withoutPlan = observationsFromCsv(dataBytes("broken.csv"));
    const codes = bare(withoutPlan).map((i) => [i.line, i.code]);
    expect(codes).not.toContainEqual([7, "unknown_indicator"]);
    expect(codes).not.toContainEqual([8, "year_outside_plan"]);
    expect(codes).not.toContainEqual([19, "municipality_outside_county"]);
    expect(codes).toContainEqual([10, "share_above_whole"]);
    expect(codes).toContainEqual([20, "unknown_municipality"]);
    expect(withoutPlan.observations.map((o) => [o.indicator, o.year])).toEqual([
      ["F.1-1", 2018],
      ["X.9-9", 2019],
      ["F.1-1", 2022],
      ["F.1-1", 2017],
      ["F.1-1", 2018],
      ["F.2-1", 2019],
      ["F.2-1", 2020],
      ["1.1-2", 2019],
    ]);
  });
});

describe("observationsFromCsv: headers", () => {
  it("refuses a file without an indicator or year column, reading no rows", () => {
    const result = observationsFromCsv("Kommentar;Antal\nx;1\n", { lang: "en" });
    expect(result.observations).toEqual([]);
    expect(result.issues).toEqual([
      {
        code: "missing_column",
        severity: "error",
        path: [],
        line: 1,
        role: "indicator",
        names: ["indicator", "indikator"],
        message: 'The indicator column is missing; its header must be "indicator" or "indikator". No rows were read.',
      },
      {
        code: "missing_column",
        severity: "error",
        path: [],
        line: 1,
        role: "year",
        names: ["year", "år"],
        message: 'The year column is missing; its header must be "year" or "år". No rows were read.',
      },
    ]);
  });

  it("reports an empty file as missing both columns", () => {
    expect(bare(observationsFromCsv("")).map((i) => i.code)).toEqual(["missing_column", "missing_column"]);
    expect(bare(observationsFromCsv(new Uint8Array([0xef, 0xbb, 0xbf]))).map((i) => i.code)).toEqual([
      "byte_order_mark",
      "missing_column",
      "missing_column",
    ]);
  });

  it("refuses two columns that mean the same, and a start without an end", () => {
    expect(bare(observationsFromCsv("Indikator;År;Värde;Antal\nF.1-1;2018;1;2\n"))).toEqual([
      { code: "duplicate_column", severity: "error", path: ["Antal"], line: 1, column: "Antal", firstColumn: "Värde" },
    ]);
    expect(bare(observationsFromCsv("Indikator;År;Från\nF.1-1;2018;2018-01\n"))).toEqual([
      { code: "missing_column", severity: "error", path: [], line: 1, role: "end", names: ["end", "till"] },
    ]);
  });

  it("refuses a column named like a JavaScript prototype key, reading no rows", () => {
    const result = observationsFromCsv("indikator;år;__proto__\nF.1-1;2018;x\n");
    expect(result.observations).toEqual([]);
    expect(bare(result)).toEqual([{ code: "forbidden_column", severity: "error", path: ["__proto__"], line: 1, column: "__proto__" }]);
    expect(Object.prototype).not.toHaveProperty("x");
  });

  it("matches headers without regard to case, surrounding space, or space and hyphen for underscore", () => {
    const result = observationsFromCsv(" INDIKATOR ;År;Genomförd datum;Done-On2\nF.1-1;2018;2018-03;x\n");
    expect(result.observations).toEqual([{ indicator: "F.1-1", year: 2018, doneOn: "2018-03", extensions: { "Done-On2": "x" } }]);
  });

  it("skips an empty column at the end of the header, but keeps one whose cells hold something", () => {
    expect(observationsFromCsv("indicator;year;\nF.1-1;2018;\n").issues).toEqual([]);
    const kept = observationsFromCsv("indicator;year;\nF.1-1;2018;\nF.1-1;2019;anteckning\n");
    expect(kept.observations).toEqual([
      { indicator: "F.1-1", year: 2018 },
      { indicator: "F.1-1", year: 2019, extensions: { column_3: "anteckning" } },
    ]);
    expect(bare(kept)).toEqual([{ code: "unknown_column", severity: "warning", path: ["column_3"], line: 1, column: "column_3" }]);
  });
});

describe("observationsFromCsv: cells", () => {
  it("reads periods, and reports one that is incomplete, invalid or reversed", () => {
    const text = [
      "indicator;year;start;end;value",
      "F.2-1;2018;2018-01;2018-06;3",
      "F.2-1;2018;2018-07;;3",
      "F.2-1;2019;2019-13;2019-12;3",
      "F.2-1;2020;2020-07;2020-01;3",
    ].join("\n");
    const result = observationsFromCsv(text, { plan });
    expect(result.observations).toEqual([{ indicator: "F.2-1", year: 2018, period: { start: "2018-01", end: "2018-06" }, value: 3 }]);
    expect(bare(result)).toEqual([
      { code: "incomplete_period", severity: "error", path: ["end"], line: 3, column: "end" },
      { code: "invalid_date", severity: "error", path: ["start"], line: 4, column: "start", received: "2019-13" },
      { code: "period_reversed", severity: "error", path: ["end"], line: 5, column: "end", start: "2020-07", end: "2020-01" },
    ]);
  });

  it("takes the year from a period within one year when the year cell is empty or the column absent", () => {
    const withColumn = ["indicator;year;start;end;value", "F.2-1;;2018-01;2018-06;3", "F.2-1;;2018-07;2019-06;4", "F.2-1;;;;5"].join("\n");
    const result = observationsFromCsv(withColumn, { plan, lang: "en" });
    expect(result.observations).toEqual([{ indicator: "F.2-1", year: 2018, period: { start: "2018-01", end: "2018-06" }, value: 3 }]);
    expect(bare(result)).toEqual([
      { code: "period_spans_years", severity: "error", path: ["end"], line: 3, column: "end", start: "2018-07", end: "2019-06" },
      { code: "empty_cell", severity: "error", path: ["year"], line: 4, column: "year" },
    ]);
    expect(result.issues[0]?.message).toBe(
      "The period 2018-07–2019-06 spans several years; give the year the value is for in the year column.",
    );

    const withoutColumn = observationsFromCsv("indikator;från;till;värde\nF.2-1;2019-09;2019-09;2\nF.2-1;;;1\n", { plan });
    expect(withoutColumn.observations).toEqual([
      { indicator: "F.2-1", year: 2019, period: { start: "2019-09", end: "2019-09" }, value: 2 },
    ]);
    expect(bare(withoutColumn)).toEqual([{ code: "empty_cell", severity: "error", path: ["från"], line: 3, column: "från" }]);
  });

  it("reads yes and no in the ways spreadsheets write them", () => {
    const rows = ["ja", "NEJ", "Yes", "no", "TRUE", "false", "SANT", "falskt", "1", "0", "x"].map((cell, i) => `1.1-1;${2000 + i};${cell}`);
    const result = observationsFromCsv(["indikator;år;genomförd", ...rows].join("\n"));
    expect(result.observations.map((o) => o.done)).toEqual([true, false, true, false, true, false, true, false, true, false, true]);
  });

  it("reports a done date that is not a date", () => {
    const result = observationsFromCsv("indikator;år;genomförd;genomförd datum\n1.1-1;2017;ja;2017-11-31\n", { plan });
    expect(bare(result)).toEqual([
      { code: "invalid_date", severity: "error", path: ["genomförd datum"], line: 2, column: "genomförd datum", received: "2017-11-31" },
    ]);
  });

  it("reads a municipality by code or by name, and refuses a code that lost its leading zero", () => {
    const result = observationsFromCsv("indikator;år;kommun;antal\nF.1-1;2018;Ljungby kommun;1\nF.1-1;2018;0780;2\nF.1-1;2019;780;3\n", {
      plan,
    });
    expect(result.observations).toEqual([
      {
        indicator: "F.1-1",
        year: 2018,
        value: 3,
        byMunicipality: [
          { municipality: "0781", value: 1 },
          { municipality: "0780", value: 2 },
        ],
      },
    ]);
    expect(bare(result)).toEqual([
      { code: "total_from_parts", severity: "info", path: ["antal"], line: 2, column: "antal", field: "value", total: 3, parts: 2 },
      { code: "invalid_municipality", severity: "error", path: ["kommun"], line: 4, column: "kommun", received: "780" },
    ]);
  });

  it("prefers a total row to a sum, and sums a value only for a count the plan knows", () => {
    const text = "indikator;år;kommun;antal\nF.1-1;2018;;10\nF.1-1;2018;0780;2\nF.1-1;2018;0781;3\n1.1-2;2018;0780;2\n1.1-2;2018;0781;3\n";
    expect(observationsFromCsv(text, { plan }).observations).toEqual([
      {
        indicator: "F.1-1",
        year: 2018,
        value: 10,
        byMunicipality: [
          { municipality: "0780", value: 2 },
          { municipality: "0781", value: 3 },
        ],
      },
      {
        indicator: "1.1-2",
        year: 2018,
        byMunicipality: [
          { municipality: "0780", value: 2 },
          { municipality: "0781", value: 3 },
        ],
      },
    ]);
  });

  it("reports municipalities that add up to more than the total row on the total row's line", () => {
    const text = "indikator;år;kommun;antal\nF.1-1;2018;0780;8\nF.1-1;2018;;10\nF.1-1;2018;0781;3\n";
    const result = observationsFromCsv(text, { plan });
    expect(result.observations).toEqual([]);
    expect(bare(result)).toEqual([
      { code: "related_row_rejected", severity: "error", path: [], line: 2, causePath: ["antal"], causeLine: 3 },
      {
        code: "parts_above_total",
        severity: "error",
        path: ["antal"],
        line: 3,
        column: "antal",
        breakdown: "municipality",
        field: "value",
        parts: 11,
        total: 10,
      },
      { code: "related_row_rejected", severity: "error", path: [], line: 4, causePath: ["antal"], causeLine: 3 },
    ]);
  });

  it("reports the same municipality twice at the later row", () => {
    const result = observationsFromCsv("indikator;år;kommun;antal\nF.1-1;2018;0780;1\nF.1-1;2018;Växjö;2\n");
    expect(bare(result)).toEqual([
      { code: "related_row_rejected", severity: "error", path: [], line: 2, causePath: ["kommun"], causeLine: 3 },
      {
        code: "duplicate_municipality",
        severity: "error",
        path: ["kommun"],
        line: 3,
        column: "kommun",
        municipality: "0780",
        firstPath: ["kommun"],
        firstLine: 2,
      },
    ]);
  });

  it("maps a check on a sex cell to its column", () => {
    const result = observationsFromCsv("indikator;år;antal;kvinnor;män\nF.1-1;2018;3;1,5;1\n", { plan });
    expect(bare(result)).toEqual([
      {
        code: "invalid_breakdown",
        severity: "error",
        path: ["kvinnor"],
        line: 2,
        column: "kvinnor",
        reason: "non_integer_count",
        details: { value: 1.5 },
      },
    ]);
  });

  it("normalises decomposed Unicode and reports the first line it changed", () => {
    const result = observationsFromCsv(`indikator;år;kommentar\nF.1-1;2018;ok\nF.1-1;2019;${"Älmhult".normalize("NFD")}\n`);
    expect(result.observations[1]?.comment).toBe("Älmhult");
    expect(bare(result)).toEqual([{ code: "unicode_normalized", severity: "info", path: [], line: 3 }]);
  });

  it("reads old Mac line breaks (CR) and counts lines by them", () => {
    const result = observationsFromCsv("indikator;år;antal\rF.1-1;2018;x\r");
    expect(bare(result)).toEqual([{ code: "invalid_number", severity: "error", path: ["antal"], line: 2, column: "antal", received: "x" }]);
  });
});

describe("observationsFromCsv: Windows-1252", () => {
  it("decodes every byte of 0x80–0x9F as the Windows-1252 table says, not as control characters", () => {
    const header = new TextEncoder().encode("indicator;year;comment\nF.1-1;2018;");
    const bytes = new Uint8Array([...header, 0x80, 0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0xc5, 0xe4, 0xf6, 0x0a]);
    expect(observationsFromCsv(bytes).observations[0]?.comment).toBe("€„…‘’“”–—™Åäö");
  });
});

describe("observationsFromCsv: broken quoting", () => {
  it("reports a stray quote once, on the line its row starts, and reads the rows before it", () => {
    const result = observationsFromCsv('indikator;år;kommentar\nF.1-1;2018;ok\nF.1-1;2019;"12"st\nF.1-1;2020;x\n');
    expect(result.observations).toEqual([{ indicator: "F.1-1", year: 2018, comment: "ok" }]);
    expect(bare(result)).toEqual([{ code: "invalid_csv", severity: "error", path: [], line: 3, reason: "MissingQuotes" }]);
  });

  it("refuses every row when the header itself is broken", () => {
    const result = observationsFromCsv('indikator;"år\nF.1-1;2018\n');
    expect(result.observations).toEqual([]);
    expect(bare(result)).toEqual([{ code: "invalid_csv", severity: "error", path: [], line: 1, reason: "MissingQuotes" }]);
  });
});

describe("observationsFromCsv: the example of docs/follow-up-csv.md", () => {
  it("reads as the documentation says, with the Kronoberg plan", () => {
    const csv = [
      "Indikator;Aktivitet;År;Antal;Kvinnor;Män;Kommun;Källa;Kommentar",
      '3.9-1;3.9;2018;23;14;9;;Deltagarlistor;"Två utbildningar; en i Växjö"',
      "3.9-1;3.9;2019;;;;;;Uppgift saknas",
      "3.9-1;3.9;2020;0;;;;Deltagarlistor;Inga utbildningar i år",
      "F.7-1;F.7;2018;;;;0780;Länsstyrelsen;",
      "F.7-1;F.7;2018;;;;Ljungby;Länsstyrelsen;",
      "F.2-1;F.2;2018;10;;;;Protokoll;",
    ].join("\n");
    const result = observationsFromCsv(csv, { plan: kronoberg2017 });
    expect(result.issues).toEqual([]);
    expect(result.observations).toEqual([
      {
        indicator: "3.9-1",
        activity: "3.9",
        year: 2018,
        value: 23,
        bySex: {
          cells: [
            { sex: "female", value: 14 },
            { sex: "male", value: 9 },
          ],
        },
        source: "Deltagarlistor",
        comment: "Två utbildningar; en i Växjö",
      },
      { indicator: "3.9-1", activity: "3.9", year: 2019, comment: "Uppgift saknas" },
      { indicator: "3.9-1", activity: "3.9", year: 2020, value: 0, source: "Deltagarlistor", comment: "Inga utbildningar i år" },
      {
        indicator: "F.7-1",
        activity: "F.7",
        year: 2018,
        byMunicipality: [{ municipality: "0780" }, { municipality: "0781" }],
        source: "Länsstyrelsen",
      },
      { indicator: "F.2-1", activity: "F.2", year: 2018, value: 10, source: "Protokoll" },
    ]);
  });
});

describe("girls and boys alone are children (issue 14, case 4)", () => {
  it("reads flickor and pojkar without kvinnor and män as a complete breakdown of children that the report prints", () => {
    const csv = "indikator;år;värde;flickor;pojkar\nF.1-1;2018;20;3;17\n";
    const result = observationsFromCsv(csv, { plan });
    expect(result.issues).toEqual([]);
    expect(result.observations[0]?.bySex).toEqual({
      cells: [
        { sex: "female", age: "children", value: 3 },
        { sex: "male", age: "children", value: 17 },
      ],
      ageGroups: [{ id: "children", from: 0, to: 17 }],
    });
    const evaluation = evaluatePlan(plan, result.observations, { asOf: "2019-01-01", years: [2018] });
    // One people count, broken down completely: 1 of 1.
    expect(evaluation.genderCoverage).toEqual([{ year: 2018, peopleCounts: 1, withSex: 1, partial: 0, share: 1 }]);
    // 3 is under 5, and 17 = 20 − 3 would give it away: both hidden, as kvinnor 3 and män 17 would be; not withheld.
    const md = reportMarkdown(evaluation, { year: 2018 });
    expect(md).toContain("- Fördelning på kön, F.1-1, 2018: flickor .., pojkar ..");
    expect(md).not.toContain("Uppdelningen på kön visas inte");
  });

  it("keeps girls and boys as the children's band beside women and men", () => {
    const csv = "indikator;år;värde;flickor;pojkar;kvinnor;män\nF.1-1;2018;40;6;7;12;15\n";
    const result = observationsFromCsv(csv, { plan });
    expect(result.observations[0]?.bySex?.ageGroups).toBeUndefined();
    expect(result.observations[0]?.bySex?.cells).toHaveLength(4);
  });
});

describe("a local plan follows up its own municipality (issue 14, case 14)", () => {
  it("refuses a row of another municipality instead of making it the plan's total", () => {
    const local = deepFreeze({ ...measuredPlan(), level: "local" as const, territory: { countyCode: "07", municipalityCode: "0780" } });
    // Växjö (0780) is the plan's; Älmhult (0765) is in the same county but not the plan's municipality.
    const result = observationsFromCsv("indikator;år;kommun;värde\nF.1-1;2018;0765;12\nF.1-1;2019;0780;9\n", { plan: local });
    expect(result.issues.map(({ code, severity, line }) => ({ code, severity, line }))).toEqual([
      { code: "total_from_parts", severity: "info", line: 2 },
      { code: "municipality_outside_plan", severity: "error", line: 2 },
      { code: "total_from_parts", severity: "info", line: 3 },
    ]);
    expect(result.issues[1]?.message).toBe("Kommun 0765 är inte planens kommun 0780; en lokal plan följer upp sin egen kommun.");
    expect(result.observations.map((o) => [o.year, o.value])).toEqual([[2019, 9]]);
  });
});

describe("Excel's Unicode text: UTF-16 files (issue 14)", () => {
  // "indikator\tår\tvärde\nF.1-1\t2018\t–\nF.1-1\t2019\t..\n": SCB's dash is zero, ".." is suppressed (read as missing).
  const text = "indikator\tår\tvärde\nF.1-1\t2018\t\u2013\nF.1-1\t2019\t..\n";
  const utf16le = (withBom: boolean): Uint8Array => {
    const bytes = new Uint8Array((text.length + (withBom ? 1 : 0)) * 2);
    const all = withBom ? `\uFEFF${text}` : text;
    for (let i = 0; i < all.length; i++) {
      bytes[2 * i] = all.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = all.charCodeAt(i) >> 8;
    }
    return bytes;
  };

  it.each([true, false])("reads UTF-16LE (BOM %s) and says so", (withBom) => {
    const result = observationsFromCsv(utf16le(withBom), { plan });
    expect(result.observations.map((o) => [o.year, o.value])).toEqual([
      [2018, 0],
      [2019, undefined],
    ]);
    expect(result.issues.map((i) => i.code)).toEqual(["decoded_as_utf_16", ...(withBom ? ["byte_order_mark"] : []), "suppressed_value"]);
    expect(result.issues[0]?.message).toBe('Filen är UTF-16 (Excels "Unicode-text") och har lästs som sådan.');
  });

  it("reads UTF-16BE with its BOM", () => {
    const le = utf16le(true);
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] as number, le[i] as number];
    expect(observationsFromCsv(be, { plan }).observations.map((o) => o.value)).toEqual([0, undefined]);
  });
});

describe("coverage from a list of municipalities, and a Totalt column (issue 14)", () => {
  it("counts the distinct municipalities listed, one row each, instead of being missing", () => {
    // Växjö, Älmhult and Ljungby listed for 2018, Ljungby twice in 2019 with Växjö marked 0: 3, then 1.
    const csv =
      "indikator;år;kommun;värde\nF.3-2;2018;Växjö;\nF.3-2;2018;0765;\nF.3-2;2018;Ljungby;\nF.3-2;2019;0780;0\nF.3-2;2019;Ljungby;1\n";
    const result = observationsFromCsv(csv, { plan });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    const evaluation = evaluatePlan(plan, result.observations, { asOf: "2020-01-01", years: [2018, 2019] });
    const f32 = evaluation.subGoals[0]?.areas[1]?.activities[0]?.indicators.find((i) => i.id === "F.3-2");
    expect(f32?.years.map((y) => [y.year, y.status, y.reported, y.value])).toEqual([
      [2018, "reported", true, 3],
      [2019, "reported", true, 1],
    ]);
  });

  it("reads a Totalt or Total column as the value", () => {
    for (const header of ["Totalt", "total"]) {
      const result = observationsFromCsv(`indikator;år;${header};kvinnor;män\nF.1-1;2018;20;12;8\n`, { plan });
      expect(result.issues).toEqual([]);
      expect(result.observations[0]?.value).toBe(20);
    }
  });
});

describe("observationsFromCsv: parts by named units", () => {
  const units = deepFreeze(unitsPlan());
  const read = (text: string) => observationsFromCsv(new TextEncoder().encode(text), { plan: units });

  it("reads a row per district (stadsdel) beside the total as byUnit", () => {
    const result = read("indikator;år;antal;flickor;pojkar;stadsdel\nF.1-1;2019;11;6;5;\nF.1-1;2019;4;;;Centrum\nF.1-1;2019;7;;;Norr\n");
    expect(result.issues).toEqual([]);
    expect(result.observations).toEqual([
      {
        indicator: "F.1-1",
        year: 2019,
        value: 11,
        bySex: {
          cells: [
            { sex: "female", age: "children", value: 6 },
            { sex: "male", age: "children", value: 5 },
          ],
          ageGroups: [{ id: "children", from: 0, to: 17 }],
        },
        byUnit: {
          district: [
            { unit: "Centrum", value: 4 },
            { unit: "Norr", value: 7 },
          ],
        },
      },
    ]);
  });

  it("reports a unit not in the plan's list on its line and in its column, and leaves the observation out", () => {
    const result = read("indikator;år;antal;stadsdel\nF.1-1;2019;11;\nF.1-1;2019;4;Väster\n");
    expect(result.observations).toEqual([]);
    expect(bare(result)).toEqual([
      { code: "related_row_rejected", severity: "error", path: [], line: 2, causePath: ["stadsdel"], causeLine: 3 },
      {
        code: "unknown_unit",
        severity: "error",
        path: ["stadsdel"],
        line: 3,
        column: "stadsdel",
        indicator: "F.1-1",
        breakdown: "district",
        unit: "Väster",
        expected: ["Centrum", "Norr", "Söder"],
      },
    ]);
  });

  it("refuses a sex cell on a unit's row", () => {
    const result = read("indikator;år;antal;flickor;stadsdel\nF.1-1;2019;7;3;Norr\n");
    expect(bare(result)).toEqual([{ code: "not_for_unit", severity: "error", path: ["flickor"], line: 2, column: "flickor" }]);
    expect(result.issues[0]?.message).toBe(
      'Kolumnen "flickor" kan inte anges per enhet; skriv den på raden utan stadsdel, skola, enhet eller åldersgrupp.',
    );
  });

  it("refuses a row that is a part of two breakdowns", () => {
    const result = observationsFromCsv(new TextEncoder().encode("indicator,year,value,school,district\nF.1-1,2019,4,Norrskolan,Norr\n"), {
      plan: units,
      lang: "en",
    });
    expect(result.issues).toEqual([
      {
        code: "several_parts",
        severity: "error",
        path: ["district"],
        line: 2,
        column: "district",
        columns: ["district", "school"],
        message: 'A row can be a part of one breakdown only, but has values in "district", "school".',
      },
    ]);
  });
});

describe("observationsFromCsv: issue 17, a header cell holding markup", () => {
  it("names the column quoted, its quote escaped, in both languages", () => {
    const csv = 'indikator;år;värde;"<img src=x onerror=""alert(1)"">"\nF.1-1;2018;3;x\n';
    const sv = observationsFromCsv(csv, { plan });
    expect(sv.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        "unknown_column",
        ['<img src=x onerror="alert(1)">'],
        'Kolumnen "<img src=x onerror=\\"alert(1)\\">" är okänd; dess värden sparas under "extensions" men tolkas inte.',
      ],
    ]);
    const en = observationsFromCsv(csv, { plan, lang: "en" });
    expect(en.issues.map((i) => i.message)).toEqual([
      'The column "<img src=x onerror=\\"alert(1)\\">" is unknown; its values are kept under "extensions" but not interpreted.',
    ]);
  });
});

describe("a per-cent column in CSV", () => {
  it("is a per cent indicator's value", () => {
    const csv = "Indikator;År;Procent;Kvinnor;Män\n1.1-2;2018;8;3;12\n";
    const result = observationsFromCsv(csv, { plan: deepFreeze(percentPlan()) });
    expect(result.issues).toEqual([]);
    expect(result.observations).toEqual([
      {
        indicator: "1.1-2",
        year: 2018,
        value: 8,
        bySex: {
          cells: [
            { sex: "female", value: 3 },
            { sex: "male", value: 12 },
          ],
        },
      },
    ]);
  });

  it("gives a share given only as a per cent 35 of 100, and says that rows added together weigh the same", () => {
    const csv = "Indicator,Year,Share (%)\nF.3-1,2018,35\n";
    const result = observationsFromCsv(csv, { plan: deepFreeze(measuredPlan()), lang: "en" });
    expect(result.observations).toEqual([{ indicator: "F.3-1", year: 2018, numerator: 35, denominator: 100 }]);
    expect(result.issues.map(({ code, severity, line, column, message }) => ({ code, severity, line, column, message }))).toEqual([
      {
        code: "share_from_percent",
        severity: "info",
        line: 2,
        column: "Share (%)",
        message:
          'The share 35% in column "Share (%)" has no numerator or denominator and is kept as 35 of 100; rows added together then weigh the same.',
      },
    ]);
  });

  it("averages a share's municipalities given as per cents unweighted: 30 % and 50 % make 80 of 200, 40 %", () => {
    const csv = "Indikator;År;Kommun;Andel (%)\nF.3-1;2018;0780;30\nF.3-1;2018;0781;50\n";
    const result = observationsFromCsv(csv, { plan: deepFreeze(measuredPlan()) });
    expect(result.observations[0]).toMatchObject({ numerator: 80, denominator: 200 });
    // Sorted by line: the totals are told on the first municipality's line.
    expect(result.issues.map((i) => i.code)).toEqual(["share_from_percent", "total_from_parts", "total_from_parts", "share_from_percent"]);
    expect(result.issues[0]?.message).toBe(
      'Andelen 30 % i kolumnen "Andel (%)" har ingen täljare eller nämnare och sparas som 30 av 100; rader som läggs ihop vägs då lika.',
    );
  });

  it("is refused for a count, and cannot stand beside another value column", () => {
    const count = observationsFromCsv("Indikator;År;Procent\nF.1-1;2018;8\n", { plan: deepFreeze(measuredPlan()) });
    expect(count.observations).toEqual([]);
    expect(count.issues.map(({ code, line, column, message }) => ({ code, line, column, message }))).toEqual([
      {
        code: "percent_not_applicable",
        line: 2,
        column: "Procent",
        message: 'Indikator "F.1-1" är ett antal, inte en procentsats eller andel; kolumnen "Procent" kan inte användas för den.',
      },
    ]);
    const both = observationsFromCsv("Indikator;År;Värde;Procent\n1.1-2;2018;8;8\n", { plan: deepFreeze(percentPlan()) });
    expect(both.issues.map((i) => i.code)).toEqual(["duplicate_column"]);
  });
});
