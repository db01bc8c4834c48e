import type { Lang } from "../core/lang.js";
import type { OrganisationType } from "./actor.js";
import type { Substance } from "./common.js";
import type { Breakdown } from "./indicator.js";
import type { CoverageSet, MeasureType } from "./measure.js";

// The model's own words, shared by every catalogue that names them.

/** Each kind of measure as a message names it, with its indefinite article: "Indikator 1.1-1 är ett antal". */
export const MEASURE_NAMES: Readonly<Record<Lang, Readonly<Record<MeasureType, string>>>> = {
  sv: {
    count: "ett antal",
    share: "en andel",
    percent: "en procentsats",
    milestone: "en milstolpe",
    coverage: "en täckning av länets kommuner",
    frequency: "en frekvens",
    cycle: "en återkommande händelse",
    qualitative: "en skriftlig redovisning",
  },
  en: {
    count: "a count",
    share: "a share",
    percent: "a percentage",
    milestone: "a milestone",
    coverage: "a coverage of the county's municipalities",
    frequency: "a frequency",
    cycle: "a recurring event",
    qualitative: "a written account",
  },
};

/** The members of each coverage set, in the plural: "12 av 20 skolor", "12 of 20 schools". */
export const COVERAGE_SET_NAMES: Readonly<Record<Lang, Readonly<Record<CoverageSet, string>>>> = {
  sv: {
    county_municipalities: "kommuner",
    schools: "skolor",
    retailers: "butiker",
    licensed_premises: "serveringsställen",
    units: "enheter",
  },
  en: {
    county_municipalities: "municipalities",
    schools: "schools",
    retailers: "shops",
    licensed_premises: "licensed premises",
    units: "units",
  },
};

/** Each breakdown as a follow-up names it after "per"/"by": "per stadsdel", "by district". */
export const BREAKDOWN_NAMES: Readonly<Record<Lang, Readonly<Record<Breakdown, string>>>> = {
  sv: {
    sex: "kön",
    age: "åldersgrupp",
    municipality: "kommun",
    target_group: "målgrupp",
    organisation: "organisation",
    district: "stadsdel",
    school: "skola",
    unit: "enhet",
  },
  en: {
    sex: "sex",
    age: "age band",
    municipality: "municipality",
    target_group: "target group",
    organisation: "organisation",
    district: "district",
    school: "school",
    unit: "unit",
  },
};

/**
 * Each substance or area (*ämne*) as messages and reports name it, in Swedish and English.
 *
 * @example
 * ```ts
 * SUBSTANCE_NAMES.sv.gambling; // "spel om pengar"
 * ```
 */
export const SUBSTANCE_NAMES: Readonly<Record<Lang, Readonly<Record<Substance, string>>>> = {
  sv: {
    alcohol: "alkohol",
    narcotics: "narkotika",
    doping: "dopning",
    tobacco: "tobak",
    nicotine: "nikotin",
    gambling: "spel om pengar",
  },
  en: {
    alcohol: "alcohol",
    narcotics: "narcotics",
    doping: "doping",
    tobacco: "tobacco",
    nicotine: "nicotine",
    gambling: "gambling",
  },
};

/**
 * Each kind of organisation (*organisationstyp*) as messages and reports name it, in Swedish and English.
 *
 * @example
 * ```ts
 * ORGANISATION_TYPE_NAMES.sv.association_of_municipalities; // "kommunförbund"
 * ```
 */
export const ORGANISATION_TYPE_NAMES: Readonly<Record<Lang, Readonly<Record<OrganisationType, string>>>> = {
  sv: {
    county_administrative_board: "länsstyrelse",
    region: "region",
    police: "polis",
    municipality: "kommun",
    association_of_municipalities: "kommunförbund",
    municipal_committee: "kommunal nämnd",
    municipal_department: "kommunal förvaltning",
    university: "universitet eller högskola",
    school: "skola",
    government_agency: "myndighet",
    non_profit: "ideell organisation",
    user_organisation: "brukarorganisation",
    business: "näringsliv",
    network: "nätverk",
    programme: "program",
    other: "övrigt",
  },
  en: {
    county_administrative_board: "county administrative board",
    region: "region",
    police: "police",
    municipality: "municipality",
    association_of_municipalities: "association of municipalities",
    municipal_committee: "municipal committee",
    municipal_department: "municipal department",
    university: "university",
    school: "school",
    government_agency: "government agency",
    non_profit: "non-profit organisation",
    user_organisation: "user organisation",
    business: "business",
    network: "network",
    programme: "programme",
    other: "other",
  },
};
