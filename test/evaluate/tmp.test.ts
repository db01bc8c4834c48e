import { it } from "vitest";
import { evaluatePlan, reportHtml } from "../../src/index.js";
import { measuredPlan } from "../support/observations.js";

it("x", () => {
  for (const n of [1250, 1250, 2500, 5000, 10000]) {
    const plan = measuredPlan();
    plan.period = { start: String(10000 - n).padStart(4, "0"), end: "9999" };
    const obs = [{ indicator: "F.1-1", year: 9000, value: 3 }];
    const t0 = performance.now();
    const e = evaluatePlan(plan, obs, { asOf: "2020-01-01" });
    const t1 = performance.now();
    reportHtml(e, { year: 9000 });
    const t2 = performance.now();
    console.log(n, (t1 - t0).toFixed(0), (t2 - t1).toFixed(0));
  }
});
