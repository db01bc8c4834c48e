import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CsvStreamItem,
  type ObservationDataIssue,
  type ObservationsResult,
  observationsFromCsv,
  streamObservationsFromCsv,
} from "../../src/index.js";
import { sortByLine } from "../../src/observations/internal/csv-issues.js";
import { csvDialects, csvFileOf, mutateText, observationSetOf } from "../support/arbitraries.js";
import { dataBytes, measuredPlan } from "../support/observations.js";
import { deepFreeze } from "../support/plans.js";

const plan = deepFreeze(measuredPlan());
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The input cut at the given offsets (taken modulo its length, sorted). */
function cut<T extends string | Uint8Array>(input: T, offsets: readonly number[]): T[] {
  const cuts = [...new Set(offsets.map((offset) => offset % (input.length + 1)))].sort((a, b) => a - b);
  const pieces: T[] = [];
  let from = 0;
  for (const at of cuts) {
    pieces.push(input.slice(from, at) as T);
    from = at;
  }
  pieces.push(input.slice(from) as T);
  return pieces;
}

async function* iterable<T>(pieces: readonly T[]): AsyncGenerator<T> {
  for (const piece of pieces) yield piece;
}

function webStream<T>(pieces: readonly T[]): ReadableStream<T> {
  return new ReadableStream<T>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
}

async function collect(source: Parameters<typeof streamObservationsFromCsv>[0], options?: Parameters<typeof streamObservationsFromCsv>[1]) {
  const items: CsvStreamItem[] = [];
  for await (const item of streamObservationsFromCsv(source, options)) items.push(item);
  return items;
}

/** The stream's items as the batch reader's result: observations, and issues in a stable sort by line. */
function asResult(items: readonly CsvStreamItem[]): ObservationsResult {
  const observations = items.flatMap((item) => (item.kind === "observation" ? [item.observation] : []));
  const issues = items.flatMap((item) => (item.kind === "issue" ? [item.issue] : []));
  return { observations, issues: sortByLine(issues) as ObservationDataIssue[] };
}

const codes = (items: readonly CsvStreamItem[]): string[] => items.flatMap((item) => (item.kind === "issue" ? [item.issue.code] : []));
const STREAM_ONLY = ["rows_not_adjacent", "cell_without_header", "encoding_changed"];

// Cells a county writes: multi-byte letters, quoted cells with the delimiter, quotes and line breaks in them,
// municipalities by code and by name, a stray quote, decomposed Unicode.
const cell = fc.constantFrom(
  "",
  "12",
  "3,5",
  "..",
  "Växjö",
  "åäö €",
  '"a;b"',
  '"sa ""hej"""',
  '"två\r\nrader"',
  "0780",
  "x",
  '12"st',
  "Va\u0308xjo\u0308",
);
const rows = fc.array(
  fc.tuple(fc.constantFrom("F.1-1", "1.1-2", "F.3-1", "bad id"), fc.constantFrom("2018", "2019", "20x"), cell, cell, cell),
  { minLength: 0, maxLength: 12 },
);
const header = fc.constantFrom(
  "Indikator;År;Antal;Kommun;Kommentar",
  "\uFEFFIndikator;År;Antal;Kommun;Kommentar",
  "Indikator;Kommentar",
  "Indikator;År;Antal;Kommun;Kommentar;__proto__",
);
/** A CSV whose rows are sorted by indicator and year (stably), so that an observation's rows are adjacent, mostly. */
const sortedCsv = fc.tuple(header, rows, fc.constantFrom("\r\n", "\n")).map(([head, list, eol]) => {
  const sorted = [...list].sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : a[0] + a[1] > b[0] + b[1] ? 1 : 0));
  return `${head}${eol}${sorted.map((r) => r.join(";")).join(eol)}${eol}`;
});

describe("streamObservationsFromCsv", () => {
  it("gives what observationsFromCsv gives when the rows of each observation are adjacent, however the file is cut and carried", async () => {
    await fc.assert(
      fc.asyncProperty(
        sortedCsv,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.constantFrom("iterable", "node", "web"),
        fc.boolean(),
        async (text, offsets, carrier, asText) => {
          const input = asText ? text : encode(text);
          const pieces: (string | Uint8Array)[] = cut(input, offsets);
          const source =
            carrier === "iterable"
              ? iterable(pieces)
              : carrier === "node"
                ? Readable.from(pieces, { objectMode: true })
                : webStream(pieces);
          const items = await collect(source, { plan });
          // The generator sorts rows, but a second total between an observation's rows makes them not adjacent.
          fc.pre(!codes(items).includes("rows_not_adjacent"));
          expect(asResult(items)).toEqual(observationsFromCsv(input, { plan }));
          // Given in the order of their lines already, not only after the sort.
          const lines = items.flatMap((item) => (item.kind === "issue" ? [item.issue.line ?? 0] : []));
          expect(lines).toEqual([...lines].sort((a, b) => a - b));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives what observationsFromCsv gives for observations written in every dialect (Windows-1252 too), in English", async () => {
    await fc.assert(
      fc.asyncProperty(observationSetOf(plan), csvDialects, fc.array(fc.nat(), { maxLength: 6 }), async (set, dialect, offsets) => {
        const { input, options } = csvFileOf(set.observations, dialect);
        const items = await collect(iterable(cut(input, offsets)), { ...options, plan, lang: "en" });
        expect(codes(items).filter((code) => STREAM_ONLY.includes(code))).toEqual([]);
        expect(asResult(items)).toEqual(observationsFromCsv(input, { ...options, plan, lang: "en" }));
      }),
      { numRuns: 100 },
    );
  });

  it("gives items in the order of their lines, an observation after its issues", async () => {
    const text = "Indikator;År;Antal;Kommun\nF.1-1;2018;4;\nF.1-1;2018;;Växjö\nF.1-1;2018;x;\n1.1-2;2019;-1;\nF.1-1;2019;7;\n";
    const items = await collect(iterable([text]), { plan, lang: "en" });
    expect(items.map((item) => (item.kind === "issue" ? [item.issue.line, item.issue.code] : [item.line, item.observation.year]))).toEqual([
      [2, 2018],
      [4, "invalid_number"],
      [5, "negative_value"],
      [6, 2019],
    ]);
    expect(asResult(items)).toEqual(observationsFromCsv(text, { plan, lang: "en" }));
  });

  it("leaves out a later row of an observation already given, naming both lines", async () => {
    const text = "Indikator;År;Antal;Kommun\nF.1-1;2018;4;\nF.1-1;2019;5;\nF.1-1;2018;1;0780\n";
    const items = await collect(iterable([text]), { plan });
    expect(items).toEqual([
      { kind: "observation", observation: { indicator: "F.1-1", year: 2018, value: 4 }, line: 2 },
      { kind: "observation", observation: { indicator: "F.1-1", year: 2019, value: 5 }, line: 3 },
      {
        kind: "issue",
        issue: {
          code: "rows_not_adjacent",
          severity: "error",
          path: [],
          line: 4,
          indicator: "F.1-1",
          year: 2018,
          firstLine: 2,
          message:
            'Raden hör till värdet för "F.1-1" 2018 på rad 2, som redan har lästs: i en ström måste ett värdes rader stå i följd. Raden tas inte med; sortera filen efter indikator och år, eller läs den med observationsFromCsv.',
        },
      },
    ]);
    const [, , english] = await collect(iterable([text]), { plan, lang: "en" });
    expect(english?.kind === "issue" && english.issue.message).toBe(
      'The row belongs to the value of "F.1-1" 2018 on line 2, which has already been read: in a stream the rows of a value must be adjacent. The row is left out; sort the file by indicator and year, or read it with observationsFromCsv.',
    );
    // The batch reader joins the row to its observation wherever it is.
    expect(observationsFromCsv(text, { plan }).observations[0]).toEqual({
      indicator: "F.1-1",
      year: 2018,
      value: 4,
      byMunicipality: [{ municipality: "0780", value: 1 }],
    });
  });

  it("reads a second total of a key as the batch reader does, a duplicate, without asking for adjacency", async () => {
    const text = "Indikator;År;Antal\nF.1-1;2018;4\nF.1-1;2019;5\nF.1-1;2018;6\n";
    const items = await collect(iterable([text]), { plan, lang: "en" });
    expect(codes(items)).toEqual(["duplicate_observation"]);
    expect(asResult(items)).toEqual(observationsFromCsv(text, { plan, lang: "en" }));
  });

  it("leaves out a cell under an empty header cell, with a warning of its row", async () => {
    const text = "Indikator;;År;Antal;\nF.1-1;x;2018;4;\nF.1-1;;2019;5;y\n";
    const items = await collect(iterable([text]), { plan, lang: "en" });
    expect(items).toEqual([
      {
        kind: "issue",
        issue: {
          code: "cell_without_header",
          severity: "warning",
          path: ["column_2"],
          line: 2,
          column: "column_2",
          received: "x",
          message:
            'The cell "x" is in a column without a header ("column_2") and is left out: a stream cannot wait for the whole file to see whether the column is used. Give the column a header, or read the file with observationsFromCsv.',
        },
      },
      { kind: "observation", observation: { indicator: "F.1-1", year: 2018, value: 4 }, line: 2 },
      {
        kind: "issue",
        issue: expect.objectContaining({ code: "cell_without_header", line: 3, column: "column_5", received: "y" }),
      },
      { kind: "observation", observation: { indicator: "F.1-1", year: 2019, value: 5 }, line: 3 },
    ]);
    const [sv] = await collect(iterable([text]), { plan });
    expect(sv?.kind === "issue" && sv.issue.message).toBe(
      'Cellen "x" står i en kolumn utan rubrik ("column_2") och tas inte med: en ström kan inte vänta på hela filen för att se om kolumnen används. Ge kolumnen en rubrik, eller läs filen med observationsFromCsv.',
    );
    // The batch reader makes them columns, kept in extensions.
    expect(observationsFromCsv(text, { plan }).observations[0]?.extensions).toEqual({ column_2: "x" });
  });

  it("tells no cell under an empty header cell when the header cannot be read", async () => {
    const text = "Indikator;;Antal\nF.1-1;x;4\n";
    expect(codes(await collect(iterable([text])))).toEqual(["missing_column"]);
    expect(observationsFromCsv(text).issues.map((issue) => issue.code)).toEqual(["unknown_column", "missing_column"]);
  });

  it("reads a file that turns out to be Windows-1252 after ASCII lines as the whole file would be read", async () => {
    const text = "indicator;year;value;comment\nF.1-1;2018;4;plain\nF.1-1;2019;5;Växjö – län\n";
    const bytes = Uint8Array.from(text, (char) => (char === "–" ? 0x96 : char.charCodeAt(0)));
    for (const offsets of [[], [40, 41, 55], [1, 2, 3, 4, 5, 6, 7]]) {
      const items = await collect(iterable(cut(bytes, offsets)), { plan, lang: "en" });
      expect(asResult(items)).toEqual(observationsFromCsv(bytes, { plan, lang: "en" }));
      expect(asResult(items).observations[1]?.comment).toBe("Växjö – län");
    }
  });

  it("stops at a byte that is not UTF-8 after one that was, with the rows before it read", async () => {
    const head = encode("Indikator;År;Antal;Kommentar\nF.1-1;2018;4;Växjö\nF.1-1;2019;5;ok\n");
    const bytes = new Uint8Array([...head, ...encode("F.3-1;2020;1;"), 0xe4, ...encode("\nF.1-1;2020;9;\n")]);
    const items = await collect(iterable(cut(bytes, [50, 51])), { plan, lang: "en" });
    expect(items).toEqual([
      { kind: "observation", observation: { indicator: "F.1-1", year: 2018, value: 4, comment: "Växjö" }, line: 2 },
      { kind: "observation", observation: { indicator: "F.1-1", year: 2019, value: 5, comment: "ok" }, line: 3 },
      {
        kind: "issue",
        issue: {
          code: "encoding_changed",
          severity: "error",
          path: [],
          line: 4,
          message:
            'The line is not valid UTF-8, but the file has already been read as UTF-8 from an earlier character outside ASCII; reading stops here. Save the file as UTF-8, set encoding "windows-1252" if it is saved as ANSI, or read it with observationsFromCsv.',
        },
      },
    ]);
    const [, , sv] = await collect(iterable([bytes]), { plan });
    expect(sv?.kind === "issue" && sv.issue.message).toBe(
      'Raden är inte giltig UTF-8, men filen har redan lästs som UTF-8 från ett tidigare tecken utanför ASCII; läsningen slutar här. Spara filen som UTF-8, ange encoding "windows-1252" om den är sparad som ANSI, eller läs den med observationsFromCsv.',
    );
    // With encoding "utf-8" the batch reader's invalid_encoding, on the same line.
    const strict = await collect(iterable([bytes]), { plan, encoding: "utf-8", lang: "en" });
    expect(strict.map((item) => (item.kind === "issue" ? item.issue : item.line))).toEqual([
      2,
      3,
      observationsFromCsv(bytes, { plan, encoding: "utf-8", lang: "en" }).issues[0],
    ]);
    expect(strict[2]).toMatchObject({ issue: { code: "invalid_encoding", line: 4 } });
  });

  it("reads UTF-16, a CRLF cut in two and a quoted cell across pieces as the whole file", async () => {
    const text = '\uFEFFIndikator\tÅr\tAntal\tKommentar\r\nF.1-1\t2018\t4\t"två\r\nrader"\r\n';
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) utf16[2 * i] = text.charCodeAt(i) & 0xff;
    for (let i = 0; i < text.length; i++) utf16[2 * i + 1] = text.charCodeAt(i) >> 8;
    const expected = observationsFromCsv(utf16, { plan });
    expect(expected.observations[0]?.comment).toBe("två\nrader");
    expect(expected.issues.map((issue) => issue.code)).toEqual(["decoded_as_utf_16", "byte_order_mark"]);
    for (let at = 0; at <= utf16.length; at += 3)
      expect(asResult(await collect(iterable(cut(utf16, [at, at + 1]))))).toEqual(observationsFromCsv(utf16, {}));
    const crlf = text.indexOf("\r\n");
    expect(asResult(await collect(iterable(cut(text, [crlf + 1]))))).toEqual(observationsFromCsv(text, {}));
  });

  it("reads the test files cut into single bytes as the whole file", async () => {
    for (const name of ["sv-semikolon-bom.csv", "en-comma.csv", "tab.tsv", "windows-1252.csv", "broken.csv"]) {
      const bytes = dataBytes(name);
      const pieces = Array.from(bytes, (byte) => Uint8Array.of(byte));
      expect(asResult(await collect(iterable(pieces), { plan })), name).toEqual(observationsFromCsv(bytes, { plan }));
    }
  });
});

describe("streamObservationsFromCsv on hostile input", () => {
  it("never rejects on a test file changed at random, and gives the batch reader's results unless a stream-only issue says why not", async () => {
    const texts = ["sv-semikolon-bom.csv", "en-comma.csv", "tab.tsv", "broken.csv"].map((name) =>
      new TextDecoder().decode(dataBytes(name)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...texts).chain(mutateText), fc.array(fc.nat(), { maxLength: 6 }), async (text, offsets) => {
        const items = await collect(iterable(cut(encode(text), offsets)), { plan, lang: "en" });
        for (const item of items) if (item.kind === "issue") expect(item.issue.message).not.toBe("");
        fc.pre(!codes(items).some((code) => STREAM_ONLY.includes(code)));
        const batch = observationsFromCsv(encode(text), { plan, lang: "en" });
        // A header that cannot be read stops both before any row, and the stream tells no cell under an empty header
        // cell then; the batch reader names such a column among the header's issues.
        fc.pre(!batch.issues.some((issue) => issue.code === "unknown_column" && /^column_\d+$/.test(issue.column)));
        expect(asResult(items)).toEqual(batch);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a source that is not a stream, and unusable options, with one issue", async () => {
    expect(await collect("Indikator;År\n" as never, { lang: "en" })).toEqual([
      {
        kind: "issue",
        issue: {
          code: "invalid_type",
          severity: "error",
          path: [],
          expected: "AsyncIterable",
          received: '"Indikator;År\n"',
          message: 'Wrong type: expected AsyncIterable, received "Indikator;År\n".',
        },
      },
    ]);
    const options = await collect(iterable(["Indikator;År\n"]), { delimiter: "|" as never });
    expect(options).toEqual([{ kind: "issue", issue: observationsFromCsv("", { delimiter: "|" as never }).issues[0] }]);
  });

  it("stops at a piece that is neither text nor bytes, after the rows before it", async () => {
    const items = await collect(iterable<unknown>(["Indikator;År;Antal\nF.1-1;2018;4\n", 42, "F.1-1;2019;5\n"]) as AsyncIterable<string>, {
      plan,
    });
    expect(items).toEqual([
      { kind: "observation", observation: { indicator: "F.1-1", year: 2018, value: 4 }, line: 2 },
      {
        kind: "issue",
        issue: {
          code: "invalid_type",
          severity: "error",
          path: [],
          expected: "AsyncIterable",
          received: "42",
          message: "Fel typ: väntade AsyncIterable, fick 42.",
        },
      },
    ]);
  });

  it("rejects with the source's own error, after the items before it", async () => {
    async function* failing(): AsyncGenerator<string> {
      yield "Indikator;År;Antal\nF.1-1;2018;4\nF.1-1;2019;5\n";
      throw new Error("disk gone");
    }
    const seen: CsvStreamItem[] = [];
    await expect(
      (async () => {
        for await (const item of streamObservationsFromCsv(failing(), { plan })) seen.push(item);
      })(),
    ).rejects.toThrow("disk gone");
    // The last observation could still have more rows: only the one before it is final.
    expect(seen).toEqual([{ kind: "observation", observation: { indicator: "F.1-1", year: 2018, value: 4 }, line: 2 }]);
  });

  it("stops reading the source when the iteration stops early or an error stops it", async () => {
    const node = Readable.from(["Indikator;År;Antal\nF.1-1;2018;4\nF.1-1;2019;5\n", "F.1-1;2020;6\n"], { objectMode: true });
    for await (const item of streamObservationsFromCsv(node, { plan })) {
      expect(item).toMatchObject({ kind: "observation", line: 2 });
      break;
    }
    expect(node.destroyed).toBe(true);
    let cancelled = false;
    const web = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array([...encode("Indikator;År;Kommentar\nF.1-1;2018;Växjö\n"), 0xff]));
      },
      cancel() {
        cancelled = true;
      },
    });
    const readerOnly = { getReader: () => web.getReader() } as unknown as ReadableStream<Uint8Array>;
    const items = await collect(readerOnly);
    expect(items.map((item) => (item.kind === "issue" ? item.issue.code : item.line))).toEqual([2, "encoding_changed"]);
    expect(cancelled).toBe(true);
  });

  it("costs linear time for a quote that never closes, read in small pieces", async () => {
    const time = async (n: number): Promise<number> => {
      const text = `Indikator;År;Antal\nF.1-1;2018;"${"x".repeat(n)}\n`;
      const pieces = cut(
        text,
        Array.from({ length: n / 64 }, (_, i) => i * 64),
      );
      let best = Number.POSITIVE_INFINITY;
      // The best of three: the machine is shared, and a pause only makes a run slower.
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        expect(codes(await collect(iterable(pieces)))).toEqual(["invalid_csv"]);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    await time(8_000);
    const small = await time(64_000);
    const large = await time(512_000);
    // Eight times the text: linear is about 8× the time; quadratic would be 64×.
    expect(large / small).toBeLessThan(24);
  });
});
