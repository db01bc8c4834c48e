import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Disaggregated } from "../../src/gender/index.js";
import { disaggregated, fromSdmxObservations, GenderInputError, suppressSmallCounts, toSdmxObservations } from "../../src/gender/index.js";
import { bySexAgeCounts, bySexCounts, caught, counts, deepFreeze } from "./helpers.js";

describe("toSdmxObservations / fromSdmxObservations", () => {
  it("reads every code of CL_CONF_STATUS: F is free (the value stands), A and S withhold it (issue 14, case 15)", () => {
    const v = fromSdmxObservations(
      [
        { SEX: "F", AGE: "_T", OBS_VALUE: 47, CONF_STATUS: "F" },
        { SEX: "M", AGE: "_T", CONF_STATUS: "A" },
        { SEX: "_U", AGE: "_T", CONF_STATUS: "S" },
        { SEX: "T", AGE: "TOTAL", OBS_VALUE: 100, CONF_STATUS: "F" },
      ],
      { unit: "count" },
    );
    expect([v.cells, v.total]).toEqual([
      [
        { sex: "female", value: 47 },
        { sex: "male", suppressed: true },
        { sex: "unknown", suppressed: true },
      ],
      100,
    ]);
    for (const code of ["N", "C", "D", "S", "A", "O", "T", "G", "M", "E"] as const) {
      expect(fromSdmxObservations([{ SEX: "F", AGE: "_T", CONF_STATUS: code }], { unit: "count" }).cells).toEqual([
        { sex: "female", suppressed: true },
      ]);
    }
  });

  it("writes one observation per cell, the suppressed as confidential, then the total", () => {
    const v = deepFreeze(
      disaggregated({
        unit: "count",
        cells: [
          { sex: "female", value: 47 },
          { sex: "male", suppressed: true },
        ],
        total: 100,
      }),
    );
    expect(toSdmxObservations(v)).toEqual([
      { SEX: "F", AGE: "_T", OBS_VALUE: 47 },
      { SEX: "M", AGE: "_T", CONF_STATUS: "C" },
      { SEX: "_T", AGE: "_T", OBS_VALUE: 100 },
    ]);
  });

  it("reads observations in any order, D as suppressed too", () => {
    const v = fromSdmxObservations(
      [
        { SEX: "_T", AGE: "_T", OBS_VALUE: 100 },
        { SEX: "M", AGE: "Y_GE18", CONF_STATUS: "D" },
        { SEX: "F", AGE: "Y_GE18", OBS_VALUE: 47 },
      ],
      { unit: "count" },
    );
    expect(v.cells).toEqual([
      { sex: "male", age: "adults", suppressed: true },
      { sex: "female", age: "adults", value: 47 },
    ]);
    expect(v.total).toBe(100);
  });

  it("refuses what the model cannot hold, with the observation's index", () => {
    const read = (obs: unknown[]) => () => fromSdmxObservations(obs as never, { unit: "count" });
    expect(caught(read([{ SEX: "_T", AGE: "Y_LT18", OBS_VALUE: 1 }]))).toMatchObject({
      code: "not_a_cell",
      path: [0, "SEX"],
    });
    expect(caught(read([{ SEX: "F", AGE: "_T", OBS_VALUE: 1, CONF_STATUS: "C" }]))).toMatchObject({
      code: "invalid_cell",
      path: [0],
    });
    expect(caught(read([{ SEX: "_T", AGE: "_T", CONF_STATUS: "C" }]))).toMatchObject({
      code: "invalid_cell",
      path: [0],
    });
    expect(
      caught(
        read([
          { SEX: "_T", AGE: "_T", OBS_VALUE: 1 },
          { SEX: "_T", AGE: "_T", OBS_VALUE: 1 },
        ]),
      ),
    ).toMatchObject({ code: "duplicate_cell", path: [1] });
    expect(
      caught(
        read([
          { SEX: "F", AGE: "_T", OBS_VALUE: 1 },
          { SEX: "F", AGE: "_T", OBS_VALUE: 2 },
        ]),
      ),
    ).toMatchObject({ code: "duplicate_cell", path: [1] });
    expect(
      caught(
        read([
          { SEX: "F", AGE: "_T", OBS_VALUE: 1 },
          { SEX: "M", AGE: "Y_GE18", OBS_VALUE: 2 },
        ]),
      ),
    ).toMatchObject({ code: "mixed_cells", path: [1] });
    expect(caught(read([{ SEX: "F", AGE: "_T", CONF_STATUS: "X" }]))).toMatchObject({
      code: "unknown_code",
      path: [0, "CONF_STATUS"],
    });
    expect(caught(read([{ SEX: "F", AGE: "_T" }]))).toMatchObject({ code: "not_a_number", path: [0, "OBS_VALUE"] });
    expect(caught(read([{ SEX: "F", AGE: "_T", OBS_VALUE: -2 }]))).toMatchObject({
      code: "negative_count",
      path: [0, "OBS_VALUE"],
    });
    expect(caught(read([{ SEX: "F", AGE: "Y1T2", OBS_VALUE: 2 }]))).toMatchObject({
      code: "unknown_cell",
      path: [0, "AGE"],
    });
  });

  it("law: reading what was written gives the value back", () => {
    // A table whose margins give a cell away cannot be protected (cannot_protect); it is written as it is.
    const protectedOrAsIs = (v: Disaggregated): Disaggregated => {
      try {
        return suppressSmallCounts(v);
      } catch (e) {
        if (e instanceof GenderInputError && e.code === "cannot_protect") return v;
        throw e;
      }
    };
    const any = fc
      .tuple(fc.oneof(bySexCounts(), bySexAgeCounts()), fc.boolean(), fc.boolean())
      .map(([v, protect, dropTotal]): Disaggregated => {
        const p = protect ? protectedOrAsIs(v) : v;
        if (!dropTotal) return p;
        const { total: _, ...rest } = p;
        return rest;
      });
    fc.assert(
      fc.property(any, (v) => {
        expect(fromSdmxObservations(toSdmxObservations(v), { unit: v.unit, ageGroups: v.ageGroups })).toStrictEqual(v);
      }),
    );
    const rate = disaggregated({ unit: "rate", cells: [{ sex: "female", value: 12.5 }], total: 10.25 });
    expect(fromSdmxObservations(toSdmxObservations(rate), { unit: "rate" })).toStrictEqual(rate);
    expect(fromSdmxObservations(toSdmxObservations(counts(1, 2)), { unit: "count" })).toStrictEqual(counts(1, 2));
  });
});
