import { describe, expect, it } from "vitest";
import { ReferenceLookupError } from "../../src/reference/errors.js";
import { getCounty } from "../../src/reference/get-county.js";
import { OptionError } from "../../src/reference/index.js";
import { thrown } from "../support/errors.js";

describe("ReferenceLookupError", () => {
  it("is an Error with a code, plain-data details, a Swedish message and messages in Swedish and English", () => {
    const error = thrown(ReferenceLookupError, () => getCounty("02"));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ReferenceLookupError");
    expect(error.code).toBe("unknown_county");
    expect(error.details).toEqual({ value: "02", kind: "county" });
    expect(structuredClone(error.details)).toEqual(error.details);
    expect(error.messages).toEqual({ sv: 'Det finns inget län med koden "02".', en: 'No county has the code "02".' });
    expect(error.message).toBe('Det finns inget län med koden "02".');
  });

  it("puts the language asked for in message, Swedish by default, and refuses any other language", () => {
    const details = { value: "02", kind: "county" } as const;
    expect(new ReferenceLookupError("unknown_county", details).message).toBe('Det finns inget län med koden "02".');
    expect(new ReferenceLookupError("unknown_county", details, "sv").message).toBe('Det finns inget län med koden "02".');
    expect(new ReferenceLookupError("unknown_county", details, "en").message).toBe('No county has the code "02".');
    const fi = thrown(OptionError, () => getCounty("02", { lang: "fi" as "sv" }));
    expect([fi.code, fi.path, fi.details]).toEqual(["invalid_lang", ["lang"], { received: "fi" }]);
    expect(thrown(ReferenceLookupError, () => getCounty("02", { lang: "en" })).messages).toEqual({
      sv: 'Det finns inget län med koden "02".',
      en: 'No county has the code "02".',
    });
  });

  it.each([
    [
      "invalid_code",
      { value: "7", kind: "county" },
      'Ingen länskod: "7". En länskod är två siffror, till exempel "07".',
      'Not a county code: "7". A county code is two digits, such as "07".',
    ],
    [
      "invalid_code",
      { value: 780, kind: "municipality" },
      'Ingen kommunkod: 780. En kommunkod är fyra siffror, till exempel "0780".',
      'Not a municipality code: 780. A municipality code is four digits, such as "0780".',
    ],
    [
      "unknown_municipality",
      { value: "0799", kind: "municipality" },
      'Det finns ingen kommun med koden "0799".',
      'No municipality has the code "0799".',
    ],
    [
      "invalid_name",
      { value: null, kind: "county" },
      "Ett läns namn eller kod ska vara en sträng, inte null.",
      "A county name or code must be a string, not null.",
    ],
    [
      "invalid_name",
      { value: { name: "Växjö" }, kind: "municipality" },
      "En kommuns namn eller kod ska vara en sträng, inte ett värde av typen object.",
      "A municipality name or code must be a string, not a value of type object.",
    ],
  ] as const)("words %s for %j", (code, details, sv, en) => {
    const error = new ReferenceLookupError(code, details);
    expect(error.code).toBe(code);
    expect(error.details).toBe(details);
    expect(error.messages).toEqual({ sv, en });
    expect(error.message).toBe(sv);
    expect(new ReferenceLookupError(code, details, "en").message).toBe(en);
  });
});
