import { extname } from "node:path";
import { resolveLang } from "../core/resolve-lang.js";
import { append } from "../internal/append.js";
import type { Observation } from "../model/observation.js";
import { checkObservations } from "../observations/check-observations.js";
import { type CsvOptions, observationsFromCsv } from "../observations/from-csv.js";
import type { ObservationIssue } from "../observations/issue.js";
import { safeParseObservations } from "../observations/safe-parse-observations.js";
import type { ParseOptions } from "../parse/options.js";
import { FileError } from "./file-error.js";
import { readBytes } from "./read-file.js";

/**
 * Options of {@link loadObservations}: those of the CSV reader, and the parse limits of a JSON file.
 *
 * @example
 * ```ts
 * const options: LoadObservationsOptions = { plan, lang: "en" };
 * ```
 */
export interface LoadObservationsOptions extends CsvOptions, Pick<ParseOptions, "maxStringLength" | "maxDepth" | "maxKeyLength"> {}

/**
 * What {@link loadObservations} returns: the observations without an error, and every issue. A JSON file's
 * structural problems are `ParseIssue`s (as `safeParseObservations` reports them); a CSV issue has a `line`.
 *
 * @example
 * ```ts
 * const { observations, issues }: LoadedObservations = await loadObservations("uppfoljning-2018.csv", { plan });
 * ```
 */
export interface LoadedObservations {
  /** The observations read, without those that have an error. */
  observations: Observation[];
  /** Every issue, in the order of the file. */
  issues: ObservationIssue[];
}

const CSV_EXTENSIONS = new Set([".csv", ".tsv", ".txt"]);

/**
 * Reads follow-up observations from disk (Node.js only), by the file's extension: `.json` is an observation
 * file (`ObservationSet`), `.csv` (and `.tsv`, `.txt`) a spreadsheet export read as `observationsFromCsv`
 * does. With a `plan`, the observations are checked against it as `checkObservations` does. An observation
 * (or CSV row) with an error is left out and its issues say why; an invalid JSON file gives no observations
 * and its parse issues. Throws a {@link FileError} only when the file cannot be read or its type is not
 * supported (`file_type_unsupported`).
 *
 * @example
 * ```ts
 * import { loadObservations, loadPlan } from "andt-plan/node";
 * const plan = await loadPlan("fixtures/kronoberg-2017-2021.json");
 * const { observations, issues } = await loadObservations("uppfoljning-2018.csv", { plan });
 * for (const issue of issues) console.error(issue.line ?? issue.path.join("."), issue.message);
 * ```
 */
export async function loadObservations(path: string, options: LoadObservationsOptions = {}): Promise<LoadedObservations> {
  const extension = extname(path).toLowerCase();
  if (extension !== ".json" && !CSV_EXTENSIONS.has(extension)) {
    throw new FileError("file_type_unsupported", path, extension === "" ? '""' : extension, resolveLang(options.lang));
  }
  const bytes = await readBytes(path, options.lang);
  return extension === ".json" ? fromJson(bytes, options) : observationsFromCsv(bytes, options);
}

function fromJson(bytes: Uint8Array, options: LoadObservationsOptions): LoadedObservations {
  const lang = resolveLang(options.lang);
  const parsed = safeParseObservations(bytes, options);
  if (!parsed.success) return { observations: [], issues: parsed.issues };
  const set = parsed.data;
  const found = checkObservations(options.plan, set, {
    lang,
    ...(options.reference === undefined ? {} : { reference: options.reference }),
  });
  const rejected = new Set(found.filter((issue) => issue.severity === "error").map((issue) => issue.path[1]));
  return {
    observations: set.observations.filter((_, i) => !rejected.has(i)),
    issues: append<ObservationIssue>(append<ObservationIssue>([], parsed.issues), found),
  };
}
