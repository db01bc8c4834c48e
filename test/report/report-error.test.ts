import { describe, expect, it } from "vitest";
import type { ReportErrorDetails } from "../../src/index.js";
import { ReportError } from "../../src/index.js";

type Case = { [C in keyof ReportErrorDetails]: [C, ReportErrorDetails[C], string, string] }[keyof ReportErrorDetails];

const CASES: Case[] = [
  [
    "no_years",
    {},
    "Utvärderingen omfattar inga år, så det finns inget att rapportera.",
    "The evaluation covers no years, so there is nothing to report.",
  ],
  [
    "unknown_year",
    { year: 2030, years: [2018, 2019] },
    "År 2030 finns inte i utvärderingen (år: 2018, 2019).",
    "The year 2030 is not in the evaluation (years: 2018, 2019).",
  ],
  [
    "invalid_threshold",
    { received: "0" },
    "Gränsen för små tal ska vara ett heltal från 1 och uppåt, inte 0.",
    "The small-number threshold must be a whole number from 1 up, not 0.",
  ],
  [
    "invalid_delimiter",
    { received: '"\\t"' },
    'Avgränsaren ska vara ";" eller ",", inte "\\t".',
    'The delimiter must be ";" or ",", not "\\t".',
  ],
  ["invalid_compact", { received: '"yes"' }, 'compact ska vara true eller false, inte "yes".', 'compact must be true or false, not "yes".'],
];

describe("ReportError", () => {
  it.each(CASES)("%s carries code, path, details and the message in Swedish (default) or English", (...[code, details, sv, en]) => {
    const error = new ReportError(...([code, ["year"], details] as ConstructorParameters<typeof ReportError>));
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.path, error.details, error.message]).toEqual(["ReportError", code, ["year"], details, sv]);
    expect(error.messages).toEqual({ sv, en });
  });
});
