import { describe, expect, it } from "vitest";
import type { DisaggregatedInput } from "../../src/gender/index.js";
import { DEFAULT_AGE_GROUPS, disaggregated } from "../../src/gender/index.js";
import { caught, deepFreeze, HLV_BANDS } from "./helpers.js";

describe("disaggregated", () => {
  it("builds a fresh value with the default age scheme and leaves the input untouched", () => {
    const input: DisaggregatedInput = deepFreeze({
      unit: "count",
      cells: [
        { sex: "female", value: 47 },
        { sex: "male", value: 53 },
        { sex: "unknown", suppressed: true },
      ],
      total: 103,
    });
    const before = structuredClone(input);
    expect(disaggregated(input)).toEqual({
      kind: "disaggregated",
      unit: "count",
      ageGroups: DEFAULT_AGE_GROUPS,
      cells: [
        { sex: "female", value: 47 },
        { sex: "male", value: 53 },
        { sex: "unknown", suppressed: true },
      ],
      total: 103,
    });
    expect(input).toEqual(before);
  });

  it("keeps a missing cell missing and accepts a total without cells", () => {
    expect(disaggregated({ unit: "count", cells: [{ sex: "female", value: 4 }] }).cells).toEqual([{ sex: "female", value: 4 }]);
    expect(disaggregated({ unit: "count", cells: [], total: 9 })).toEqual({
      kind: "disaggregated",
      unit: "count",
      ageGroups: DEFAULT_AGE_GROUPS,
      cells: [],
      total: 9,
    });
  });

  it("takes age bands, and cells by sex and age", () => {
    const v = disaggregated({
      unit: "percent",
      ageGroups: HLV_BANDS,
      cells: [
        { sex: "female", age: "16-29", value: 12.5 },
        { sex: "male", age: "16-29", value: 9 },
      ],
    });
    expect(v.ageGroups).toEqual(HLV_BANDS);
    expect(v.cells).toEqual([
      { sex: "female", age: "16-29", value: 12.5 },
      { sex: "male", age: "16-29", value: 9 },
    ]);
  });

  it("turns -0 into 0", () => {
    const v = disaggregated({ unit: "count", cells: [{ sex: "female", value: -0 }] });
    expect(Object.is((v.cells[0] as { value: number }).value, 0)).toBe(true);
  });

  const cases: [string, unknown, string, (string | number)[]][] = [
    [
      "a negative count",
      {
        unit: "count",
        cells: [
          { sex: "female", value: 1 },
          { sex: "male", value: -1 },
        ],
      },
      "negative_count",
      ["cells", 1, "value"],
    ],
    ["a fractional count", { unit: "count", cells: [{ sex: "female", value: 2.5 }] }, "non_integer_count", ["cells", 0, "value"]],
    ["NaN", { unit: "rate", cells: [{ sex: "female", value: Number.NaN }] }, "not_a_number", ["cells", 0, "value"]],
    ["Infinity", { unit: "rate", cells: [{ sex: "female", value: Infinity }] }, "not_a_number", ["cells", 0, "value"]],
    ["a missing value", { unit: "count", cells: [{ sex: "female" }] }, "not_a_number", ["cells", 0, "value"]],
    ["a string value", { unit: "count", cells: [{ sex: "female", value: "4" }] }, "not_a_number", ["cells", 0, "value"]],
    ["a NaN total", { unit: "count", cells: [], total: Number.NaN }, "not_a_number", ["total"]],
    ["a negative rate", { unit: "rate", cells: [{ sex: "male", value: -0.5 }] }, "negative_value", ["cells", 0, "value"]],
    ["a percentage over 100", { unit: "percent", cells: [{ sex: "male", value: 100.5 }] }, "percent_out_of_range", ["cells", 0, "value"]],
    ["a count beyond 2^53", { unit: "count", cells: [{ sex: "male", value: 2 ** 53 }] }, "count_too_large", ["cells", 0, "value"]],
    ["an unknown sex", { unit: "count", cells: [{ sex: "woman", value: 1 }] }, "unknown_cell", ["cells", 0, "sex"]],
    ["an unknown age band", { unit: "count", cells: [{ sex: "female", age: "teens", value: 1 }] }, "unknown_cell", ["cells", 0, "age"]],
    [
      "a duplicate cell",
      {
        unit: "count",
        cells: [
          { sex: "male", value: 1 },
          { sex: "male", value: 2 },
        ],
      },
      "duplicate_cell",
      ["cells", 1],
    ],
    [
      "mixed cells",
      {
        unit: "count",
        cells: [
          { sex: "male", value: 1 },
          { sex: "female", age: "adults", value: 2 },
        ],
      },
      "mixed_cells",
      ["cells", 1],
    ],
    ["a value and a suppression", { unit: "count", cells: [{ sex: "male", value: 1, suppressed: true }] }, "invalid_cell", ["cells", 0]],
    ["suppressed: false", { unit: "count", cells: [{ sex: "male", suppressed: false }] }, "invalid_cell", ["cells", 0]],
    ["a cell that is not an object", { unit: "count", cells: [3] }, "invalid_cell", ["cells", 0]],
    ["an unknown unit", { unit: "people", cells: [] }, "invalid_unit", ["unit"]],
    ["cells that are not a list", { unit: "count", cells: {} }, "invalid_value", ["cells"]],
    ["no object at all", null, "invalid_value", []],
    ["no age bands", { unit: "count", cells: [], ageGroups: [] }, "invalid_age_group", ["ageGroups"]],
    [
      "a band that ends before it starts",
      { unit: "count", cells: [], ageGroups: [{ id: "x", from: 30, to: 20 }] },
      "invalid_age_group",
      ["ageGroups", 0],
    ],
    ["a band of half years", { unit: "count", cells: [], ageGroups: [{ id: "x", from: 0.5 }] }, "invalid_age_group", ["ageGroups", 0]],
    ["a band without id", { unit: "count", cells: [], ageGroups: [{ id: "", from: 0 }] }, "invalid_age_group", ["ageGroups", 0]],
    [
      "two bands with one id",
      {
        unit: "count",
        cells: [],
        ageGroups: [
          { id: "a", from: 0, to: 9 },
          { id: "a", from: 10 },
        ],
      },
      "duplicate_age_group",
      ["ageGroups", 1, "id"],
    ],
    [
      "overlapping bands",
      {
        unit: "count",
        cells: [],
        ageGroups: [
          { id: "a", from: 15, to: 24 },
          { id: "b", from: 16, to: 29 },
        ],
      },
      "overlapping_age_groups",
      ["ageGroups", 1],
    ],
    [
      "an open band that swallows another",
      {
        unit: "count",
        cells: [],
        ageGroups: [
          { id: "a", from: 18 },
          { id: "b", from: 65, to: 84 },
        ],
      },
      "overlapping_age_groups",
      ["ageGroups", 1],
    ],
  ];
  it.each(cases)("refuses %s", (_, input, code, path) => {
    const error = caught(() => disaggregated(input as DisaggregatedInput));
    expect({ code: error.code, path: error.path }).toEqual({ code, path });
  });

  it("says what is wrong in Swedish by default and in English on request", () => {
    const input = { unit: "count", cells: [{ sex: "female", value: -1 }] } as const;
    expect(caught(() => disaggregated(input))).toEqual({
      code: "negative_count",
      path: ["cells", 0, "value"],
      details: { value: -1 },
      message: "Ett antal kan inte vara negativt (-1).",
    });
    expect(caught(() => disaggregated(input, { lang: "en" })).message).toBe("A count cannot be negative (-1).");
    expect(
      caught(() =>
        disaggregated(
          {
            unit: "count",
            cells: [],
            ageGroups: [
              { id: "a", from: 15, to: 24 },
              { id: "b", from: 16, to: 29 },
            ],
          },
          { lang: "en" },
        ),
      ).message,
    ).toBe('The age bands "a" and "b" overlap.');
  });
});
