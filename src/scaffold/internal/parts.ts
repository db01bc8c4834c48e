import type { Lang } from "../../core/lang.js";
import type { Organisation } from "../../model/actor.js";
import { IdSchema, type Period, PeriodSchema, TextSchema } from "../../model/common.js";
import type { Municipality } from "../../reference/types.js";
import { ScaffoldError } from "../scaffold-error.js";
import { PLAN_SCHEMA_LOCATION } from "../schema-location.js";

/** A machine id from a name: lower case, without diacritics (å ä ö é → a a o e), words joined by `-`. */
export function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** A municipality as an actor of a plan, named and identified as the Kronoberg plan does (`vaxjo-kommun`, "Växjö kommun"). */
export function municipalityActor(municipality: Municipality): Organisation {
  return {
    kind: "organisation",
    id: slug(municipality.longName),
    name: municipality.longName,
    type: "municipality",
    municipalityCode: municipality.code,
  };
}

/** The years of a period as the title and id print them: `2017–2021`, or one year `2017`. */
export function yearsOf(period: Period, dash: string): string {
  const [start, end] = [period.start.slice(0, 4), period.end.slice(0, 4)];
  return start === end ? start : `${start}${dash}${end}`;
}

interface Basics {
  id?: string | undefined;
  title?: string | undefined;
  period?: Period | undefined;
  schema?: string | undefined;
}

/**
 * The head of a scaffolded plan (`$schema`, id, title, period) from the options, each default made from the
 * period when the option is absent; an option the plan format would refuse throws {@link ScaffoldError}.
 */
export function headOf(
  options: Basics,
  defaults: { period: Period; id: (period: Period) => string; title: (period: Period) => string },
  lang: Lang,
): { $schema: string; id: string; title: string; period: Period } {
  const period = options.period ?? defaults.period;
  if (!PeriodSchema.safeParse(period).success) {
    const given = period as Partial<Period> | null;
    throw new ScaffoldError("invalid_period", ["period"], { start: String(given?.start), end: String(given?.end) }, lang);
  }
  const id = options.id ?? defaults.id(period);
  if (!IdSchema.safeParse(id).success) throw new ScaffoldError("invalid_id", ["id"], { received: String(id) }, lang);
  const title = options.title ?? defaults.title(period);
  if (!TextSchema.safeParse(title).success) throw new ScaffoldError("empty_title", ["title"], {}, lang);
  return { $schema: options.schema ?? PLAN_SCHEMA_LOCATION, id, title, period: { start: period.start, end: period.end } };
}
