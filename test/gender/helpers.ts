import fc from "fast-check";
import type { AgeGroup, CellValue, Disaggregated, Sex } from "../../src/gender/index.js";
import { disaggregated, GenderInputError } from "../../src/gender/index.js";
import { thrown } from "../support/errors.js";

/** Freezes an input all the way down, so that any mutation throws in strict mode. */
export { deepFreeze } from "../../src/internal/deep-freeze.js";

/** Runs `f`, expects a GenderInputError, and returns its code, path and details for an exact comparison. */
export function caught(f: () => unknown): {
  code: string;
  path: readonly (string | number)[];
  details: unknown;
  message: string;
} {
  const e = thrown(GenderInputError, f);
  return { code: e.code, path: e.path, details: e.details, message: e.message };
}

export const counts = (female: number, male: number, total?: number): Disaggregated =>
  disaggregated(
    total === undefined
      ? {
          unit: "count",
          cells: [
            { sex: "female", value: female },
            { sex: "male", value: male },
          ],
        }
      : {
          unit: "count",
          cells: [
            { sex: "female", value: female },
            { sex: "male", value: male },
          ],
          total,
        },
  );

export const HLV_BANDS: readonly AgeGroup[] = [
  { id: "16-29", from: 16, to: 29 },
  { id: "30-44", from: 30, to: 44 },
  { id: "45-64", from: 45, to: 64 },
  { id: "65-84", from: 65, to: 84 },
];

const SEX_LIST: readonly Sex[] = ["female", "male", "other", "unknown"];

/** A count by sex only: 2–4 distinct sexes (female and male always), values 0–60, with or without the total. */
export const bySexCounts = (max = 60): fc.Arbitrary<Disaggregated> =>
  fc
    .record({
      extra: fc.subarray(["other", "unknown"] as Sex[]),
      values: fc.array(fc.integer({ min: 0, max }), { minLength: 4, maxLength: 4 }),
      withTotal: fc.boolean(),
    })
    .map(({ extra, values, withTotal }) => {
      const sexes: Sex[] = ["female", "male", ...extra];
      const cells: CellValue[] = sexes.map((sex, i) => ({ sex, value: values[i] as number }));
      const total = cells.reduce((s, c) => s + ("value" in c ? c.value : 0), 0);
      return disaggregated(withTotal ? { unit: "count", cells, total } : { unit: "count", cells });
    });

/** A count by sex × age band: 2–4 sexes × 2–4 bands, full grid, values 0–60 (many small). */
export const bySexAgeCounts = (max = 60): fc.Arbitrary<Disaggregated> =>
  fc.record({ nSex: fc.integer({ min: 2, max: 4 }), nAge: fc.integer({ min: 2, max: 4 }) }).chain(({ nSex, nAge }) =>
    fc
      .array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max })), {
        minLength: nSex * nAge,
        maxLength: nSex * nAge,
      })
      .map((values) => {
        const bands = HLV_BANDS.slice(0, nAge);
        const cells: CellValue[] = SEX_LIST.slice(0, nSex).flatMap((sex, s) =>
          bands.map((b, a) => ({ sex, age: b.id, value: values[s * nAge + a] as number })),
        );
        const total = values.reduce((x, y) => x + y, 0);
        return disaggregated({ unit: "count", cells, total, ageGroups: bands });
      }),
  );

/** Values that share one shape (same cells and scheme), for sums. */
export const sameShape = (n: number): fc.Arbitrary<Disaggregated[]> =>
  fc
    .array(
      fc.record({
        f: fc.integer({ min: 0, max: 10_000 }),
        m: fc.integer({ min: 0, max: 10_000 }),
        o: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        hideF: fc.boolean(),
      }),
      { minLength: n, maxLength: n },
    )
    .map((rows) =>
      rows.map(({ f, m, o, hideF }) => {
        const cells: CellValue[] = [
          hideF && f < 5 ? { sex: "female", suppressed: true } : { sex: "female", value: f },
          { sex: "male", value: m },
        ];
        return disaggregated(o === undefined ? { unit: "count", cells } : { unit: "count", cells, total: f + m + o });
      }),
    );
