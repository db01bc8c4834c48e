import { describe, expect, it } from "vitest";
import { csvField, escapeMarkdown, guardFormula } from "../../src/internal/escape.js";

describe("escapeMarkdown", () => {
  it("escapes pipes, markup, & and inline marks", () => {
    expect(escapeMarkdown('a|b <script>alert("x")</script> & *k* _u_ `c` [l](m) ~s~ #h \\')).toBe(
      'a\\|b \\<script\\>alert("x")\\</script\\> \\& \\*k\\* \\_u\\_ \\`c\\` \\[l\\](m) \\~s\\~ \\#h \\\\',
    );
  });

  it("turns line breaks into <br>, after escaping, so a table cell keeps its row", () => {
    expect(escapeMarkdown("rad ett\nrad två\r\nrad tre\rslut")).toBe("rad ett<br>rad två<br>rad tre<br>slut");
  });

  it("escapes a leading list marker but not codes like 1.1-1", () => {
    expect(escapeMarkdown("- punkt")).toBe("\\- punkt");
    expect(escapeMarkdown("+ punkt")).toBe("\\+ punkt");
    expect(escapeMarkdown("12. punkt")).toBe("12\\. punkt");
    expect(escapeMarkdown("3) punkt")).toBe("3\\) punkt");
    expect(escapeMarkdown("1.1-1")).toBe("1.1-1");
    expect(escapeMarkdown("-5 (−63 %)")).toBe("-5 (−63 %)");
  });
});

describe("csvField", () => {
  it("leaves a plain field unquoted", () => {
    expect(csvField("Antal deltagare, totalt", ";")).toBe("Antal deltagare, totalt");
  });

  it("quotes a field with the delimiter, a quote, a line break or edge white space, doubling quotes", () => {
    expect(csvField("a;b", ";")).toBe('"a;b"');
    expect(csvField("a,b", ",")).toBe('"a,b"');
    expect(csvField('se "x"', ",")).toBe('"se ""x"""');
    expect(csvField("rad\nrad", ";")).toBe('"rad\nrad"');
    expect(csvField("rad\rrad", ";")).toBe('"rad\rrad"');
    expect(csvField(" kant", ";")).toBe('" kant"');
    expect(csvField("kant ", ";")).toBe('"kant "');
  });
});

describe("guardFormula", () => {
  it("puts a ' before a formula sign, plain, full-width or small, also after white space", () => {
    expect(["=1+1", " =1+1", "\n\t+1", "\uFF1DSUMMA(A1)", "\uFF20A", "\uFE63 1", "\t", "\r", "\n"].map(guardFormula)).toEqual([
      "'=1+1",
      "' =1+1",
      "'\n\t+1",
      "'\uFF1DSUMMA(A1)",
      "'\uFF20A",
      "'\uFE63 1",
      "'\t",
      "'\r",
      "'\n",
    ]);
  });

  it("leaves other text as it is, a sign inside it included", () => {
    expect(["1=1", " 1 = 1", "Växjö", "", " "].map(guardFormula)).toEqual(["1=1", " 1 = 1", "Växjö", "", " "]);
  });
});
