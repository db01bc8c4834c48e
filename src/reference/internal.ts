import { COUNTIES, MUNICIPALITIES } from "./data.generated.js";
import { ReferenceLookupError } from "./errors.js";
import { isCountyCode } from "./is-county-code.js";
import type { County, Municipality, ReferenceLookupOptions } from "./types.js";

/**
 * The form a name is compared in: Unicode NFC (so a decomposed "Växjö" equals the composed one),
 * white space trimmed and collapsed to single spaces, lower case.
 */
export function normalizeName(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

interface CountyEntry {
  readonly county: County;
  /** Frozen, sorted by code. */
  readonly municipalities: readonly Municipality[];
}

interface Index {
  readonly countyByCode: ReadonlyMap<string, CountyEntry>;
  readonly countyByName: ReadonlyMap<string, County>;
  readonly municipalityByCode: ReadonlyMap<string, Municipality>;
  readonly municipalityByName: ReadonlyMap<string, Municipality>;
}

let built: Index | undefined;

/** Lookup tables over the generated data, built on first use so that importing costs nothing. */
export function index(): Index {
  if (built !== undefined) return built;
  const countyByName = new Map<string, County>();
  for (const county of COUNTIES) {
    countyByName.set(normalizeName(county.name), county);
    countyByName.set(normalizeName(county.shortName), county);
  }
  const municipalityByName = new Map<string, Municipality>();
  for (const municipality of MUNICIPALITIES) {
    municipalityByName.set(normalizeName(municipality.name), municipality);
    municipalityByName.set(normalizeName(municipality.longName), municipality);
    // The long name in the data is sometimes a rule-made genitive ("Kalmars kommun"); also accept the plain form.
    municipalityByName.set(normalizeName(`${municipality.name} kommun`), municipality);
  }
  built = {
    countyByCode: new Map(
      COUNTIES.map((county) => [
        county.code,
        // MUNICIPALITIES is sorted by code, so the filtered list is too.
        { county, municipalities: Object.freeze(MUNICIPALITIES.filter((m) => m.countyCode === county.code)) },
      ]),
    ),
    countyByName,
    municipalityByCode: new Map(MUNICIPALITIES.map((m) => [m.code, m])),
    municipalityByName,
  };
  return built;
}

/** The county with the code and its municipalities; throws `invalid_code` or `unknown_county`. */
export function countyEntry(code: string, options: ReferenceLookupOptions | undefined): CountyEntry {
  const lang = options?.lang;
  if (!isCountyCode(code)) throw new ReferenceLookupError("invalid_code", { value: code, kind: "county" }, lang);
  const entry = index().countyByCode.get(code);
  if (entry === undefined) throw new ReferenceLookupError("unknown_county", { value: code, kind: "county" }, lang);
  return entry;
}
