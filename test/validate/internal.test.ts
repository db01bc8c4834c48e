import { describe, expect, it } from "vitest";
import { municipalities } from "../../src/reference/index.js";
import { municipalityLookup } from "../../src/validate/internal.js";

describe("municipalityLookup", () => {
  it("counts the municipalities of each county and finds them by code, the same lookup for the shipped list", () => {
    const lookup = municipalityLookup(municipalities());
    // Kronoberg (07) has 8 municipalities, Stockholm (01) 26; 290 in all.
    expect(lookup.countInCounty.get("07")).toBe(8);
    expect(lookup.countInCounty.get("01")).toBe(26);
    expect([...lookup.countInCounty.values()].reduce((a, b) => a + b)).toBe(290);
    expect(lookup.byCode.get("0780")?.name).toBe("Växjö");
    expect(municipalityLookup(municipalities())).toBe(lookup);
  });

  it("makes a list that can change anew on each call, keeping the last municipality of a code", () => {
    const list = [
      { code: "0780", name: "Växjö", longName: "Växjö kommun", countyCode: "07" },
      { code: "0780", name: "Annan", longName: "Annan kommun", countyCode: "08" },
    ];
    const first = municipalityLookup(list);
    expect(first.byCode.get("0780")?.name).toBe("Annan");
    expect([...first.countInCounty]).toEqual([
      ["07", 1],
      ["08", 1],
    ]);
    list.pop();
    expect(municipalityLookup(list).byCode.get("0780")?.name).toBe("Växjö");
  });
});
