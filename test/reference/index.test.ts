import { describe, expect, it } from "vitest";
import * as reference from "../../src/reference/index.js";

describe("andt-plan/reference entry", () => {
  it("exports exactly the public API", () => {
    expect(Object.keys(reference).sort()).toEqual([
      "AndtPlanError",
      "OptionError",
      "ReferenceLookupError",
      "counties",
      "findCounty",
      "findMunicipality",
      "getCounty",
      "getMunicipality",
      "isCountyCode",
      "isMunicipalityCode",
      "municipalities",
      "municipalitiesOf",
    ]);
  });

  it("works end to end from the entry", () => {
    expect(reference.getMunicipality("0780").name).toBe("Växjö");
    expect(reference.municipalitiesOf(reference.findCounty("Kronoberg")?.code ?? "")).toHaveLength(8);
  });
});
