import { describe, expect, it } from "vitest";
import {
  checkObservations,
  type Observation,
  type ObservationDataIssue,
  type ObservationsResult,
  observationsFromCsv,
  observationsFromKolada,
  safeParseObservations,
} from "../../src/index.js";
import { measuredPlan } from "../support/observations.js";
import { deepFreeze } from "../support/plans.js";

// Regression tests of issue #17 (hostile and broken input), follow-up side: each holds its minimal input.

type Bare = Omit<ObservationDataIssue, "message">;
const bare = (result: ObservationsResult): Bare[] => result.issues.map(({ message: _m, ...rest }) => rest as Bare);
const plan = deepFreeze(measuredPlan());
const N = 130_000;

describe("more issues than a call can take arguments", () => {
  it("safeParseObservations reports 130 000 unknown fields", () => {
    const observations = Array.from({ length: N }, () => ({ indicator: "F.1-1", year: 2018, zz: 1 }));
    const result = safeParseObservations({ kind: "observation_set", formatVersion: 1, plan: "p", observations });
    expect(result.success).toBe(true);
    expect(result.issues).toHaveLength(N);
    expect(result.issues[0]).toEqual({
      code: "unknown_field",
      severity: "info",
      path: ["observations", 0, "zz"],
      key: "zz",
      message: 'Fältet "zz" finns inte i formatet; det behålls men tolkas inte (lägg egna fält under "extensions").',
    });
  });

  it("checkObservations reports 130 000 observations of an unknown indicator", () => {
    const list: Observation[] = Array.from({ length: N }, (_, i) => ({ indicator: `x${i}`, year: 2018 }));
    const issues = checkObservations(plan, list);
    expect(issues).toHaveLength(N);
    expect(issues[N - 1]).toEqual({
      code: "unknown_indicator",
      severity: "error",
      path: ["observations", N - 1, "indicator"],
      indicator: `x${N - 1}`,
      message: `Planen har ingen indikator "x${N - 1}".`,
    });
  });

  it("observationsFromCsv reports 130 000 bad rows of one observation", () => {
    // One observation (indicator, year) of 130 000 municipality rows, each with an unreadable number.
    const result = observationsFromCsv(`Indikator;År;Kommun;Antal\n${"F.1-1;2018;0999;x\n".repeat(N)}`);
    expect(result.observations).toEqual([]);
    expect(result.issues).toHaveLength(N);
    expect(result.issues[N - 1]).toEqual({
      code: "invalid_number",
      severity: "error",
      path: ["Antal"],
      line: N + 1,
      column: "Antal",
      received: "x",
      message: '"x" är inget tal; skriv t.ex. 12, 12,5 eller 1 234 (".." för skyddat värde, tom cell för saknat).',
    });
  });
});

describe("the readers never throw on what their types do not allow", () => {
  it("observationsFromKolada without options", () => {
    expect(observationsFromKolada({ values: [] }, undefined as never)).toEqual({
      observations: [],
      issues: [
        {
          code: "invalid_option",
          severity: "error",
          path: [],
          option: "indicators",
          received: "undefined",
          message: "Valet indicators ska vara ett objekt som kopplar nyckeltal till indikator-id, inte undefined.",
        },
      ],
    });
  });

  it("observationsFromKolada with a KPI mapped to an id an observation file refuses", () => {
    expect(bare(observationsFromKolada({ values: [] }, { indicators: { N00001: "bad id" } }))).toEqual([
      { code: "invalid_option", severity: "error", path: [], option: "indicators", received: '{"N00001":"bad id"}' },
    ]);
  });

  it("observationsFromKolada with a response that is not one, or throws when read", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
      },
    );
    for (const response of [null, 5, hostile]) {
      expect(bare(observationsFromKolada(response as never, { indicators: {} }))).toEqual([
        { code: "invalid_kolada_row", severity: "error", path: ["values"], reason: "invalid_row", details: { field: "values" } },
      ]);
    }
    expect(bare(observationsFromKolada({ values: [hostile] } as never, { indicators: {} }))).toEqual([
      { code: "invalid_kolada_row", severity: "error", path: ["values", 0], reason: "invalid_row", details: { field: "row" } },
    ]);
  });

  // Found by the fuzzer: `rows.flatMap` builds its result with the array's own `constructor`, and a getter on
  // an index or a proxy's `length` threw out of the reader.
  it("observationsFromKolada with rows in a hostile array: its own constructor, a throwing index or length", () => {
    const row = { kpi: "N07908", municipality: "0007", period: 2018, values: [{ gender: "T", value: 41, count: 1, status: "" }] };
    const withConstructor = Object.defineProperty([row], "constructor", { value: { [Symbol.species]: 5 }, enumerable: true });
    expect(observationsFromKolada({ values: withConstructor } as never, { indicators: { N07908: "F.1-1" }, area: "0007" })).toEqual({
      observations: [{ indicator: "F.1-1", year: 2018, value: 41, source: "Kolada N07908" }],
      issues: [],
    });
    const throwingIndex = Object.defineProperty([row, row], 1, {
      get() {
        throw new Error("boom");
      },
    });
    const throwingLength = new Proxy([row], {
      get(target, key) {
        if (key === "length") throw new Error("boom");
        return Reflect.get(target, key);
      },
    });
    for (const values of [throwingIndex, throwingLength])
      expect(bare(observationsFromKolada({ values } as never, { indicators: { N07908: "F.1-1" } }))).toEqual([
        { code: "invalid_kolada_row", severity: "error", path: ["values"], reason: "invalid_row", details: { field: "values" } },
      ]);
  });

  it.each([
    [{ lang: "de" }, "lang", "de", 'Språket ska vara "sv" eller "en", inte "de".'],
    [null, "options", "null", "Valen ska vara ett objekt, inte null."],
    [{ encoding: "latin1" }, "encoding", '"latin1"', 'Valet encoding ska vara "utf-8" eller "windows-1252", inte "latin1".'],
    [{ delimiter: "|" }, "delimiter", '"|"', 'Valet delimiter ska vara ";", "," eller tabb, inte "|".'],
  ])("observationsFromCsv with options %j", (options, option, received, message) => {
    expect(observationsFromCsv("Indikator;År\n", options as never)).toEqual({
      observations: [],
      issues: [{ code: "invalid_option", severity: "error", path: [], option, received, message }],
    });
  });

  it("observationsFromCsv with an input that is not text", () => {
    expect(observationsFromCsv(42 as never, { lang: "en" })).toEqual({
      observations: [],
      issues: [
        {
          code: "invalid_type",
          severity: "error",
          path: [],
          expected: "string",
          received: "42",
          message: "Wrong type: expected string, received 42.",
        },
      ],
    });
  });
});

describe("the Kolada reader writes nothing its own schema refuses", () => {
  const row = (period: number, value: unknown) => ({ kpi: "N00001", municipality: "0007", period, values: [{ gender: "T", value }] });

  it("reports the year -1 instead of writing it", () => {
    expect(observationsFromKolada({ values: [row(-1, 5)] } as never, { indicators: { N00001: "F.1-1" }, plan })).toEqual({
      observations: [],
      issues: [
        {
          code: "invalid_kolada_row",
          severity: "error",
          path: ["values", 0, "period"],
          reason: "invalid_year",
          details: { value: -1 },
          message: "Ogiltig Kolada-rad: året -1 ligger inte mellan 1900 och 2200.",
        },
      ],
    });
  });

  it("shows a value that is not a number readably", () => {
    const result = observationsFromKolada({ values: [row(2018, { a: 1 })] } as never, {
      indicators: { N00001: "F.1-1" },
      plan,
      lang: "en",
    });
    expect(result.issues.map((i) => [i.path, i.message])).toEqual([
      [["values", 0, "values", 0, "value"], 'Invalid Kolada row: Expected a finite number, got {"a":1}.'],
    ]);
  });
});

describe("CSV files of hostile shape, read in linear time (growth measured in scripts/bench.mjs)", () => {
  it("a header of 5 000 unknown columns: every column kept and reported once", () => {
    const names = Array.from({ length: 5_000 }, (_, i) => `u${i}`);
    const values = names.map((_, i) => String(i));
    const result = observationsFromCsv(`Indikator;År;Antal;${names.join(";")}\nF.1-1;2018;3;${values.join(";")}\n`, { plan });
    expect(result.issues).toHaveLength(5_000);
    expect(result.issues.every((i) => i.code === "unknown_column")).toBe(true);
    expect(Object.keys(result.observations[0]?.extensions ?? {})).toEqual(names);
    expect(result.observations[0]?.extensions?.u4999).toBe("4999");
  });

  it("a repeated unknown header among many is still a duplicate", () => {
    const names = Array.from({ length: 5_000 }, (_, i) => `u${i}`);
    expect(
      bare(observationsFromCsv(`Indikator;År;${names.join(";")};u17\nF.1-1;2018\n`)).filter((i) => i.code === "duplicate_column"),
    ).toEqual([{ code: "duplicate_column", severity: "error", path: ["u17"], line: 1, column: "u17", firstColumn: "u17" }]);
  });

  it("5 000 empty header cells: skipped, except the one a data row uses", () => {
    const empty = ";".repeat(5_000);
    const rows = `F.1-1;2018;3${empty}\n`.repeat(10);
    const used = `F.1-1;2019;4;;;;x\n`;
    const result = observationsFromCsv(`Indikator;År;Antal${empty}\n${rows}${used}`);
    expect(bare(result).filter((i) => i.code === "unknown_column")).toEqual([
      { code: "unknown_column", severity: "warning", path: ["column_7"], line: 1, column: "column_7" },
    ]);
    expect(result.observations.at(-1)).toEqual({ indicator: "F.1-1", year: 2019, value: 4, extensions: { column_7: "x" } });
  });

  it("one observation of 2 000 municipality rows, 1 992 of them in error: the other 8 are related to the first error", () => {
    const codes = ["0760", "0761", "0763", "0764", "0765", "0767", "0780", "0781"];
    const lines = Array.from({ length: 2_000 }, (_, i) => (i < 8 ? `F.1-1;2018;${codes[i]};1` : "F.1-1;2018;0999;x"));
    const result = observationsFromCsv(`Indikator;År;Kommun;Antal\n${lines.join("\n")}\n`, { plan });
    expect(result.observations).toEqual([]);
    expect(result.issues).toHaveLength(2_000);
    // Lines 2–9 hold the valid rows; the first error is on line 10, the first row of "x".
    expect(bare(result).slice(0, 9)).toEqual([
      ...[2, 3, 4, 5, 6, 7, 8, 9].map((line) => ({
        code: "related_row_rejected",
        severity: "error",
        path: [],
        line,
        causePath: ["Antal"],
        causeLine: 10,
      })),
      { code: "invalid_number", severity: "error", path: ["Antal"], line: 10, column: "Antal", received: "x" },
    ]);
    expect(result.issues.filter((i) => i.code === "invalid_number")).toHaveLength(1_992);
  });
});
