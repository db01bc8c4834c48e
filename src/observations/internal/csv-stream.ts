import type { Observation } from "../../model/observation.js";
import type { ObservationIssueData } from "../issue.js";
import { CsvTextDecoder } from "./csv-decoder.js";
import { addToGroup, type Group, joinsGroup, startGroup } from "./csv-group.js";
import { type Column, readHeader } from "./csv-header.js";
import { sortByLine } from "./csv-issues.js";
import { type CsvReadOptions, groupSettler, type Settled } from "./csv-observations.js";
import { type CsvRow, CsvRowSplitter, detectDelimiter, scanHeaderLine } from "./csv-read.js";
import { type Row, readRow } from "./csv-row.js";

/** What the stream gives, before messages are written: an observation with the line it starts on, or an issue. */
export type CsvStreamData =
  | { kind: "observation"; observation: Observation; line: number }
  | { kind: "issue"; issue: ObservationIssueData };

/**
 * Reads a CSV file piece by piece with the batch reader's per-row core (`readHeader`, `readRow`, the grouping
 * rule, `groupSettler`), holding only the open observation's rows, the text of one unfinished row, and the
 * keys of the observations read. An observation is settled when a row of another one comes, so its rows must be
 * adjacent; items are given in the order of their lines as they become final (`take`).
 */
export class CsvStreamReader {
  private readonly decoder: CsvTextDecoder;
  private splitter: CsvRowSplitter | undefined;
  /** The text before the header line is whole, when the delimiter is to be found from it. */
  private before = "";
  private tried = 0;
  private state: "header" | "rows" | "unreadable" = "header";
  private header: Column[] | undefined;
  /** The indexes of the header's empty cells: a stream cannot make them columns (`cell_without_header`). */
  private unnamed: number[] = [];
  /** Settles a group by the header's columns, once the header is read. */
  private settle: ((group: Group) => Settled) | undefined;
  private open: Group | undefined;
  /** The key of the open group when it is the first group of its key (the one later rows of the key join). */
  private openKey: string | undefined;
  /**
   * The first group of each key read: its first line times two, plus one when it has a total. A number, not an
   * object: a stream keeps one per observation.
   */
  private readonly firstGroups = new Map<string, number>();
  /** Issues not yet given: the decoding's (first on their line, as in the batch reader), and the others'. */
  private readonly decoding: ObservationIssueData[] = [];
  private readonly loose: ObservationIssueData[] = [];
  private out: CsvStreamData[] = [];
  private stopped = false;

  constructor(private readonly options: CsvReadOptions) {
    this.decoder = new CsvTextDecoder(
      options.encoding,
      (text) => this.text(text),
      (issue) => this.decoding.push(issue),
    );
  }

  /** Whether the reading has ended: the file ended, or an error stopped it (the rest of the source is not read). */
  get done(): boolean {
    return this.stopped;
  }

  /** The items ready to be given, in the order of their lines. */
  take(): CsvStreamData[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  push(piece: string | Uint8Array): void {
    if (this.stopped) return;
    const stop = this.decoder.push(piece);
    if (stop !== undefined) this.stop(stop);
  }

  end(): void {
    if (this.stopped) return;
    const stop = this.decoder.end();
    if (stop !== undefined) {
      this.stop(stop);
      return;
    }
    if (this.splitter === undefined) this.startRows(this.before, this.options.delimiter ?? detectDelimiter(this.before), true);
    else this.splitter.push("", true);
    // A file without a row has no header: its missing columns are told as the batch reader tells them.
    if (this.state === "header") this.readHeaderRow(undefined);
    this.close(Number.POSITIVE_INFINITY);
    this.stopped = true;
  }

  /**
   * Stops the reading at an error: the rows before it are read as if the file ended there, then the error is
   * given.
   */
  stop(issue: ObservationIssueData): void {
    if (this.stopped) return;
    this.splitter?.drain();
    this.close(Number.POSITIVE_INFINITY);
    this.out.push({ kind: "issue", issue });
    this.stopped = true;
  }

  private text(text: string): void {
    if (this.splitter !== undefined) {
      this.splitter.push(text, false);
      return;
    }
    const { delimiter } = this.options;
    if (delimiter !== undefined) {
      this.startRows(text, delimiter, false);
      return;
    }
    this.before += text;
    // Scanned again only when it has doubled: a header line of any length costs linear time.
    if (this.before.length < 2 * this.tried) return;
    const scan = scanHeaderLine(this.before);
    if (!scan.complete) {
      this.tried = this.before.length;
      return;
    }
    this.startRows(this.before, scan.delimiter, false);
  }

  private startRows(text: string, delimiter: ";" | "," | "\t", final: boolean): void {
    this.before = "";
    this.splitter = new CsvRowSplitter(
      delimiter,
      (row) => this.row(row),
      (issue) => this.loose.push(issue),
    );
    this.splitter.push(text, final);
  }

  private readHeaderRow(row: CsvRow | undefined): void {
    const header = row?.broken ? undefined : readHeader(row, [], this.loose);
    if (header === undefined) {
      this.state = "unreadable";
      return;
    }
    this.header = header;
    this.state = "rows";
    this.settle = groupSettler(header, this.options);
    (row?.cells ?? []).forEach((cell, index) => {
      if (cell.trim() === "") this.unnamed.push(index);
    });
  }

  private row(row: CsvRow): void {
    // Without an open observation, every issue before this row is final.
    if (this.open === undefined) this.give(row.line, []);
    if (this.state === "header") {
      this.readHeaderRow(row);
      return;
    }
    if (this.state !== "rows" || row.broken) return;
    const unnamed = this.unnamedCells(row);
    const read = readRow(row, this.header as Column[]);
    if (unnamed.length > 0) read.issues.unshift(...unnamed);
    this.place(read);
  }

  /** The cells under the header's empty cells, each a warning, emptied so that the row is read without them. */
  private unnamedCells(row: CsvRow): ObservationIssueData[] {
    const issues: ObservationIssueData[] = [];
    for (const index of this.unnamed) {
      const received = (row.cells[index] ?? "").trim();
      if (received === "") continue;
      const column = `column_${index + 1}`;
      issues.push({ code: "cell_without_header", severity: "warning", path: [column], line: row.line, column, received });
      row.cells[index] = "";
    }
    return issues;
  }

  /** Adds a row to the open observation, or settles that one and opens the row's (the batch reader's grouping rule). */
  private place(row: Row): void {
    const first = row.key === undefined ? undefined : this.firstGroups.get(row.key);
    if (first !== undefined && joinsGroup(row, first % 2 === 1)) {
      if (row.key === this.openKey) {
        addToGroup(this.open as Group, row);
        // A total joins only a group without one (its number is even): now it has one.
        if (row.municipality === undefined && row.unitPart === undefined) this.firstGroups.set(row.key as string, first + 1);
      } else {
        this.loose.push({
          code: "rows_not_adjacent",
          severity: "error",
          path: [],
          line: row.line,
          indicator: row.indicator as string,
          year: row.year as number,
          firstLine: Math.floor(first / 2),
        });
      }
      return;
    }
    this.close(row.line);
    const group = startGroup(row);
    this.open = group;
    if (row.key !== undefined && first === undefined) {
      this.firstGroups.set(row.key, 2 * row.line + (group.total !== undefined ? 1 : 0));
      this.openKey = row.key;
    }
  }

  /** Settles the open observation (its rows end before `boundary`) and gives it with every issue before `boundary`. */
  private close(boundary: number): void {
    const group = this.open;
    this.open = undefined;
    this.openKey = undefined;
    if (group === undefined) {
      this.give(boundary, []);
      return;
    }
    const settled = (this.settle as (group: Group) => Settled)(group);
    // The observation comes after the issues up to its last row, before those of later lines.
    this.give((group.rows[group.rows.length - 1] as Row).line + 1, settled.issues);
    if (settled.observation !== undefined)
      this.out.push({ kind: "observation", observation: settled.observation, line: (group.rows[0] as Row).line });
    this.give(boundary, []);
  }

  /** Gives the issues held that are on lines before `boundary`, with an observation's, in the order of their lines. */
  private give(boundary: number, issues: readonly ObservationIssueData[]): void {
    const ready = [...before(this.decoding, boundary), ...before(this.loose, boundary), ...issues];
    for (const issue of ready.length > 1 ? sortByLine(ready) : ready) this.out.push({ kind: "issue", issue });
  }
}

/** Takes out of a list the issues on lines before `boundary`. */
function before(list: ObservationIssueData[], boundary: number): ObservationIssueData[] {
  if (list.length === 0) return list.slice();
  const taken: ObservationIssueData[] = [];
  const kept: ObservationIssueData[] = [];
  for (const issue of list) (issue.line === undefined || issue.line < boundary ? taken : kept).push(issue);
  list.length = 0;
  for (const issue of kept) list.push(issue);
  return taken;
}
