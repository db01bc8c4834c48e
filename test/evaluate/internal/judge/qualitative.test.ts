import { describe, expect, test } from "vitest";
import { judgeQualitative } from "../../../../src/evaluate/internal/judge/qualitative.js";
import { rulesFor, yearWith } from "./support.js";

const account = rulesFor({ type: "qualitative" });
const start = { sumBefore: 0 };

describe("judgeQualitative", () => {
  test("an account is reported, with the baseline it is measured from", () => {
    expect(judgeQualitative(yearWith(2018, [{ text: "Kartläggning klar." }]), account, start)).toEqual({
      status: "reported",
      reason: { code: "account_given" },
      expected: true,
    });
    const baseline = { year: 2015, text: "Kartläggning 2015" };
    expect(judgeQualitative(yearWith(2018, [{ text: "Klar." }]), { ...account, baseline }, start).reason).toEqual({
      code: "account_given",
      baseline: { year: 2015, text: "Kartläggning 2015" },
    });
  });

  test("a value without an account is reported without a target: the latest value", () => {
    const year = yearWith(2018, [
      { value: 2, period: { start: "2018-07-01", end: "2018-12-31" } },
      { value: 3, period: { start: "2018-01-01", end: "2018-06-30" } },
    ]);
    expect(judgeQualitative(year, account, start)).toEqual({ status: "reported", reason: { code: "no_target", value: 2 }, expected: true });
  });

  test("a done without a value or account is reported without one", () => {
    expect(judgeQualitative(yearWith(2018, [{ done: true }]), account, start).reason).toEqual({ code: "no_target" });
  });

  test("nothing reported is missing, with the comment of an empty record", () => {
    expect(judgeQualitative(yearWith(2018, [{ comment: "Ej klart" }]), account, start)).toEqual({
      status: "missing",
      reason: { code: "no_value", comment: "Ej klart" },
      expected: true,
    });
  });
});
