import Papa from "papaparse";
import { decodeWindows1252, utf16Of } from "../../internal/encoding.js";
import type { ObservationIssueData } from "../issue.js";

/**
 * A delimiter of a CSV file (*avgränsare*): semicolon (Swedish Excel), comma, or tab.
 *
 * @example
 * ```ts
 * const delimiter: CsvDelimiter = ";";
 * ```
 */
export type CsvDelimiter = ";" | "," | "\t";

/**
 * A CSV file's encoding (*teckenkodning*): UTF-8 (with or without BOM) or Windows-1252 (ANSI, as Swedish Excel
 * saves a plain "CSV").
 *
 * @example
 * ```ts
 * const encoding: CsvEncoding = "windows-1252";
 * ```
 */
export type CsvEncoding = "utf-8" | "windows-1252";

/** One row of a CSV file: its cells, the 1-based line it starts on, and whether papaparse found it broken. */
export interface CsvRow {
  line: number;
  cells: string[];
  broken: boolean;
}

/** The text of a CSV file, decoded, with one `\n` for every line break and in NFC. */
export interface CsvText {
  text: string;
  issues: ObservationIssueData[];
  /** Set when the bytes cannot be read at all. */
  fatal: boolean;
}

const BOM = "\uFEFF";

/**
 * Decodes a CSV file: UTF-16 when its bytes say so, else UTF-8, or Windows-1252 when the bytes are not valid
 * UTF-8 (or when asked). A BOM is dropped, line breaks become `\n` (a line break inside a quoted cell too), and
 * the text is put in NFC; each is reported.
 */
export function decodeCsv(input: string | Uint8Array, encoding: CsvEncoding | undefined): CsvText {
  const issues: ObservationIssueData[] = [];
  let text: string;
  const utf16 = typeof input === "string" ? undefined : utf16Of(input);
  if (typeof input === "string") {
    text = input;
  } else if (utf16 !== undefined) {
    text = new TextDecoder(utf16, { ignoreBOM: true }).decode(input);
    issues.push({ code: "decoded_as_utf_16", severity: "info", path: [], line: 1 });
  } else if (encoding === "windows-1252") {
    text = decodeWindows1252(input);
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      if (encoding === "utf-8") {
        const lenient = new TextDecoder("utf-8", { ignoreBOM: true }).decode(input);
        const line = lineAt(lenient, lenient.indexOf("\uFFFD"));
        return {
          text: "",
          issues: [{ code: "invalid_encoding", severity: "error", path: [], line, detected: "windows-1252" }],
          fatal: true,
        };
      }
      text = decodeWindows1252(input);
      issues.push({ code: "decoded_as_windows_1252", severity: "info", path: [], line: 1 });
    }
  }
  if (text.startsWith(BOM)) {
    text = text.slice(1);
    issues.push({ code: "byte_order_mark", severity: "info", path: [], line: 1 });
  }
  text = text.replace(/\r\n?/g, "\n");
  const nfc = text.normalize("NFC");
  if (nfc !== text) {
    const lines = text.split("\n");
    const first = lines.findIndex((line) => line.normalize("NFC") !== line);
    issues.push({ code: "unicode_normalized", severity: "info", path: [], line: first + 1 });
    text = nfc;
  }
  return { text, issues, fatal: false };
}

/** The 1-based line of a position in a text whose line breaks are `\n`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The delimiter of the header line: the one of `;`, `,` and tab that occurs most often outside quotes, `;`
 * on a tie (Swedish Excel's choice). Papaparse's own guess looks at the data rows too and is unreliable on
 * the small files people keep by hand.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  return scanHeaderLine(text).delimiter;
}

/**
 * The delimiter of the header line as {@link detectDelimiter} finds it, and whether the text holds the whole
 * header line (else more text could change it).
 */
export function scanHeaderLine(text: string): { delimiter: CsvDelimiter; complete: boolean } {
  const counts = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  let started = false;
  let complete = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "\n") {
      if (started) {
        complete = true;
        break;
      }
    } else if (!quoted && (char === ";" || char === "," || char === "\t")) counts[char]++;
    if (char.trim() !== "") started = true;
  }
  const delimiter = counts[","] > counts[";"] && counts[","] >= counts["\t"] ? "," : counts["\t"] > counts[";"] ? "\t" : ";";
  return { delimiter, complete };
}

/** The rows of a CSV text with the line each starts on; rows with only empty cells are skipped (they are not data). */
export function readRows(text: string, delimiter: CsvDelimiter): { rows: CsvRow[]; issues: ObservationIssueData[] } {
  const rows: CsvRow[] = [];
  const issues: ObservationIssueData[] = [];
  const splitter = new CsvRowSplitter(
    delimiter,
    (row) => rows.push(row),
    (issue) => issues.push(issue),
  );
  splitter.push(text, true);
  return { rows, issues };
}

/**
 * Splits CSV text into rows as it arrives, in pieces cut anywhere: papaparse's parser, run on the text after the
 * last complete row and told to leave the last row for later until the text is final, as papaparse's own
 * streaming does; the rows and their `invalid_csv` issues are the same as for the whole text at once. A row that
 * never ends (a quote that never closes) is parsed again only each time its text has doubled, so that it costs
 * linear time.
 */
export class CsvRowSplitter {
  private readonly parser: Papa.Parser;
  private pending = "";
  /** The length of the pending text when it was last parsed. */
  private tried = 0;
  private line = 1;
  private text = "";
  private start = 0;

  constructor(
    delimiter: CsvDelimiter,
    private readonly onRow: (row: CsvRow) => void,
    private readonly onIssue: (issue: ObservationIssueData) => void,
  ) {
    this.parser = new Papa.Parser({
      delimiter,
      newline: "\n",
      quoteChar: '"',
      escapeChar: '"',
      step: (result: Papa.ParseStepResult<string[][]>) => this.step(result.data[0] as string[], result.errors, result.meta.cursor),
    });
  }

  /** Adds text (line breaks as `\n`); `final` for the last of it, which ends the last row. */
  push(text: string, final: boolean): void {
    this.pending = this.pending === "" ? text : this.pending + text;
    if (!final && this.pending.length < 2 * this.tried) return;
    this.parse(final);
  }

  /** Gives every whole row of the text so far now, not when its text has doubled. */
  drain(): void {
    this.parse(false);
  }

  private parse(final: boolean): void {
    this.text = this.pending;
    this.start = 0;
    const result = this.parser.parse(this.text, 0, !final) as Papa.ParseResult<string[]>;
    this.pending = final ? "" : this.text.slice(result.meta.cursor);
    this.tried = this.pending.length;
    this.text = "";
  }

  private step(cells: string[], errors: readonly Papa.ParseError[], end: number): void {
    const line = this.line;
    if (errors.length > 0) {
      const codes = errors.map((error) => error.code as string);
      // A stray quote inside a cell ("12"st) usually opens a quote that never closes: name the latter.
      const reason = codes.includes("MissingQuotes") ? "MissingQuotes" : (codes[0] as string);
      this.onIssue({ code: "invalid_csv", severity: "error", path: [], line, reason });
    }
    this.line += countLineBreaks(this.text, this.start, end);
    this.start = end;
    if (cells.some((cell) => cell.trim() !== "")) this.onRow({ line, cells, broken: errors.length > 0 });
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
