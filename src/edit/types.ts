import type { IssueOf, Path } from "../core/issue.js";
import type { Lang } from "../core/lang.js";
import type { Observation } from "../model/observation.js";
import type { Plan } from "../model/plan.js";
import type { CodedElement, ValidationContext, ValidationIssue, ValidationIssueCode } from "../validate/types.js";

/**
 * One operation of a JSON Patch (RFC 6902): `path` is a JSON Pointer (RFC 6901), `~` written `~0` and `/`
 * written `~1`. Edits produce only `add`, `remove` and `replace`, so any app in any language can store and
 * apply them.
 *
 * @example
 * ```ts
 * const op: JsonPatchOperation = { op: "replace", path: "/subGoals/0/areas/0/activities/1/text", value: "Ny text." };
 * ```
 */
export interface JsonPatchOperation {
  op: "add" | "remove" | "replace";
  /** JSON Pointer to the value: `""` is the whole document, `/subGoals/0/code` a field. */
  path: string;
  /** The new value, for `add` and `replace`. */
  value?: unknown;
}

/**
 * The kind of element an edit is about: the elements with a code or an id (*delmål*, *område för samhandling*,
 * *aktivitet*, *indikator*, *aktör*).
 *
 * @example
 * ```ts
 * const element: EditElement = "activity";
 * ```
 */
export type EditElement = CodedElement;

/** The details each code of an {@link EditIssue} carries besides code, severity, path and message. */
export interface EditIssueDetails {
  /** No element of that kind has that code or id. */
  not_found: { severity: "error"; element: EditElement; value: string };
  /** The code or id is already used (the same details as the validation issue of that code). */
  duplicate_code: { element: CodedElement; value: string; firstPath: Path };
  /** An actor cannot be removed while an activity, a group or the owner still names it. */
  actor_in_use: { severity: "error"; actor: string; usedAt: Path };
  /** A position outside the list it is to go into. */
  index_out_of_range: { severity: "error"; index: number; length: number };
  /** The indicator has no target to remove. */
  no_target: { severity: "error"; indicator: string };
  /** A field's value does not fit the file format (`reason` is the schema's code, such as `empty_text`). */
  invalid_value: { severity: "error"; element: EditElement; reason: string };
  /** The edit would leave an error or a warning of plan validation that was not there before; an `error` refuses the edit. */
  validation: { rule: ValidationIssueCode; validation: ValidationIssue };
}

/** The `code` of every {@link EditIssue}. */
export type EditIssueCode = keyof EditIssueDetails;

/**
 * A finding of an edit (*anmärkning*): a refusal (`error`, the plan is left as it was) or a warning of
 * validation that the edited plan now has. Plain data, discriminated on `code`.
 *
 * @example
 * ```ts
 * const issue: EditIssue = {
 *   code: "not_found", severity: "error", path: [], element: "activity", value: "9.9",
 *   message: "Det finns ingen aktivitet med koden 9.9.",
 * };
 * ```
 */
export type EditIssue = IssueOf<EditIssueDetails>;

/**
 * What every edit takes besides its own arguments.
 *
 * @example
 * ```ts
 * const options: EditOptions = { lang: "en", validation: { strategies: [andt2016] } };
 * ```
 */
export interface EditOptions {
  /** Language of the issues' messages: `"sv"` (default) or `"en"`. */
  lang?: Lang;
  /**
   * What the edited plan is validated against ({@link validatePlan}'s context); an edit that adds an error of
   * validation is refused. `false` skips validation (only the edit's own checks are made), for bulk edits.
   */
  validation?: ValidationContext | false;
}

/**
 * What an edit did: its operation, the kind of element and the element's code or id (before the edit).
 *
 * @example
 * ```ts
 * const what: EditDescription = { operation: "move_activity", element: "activity", key: "F.2" };
 * ```
 */
export interface EditDescription {
  operation: string;
  element: EditElement;
  key: string;
}

/**
 * The result of an edit: the new plan (the input itself when the edit is refused), the JSON Patch that turns
 * the old plan into the new one and the inverse that turns it back, and the findings.
 *
 * @example
 * ```ts
 * const result: EditResult = updateActivity(plan, { code: "F.1", changes: { text: "Ny text." } });
 * if (result.issues.some((i) => i.severity === "error")) console.error(result.issues[0]?.message);
 * ```
 */
export interface EditResult {
  plan: Plan;
  patches: JsonPatchOperation[];
  inversePatches: JsonPatchOperation[];
  issues: EditIssue[];
  /** What was edited, for the audit trail. */
  edit: EditDescription;
}

/**
 * A code or id that an edit changed, so references to it elsewhere can follow.
 *
 * @example
 * ```ts
 * const rename: Rename = { element: "activity", from: "F.3", to: "1.2" };
 * ```
 */
export interface Rename {
  element: "sub_goal" | "activity" | "indicator";
  from: string;
  to: string;
}

/**
 * What refers into a plan from outside it and follows its renumbered codes: local plans (the sub-goal and
 * activity of their `regionalRef`s to this plan) and observations (their `indicator` and `activity`).
 *
 * @example
 * ```ts
 * const context: ReferenceContext = { localPlans: [vaxjoPlan], observations: set.observations };
 * ```
 */
export interface ReferenceContext {
  localPlans?: readonly Plan[];
  observations?: readonly Observation[];
}

/**
 * The result of an edit that renumbers activities: the codes and ids it changed, and the context given with
 * every reference to them updated (new arrays; the given ones are not changed).
 *
 * @example
 * ```ts
 * const { renames, observations } = removeActivity(plan, { code: "F.1", context: { observations } });
 * ```
 */
export interface RenumberResult extends EditResult {
  renames: Rename[];
  localPlans?: Plan[];
  observations?: Observation[];
}

/** The details of each code of an {@link EditError}, keyed by code. */
export interface EditErrorDetails {
  /** A patch's `path` is not a JSON Pointer (it must be `""` or start with `/`), or an array index is not a number. */
  invalid_pointer: { index: number; pointer: string };
  /** The value a patch operation works on, or its parent, is not in the document. */
  path_not_found: { index: number; pointer: string };
  /** The operation is not `add`, `remove` or `replace`, or removes the whole document. */
  invalid_operation: { index: number; op: string };
  /** Undo asked with no revision to undo. */
  nothing_to_undo: Record<string, never>;
  /** Redo asked with no undone revision to redo. */
  nothing_to_redo: Record<string, never>;
}

/**
 * An entry of the audit trail (*ändringslogg*): when, by whom and why, as the caller gives them, and what the
 * edit did. Plain JSON, stored with the history or beside the plan.
 *
 * @example
 * ```ts
 * const entry: AuditEntry = {
 *   at: "2026-03-01T10:00:00.000Z", by: "anna@lansstyrelsen.se", why: "Nytt ansvar från 2026",
 *   operation: "update_activity", element: "activity", key: "2.3",
 * };
 * ```
 */
export interface AuditEntry extends EditDescription {
  /** When, as an ISO 8601 date and time. */
  at: string;
  /** Who, as the caller names them. */
  by: string;
  /** Why, in the caller's words. */
  why?: string;
}

/**
 * One revision of a plan (*revision*): the patch that made it, the patch that undoes it, and its audit entry.
 *
 * @example
 * ```ts
 * const revision: Revision = { patches: result.patches, inversePatches: result.inversePatches, audit: entry };
 * ```
 */
export interface Revision {
  patches: JsonPatchOperation[];
  inversePatches: JsonPatchOperation[];
  audit: AuditEntry;
}

/**
 * A plan with its revisions: `plan` is the plan after the first `position` revisions; the ones after
 * `position` were undone and can be redone. Plain JSON, so it serialises as it is.
 *
 * @example
 * ```ts
 * const history: History = { plan, revisions: [], position: 0 };
 * ```
 */
export interface History {
  plan: Plan;
  revisions: Revision[];
  position: number;
}

/**
 * What a change of {@link diffPlans} is: an element `added`, `removed`, a field of it `changed`, or the element
 * `moved` to another parent or another place among its siblings.
 *
 * @example
 * ```ts
 * const kind: ChangeKind = "moved";
 * ```
 */
export type ChangeKind = "added" | "removed" | "changed" | "moved";

/** The element a change is about: one with a code or an id, or the plan itself (its own fields). */
export type ChangedElement = EditElement | "plan";

/**
 * An element's parent, as a change names where an element was and is.
 *
 * @example
 * ```ts
 * const parent: ParentRef = { element: "collaboration_area", key: "2-a" };
 * ```
 */
export interface ParentRef {
  element: EditElement;
  key: string;
}

/** The details each kind of change carries, for its summary. */
export interface PlanChangeDetails {
  added: Record<never, never>;
  removed: Record<never, never>;
  changed: { field: string; before?: unknown; after?: unknown };
  moved: { fromParent?: ParentRef; toParent?: ParentRef; fromIndex: number; toIndex: number };
}

/**
 * One difference between two versions of a plan (*ändring*): its kind, the element by its code or id in the
 * new version (`key`; the old one in `oldKey` where it changed), the element's path in each version where it is
 * there, and a one-line summary in the language asked for.
 *
 * @example
 * ```ts
 * const change: PlanChange = {
 *   kind: "changed", element: "activity", key: "2.3", field: "responsible",
 *   before: { text: "Länsstyrelsen", actors: ["lansstyrelsen-kronoberg"] }, after: { text: "Region Kronoberg", actors: ["region-kronoberg"] },
 *   pathBefore: ["subGoals", 2, "areas", 0, "activities", 2], pathAfter: ["subGoals", 2, "areas", 0, "activities", 2],
 *   summary: "Aktivitet 2.3: ansvar ändrat från Länsstyrelsen till Region Kronoberg",
 * };
 * ```
 */
export type PlanChange = {
  [K in ChangeKind]: {
    kind: K;
    element: ChangedElement;
    key: string;
    oldKey?: string;
    pathBefore?: Path;
    pathAfter?: Path;
    summary: string;
  } & PlanChangeDetails[K];
}[ChangeKind];

/**
 * What differs between two versions of a plan: `equal` when nothing does, and the changes in document order
 * (plan fields, then sub-goals, areas, activities, indicators, actors).
 *
 * @example
 * ```ts
 * const diff: PlanDiff = { equal: true, changes: [] };
 * ```
 */
export interface PlanDiff {
  equal: boolean;
  changes: PlanChange[];
}
