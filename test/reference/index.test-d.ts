import { describe, expectTypeOf, it } from "vitest";
import {
  type County,
  counties,
  findCounty,
  findMunicipality,
  getCounty,
  getMunicipality,
  isCountyCode,
  isMunicipalityCode,
  type Municipality,
  municipalities,
  municipalitiesOf,
  type ReferenceLookupError,
  type ReferenceLookupErrorCode,
  type ReferenceLookupErrorDetails,
  type ReferenceLookupOptions,
} from "../../src/reference/index.js";

describe("reference types", () => {
  it("narrows unknown values to string with the guards", () => {
    const value: unknown = "07";
    if (isCountyCode(value)) expectTypeOf(value).toEqualTypeOf<string>();
    if (isMunicipalityCode(value)) expectTypeOf(value).toEqualTypeOf<string>();
  });

  it("returns readonly records, and undefined only from find*", () => {
    expectTypeOf(getCounty).returns.toEqualTypeOf<County>();
    expectTypeOf(getMunicipality).returns.toEqualTypeOf<Municipality>();
    expectTypeOf(findCounty).returns.toEqualTypeOf<County | undefined>();
    expectTypeOf(findMunicipality).returns.toEqualTypeOf<Municipality | undefined>();
    expectTypeOf(municipalitiesOf).returns.toEqualTypeOf<readonly Municipality[]>();
    expectTypeOf(counties).returns.toEqualTypeOf<readonly County[]>();
    expectTypeOf(municipalities).returns.toEqualTypeOf<readonly Municipality[]>();
    expectTypeOf<County>().toEqualTypeOf<{ readonly code: string; readonly name: string; readonly shortName: string }>();
    expectTypeOf<Municipality>().toEqualTypeOf<{
      readonly code: string;
      readonly name: string;
      readonly longName: string;
      readonly countyCode: string;
    }>();
    const county = getCounty("07");
    // @ts-expect-error County fields are readonly
    county.name = "x";
    // @ts-expect-error the lists are readonly
    municipalitiesOf("07").push(getMunicipality("0780"));
  });

  it("types the error code as a closed union and details as plain data", () => {
    expectTypeOf<ReferenceLookupError["code"]>().toEqualTypeOf<ReferenceLookupErrorCode>();
    expectTypeOf<ReferenceLookupErrorCode>().toEqualTypeOf<"invalid_code" | "unknown_county" | "unknown_municipality" | "invalid_name">();
    expectTypeOf<ReferenceLookupError["details"]>().toEqualTypeOf<ReferenceLookupErrorDetails>();
    expectTypeOf<ReferenceLookupErrorDetails["kind"]>().toEqualTypeOf<"county" | "municipality">();
    expectTypeOf<ReferenceLookupError["messages"]>().toEqualTypeOf<{ readonly sv: string; readonly en: string }>();
  });

  it("takes the language of the message as an option of every lookup that can throw", () => {
    expectTypeOf<ReferenceLookupOptions>().toEqualTypeOf<{ lang?: "sv" | "en" }>();
    expectTypeOf(getCounty).parameter(1).toEqualTypeOf<ReferenceLookupOptions | undefined>();
    expectTypeOf(getMunicipality).parameter(1).toEqualTypeOf<ReferenceLookupOptions | undefined>();
    expectTypeOf(municipalitiesOf).parameter(1).toEqualTypeOf<ReferenceLookupOptions | undefined>();
    expectTypeOf(findCounty).parameter(1).toEqualTypeOf<ReferenceLookupOptions | undefined>();
    expectTypeOf(findMunicipality).parameter(1).toEqualTypeOf<ReferenceLookupOptions | undefined>();
    // @ts-expect-error only Swedish and English
    getCounty("07", { lang: "fi" });
  });
});
