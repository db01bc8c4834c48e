import type { Lang } from "../core/lang.js";
import type { MeasureType } from "./measure.js";

// The model's own words, shared by every catalogue that names them.

/** Each kind of measure as a message names it, with its indefinite article: "Indikator 1.1-1 är ett antal". */
export const MEASURE_NAMES: Readonly<Record<Lang, Readonly<Record<MeasureType, string>>>> = {
  sv: {
    count: "ett antal",
    share: "en andel",
    milestone: "en milstolpe",
    coverage: "en täckning av länets kommuner",
    frequency: "en frekvens",
    cycle: "en återkommande händelse",
    qualitative: "en skriftlig redovisning",
  },
  en: {
    count: "a count",
    share: "a share",
    milestone: "a milestone",
    coverage: "a coverage of the county's municipalities",
    frequency: "a frequency",
    cycle: "a recurring event",
    qualitative: "a written account",
  },
};
