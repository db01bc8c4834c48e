import type { IssueData } from "../core/issue.js";
import type { Lang } from "../core/lang.js";
import type { Catalogue } from "../core/messages.js";
import { type IssueCatalogue, withMessage } from "../core/messages.js";
import { numberText, periodText, quoted } from "../core/wording.js";
import type { ChangedElement, ChangeKind, EditElement, EditErrorDetails, EditIssue, ParentRef, PlanChange } from "./types.js";

/** Each element's name in a sentence, with the word for its key (*kod* or *id*). */
export const ELEMENT_NAMES: Readonly<Record<Lang, Readonly<Record<EditElement, { name: string; key: string; none: string }>>>> = {
  sv: {
    sub_goal: { name: "delmål", key: "koden", none: "inget" },
    collaboration_area: { name: "område för samhandling", key: "id", none: "inget" },
    activity: { name: "aktivitet", key: "koden", none: "ingen" },
    indicator: { name: "indikator", key: "id", none: "ingen" },
    actor: { name: "aktör", key: "id", none: "ingen" },
  },
  en: {
    sub_goal: { name: "sub-goal", key: "code", none: "no" },
    collaboration_area: { name: "area of collaboration", key: "id", none: "no" },
    activity: { name: "activity", key: "code", none: "no" },
    indicator: { name: "indicator", key: "id", none: "no" },
    actor: { name: "actor", key: "id", none: "no" },
  },
};

const name = (lang: Lang, element: EditElement): string => ELEMENT_NAMES[lang][element].name;
const key = (lang: Lang, element: EditElement): string => ELEMENT_NAMES[lang][element].key;

/** The messages of {@link EditIssue}, in Swedish and English. */
export const editMessages: IssueCatalogue<EditIssue> = {
  sv: {
    not_found: (d) => `Det finns ${ELEMENT_NAMES.sv[d.element].none} ${name("sv", d.element)} med ${key("sv", d.element)} ${d.value}.`,
    duplicate_code: (d) =>
      `Samma ${key("sv", d.element) === "koden" ? "kod" : "id"} "${d.value}" för ${name("sv", d.element)} förekommer redan på ${d.firstPath.join(".")}.`,
    actor_in_use: (d) => `Aktören "${d.actor}" kan inte tas bort: den nämns på ${d.usedAt.join(".")}.`,
    index_out_of_range: (d) => `Positionen ${d.index} finns inte; den ska vara från 0 till ${d.length}.`,
    no_target: (d) => `Indikatorn ${d.indicator} har inget mål att ta bort.`,
    invalid_value: (d) => `Värdet passar inte filformatet för ${name("sv", d.element)} (${d.reason}).`,
    validation: (d) => `Ändringen ger en ny anmärkning vid validering: ${d.validation.message}`,
  },
  en: {
    not_found: (d) => `There is no ${name("en", d.element)} with ${key("en", d.element)} ${d.value}.`,
    duplicate_code: (d) =>
      `The same ${key("en", d.element)} "${d.value}" of ${name("en", d.element)} is already used at ${d.firstPath.join(".")}.`,
    actor_in_use: (d) => `The actor "${d.actor}" cannot be removed: it is named at ${d.usedAt.join(".")}.`,
    index_out_of_range: (d) => `Position ${d.index} does not exist; it must be from 0 to ${d.length}.`,
    no_target: (d) => `The indicator ${d.indicator} has no target to remove.`,
    invalid_value: (d) => `The value does not fit the file format for ${name("en", d.element)} (${d.reason}).`,
    validation: (d) => `The edit adds an issue of validation: ${d.validation.message}`,
  },
};

/** An edit issue with its message in the language asked for. */
export function withEditMessage(issue: IssueData<EditIssue>, lang: Lang): EditIssue {
  return withMessage(editMessages, issue, lang) as EditIssue;
}

/** The messages of {@link EditError}, in Swedish and English. */
export const editErrorMessages: Catalogue<EditErrorDetails> = {
  sv: {
    invalid_pointer: (d) => `Ändring ${d.index}: "${d.pointer}" är ingen giltig JSON-pekare.`,
    path_not_found: (d) => `Ändring ${d.index}: "${d.pointer}" finns inte i dokumentet.`,
    invalid_operation: (d) => `Ändring ${d.index}: operationen "${d.op}" kan inte användas här.`,
    nothing_to_undo: () => "Det finns ingen ändring att ångra.",
    nothing_to_redo: () => "Det finns ingen ångrad ändring att göra om.",
  },
  en: {
    invalid_pointer: (d) => `Patch operation ${d.index}: "${d.pointer}" is not a valid JSON Pointer.`,
    path_not_found: (d) => `Patch operation ${d.index}: "${d.pointer}" is not in the document.`,
    invalid_operation: (d) => `Patch operation ${d.index}: the operation "${d.op}" cannot be used here.`,
    nothing_to_undo: () => "There is no revision to undo.",
    nothing_to_redo: () => "There is no undone revision to redo.",
  },
};

const ELEMENT_TITLES: Readonly<Record<Lang, Readonly<Record<ChangedElement, string>>>> = {
  sv: { plan: "Planen", sub_goal: "Delmål", collaboration_area: "Område", activity: "Aktivitet", indicator: "Indikator", actor: "Aktör" },
  en: { plan: "The plan", sub_goal: "Sub-goal", collaboration_area: "Area", activity: "Activity", indicator: "Indicator", actor: "Actor" },
};

// A field's name with the participle that agrees with it (*ansvar ändrat*, *rubrik ändrad*).
const FIELD_CHANGED: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  sv: {
    code: "kod ändrad",
    id: "id ändrat",
    text: "text ändrad",
    title: "rubrik ändrad",
    name: "namn ändrat",
    responsible: "ansvar ändrat",
    partners: "samverkansparter ändrade",
    "followUp.text": "uppföljning ändrad",
    schedule: "tidsplan ändrad",
    target: "målvärde ändrat",
    baseline: "utgångsvärde ändrat",
    measure: "mått ändrat",
    breakdowns: "uppdelning ändrad",
    nationalGoalRef: "nationellt mål ändrat",
    nationalGoalRefs: "fler nationella mål ändrade",
    nationalGoalsNotFollowed: "nationella mål som inte följs ändrade",
    substances: "ämnen ändrade",
    scope: "omfattning ändrad",
    parent: "tillhörighet ändrad",
    regionalRef: "regional hänvisning ändrad",
    localTips: "tips på lokala aktiviteter ändrade",
    members: "medlemmar ändrade",
    period: "period ändrad",
  },
  en: {
    "followUp.text": "follow-up changed",
    nationalGoalRef: "national goal changed",
    nationalGoalRefs: "further national goals changed",
    nationalGoalsNotFollowed: "national goals not followed changed",
    substances: "substances changed",
    parent: "parent organisation changed",
    regionalRef: "regional reference changed",
    localTips: "tips for local activities changed",
    responsible: "responsibility changed",
  },
};

const NONE: Readonly<Record<Lang, string>> = { sv: "(inget)", en: "(none)" };

/** A field's value as a summary shows it: an actor cell or a target by its text, a period as `2017–2021`. */
function valueText(value: unknown, lang: Lang): string {
  if (value === undefined) return NONE[lang];
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value, lang);
  if (typeof value === "object" && value !== null) {
    const v = value as Record<string, unknown>;
    if (typeof v.text === "string") return v.text;
    if (typeof v.start === "string" && typeof v.end === "string") return periodText({ start: v.start, end: v.end });
  }
  return quoted(value);
}

const fieldChanged = (lang: Lang, field: string): string =>
  FIELD_CHANGED[lang][field] ?? (lang === "sv" ? `${field} ändrat` : `${field} changed`);

const title = (lang: Lang, c: { element: ChangedElement; key: string; oldKey?: string }): string => {
  const former = c.oldKey === undefined ? "" : lang === "sv" ? ` (tidigare ${c.oldKey})` : ` (formerly ${c.oldKey})`;
  return c.element === "plan" ? ELEMENT_TITLES[lang].plan : `${ELEMENT_TITLES[lang][c.element]} ${c.key}${former}`;
};

const place = (lang: Lang, parent: ParentRef | undefined, index: number): string =>
  parent === undefined
    ? `${lang === "sv" ? "plats" : "position"} ${index + 1}`
    : `${ELEMENT_NAMES[lang][parent.element].name} ${parent.key}`;

// Swedish participles agree with the element: *delmålet är tillagt*, *aktiviteten är tillagd*.
const NEUTER: ReadonlySet<ChangedElement> = new Set(["sub_goal", "collaboration_area"]);
const agree = (element: ChangedElement, neuter: string, common: string): string => (NEUTER.has(element) ? neuter : common);

type ChangeDetails = { [K in ChangeKind]: Omit<Extract<PlanChange, { kind: K }>, "summary"> };

/** The one-line summaries of {@link diffPlans}' changes, in Swedish and English. */
export const changeSummaries: Catalogue<ChangeDetails> = {
  sv: {
    added: (c) => `${title("sv", c)}: ${agree(c.element, "tillagt", "tillagd")}`,
    removed: (c) => `${title("sv", c)}: ${agree(c.element, "borttaget", "borttagen")}`,
    changed: (c) => `${title("sv", c)}: ${fieldChanged("sv", c.field)} från ${valueText(c.before, "sv")} till ${valueText(c.after, "sv")}`,
    moved: (c) =>
      `${title("sv", c)}: ${agree(c.element, "flyttat", "flyttad")} från ${place("sv", c.fromParent, c.fromIndex)} till ${place("sv", c.toParent, c.toIndex)}`,
  },
  en: {
    added: (c) => `${title("en", c)}: added`,
    removed: (c) => `${title("en", c)}: removed`,
    changed: (c) => `${title("en", c)}: ${fieldChanged("en", c.field)} from ${valueText(c.before, "en")} to ${valueText(c.after, "en")}`,
    moved: (c) => `${title("en", c)}: moved from ${place("en", c.fromParent, c.fromIndex)} to ${place("en", c.toParent, c.toIndex)}`,
  },
};
