import type { ErrorDetails, GenderErrorCode, Lang } from "./types.js";

type Template = (details: ErrorDetails) => string;

const d = (details: ErrorDetails, key: string): string => String(details[key] ?? "");

// The one place where error texts are written; throw sites only name a code and its details.
export const ERROR_MESSAGES = {
  invalid_value: {
    sv: () => "Värdet är inte ett könsuppdelat värde (ett objekt med unit och cells).",
    en: () => "The value is not a disaggregated value (an object with unit and cells).",
  },
  invalid_unit: {
    sv: (x) => `Okänd enhet "${d(x, "unit")}"; tillåtna är count, rate och percent.`,
    en: (x) => `Unknown unit "${d(x, "unit")}"; allowed are count, rate and percent.`,
  },
  invalid_cell: {
    sv: () => "Cellen måste ha antingen ett värde (value) eller vara skyddad (suppressed: true), inte båda.",
    en: () => "A cell must have either a value or be suppressed (suppressed: true), not both.",
  },
  unknown_cell: {
    sv: (x) => `Okänd cell: ${d(x, "cell")}.`,
    en: (x) => `Unknown cell: ${d(x, "cell")}.`,
  },
  duplicate_cell: {
    sv: (x) => `Cellen ${d(x, "cell")} förekommer mer än en gång.`,
    en: (x) => `The cell ${d(x, "cell")} occurs more than once.`,
  },
  mixed_cells: {
    sv: () => "Antingen har alla celler en åldersgrupp eller ingen.",
    en: () => "Either every cell has an age band or none has.",
  },
  not_a_number: {
    sv: (x) => `Förväntade ett ändligt tal, fick ${d(x, "value")}.`,
    en: (x) => `Expected a finite number, got ${d(x, "value")}.`,
  },
  negative_count: {
    sv: (x) => `Ett antal kan inte vara negativt (${d(x, "value")}).`,
    en: (x) => `A count cannot be negative (${d(x, "value")}).`,
  },
  negative_value: {
    sv: (x) => `Ett tal eller en andel kan inte vara negativ (${d(x, "value")}).`,
    en: (x) => `A rate or percentage cannot be negative (${d(x, "value")}).`,
  },
  non_integer_count: {
    sv: (x) => `Ett antal måste vara ett heltal (${d(x, "value")}).`,
    en: (x) => `A count must be a whole number (${d(x, "value")}).`,
  },
  count_too_large: {
    sv: (x) => `Antalet ${d(x, "value")} är för stort för att räknas exakt.`,
    en: (x) => `The count ${d(x, "value")} is too large to be exact.`,
  },
  percent_out_of_range: {
    sv: (x) => `En andel i procent måste ligga mellan 0 och 100 (${d(x, "value")}).`,
    en: (x) => `A percentage must lie between 0 and 100 (${d(x, "value")}).`,
  },
  invalid_age_group: {
    sv: () => "Ogiltig åldersgrupp: id måste vara en icke-tom text, from och to hela år ≥ 0, och to ≥ from.",
    en: () => "Invalid age band: id must be non-empty text, from and to whole years ≥ 0, and to ≥ from.",
  },
  duplicate_age_group: {
    sv: (x) => `Åldersgruppen "${d(x, "id")}" förekommer mer än en gång.`,
    en: (x) => `The age band "${d(x, "id")}" occurs more than once.`,
  },
  overlapping_age_groups: {
    sv: (x) => `Åldersgrupperna "${d(x, "first")}" och "${d(x, "second")}" överlappar.`,
    en: (x) => `The age bands "${d(x, "first")}" and "${d(x, "second")}" overlap.`,
  },
  mismatched_cells: {
    sv: (x) => `Värdena har inte samma celler eller åldersgrupper (${d(x, "reason")}).`,
    en: (x) => `The values do not have the same cells or age bands (${d(x, "reason")}).`,
  },
  not_counts: {
    sv: (x) => `Operationen kräver antal, fick enheten ${d(x, "unit")}.`,
    en: (x) => `The operation needs counts, got unit ${d(x, "unit")}.`,
  },
  unknown_total: {
    sv: () =>
      "Totalen är inte rapporterad och kan inte räknas fram (skyddade celler, eller tal som inte kan summeras).",
    en: () => "The total is not reported and cannot be worked out (suppressed cells, or numbers that do not add).",
  },
  zero_total: {
    sv: () => "Totalen är 0, så andelar kan inte beräknas.",
    en: () => "The total is 0, so shares cannot be computed.",
  },
  parts_exceed_total: {
    sv: (x) => `Delarna (${d(x, "parts")}) är större än den rapporterade totalen (${d(x, "total")}).`,
    en: (x) => `The parts (${d(x, "parts")}) exceed the reported total (${d(x, "total")}).`,
  },
  zero_denominator: {
    sv: () => "Männens värde är 0, så kvoten kvinnor/män kan inte beräknas.",
    en: () => "The men's value is 0, so the female/male ratio cannot be computed.",
  },
  zero_population: {
    sv: () => "Befolkningen är 0, så ett tal per 100 000 kan inte beräknas.",
    en: () => "The population is 0, so a rate per 100 000 cannot be computed.",
  },
  suppressed_cell: {
    sv: (x) => `Cellen ${d(x, "cell")} är skyddad (..) och kan inte användas i beräkningen.`,
    en: (x) => `The cell ${d(x, "cell")} is suppressed (..) and cannot be used in the computation.`,
  },
  missing_cell: {
    sv: (x) => `Cellen ${d(x, "cell")} saknas.`,
    en: (x) => `The cell ${d(x, "cell")} is missing.`,
  },
  age_required: {
    sv: () => "Tal och andelar kan inte summeras över åldrar: ange vilken åldersgrupp som ska jämföras (age).",
    en: () => "Rates and percentages cannot be summed over ages: say which age band to compare (age).",
  },
  population_required: {
    sv: () => "Att pröva tal och andelar mot totalen kräver befolkningen (population) för att vikta delarna.",
    en: () => "Checking rates and percentages against the total needs the population to weight the parts.",
  },
  invalid_threshold: {
    sv: (x) => `Gränsen för små tal måste vara ett heltal ≥ 1 (${d(x, "threshold")}).`,
    en: (x) => `The small-number threshold must be a whole number ≥ 1 (${d(x, "threshold")}).`,
  },
  invalid_tolerance: {
    sv: (x) => `Toleransen måste vara ett ändligt tal ≥ 0 (${d(x, "tolerance")}).`,
    en: (x) => `The tolerance must be a finite number ≥ 0 (${d(x, "tolerance")}).`,
  },
  invalid_decimals: {
    sv: (x) => `Antalet decimaler måste vara ett heltal mellan 0 och 20 (${d(x, "decimals")}).`,
    en: (x) => `The number of decimals must be a whole number from 0 to 20 (${d(x, "decimals")}).`,
  },
  cannot_protect: {
    sv: (x) => `Cellen ${d(x, "cell")} är ensam i sin rad eller kolumn och kan inte skyddas när summan publiceras.`,
    en: (x) =>
      `The cell ${d(x, "cell")} is alone in its row or column and cannot be protected while the sum is published.`,
  },
  empty_input: {
    sv: () => "Minst ett värde behövs.",
    en: () => "At least one value is needed.",
  },
  invalid_row: {
    sv: (x) => `Raden följer inte Koladas form: ${d(x, "field")}.`,
    en: (x) => `The row does not follow Kolada's shape: ${d(x, "field")}.`,
  },
  unknown_code: {
    sv: (x) => `Okänd kod "${d(x, "code")}" för ${d(x, "dimension")}.`,
    en: (x) => `Unknown code "${d(x, "code")}" for ${d(x, "dimension")}.`,
  },
  not_a_cell: {
    sv: (x) => `${d(x, "key")} är en summa över kön, inte en cell.`,
    en: (x) => `${d(x, "key")} is a sum over sexes, not a cell.`,
  },
} satisfies Record<GenderErrorCode, Record<Lang, Template>>;
