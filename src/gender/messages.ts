import type { Catalogue } from "../core/messages.js";
import type { GenderErrorDetails } from "./types.js";

// The one place where error texts are written; throw sites only name a code and its details.

// Swedish messages name cells and units in Swedish: a cell comes as "female" or "female, 16-29".
const SEX_SV: Record<string, string> = { female: "kvinnor", male: "män", other: "annat kön", unknown: "okänt kön" };
const UNIT_SV: Record<string, string> = { count: "antal", rate: "tal", percent: "procent" };
const cellSv = (cell: string | number): string => {
  const [sex = "", ...age] = String(cell).split(", ");
  return [SEX_SV[sex] ?? sex, ...age.map((band) => (band === "all" ? "alla åldrar" : band))].join(", ");
};
/** The messages of every {@link GenderInputError}, in Swedish and English. */
export const genderErrorMessages: Catalogue<GenderErrorDetails> = {
  sv: {
    invalid_value: () => "Värdet är inte ett könsuppdelat värde (ett objekt med unit och cells).",
    invalid_unit: (x) => `Okänd enhet "${x.unit}"; tillåtna är count, rate och percent.`,
    invalid_cell: () => "Cellen måste ha antingen ett värde eller vara skyddad (..), inte båda.",
    unknown_cell: (x) => `Okänd cell: ${cellSv(x.cell)}.`,
    duplicate_cell: (x) => `Cellen för ${cellSv(x.cell)} förekommer mer än en gång.`,
    mixed_cells: () => "Antingen har alla celler en åldersgrupp eller ingen.",
    not_a_number: (x) => `Förväntade ett ändligt tal, fick ${x.value}.`,
    negative_count: (x) => `Ett antal kan inte vara negativt (${x.value}).`,
    negative_value: (x) => `Värdet kan inte vara negativt (${x.value}).`,
    non_integer_count: (x) => `Ett antal måste vara ett heltal (${x.value}).`,
    count_too_large: (x) => `Antalet ${x.value} är för stort för att räknas exakt.`,
    percent_out_of_range: (x) => `En andel i procent måste ligga mellan 0 och 100 (${x.value}).`,
    invalid_age_group: () => "Ogiltig åldersgrupp: id måste vara en icke-tom text, from och to hela år ≥ 0, och to ≥ from.",
    duplicate_age_group: (x) => `Åldersgruppen "${x.id}" förekommer mer än en gång.`,
    overlapping_age_groups: (x) => `Åldersgrupperna "${x.first}" och "${x.second}" överlappar.`,
    mismatched_cells: (x) => `Värdena har inte samma celler eller åldersgrupper (${x.reason}).`,
    not_counts: (x) => `Operationen kräver antal, men värdet är ${UNIT_SV[String(x.unit)] ?? x.unit}.`,
    unknown_total: () => "Totalen är inte rapporterad och kan inte räknas fram (skyddade celler, eller tal som inte kan summeras).",
    zero_total: () => "Totalen är 0, så andelar kan inte beräknas.",
    parts_exceed_total: (x) => `Delarna (${x.parts}) är större än den rapporterade totalen (${x.total}).`,
    zero_denominator: () => "Männens värde är 0, så kvoten kvinnor/män kan inte beräknas.",
    zero_population: () => "Befolkningen är 0, så ett tal per 100 000 kan inte beräknas.",
    suppressed_cell: (x) => `Cellen för ${cellSv(x.cell)} är skyddad (..) och kan inte användas i beräkningen.`,
    missing_cell: (x) => `Cellen för ${cellSv(x.cell)} saknas.`,
    age_required: () => "Tal och andelar kan inte summeras över åldrar: ange vilken åldersgrupp som ska jämföras (age).",
    population_required: () => "Att pröva tal och andelar mot totalen kräver befolkningen (population) för att vikta delarna.",
    invalid_threshold: (x) => `Gränsen för små tal måste vara ett heltal ≥ 1 (${x.threshold}).`,
    invalid_tolerance: (x) => `Toleransen måste vara ett ändligt tal ≥ 0 (${x.tolerance}).`,
    invalid_decimals: (x) => `Antalet decimaler måste vara ett heltal mellan 0 och 20 (${x.decimals}).`,
    invalid_protection_width: (x) => `Skyddsintervallets bredd måste vara ett heltal ≥ 0 (${x.width}).`,
    cannot_protect: (x) =>
      `Cellen för ${cellSv(x.cell)} kan inte skyddas när summorna publiceras: även om alla celler döljs kan den ringas in till ${x.lower}–${x.upper}, ett intervall smalare än ${x.width}.`,
    empty_input: () => "Minst ett värde behövs.",
    invalid_row: (x) => `Raden följer inte Koladas form: ${x.field}.`,
    unknown_code: (x) => `Okänd kod "${x.code}" för ${x.dimension}.`,
    not_a_cell: (x) => `${x.key} är en summa över kön, inte en cell.`,
  },
  en: {
    invalid_value: () => "The value is not a disaggregated value (an object with unit and cells).",
    invalid_unit: (x) => `Unknown unit "${x.unit}"; allowed are count, rate and percent.`,
    invalid_cell: () => "A cell must have either a value or be suppressed (suppressed: true), not both.",
    unknown_cell: (x) => `Unknown cell: ${x.cell}.`,
    duplicate_cell: (x) => `The cell ${x.cell} occurs more than once.`,
    mixed_cells: () => "Either every cell has an age band or none has.",
    not_a_number: (x) => `Expected a finite number, got ${x.value}.`,
    negative_count: (x) => `A count cannot be negative (${x.value}).`,
    negative_value: (x) => `A rate or percentage cannot be negative (${x.value}).`,
    non_integer_count: (x) => `A count must be a whole number (${x.value}).`,
    count_too_large: (x) => `The count ${x.value} is too large to be exact.`,
    percent_out_of_range: (x) => `A percentage must lie between 0 and 100 (${x.value}).`,
    invalid_age_group: () => "Invalid age band: id must be non-empty text, from and to whole years ≥ 0, and to ≥ from.",
    duplicate_age_group: (x) => `The age band "${x.id}" occurs more than once.`,
    overlapping_age_groups: (x) => `The age bands "${x.first}" and "${x.second}" overlap.`,
    mismatched_cells: (x) => `The values do not have the same cells or age bands (${x.reason}).`,
    not_counts: (x) => `The operation needs counts, got unit ${x.unit}.`,
    unknown_total: () => "The total is not reported and cannot be worked out (suppressed cells, or numbers that do not add).",
    zero_total: () => "The total is 0, so shares cannot be computed.",
    parts_exceed_total: (x) => `The parts (${x.parts}) exceed the reported total (${x.total}).`,
    zero_denominator: () => "The men's value is 0, so the female/male ratio cannot be computed.",
    zero_population: () => "The population is 0, so a rate per 100 000 cannot be computed.",
    suppressed_cell: (x) => `The cell ${x.cell} is suppressed (..) and cannot be used in the computation.`,
    missing_cell: (x) => `The cell ${x.cell} is missing.`,
    age_required: () => "Rates and percentages cannot be summed over ages: say which age band to compare (age).",
    population_required: () => "Checking rates and percentages against the total needs the population to weight the parts.",
    invalid_threshold: (x) => `The small-number threshold must be a whole number ≥ 1 (${x.threshold}).`,
    invalid_tolerance: (x) => `The tolerance must be a finite number ≥ 0 (${x.tolerance}).`,
    invalid_decimals: (x) => `The number of decimals must be a whole number from 0 to 20 (${x.decimals}).`,
    invalid_protection_width: (x) => `The protection width must be a whole number ≥ 0 (${x.width}).`,
    cannot_protect: (x) =>
      `The cell ${x.cell} cannot be protected while the sums are published: even with every cell suppressed it can be narrowed to ${x.lower}–${x.upper}, an interval narrower than ${x.width}.`,
    empty_input: () => "At least one value is needed.",
    invalid_row: (x) => `The row does not follow Kolada's shape: ${x.field}.`,
    unknown_code: (x) => `Unknown code "${x.code}" for ${x.dimension}.`,
    not_a_cell: (x) => `${x.key} is a sum over sexes, not a cell.`,
  },
};
