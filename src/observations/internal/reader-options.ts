import { DEFAULT_LANG, type Lang } from "../../core/lang.js";
import type { OptionName } from "../../core/option-error.js";
import { valueText } from "../../core/wording.js";
import type { ObservationIssueData } from "../issue.js";

/** What an option must be to be read; `undefined` (absent) is checked too, so a required option can say so. */
export type OptionChecks = Partial<Record<OptionName, (value: unknown) => boolean>>;

/**
 * A reader's options read once into a plain record (a getter or proxy cannot answer differently later), or the
 * issue that refuses them: options that are not an object (`undefined` is none), a `lang` other than `"sv"` or
 * `"en"`, or an option its check refuses. The readers never throw, so this is their `OptionError`.
 */
export function readOptions(
  options: unknown,
  names: readonly string[],
  checks: OptionChecks,
): { values: Record<string, unknown>; lang: Lang } | { issue: ObservationIssueData } {
  const refuse = (option: OptionName | "lang", received: string): { issue: ObservationIssueData } => ({
    issue: { code: "invalid_option", severity: "error", path: [], option, received },
  });
  if (options !== undefined && (typeof options !== "object" || options === null)) return refuse("options", valueText(options));
  const values: Record<string, unknown> = {};
  try {
    for (const name of ["lang", ...names]) values[name] = (options as Record<string, unknown> | undefined)?.[name];
    for (const [name, check] of Object.entries(checks) as [OptionName, (value: unknown) => boolean][]) {
      if (!check(values[name])) return refuse(name, valueText(values[name]));
    }
  } catch {
    return refuse("options", "object");
  }
  const lang = values.lang;
  if (lang !== undefined && lang !== "sv" && lang !== "en") return refuse("lang", typeof lang === "string" ? lang : String(lang));
  return { values, lang: (lang as Lang | undefined) ?? DEFAULT_LANG };
}

/** The options of the CSV readers, batch and stream, and what each must be. */
export const CSV_OPTIONS: { names: readonly string[]; checks: OptionChecks } = {
  names: ["plan", "encoding", "delimiter", "reference"],
  checks: {
    encoding: (value) => value === undefined || value === "utf-8" || value === "windows-1252",
    delimiter: (value) => value === undefined || value === ";" || value === "," || value === "\t",
  },
};
