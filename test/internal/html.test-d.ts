import { describe, expectTypeOf, it } from "vitest";
import { type Html, type HtmlPart, html, joinHtml } from "../../src/internal/html.js";

describe("types of the HTML template", () => {
  it("makes Html, which a plain string or a look-alike object is not", () => {
    expectTypeOf(html`<p>${"x"}</p>`).toEqualTypeOf<Html>();
    expectTypeOf(joinHtml([html`<a>`], "\n")).toEqualTypeOf<Html>();
    expectTypeOf<string>().not.toMatchTypeOf<Html>();
    expectTypeOf<{ value: string }>().not.toMatchTypeOf<Html>();
    const takesHtml = (fragment: Html): string => fragment.value;
    // @ts-expect-error a plain string is text, not markup
    takesHtml("<b>bold</b>");
    // @ts-expect-error an object with the same value is not markup either
    takesHtml({ value: "<b>bold</b>" });
    // @ts-expect-error nor is a list of strings where a list of markup is asked for
    const fragments: Html[] = ["<b>bold</b>"];
    void fragments;
  });

  it("takes text, numbers, markup, lists and nothing-values, but not true, objects or functions", () => {
    expectTypeOf<string | number | Html | Html[] | undefined | null | false>().toMatchTypeOf<HtmlPart>();
    expectTypeOf<true>().not.toMatchTypeOf<HtmlPart>();
    expectTypeOf<{ value: string }>().not.toMatchTypeOf<HtmlPart>();
    // @ts-expect-error true would print nothing or "true", neither meant
    void html`<p>${true}</p>`;
    // @ts-expect-error a function would print its source
    void html`<p>${() => "x"}</p>`;
  });

  it("cannot be added to a string or another fragment with +", () => {
    // @ts-expect-error + on Html would print [object Object]
    void (html`<a>` + html`<b>`);
  });
});
