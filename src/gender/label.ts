import { resolveLang } from "../core/resolve-lang.js";
import { bandOf, schemeOf } from "./internal.js";
import type { AgeGroup, Cell, Lang, SchemeOptions, Sex } from "./types.js";

const WORDS: Record<Sex, Record<Lang, { adult: string; child: string }>> = {
  female: { sv: { adult: "kvinnor", child: "flickor" }, en: { adult: "women", child: "girls" } },
  male: { sv: { adult: "män", child: "pojkar" }, en: { adult: "men", child: "boys" } },
  other: { sv: { adult: "annat kön", child: "annat kön" }, en: { adult: "other sex", child: "other sex" } },
  unknown: { sv: { adult: "okänt kön", child: "okänt kön" }, en: { adult: "unknown sex", child: "unknown sex" } },
};

const RANGE: Record<Lang, { span: (a: number, b: number) => string; one: (a: number) => string; open: (a: number) => string }> = {
  sv: { span: (a, b) => `${a}–${b} år`, one: (a) => `${a} år`, open: (a) => `${a} år och äldre` },
  en: { span: (a, b) => `aged ${a}–${b}`, one: (a) => `aged ${a}`, open: (a) => `aged ${a} and over` },
};

/**
 * The name of a cell in Swedish or English (*etikett*). The word follows from sex and age: a band wholly under 18
 * gives *flickor* and *pojkar* (girls, boys), any other band, or all ages, *kvinnor* and *män* (women, men), as Swedish
 * statistics write. The age range is added (`kvinnor 16–29 år`, `women aged 16–29`, `män 65 år och äldre`)
 * except for the default bands 0–17 and 18+, which the word already says; other and unknown sex always carry
 * the range when there is a band.
 *
 * @throws {@link GenderInputError} `unknown_cell` for an unknown sex or age band, `invalid_age_group`.
 * @example
 * ```ts
 * cellLabel({ sex: "female", age: "children" }); // "flickor"
 * cellLabel({ sex: "male" }, { lang: "en" }); // "men"
 * cellLabel({ sex: "female", age: "16-29" }, { ageGroups: [{ id: "16-29", from: 16, to: 29 }] }); // "kvinnor 16–29 år"
 * ```
 */
export function cellLabel(cell: Cell, options: SchemeOptions = {}): string {
  const lang = resolveLang(options.lang);
  const band = bandOf(cell, schemeOf(options, lang), lang);
  const words = WORDS[cell.sex][lang];
  if (band === undefined) return words.adult;
  const child = band.to !== undefined && band.to <= 17;
  const word = child ? words.child : words.adult;
  const plain = (band.from === 0 && band.to === 17) || (band.from === 18 && band.to === undefined);
  if (plain && (cell.sex === "female" || cell.sex === "male")) return word;
  return `${word} ${rangeText(band, lang)}`;
}

function rangeText(band: AgeGroup, lang: Lang): string {
  const r = RANGE[lang];
  if (band.to === undefined) return r.open(band.from);
  return band.to === band.from ? r.one(band.from) : r.span(band.from, band.to);
}
