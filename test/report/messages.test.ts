import { describe, expect, it } from "vitest";
import { reportLabels } from "../../src/report/messages.js";

describe("reportLabels", () => {
  it("heads a sub-goal with its code and name, and leaves out a name that only labels the code", () => {
    const sv = reportLabels("sv");
    expect([sv.subGoal("F", "Förutsättningar"), sv.subGoal("2", undefined), sv.subGoal("1", "Mål 1"), sv.subGoal("3", "3")]).toEqual([
      "Delmål F: Förutsättningar",
      "Delmål 2",
      "Delmål 1",
      "Delmål 3",
    ]);
    expect(reportLabels("en").subGoal("1", "Mål 1")).toBe("Sub-goal 1");
  });

  it("uses the plan's names of its levels, its English one in English, and the library's where it gives none", () => {
    const names = {
      subGoal: { sv: "Målområde", en: "Target area" },
      area: { sv: "Fokusområde" },
      activity: { sv: "Insats", en: "Action" },
    };
    const sv = reportLabels("sv", names);
    const en = reportLabels("en", names);
    expect([sv.subGoal("1", "Tillgång"), en.subGoal("1", "Tillgång")]).toEqual(["Målområde 1: Tillgång", "Target area 1: Tillgång"]);
    expect([sv.tableHeaders[1], en.tableHeaders[1], sv.missingHeaders[0], en.missingHeaders[0]]).toEqual([
      "Insats och indikatorer",
      "Action and indicators",
      "Insats",
      "Action",
    ]);
    expect([sv.csvHeaders.slice(0, 3), en.csvHeaders.slice(0, 3)]).toEqual([
      ["målområde", "fokusområde", "insats"],
      ["target area", "area", "action"],
    ]);
  });

  it("is the library's own labels when the plan names no level", () => {
    expect(reportLabels("sv", {})).toBe(reportLabels("sv"));
    expect(reportLabels("en", undefined)).toBe(reportLabels("en"));
  });
});
