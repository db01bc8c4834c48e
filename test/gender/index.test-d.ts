import { describe, expectTypeOf, it } from "vitest";
import {
  type CellValue,
  type ConsistencyReport,
  checkConsistency,
  type Disaggregated,
  disaggregated,
  fromKolada,
  fromSdmx,
  type GenderErrorCode,
  type GenderErrorDetails,
  type GenderGap,
  type GenderInputError,
  genderGap,
  type Sex,
  type SuppressionOptions,
  shares,
  suppressSmallCounts,
} from "../../src/gender/index.js";

describe("types of andt-plan/gender", () => {
  it("Sex has the four values and nothing else", () => {
    expectTypeOf<Sex>().toEqualTypeOf<"female" | "male" | "other" | "unknown">();
  });

  it("a cell is either published or suppressed, and narrows on `suppressed`", () => {
    const cell = {} as CellValue;
    if ("suppressed" in cell) expectTypeOf(cell.suppressed).toEqualTypeOf<true>();
    else expectTypeOf(cell.value).toEqualTypeOf<number>();
    // @ts-expect-error a suppressed cell has no value
    const bad: CellValue = { sex: "female", suppressed: false };
    void bad;
  });

  it("operations return the documented shapes", () => {
    const v = disaggregated({ unit: "count", cells: [] });
    expectTypeOf(v).toEqualTypeOf<Disaggregated>();
    expectTypeOf(suppressSmallCounts(v)).toEqualTypeOf<Disaggregated>();
    expectTypeOf(genderGap(v)).toEqualTypeOf<GenderGap>();
    expectTypeOf(shares(v).unattributed).toEqualTypeOf<number>();
    expectTypeOf(checkConsistency(v)).toEqualTypeOf<ConsistencyReport>();
    expectTypeOf(fromSdmx({ SEX: "F", AGE: "_T" }).sex).toEqualTypeOf<Sex>();
    expectTypeOf(fromKolada).parameter(1).toHaveProperty("unit");
  });

  it("a consistency report has a difference unless there is no total", () => {
    const report = {} as ConsistencyReport;
    if (report.status !== "no_total") expectTypeOf(report.difference).toEqualTypeOf<number>();
    // @ts-expect-error no difference without a total
    if (report.status === "no_total") void report.difference;
  });

  it("errors have a typed code", () => {
    expectTypeOf<GenderInputError["code"]>().toEqualTypeOf<GenderErrorCode>();
    expectTypeOf<"negative_count">().toExtend<GenderErrorCode>();
    // @ts-expect-error not a code
    const code: GenderErrorCode = "nonsense";
    void code;
  });

  it("cannot_protect carries the interval and the width; the width is an option", () => {
    expectTypeOf<GenderErrorDetails["cannot_protect"]>().toEqualTypeOf<{
      cell: string | number;
      lower: number;
      upper: number;
      width: number;
    }>();
    expectTypeOf<SuppressionOptions["protectionWidth"]>().toEqualTypeOf<number | undefined>();
  });
});
