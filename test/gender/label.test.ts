import { describe, expect, it } from "vitest";
import type { Sex } from "../../src/gender/index.js";
import { cellLabel } from "../../src/gender/index.js";
import { caught, HLV_BANDS } from "./helpers.js";

const bands = [
  { id: "0-5", from: 0, to: 5 },
  { id: "15-24", from: 15, to: 24 },
  { id: "30", from: 30, to: 30 },
  { id: "65+", from: 65 },
];

describe("cellLabel", () => {
  it("says kvinnor/män for all ages and for adults, flickor/pojkar for children", () => {
    expect(cellLabel({ sex: "female" })).toBe("kvinnor");
    expect(cellLabel({ sex: "male" })).toBe("män");
    expect(cellLabel({ sex: "female", age: "children" })).toBe("flickor");
    expect(cellLabel({ sex: "male", age: "children" })).toBe("pojkar");
    expect(cellLabel({ sex: "female", age: "adults" })).toBe("kvinnor");
    expect(cellLabel({ sex: "female" }, { lang: "en" })).toBe("women");
    expect(cellLabel({ sex: "male", age: "adults" }, { lang: "en" })).toBe("men");
    expect(cellLabel({ sex: "female", age: "children" }, { lang: "en" })).toBe("girls");
    expect(cellLabel({ sex: "male", age: "children" }, { lang: "en" })).toBe("boys");
  });

  it("adds other bands: kvinnor 16–29 år, women aged 16–29", () => {
    expect(cellLabel({ sex: "female", age: "16-29" }, { ageGroups: HLV_BANDS })).toBe("kvinnor 16–29 år");
    expect(cellLabel({ sex: "female", age: "16-29" }, { ageGroups: HLV_BANDS, lang: "en" })).toBe("women aged 16–29");
    expect(cellLabel({ sex: "male", age: "0-5" }, { ageGroups: bands })).toBe("pojkar 0–5 år");
    expect(cellLabel({ sex: "male", age: "15-24" }, { ageGroups: bands, lang: "en" })).toBe("men aged 15–24");
    expect(cellLabel({ sex: "female", age: "30" }, { ageGroups: bands })).toBe("kvinnor 30 år");
    expect(cellLabel({ sex: "male", age: "65+" }, { ageGroups: bands })).toBe("män 65 år och äldre");
    expect(cellLabel({ sex: "male", age: "65+" }, { ageGroups: bands, lang: "en" })).toBe("men aged 65 and over");
  });

  it("names other and unknown sex, with the range whenever there is a band", () => {
    expect(cellLabel({ sex: "other" })).toBe("annat kön");
    expect(cellLabel({ sex: "unknown" }, { lang: "en" })).toBe("unknown sex");
    expect(cellLabel({ sex: "other", age: "children" })).toBe("annat kön 0–17 år");
    expect(cellLabel({ sex: "unknown", age: "adults" }, { lang: "en" })).toBe("unknown sex aged 18 and over");
  });

  it("refuses unknown sexes and bands", () => {
    expect(caught(() => cellLabel({ sex: "woman" as Sex }))).toMatchObject({ code: "unknown_cell", path: ["sex"] });
    expect(caught(() => cellLabel({ sex: "female", age: "16-29" }))).toMatchObject({
      code: "unknown_cell",
      path: ["age"],
      details: { cell: "female, 16-29" },
    });
    expect(caught(() => cellLabel({ sex: "female" }, { ageGroups: [] }))).toMatchObject({
      code: "invalid_age_group",
      path: ["ageGroups"],
    });
  });
});
