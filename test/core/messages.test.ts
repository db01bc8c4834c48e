import { describe, expect, it } from "vitest";
import { type Catalogue, withMessage, writeMessage } from "../../src/core/messages.js";
import { deepFreeze } from "../../src/internal/deep-freeze.js";

type Details = { too_long: { length: number }; empty: Record<string, never> };
const catalogue: Catalogue<Details> = {
  sv: { too_long: (d) => `Texten är ${d.length} tecken lång.`, empty: () => "Texten är tom." },
  en: { too_long: (d) => `The text is ${d.length} characters long.`, empty: () => "The text is empty." },
};

describe("message catalogues", () => {
  it("write a code's message from its details in the language asked for", () => {
    expect(writeMessage(catalogue, "sv", "too_long", { length: 12 })).toBe("Texten är 12 tecken lång.");
    expect(writeMessage(catalogue, "en", "empty", {})).toBe("The text is empty.");
  });

  it("add the message to an issue without changing the issue", () => {
    const issue = deepFreeze({ code: "too_long" as const, severity: "error" as const, path: ["text"], length: 12 });
    expect(withMessage(catalogue, issue, "en")).toEqual({ ...issue, message: "The text is 12 characters long." });
    expect(issue).not.toHaveProperty("message");
  });
});
