import { describe, expect, it } from "vitest";
import type { ObservationIssueData } from "../../src/observations/issue.js";
import { withObservationMessage } from "../../src/observations/messages.js";

// Issue 14, case 16: the Swedish messages speak Swedish, count in the right number and say "och" where both are needed.
describe("observation messages", () => {
  it("asks a share for its numerator and denominator, both, in words of the language", () => {
    const issue: ObservationIssueData = {
      code: "value_kind_mismatch",
      severity: "error",
      path: ["observations", 0, "value"],
      indicator: "2.4-1",
      measure: "share",
      field: "value",
      expected: ["numerator", "denominator"],
    };
    expect(withObservationMessage(issue, "sv").message).toBe(
      'Indikator "2.4-1" är en andel och använder inte värde; använd täljare och nämnare.',
    );
    expect(withObservationMessage(issue, "en").message).toBe(
      'Indicator "2.4-1" is a share and does not use value; use numerator and denominator.',
    );
  });

  it("offers a cycle's alternatives with 'eller'", () => {
    const issue: ObservationIssueData = {
      code: "value_kind_mismatch",
      severity: "warning",
      path: ["observations", 0, "text"],
      indicator: "F.3-1",
      measure: "cycle",
      field: "text",
      expected: ["done", "doneOn", "value"],
    };
    expect(withObservationMessage(issue, "sv").message).toBe(
      'Indikator "F.3-1" är en återkommande händelse men har bara en redovisning i text; väntade genomförd eller genomförd datum eller värde.',
    );
  });

  it("writes one municipality row in the singular", () => {
    const issue: ObservationIssueData = {
      code: "total_from_parts",
      severity: "info",
      path: [],
      field: "value",
      total: 4,
      parts: 1,
      column: "värde",
    };
    expect(withObservationMessage(issue, "sv").message).toBe("Ingen rad utan kommun: värde 4 är summan av 1 kommunrad.");
    expect(withObservationMessage(issue, "en").message).toBe(
      "No row without a municipality: the value 4 is the sum of 1 municipality row.",
    );
    expect(withObservationMessage({ ...issue, parts: 2 }, "sv").message).toBe("Ingen rad utan kommun: värde 4 är summan av 2 kommunrader.");
  });
});
