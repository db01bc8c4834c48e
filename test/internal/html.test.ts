import { describe, expect, it } from "vitest";
import { type Html, html, joinHtml, rawStyleElement } from "../../src/internal/html.js";

describe("html", () => {
  it("escapes &, <, >, both quotes in a string, each to its entity", () => {
    expect(html`${"&"}|${"<"}|${">"}|${'"'}|${"'"}`.value).toBe("&amp;|&lt;|&gt;|&quot;|&#39;");
    expect(html`<p>${`<script>alert("x") & 'y'</script>`}</p>`.value).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;</p>",
    );
  });

  it("escapes an entity's own & so it prints as written", () => {
    expect(html`${"&amp; &lt;"}`.value).toBe("&amp;amp; &amp;lt;");
  });

  it("escapes in attribute values, so a quote cannot end the attribute", () => {
    expect(html`<td title="${`x" onclick="y`}" data-x='${"a'b"}'>`.value).toBe(`<td title="x&quot; onclick=&quot;y" data-x='a&#39;b'>`);
  });

  it("leaves other text alone, and the template's own text as written", () => {
    expect(html`<p class="a">${"Länsstyrelsen | 1.1-1 – 45 %\n"}</p>`.value).toBe('<p class="a">Länsstyrelsen | 1.1-1 – 45 %\n</p>');
  });

  it("prints numbers as JavaScript writes them, 0 included", () => {
    expect(html`<rect x="${0}" width="${87.5}" y="${-3}"/>`.value).toBe('<rect x="0" width="87.5" y="-3"/>');
  });

  it("puts Html in as it is, so fragments nest without escaping twice", () => {
    const cell = html`<td>${"A & B"}</td>`;
    expect(html`<tr>${cell}</tr>`.value).toBe("<tr><td>A &amp; B</td></tr>");
    expect(html`<table>${html`<tr>${cell}</tr>`}</table>`.value).toBe("<table><tr><td>A &amp; B</td></tr></table>");
  });

  it("puts a list's parts one after another, each escaped or not as alone, nested lists too", () => {
    const items = ["<a>", "b"].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe("<ul><li>&lt;a&gt;</li><li>b</li></ul>");
    expect(html`${["<", html`<br>`, 1, [html`<hr>`, "&"]]}`.value).toBe("&lt;<br>1<hr>&amp;");
    expect(html`<ul>${[]}</ul>`.value).toBe("<ul></ul>");
  });

  it("prints nothing for undefined, null and false, so `cond && html` leaves a part out", () => {
    expect(html`<p>${undefined}${null}${false}</p>`.value).toBe("<p></p>");
    const zero = 0;
    expect(html`<li${zero === 0 && html` class="zero"`}>`.value).toBe('<li class="zero">');
    expect(html`<li${zero !== 0 && html` class="zero"`}>`.value).toBe("<li>");
    expect(html`${""}`.value).toBe("");
  });

  it("keeps line breaks of the template (cooked, so \\n is one)", () => {
    expect(html`<a>\n${"b"}\n</a>`.value).toBe("<a>\nb\n</a>");
  });
});

describe("joinHtml", () => {
  it("joins parts with an escaped separator, nothing by default", () => {
    const parts: Html[] = [html`<a>`, html`<b>`];
    expect(joinHtml(parts).value).toBe("<a><b>");
    expect(joinHtml(parts, "\n").value).toBe("<a>\n<b>");
    expect(joinHtml(parts, "<&>").value).toBe("<a>&lt;&amp;&gt;<b>");
  });

  it("escapes text parts, and leaves out undefined, null and false with their separator, but not empty parts", () => {
    expect(joinHtml([html`<a>`, undefined, "<x>", null, false, 0, html``, html`<b>`], "\n").value).toBe("<a>\n&lt;x&gt;\n0\n\n<b>");
    expect(joinHtml([], "\n").value).toBe("");
  });
});

describe("rawStyleElement", () => {
  it("puts a constant style sheet into a style element as written, quotes and all", () => {
    expect(rawStyleElement('body{font:16px "Segoe UI"}').value).toBe('<style>body{font:16px "Segoe UI"}</style>');
  });

  it("refuses a sheet with <, which could end the element", () => {
    expect(() => rawStyleElement("a{}</style><script>")).toThrow("A style sheet must not contain '<'.");
  });
});
