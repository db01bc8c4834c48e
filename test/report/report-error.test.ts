import { describe, expect, it } from "vitest";
import { ReportError } from "../../src/index.js";
import type { ReportErrorCode } from "../../src/index.js";

const CASES: [ReportErrorCode, Record<string, string>, string, string][] = [
  ["no_years", {}, "Utvärderingen omfattar inga år, så det finns inget att rapportera.", "The evaluation covers no years, so there is nothing to report."],
  ["unknown_year", { year: "2030", years: "2018, 2019" }, "År 2030 finns inte i utvärderingen (år: 2018, 2019).", "The year 2030 is not in the evaluation (years: 2018, 2019)."],
  ["invalid_lang", { value: "de" }, 'Språket ska vara "sv" eller "en", inte de.', 'The language must be "sv" or "en", not de.'],
  ["invalid_threshold", { value: "0" }, "Gränsen för små tal ska vara ett heltal från 1 och uppåt, inte 0.", "The small-number threshold must be a whole number from 1 up, not 0."],
  ["invalid_delimiter", { value: '"\\t"' }, 'Avgränsaren ska vara ";" eller ",", inte "\\t".', 'The delimiter must be ";" or ",", not "\\t".'],
];

describe("ReportError", () => {
  it.each(CASES)("%s carries code, path, data and the message in Swedish (default) or English", (code, data, sv, en) => {
    const error = new ReportError(code, ["year"], data);
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.path, error.data, error.message]).toEqual(["ReportError", code, ["year"], data, sv]);
    expect(new ReportError(code, [], data, "en").message).toBe(en);
  });
});
