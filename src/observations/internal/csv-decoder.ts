import { decodeWindows1252, isUtf8, utf16Of } from "../../internal/encoding.js";
import type { ObservationIssueData } from "../issue.js";
import type { CsvEncoding } from "./csv-read.js";

const BOM = "\uFEFF";
const FATAL = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const LENIENT = new TextDecoder("utf-8", { ignoreBOM: true });

type Mode = "start" | "ascii" | "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

/**
 * Decodes a CSV file as it arrives, in pieces of text or bytes cut anywhere (inside a character of several bytes,
 * inside a CRLF), into text of whole lines with `\n` for every line break and in NFC: what `decodeCsv` gives for
 * the whole file, given piece by piece. What it cannot know before the end is decided earlier:
 *
 * - UTF-16 is told from the first two bytes (the whole file's length is not known).
 * - Without an `encoding`, bytes are read as UTF-8 until the first one that is not ASCII: if that character is
 *   UTF-8, the file is UTF-8 from then on and a later byte that is not is an `encoding_changed` error; if not, the
 *   file is Windows-1252 from there (all before was ASCII, the same in either), as the whole file would be.
 * - With `encoding: "utf-8"`, the first byte that is not UTF-8 is the `invalid_encoding` error.
 *
 * An error stops the decoding: the lines before it have been given. Text pieces are taken as they are.
 */
export class CsvTextDecoder {
  private mode: Mode = "start";
  /** Bytes held until they can be decoded: the first two (UTF-16?), or a character cut in two. */
  private held: Uint8Array | undefined;
  /** Whether text that is not ASCII has been given before the first bytes. */
  private nonAscii = false;
  private utf16: TextDecoder | undefined;
  /** A `\r` at the end of the text so far: with a `\n` at the start of the next, one line break. */
  private cr = "";
  private started = false;
  /** The text after the last line break, held until its line is whole (NFC may join it with what follows). */
  private tail = "";
  private normalized = false;
  /** The line breaks given, for the line of `unicode_normalized`. */
  private lines = 0;
  /** The `\n` decoded, for the line of an encoding error (counted before line breaks are made `\n`, as `decodeCsv` does). */
  private rawLines = 0;

  constructor(
    private readonly encoding: CsvEncoding | undefined,
    private readonly onText: (text: string) => void,
    /** The decoding's infos (`decoded_as_…`, `byte_order_mark`, `unicode_normalized`). */
    private readonly onInfo: (issue: ObservationIssueData) => void,
  ) {}

  /** Decodes a piece (its text is given once its lines are whole); an error that stops the reading is returned (its lines before have been given). */
  push(piece: string | Uint8Array): ObservationIssueData | undefined {
    if (typeof piece === "string") return this.pushText(piece);
    if (this.mode === "start") {
      const head = this.held === undefined ? piece : concat(this.held, piece);
      this.held = undefined;
      if (head.length < 2) {
        this.held = head;
        return undefined;
      }
      this.decide(head);
      return this.bytes(head, false);
    }
    return this.bytes(piece, false);
  }

  /** Ends the file: what is held is decoded, and the last line given. */
  end(): ObservationIssueData | undefined {
    if (this.mode === "start") this.decide(this.held ?? new Uint8Array());
    const held = this.held ?? new Uint8Array();
    this.held = undefined;
    const stop = this.bytes(held, true);
    if (stop !== undefined) return stop;
    this.text("", true);
    return undefined;
  }

  private pushText(text: string): ObservationIssueData | undefined {
    // Bytes held before text are all the bytes there are of their character: decoded as at the end.
    if (this.held !== undefined) {
      const held = this.held;
      this.held = undefined;
      if (this.mode === "start") this.decide(held);
      const stop = this.bytes(held, true);
      if (stop !== undefined) return stop;
    }
    if (hasNonAscii(text)) {
      this.nonAscii = true;
      if (this.mode === "ascii") this.mode = "utf-8";
    }
    this.text(text, false);
    return undefined;
  }

  private decide(head: Uint8Array): void {
    const utf16 = head.length >= 2 ? utf16Of(head.subarray(0, 2)) : undefined;
    if (utf16 !== undefined) {
      this.mode = utf16;
      this.utf16 = new TextDecoder(utf16, { ignoreBOM: true });
      this.onInfo({ code: "decoded_as_utf_16", severity: "info", path: [], line: 1 });
    } else if (this.encoding !== undefined) this.mode = this.encoding;
    else this.mode = this.nonAscii ? "utf-8" : "ascii";
  }

  private bytes(piece: Uint8Array, final: boolean): ObservationIssueData | undefined {
    switch (this.mode) {
      case "utf-16le":
      case "utf-16be":
        this.text((this.utf16 as TextDecoder).decode(piece, { stream: !final }), false);
        return undefined;
      case "windows-1252":
        this.text(decodeWindows1252(piece), false);
        return undefined;
      case "ascii":
        return this.ascii(piece, final);
      default:
        return this.utf8(piece, final);
    }
  }

  /** Bytes while all before were ASCII: the first character that is not decides between UTF-8 and Windows-1252. */
  private ascii(piece: Uint8Array, final: boolean): ObservationIssueData | undefined {
    const bytes = this.held === undefined ? piece : concat(this.held, piece);
    this.held = undefined;
    let i = 0;
    while (i < bytes.length && (bytes[i] as number) < 0x80) i++;
    if (i > 0) this.text(FATAL.decode(bytes.subarray(0, i)), false);
    if (i === bytes.length) return undefined;
    const rest = bytes.subarray(i);
    const length = sequenceLength(rest[0] as number);
    if (length > rest.length && !final) {
      this.held = rest.slice();
      return undefined;
    }
    if (length !== 0 && length <= rest.length && isUtf8(rest.subarray(0, length))) {
      this.mode = "utf-8";
      return this.utf8(rest, final);
    }
    this.mode = "windows-1252";
    this.onInfo({ code: "decoded_as_windows_1252", severity: "info", path: [], line: 1 });
    this.text(decodeWindows1252(rest), false);
    return undefined;
  }

  private utf8(piece: Uint8Array, final: boolean): ObservationIssueData | undefined {
    const bytes = this.held === undefined ? piece : concat(this.held, piece);
    this.held = undefined;
    const cut = final ? bytes.length : wholeCharacters(bytes);
    const whole = bytes.subarray(0, cut);
    let text: string;
    try {
      text = FATAL.decode(whole);
    } catch {
      const lenient = LENIENT.decode(whole);
      const before = lenient.slice(0, lenient.indexOf("\uFFFD"));
      const line = this.rawLines + countBreaks(before) + 1;
      this.text(before, false);
      if (this.encoding === "utf-8") return { code: "invalid_encoding", severity: "error", path: [], line, detected: "windows-1252" };
      return { code: "encoding_changed", severity: "error", path: [], line };
    }
    if (cut < bytes.length) this.held = bytes.slice(cut);
    this.text(text, false);
    return undefined;
  }

  /** Decoded text: its line breaks as `\n`, a BOM at the start dropped, and its whole lines in NFC given. */
  private text(decoded: string, final: boolean): void {
    this.rawLines += countBreaks(decoded);
    let text = this.cr === "" ? decoded : this.cr + decoded;
    this.cr = "";
    if (!final && text.endsWith("\r")) {
      this.cr = "\r";
      text = text.slice(0, -1);
    }
    if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
    if (!this.started && text !== "") {
      this.started = true;
      if (text.startsWith(BOM)) {
        text = text.slice(1);
        this.onInfo({ code: "byte_order_mark", severity: "info", path: [], line: 1 });
      }
    }
    // Only the piece is searched for the last line break: a line that never ends stays linear.
    const last = text.lastIndexOf("\n");
    if (!final && last === -1) {
      this.tail += text;
      return;
    }
    const cut = final ? text.length : last + 1;
    const lines = this.tail + text.slice(0, cut);
    this.tail = text.slice(cut);
    if (lines === "") return;
    const nfc = lines.normalize("NFC");
    if (nfc !== lines && !this.normalized) {
      this.normalized = true;
      const first = lines.split("\n").findIndex((line) => line.normalize("NFC") !== line);
      this.onInfo({ code: "unicode_normalized", severity: "info", path: [], line: this.lines + first + 1 });
    }
    this.lines += countBreaks(nfc);
    this.onText(nfc);
  }
}

/** The number of bytes of the UTF-8 character a byte starts; 0 for a byte that starts none. */
function sequenceLength(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/** The length of the bytes up to a character cut off at their end (at most 3 bytes of it). */
function wholeCharacters(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= 0 && i >= bytes.length - 3; i--) {
    const byte = bytes[i] as number;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) return sequenceLength(byte) > bytes.length - i ? i : bytes.length;
  }
  return bytes.length;
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function countBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
