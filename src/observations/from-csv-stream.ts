import { valueText } from "../core/wording.js";
import { type CsvOptions, observationsFromCsv } from "./from-csv.js";
import { piecesOf } from "./internal/pieces.js";
import { readOptions } from "./internal/reader-options.js";
import type { ObservationIssueData } from "./issue.js";
import { withObservationMessage } from "./messages.js";
import type { ObservationsResult } from "./types.js";

/**
 * Reads follow-up values from a CSV file that arrives in pieces (*uppföljning i Excel, läst som ström*): a Node
 * `Readable` (`fs.createReadStream`), a web `ReadableStream` (`response.body`, read by its reader where a browser
 * cannot iterate it), or any async iterable of text or bytes. The result is the same as {@link observationsFromCsv} gives for the whole file, wherever the pieces are
 * cut (inside a character of several bytes, inside a quoted cell): the pieces are joined as bytes, then read by
 * the same reader. A piece that is text is taken as UTF-8 when others are bytes.
 *
 * The joined file is held once, as bytes, while it is read (peak memory is measured in docs/benchmarks.md): the
 * rows of an observation may lie anywhere in the file, whether an empty header cell is a column depends on every
 * row, and a file that is not UTF-8 is only known to be Windows-1252 at its first byte that is not, so no row is
 * final before the last one has been read. The source is not changed. Never rejects for the file's content:
 * unusable options are one `invalid_option` issue, a source that is not a stream or async iterable of text or bytes one
 * `invalid_type` issue; an error of the source itself (a file that cannot be read) rejects the promise.
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * const { observations, issues } = await observationsFromCsvStream(createReadStream("uppfoljning.csv"), { plan });
 * const fromWeb = await observationsFromCsvStream((await fetch(url)).body!, { plan, lang: "en" });
 * ```
 */
export async function observationsFromCsvStream(
  source: AsyncIterable<Uint8Array | string> | ReadableStream<Uint8Array | string>,
  options?: CsvOptions,
): Promise<ObservationsResult> {
  const checked = readOptions(options, [], {});
  // Unusable options: the one invalid_option issue observationsFromCsv gives, before the source is read.
  if ("issue" in checked) return observationsFromCsv("", options);
  const refuse = (received: string): ObservationsResult => {
    const issue: ObservationIssueData = { code: "invalid_type", severity: "error", path: [], expected: "AsyncIterable", received };
    return { observations: [], issues: [withObservationMessage(issue, checked.lang)] };
  };
  const pieces = piecesOf(source);
  if (pieces === undefined) return refuse(valueText(source));
  const chunks: (Uint8Array | string)[] = [];
  for await (const chunk of pieces) {
    if (typeof chunk !== "string" && !(chunk instanceof Uint8Array)) return refuse(valueText(chunk));
    chunks.push(chunk);
  }
  return observationsFromCsv(joined(chunks), options);
}

/** The pieces as one text when all are text, else as one array of bytes (text pieces as UTF-8), copied once. */
function joined(chunks: (Uint8Array | string)[]): string | Uint8Array {
  if (chunks.every((chunk) => typeof chunk === "string")) return chunks.join("");
  const encoder = new TextEncoder();
  const parts = chunks.map((chunk) => (typeof chunk === "string" ? encoder.encode(chunk) : chunk));
  chunks.length = 0;
  let length = 0;
  for (const part of parts) length += part.length;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}
