import { describe, expect, it } from "vitest";
import type { KoladaRow } from "../../src/gender/index.js";
import { DEFAULT_AGE_GROUPS, fromKolada } from "../../src/gender/index.js";
import { caught, deepFreeze } from "./helpers.js";

// Invented example numbers in Kolada's v3 shape.
const row: KoladaRow = {
  kpi: "N00000",
  municipality: "0780",
  period: 2020,
  values: [
    { gender: "T", value: 100, count: 1, status: "" },
    { gender: "K", value: 47, count: 1, status: "" },
    { gender: "M", value: 53, count: 1, status: null },
  ],
};

describe("fromKolada", () => {
  it("reads T as the total, K as women and M as men, and keeps the statuses", () => {
    expect(fromKolada(deepFreeze(row), { unit: "count" })).toEqual({
      kpi: "N00000",
      municipality: "0780",
      period: 2020,
      value: {
        kind: "disaggregated",
        unit: "count",
        ageGroups: DEFAULT_AGE_GROUPS,
        cells: [
          { sex: "female", value: 47 },
          { sex: "male", value: 53 },
        ],
        total: 100,
      },
      status: { total: "", female: "" },
    });
  });

  it("treats null as missing, not zero", () => {
    const gaps: KoladaRow = {
      ...row,
      values: [
        { gender: "T", value: null, status: "Missing" },
        { gender: "K", value: 12.5 },
        { gender: "M", value: null },
      ],
    };
    const result = fromKolada(gaps, { unit: "percent" });
    expect(result.value).toStrictEqual({
      kind: "disaggregated",
      unit: "percent",
      ageGroups: DEFAULT_AGE_GROUPS,
      cells: [{ sex: "female", value: 12.5 }],
    });
    expect(result.status).toEqual({ total: "Missing" });
  });

  it("refuses what is not Kolada's shape, with the path into the row", () => {
    const bad = (values: unknown[]) => ({ ...row, values }) as unknown as KoladaRow;
    expect(caught(() => fromKolada(bad([{ gender: "X", value: 1 }]), { unit: "count" }))).toMatchObject({
      code: "unknown_cell",
      path: ["values", 0, "gender"],
    });
    expect(
      caught(() =>
        fromKolada(
          bad([
            { gender: "K", value: 1 },
            { gender: "K", value: 2 },
          ]),
          { unit: "count" },
        ),
      ),
    ).toMatchObject({
      code: "duplicate_cell",
      path: ["values", 1],
    });
    expect(caught(() => fromKolada(bad([{ gender: "M", value: 2.5 }]), { unit: "count" }))).toMatchObject({
      code: "non_integer_count",
      path: ["values", 0, "value"],
    });
    expect(caught(() => fromKolada(bad([{ gender: "T", value: Number.NaN }]), { unit: "rate" }))).toMatchObject({
      code: "not_a_number",
      path: ["values", 0, "value"],
    });
    expect(caught(() => fromKolada(bad([null]), { unit: "rate" }))).toMatchObject({
      code: "invalid_row",
      path: ["values", 0],
    });
    expect(caught(() => fromKolada({ ...row, period: "2020" } as unknown as KoladaRow, { unit: "rate" }))).toMatchObject({
      code: "invalid_row",
      path: ["period"],
    });
    expect(caught(() => fromKolada({ ...row, kpi: 1 } as unknown as KoladaRow, { unit: "rate" }))).toMatchObject({
      code: "invalid_row",
      path: ["kpi"],
    });
    expect(caught(() => fromKolada({ ...row, municipality: 780 } as unknown as KoladaRow, { unit: "rate" }))).toMatchObject({
      code: "invalid_row",
      path: ["municipality"],
    });
    expect(caught(() => fromKolada({ ...row, values: {} } as unknown as KoladaRow, { unit: "rate" }))).toMatchObject({
      code: "invalid_row",
      path: ["values"],
    });
    expect(caught(() => fromKolada(row, { unit: "antal" } as never))).toMatchObject({
      code: "invalid_unit",
      path: ["unit"],
    });
  });
});
