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
  const counts = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  let started = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "\n") {
      if (started) break;
    } else if (!quoted && (char === ";" || char === "," || char === "\t")) counts[char]++;
    if (char.trim() !== "") started = true;
  }
  if (counts[","] > counts[";"] && counts[","] >= counts["\t"]) return ",";
  if (counts["\t"] > counts[";"]) return "\t";
  return ";";
}

/** The rows of a CSV text with the line each starts on; rows with only empty cells are skipped (they are not data). */
export function readRows(text: string, delimiter: CsvDelimiter): { rows: CsvRow[]; issues: ObservationIssueData[] } {
  const rows: CsvRow[] = [];
  const issues: ObservationIssueData[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    quoteChar: '"',
    escapeChar: '"',
    step: (result) => {
      const end = result.meta.cursor;
      const cells = result.data;
      const broken = result.errors.length > 0;
      if (broken) {
        const codes = result.errors.map((error) => error.code as string);
        // A stray quote inside a cell ("12"st) usually opens a quote that never closes: name the latter.
        const reason = codes.includes("MissingQuotes") ? "MissingQuotes" : (codes[0] as string);
        issues.push({ code: "invalid_csv", severity: "error", path: [], line, reason });
      }
      if (cells.some((cell) => cell.trim() !== "")) rows.push({ line, cells, broken });
      line += countLineBreaks(text, start, end);
      start = end;
    },
  });
  return { rows, issues };
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
