import { describe, expect, it } from "vitest";
import { CsvTextDecoder } from "../../../src/observations/internal/csv-decoder.js";
import type { CsvEncoding } from "../../../src/observations/internal/csv-read.js";
import type { ObservationIssueData } from "../../../src/observations/issue.js";

/** Decodes the pieces; the text given, the infos, and the error that stopped it. */
function decode(pieces: readonly (string | Uint8Array)[], encoding?: CsvEncoding) {
  const given: string[] = [];
  const infos: ObservationIssueData[] = [];
  const decoder = new CsvTextDecoder(
    encoding,
    (text) => given.push(text),
    (issue) => infos.push(issue),
  );
  let stop: ObservationIssueData | undefined;
  for (const piece of pieces) stop ??= decoder.push(piece);
  stop ??= decoder.end();
  return { given, text: given.join(""), infos: infos.map((i) => [i.code, i.line]), stop };
}

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...new TextEncoder().encode(part)] : part)));

describe("CsvTextDecoder", () => {
  it("joins a character cut in two and a CRLF cut in two, and gives whole lines only", () => {
    const all = bytes("a;b\r\nVäx", "jö\r\nc");
    const cutInA = all.indexOf(0xc3) + 1;
    const cutInCrlf = all.indexOf(0x0d) + 1;
    const result = decode([all.subarray(0, cutInCrlf), all.subarray(cutInCrlf, cutInA), all.subarray(cutInA)]);
    expect(result.given).toEqual(["a;b\n", "Växjö\n", "c"]);
    expect(result.infos).toEqual([]);
    expect(result.stop).toBeUndefined();
  });

  it("drops a BOM at the start with an info, and puts decomposed text in NFC, telling its first line", () => {
    const result = decode(["\uFEFFa\n", "b\nVa\u0308xjo\u0308\n"]);
    expect(result.text).toBe("a\nb\nVäxjö\n");
    expect(result.infos).toEqual([
      ["byte_order_mark", 1],
      ["unicode_normalized", 3],
    ]);
  });

  it("reads Windows-1252 from the first byte that is not UTF-8 when all before was ASCII", () => {
    const result = decode([bytes("a;b\nc;"), bytes([0x96, 0xe4]), bytes("\n")]);
    expect(result.text).toBe("a;b\nc;–ä\n");
    expect(result.infos).toEqual([["decoded_as_windows_1252", 1]]);
    // A lead byte whose character is cut off by the end of the file is not UTF-8 either.
    expect(decode([bytes("a\n", [0xe2, 0x80])]).text).toBe("a\nâ€");
  });

  it("stops at a byte that is not UTF-8 after one that was, on its line, with the lines before given", () => {
    const result = decode([bytes("ä\nb\nc;", [0xff], "\nd\n")]);
    expect(result.text).toBe("ä\nb\n");
    expect(result.stop).toEqual({ code: "encoding_changed", severity: "error", path: [], line: 3 });
    expect(decode([bytes("a\nc;", [0xff])], "utf-8").stop).toEqual({
      code: "invalid_encoding",
      severity: "error",
      path: [],
      line: 2,
      detected: "windows-1252",
    });
  });

  it("tells UTF-16 by the first two bytes, even when they come one by one", () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00, 0xe4, 0x00]);
    const result = decode(Array.from(utf16, (byte) => Uint8Array.of(byte)));
    expect(result.text).toBe("a\nä");
    expect(result.infos).toEqual([
      ["decoded_as_utf_16", 1],
      ["byte_order_mark", 1],
    ]);
  });

  it("takes text pieces as they are, and honours encoding windows-1252", () => {
    expect(decode(["a;", "Växjö\n"]).text).toBe("a;Växjö\n");
    expect(decode([bytes([0xe4, 0x0a])], "windows-1252").text).toBe("ä\n");
  });
});
