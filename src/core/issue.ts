/**
 * How serious an issue is (*allvarlighetsgrad*): an `error` makes parsing, reading or validation fail;
 * a `warning` or an `info` does not.
 *
 * @example
 * ```ts
 * const severity: Severity = "warning";
 * ```
 */
export type Severity = "error" | "warning" | "info";

/**
 * Where in a document an issue is (*sökväg*): object keys and array indexes from the root; `[]` is the root.
 *
 * @example
 * ```ts
 * const path: Path = ["subGoals", 0, "areas", 1, "activities", 2, "text"];
 * ```
 */
export type Path = (string | number)[];

/**
 * What every issue of every family has (*anmärkning*): a stable `code`, a `severity`, the `path` to where it
 * is and a `message` in the language asked for. Each family ({@link IssueOf}) adds its details per code.
 *
 * @example
 * ```ts
 * const line = (issue: Issue): string => `${issue.path.join(".")}: ${issue.severity} ${issue.code}: ${issue.message}`;
 * ```
 */
export interface Issue {
  code: string;
  severity: Severity;
  path: Path;
  message: string;
}

/**
 * The union of issues of one family, built from a map of the details each code carries besides `code`,
 * `severity`, `path` and `message`. A code whose details fix `severity` keeps that severity; the others take
 * any. Narrowing the union on `code` gives exactly that code's details.
 *
 * @example
 * ```ts
 * type MyIssue = IssueOf<{ too_long: { length: number }; empty: { severity: "error" } }>;
 * ```
 */
export type IssueOf<Details, Base = unknown> = {
  [C in keyof Details & string]: { code: C; path: Path; message: string } & Base &
    (Details[C] extends { severity: Severity } ? unknown : { severity: Severity }) &
    Details[C];
}[keyof Details & string];

/**
 * An issue before its message is written: what a check reports and a catalogue turns into words.
 * Distributes over a union, so each member keeps its own details.
 */
export type IssueData<I> = I extends unknown ? Omit<I, "message"> : never;
