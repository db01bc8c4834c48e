import { DEFAULT_LANG, type Lang } from "../core/lang.js";
import { valueText } from "../core/wording.js";
import type { Observation } from "../model/observation.js";
import type { CsvOptions } from "./from-csv.js";
import { type CsvStreamData, CsvStreamReader } from "./internal/csv-stream.js";
import { piecesOf } from "./internal/pieces.js";
import { CSV_OPTIONS, readOptions } from "./internal/reader-options.js";
import { referenceOf } from "./internal/reference.js";
import type { ObservationDataIssue, ObservationIssueData } from "./issue.js";
import { withObservationMessage } from "./messages.js";

/**
 * One item of {@link streamObservationsFromCsv} (*en post i strömmen*): an observation read, with the line its
 * first row is on, or an issue with its message. Discriminated on `kind`.
 *
 * @example
 * ```ts
 * const item: CsvStreamItem = { kind: "observation", observation: { indicator: "F.1-1", year: 2018, value: 4 }, line: 2 };
 * ```
 */
export type CsvStreamItem =
  | { kind: "observation"; observation: Observation; line: number }
  | { kind: "issue"; issue: ObservationDataIssue };

/**
 * Reads follow-up values from a CSV file as it arrives (*uppföljning i Excel, läst medan den laddas*), and gives
 * each observation and issue as soon as it is final: memory stays bounded by the largest observation's rows
 * and the keys of the observations read, whatever the size of the file. The source is a Node `Readable`
 * (`fs.createReadStream`), a web `ReadableStream` (`response.body`, read by its reader where a browser cannot
 * iterate it), or any async iterable of text or bytes, cut anywhere (inside a character, a quoted cell, a CRLF).
 *
 * It reads a file as {@link observationsFromCsv} reads it, row by row with the same code, and for a file whose
 * observations' rows are adjacent gives the same observations and issues (issues in the order of their lines,
 * an observation after its own issues). What only the whole file could tell is decided as the rows come
 * (docs/follow-up.md, "A file larger than memory"):
 *
 * - The rows of an observation must be adjacent: a later row of an observation already given is left out with
 *   a `rows_not_adjacent` error naming both lines (sort the file, or use {@link observationsFromCsv}).
 * - An empty header cell is never a column: a value under it is a `cell_without_header` warning of its row,
 *   and the row is read without it.
 * - Encoding: UTF-16 by the first two bytes, the `encoding` option honoured; otherwise UTF-8, and at the first
 *   character that is not ASCII, Windows-1252 from there if it is not UTF-8 (all before was ASCII: the result
 *   is the batch reader's, its `decoded_as_windows_1252` info given then). A byte that is not UTF-8 after one
 *   that was is an `encoding_changed` error (with `encoding: "utf-8"`, `invalid_encoding`) that stops the reading:
 *   the rows before it are read as if the file ended there. Text pieces are taken as they are.
 *
 * Never throws for the file's content: unusable options are one `invalid_option` issue, a source that is not a
 * stream or async iterable one `invalid_type` issue, a piece that is neither text nor bytes an `invalid_type`
 * issue that stops the reading like an encoding error. An error of the source itself (a file that cannot be
 * read) rejects the iteration, after the items before it. Stopping the iteration early stops reading the source.
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * let count = 0;
 * for await (const item of streamObservationsFromCsv(createReadStream("uppfoljning.csv"), { plan })) {
 *   if (item.kind === "observation") count++;
 *   else console.log(`rad ${item.issue.line}: ${item.issue.message}`);
 * }
 * ```
 */
export async function* streamObservationsFromCsv(
  source: AsyncIterable<Uint8Array | string> | ReadableStream<Uint8Array | string>,
  options?: CsvOptions,
): AsyncGenerator<CsvStreamItem, void, undefined> {
  const checked = readOptions(options, CSV_OPTIONS.names, CSV_OPTIONS.checks);
  if ("issue" in checked) {
    yield { kind: "issue", issue: withObservationMessage(checked.issue, DEFAULT_LANG) };
    return;
  }
  const { lang } = checked;
  const { plan, encoding, delimiter, reference } = checked.values as Omit<CsvOptions, "lang">;
  const refusal = (received: unknown): ObservationIssueData => ({
    code: "invalid_type",
    severity: "error",
    path: [],
    expected: "AsyncIterable",
    received: valueText(received),
  });
  const pieces = piecesOf(source);
  if (pieces === undefined) {
    yield { kind: "issue", issue: withObservationMessage(refusal(source), lang) };
    return;
  }
  const reader = new CsvStreamReader({
    ...(plan !== undefined ? { plan } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    reference: referenceOf(reference),
  });
  for await (const piece of pieces) {
    if (typeof piece === "string" || piece instanceof Uint8Array) reader.push(piece);
    else reader.stop(refusal(piece));
    for (const item of reader.take()) yield withMessage(item, lang);
    // Leaving the loop returns the source's iterator: a Node stream is destroyed, a web stream cancelled.
    if (reader.done) return;
  }
  reader.end();
  for (const item of reader.take()) yield withMessage(item, lang);
}

function withMessage(item: CsvStreamData, lang: Lang): CsvStreamItem {
  return item.kind === "issue" ? { kind: "issue", issue: withObservationMessage(item.issue, lang) } : item;
}
