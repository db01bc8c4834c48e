import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { observationsFromCsv, observationsFromCsvStream } from "../../src/index.js";
import { dataBytes, measuredPlan } from "../support/observations.js";
import { deepFreeze } from "../support/plans.js";

const plan = deepFreeze(measuredPlan());

/** The bytes cut at the given offsets (sorted, within the file), as pieces of an async iterable. */
async function* pieces(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
  yield bytes.subarray(from);
}

// Cells a county writes: multi-byte letters, quoted cells with the delimiter, quotes and line breaks in them.
const cell = fc.constantFrom("", "12", "3,5", "..", "Växjö", "åäö €", '"a;b"', '"sa ""hej"""', '"två\r\nrader"', "0780", "x");
const csv = fc
  .array(fc.tuple(fc.constantFrom("F.1-1", "1.1-2", "F.3-1", "bad id"), fc.constantFrom("2018", "2019", "20x"), cell, cell, cell), {
    minLength: 1,
    maxLength: 12,
  })
  .map((rows) => `\uFEFFIndikator;År;Antal;Kommun;Kommentar\r\n${rows.map((r) => r.join(";")).join("\r\n")}\r\n`);

describe("observationsFromCsvStream", () => {
  it("gives what observationsFromCsv gives on the whole file, wherever the pieces are cut", async () => {
    await fc.assert(
      fc.asyncProperty(csv, fc.array(fc.nat(), { maxLength: 8 }), async (text, offsets) => {
        const bytes = new TextEncoder().encode(text);
        const cuts = offsets.map((offset) => offset % (bytes.length + 1));
        const expected = observationsFromCsv(bytes, { plan });
        expect(await observationsFromCsvStream(pieces(bytes, cuts), { plan })).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("joins a character of several bytes cut in two, and reads Windows-1252 as the whole file would be", async () => {
    const bytes = dataBytes("sv-semikolon-bom.csv");
    // "ä" is two bytes in UTF-8 (0xC3 0xA4): cut between them.
    const inside = bytes.findIndex((byte, i) => byte === 0xc3 && bytes[i + 1] === 0xa4) + 1;
    expect(inside).toBeGreaterThan(0);
    const result = await observationsFromCsvStream(pieces(bytes, [inside]), { plan });
    expect(result).toEqual(observationsFromCsv(bytes, { plan }));
    expect(result.observations[0]?.comment).toBe("Två utbildningar; en i Växjö");
    const ansi = dataBytes("windows-1252.csv");
    expect(await observationsFromCsvStream(pieces(ansi, [1, 2, 3, 50]), { lang: "en" })).toEqual(observationsFromCsv(ansi, { lang: "en" }));
  });

  it("reads a Node Readable and a web ReadableStream, of bytes or of text", async () => {
    const bytes = dataBytes("en-comma.csv");
    const expected = observationsFromCsv(bytes, { plan });
    expect(expected.observations.length).toBeGreaterThan(0);
    expect(await observationsFromCsvStream(Readable.from([bytes.subarray(0, 7), bytes.subarray(7)]), { plan })).toEqual(expected);
    const text = new TextDecoder().decode(bytes);
    const web = new ReadableStream<string>({
      start(controller) {
        controller.enqueue(text.slice(0, 10));
        controller.enqueue(text.slice(10));
        controller.close();
      },
    });
    expect(await observationsFromCsvStream(web, { plan })).toEqual(observationsFromCsv(text, { plan }));
  });

  it("reads a web stream by its reader where it cannot be iterated (older browsers)", async () => {
    const bytes = dataBytes("en-comma.csv");
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 3));
        controller.enqueue(bytes.subarray(3));
        controller.close();
      },
    });
    // Only what such a browser has: getReader.
    const readerOnly = { getReader: () => stream.getReader() } as unknown as ReadableStream<Uint8Array>;
    expect(await observationsFromCsvStream(readerOnly, { plan })).toEqual(observationsFromCsv(bytes, { plan }));
  });

  it("takes text pieces among bytes as UTF-8", async () => {
    async function* mixed(): AsyncGenerator<Uint8Array | string> {
      yield "Indikator;År;Antal;Kommentar\nF.1-1;2018;4;Väx";
      yield new TextEncoder().encode("jö\n");
    }
    const result = await observationsFromCsvStream(mixed(), { plan });
    expect(result.observations).toEqual([{ indicator: "F.1-1", year: 2018, value: 4, comment: "Växjö" }]);
  });

  it("refuses a source that is not an async iterable of text or bytes, and unusable options, with one issue", async () => {
    const notStream = await observationsFromCsvStream("Indikator;År\n" as never, { lang: "en" });
    expect(notStream).toEqual({
      observations: [],
      issues: [
        {
          code: "invalid_type",
          severity: "error",
          path: [],
          expected: "AsyncIterable",
          received: '"Indikator;År\n"',
          message: 'Wrong type: expected AsyncIterable, received "Indikator;År\n".',
        },
      ],
    });
    async function* numbers(): AsyncGenerator<unknown> {
      yield 42;
    }
    const badChunk = await observationsFromCsvStream(numbers() as AsyncIterable<string>);
    expect(badChunk.issues.map((i) => [i.code, i.message])).toEqual([["invalid_type", "Fel typ: väntade AsyncIterable, fick 42."]]);
    const badOption = await observationsFromCsvStream(pieces(new Uint8Array(), []), { delimiter: "|" as never });
    expect(badOption).toEqual(observationsFromCsv("", { delimiter: "|" as never }));
    expect(badOption.issues.map((i) => i.code)).toEqual(["invalid_option"]);
  });

  it("rejects with the source's own error", async () => {
    async function* failing(): AsyncGenerator<string> {
      yield "Indikator;År\n";
      throw new Error("disk gone");
    }
    await expect(observationsFromCsvStream(failing())).rejects.toThrow("disk gone");
  });
});
