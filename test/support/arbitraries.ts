/**
 * fast-check arbitraries shared by the property tests, the corpus and the fuzzer (test/support/fuzz.ts): valid
 * strategies, regional plans (with and without the area level), local plans following a regional plan,
 * observations (as JSON, as CSV text or bytes in each supported dialect, as Kolada responses), edits, and the
 * hostile values (`anything`, mutated JSON, wrong options) the safe functions must survive.
 */
import fc from "fast-check";
import type { Activity, Indicator, KoladaResponse, Observation, ObservationSet, Plan, Strategy } from "../../src/index.js";
import { windows1252 } from "./encodings.js";
import { activity, deepFreeze, minimalPlan } from "./plans.js";

/** Swedish words with å, ä and ö, for texts a spreadsheet in Windows-1252 can hold too. */
export const WORDS = ["tillsyn", "utbildning", "samverkan", "föräldrar", "skola", "krogen", "tobak", "dopning", "spel", "nätverk"];

/** A short Swedish sentence of the words above. */
const sentence: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 })
  .map((words) => `${words.join(" ").replace(/^./, (c) => c.toUpperCase())}.`);

/**
 * A valid national strategy (*nationell strategi*) of 1–3 long-term goals, each with 0–2 prioritised goals.
 */
export const strategies: fc.Arbitrary<Strategy> = fc
  .record({
    start: fc.integer({ min: 2000, max: 2030 }),
    years: fc.integer({ min: 1, max: 6 }),
    goals: fc.array(fc.tuple(sentence, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 3 }),
  })
  .map(({ start, years, goals }) => ({
    formatVersion: 1,
    kind: "strategy",
    id: `andt-${start}-${start + years}`,
    title: `Strategi ${start}–${start + years}`,
    issuer: "Socialdepartementet",
    reference: "skr. 2015/16:86",
    scope: ["alcohol", "narcotics", "doping", "tobacco"],
    period: { start: String(start), end: String(start + years) },
    longTermGoals: goals.map(([text, prioritised], g) => ({
      kind: "national_goal",
      number: String(g + 1),
      text,
      status: "verified",
      prioritisedGoals: Array.from({ length: prioritised }, (_, p) => ({
        kind: "prioritised_goal",
        number: `${g + 1}.${p + 1}`,
        type: "prioritised_goal",
        text: `Prioriterat mål ${g + 1}.${p + 1}`,
        status: "verified",
      })),
    })),
    status: "verified",
    sources: ["Påhittad"],
  }));

/** An indicator of a count with a yearly target, the target possibly `-0` (which must be kept, not written as 0). */
const indicatorOf = (id: string, target: number | undefined): Indicator => ({
  kind: "indicator",
  id,
  text: "Antal insatser.",
  measure: { type: "count", aggregation: "sum", higherIsBetter: true },
  ...(target === undefined ? {} : { target: { per: "year" as const, value: target } }),
});

/** Fields the format does not define, which a round trip must keep: any JSON value, `-0` and big numbers included. */
export const unknownFields: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.constantFrom("x-anteckning", "xEgen", "isPrototypeOf", "toString", "valueOf", "hasOwnProperty", "ändrad"),
  fc
    .jsonValue()
    // A key a plan file may not hold (a parse refuses it) is no valid plan's.
    .filter((v) => !/"(?:__proto__|constructor|prototype)":/.test(JSON.stringify(v)))
    .map((v) => (v === 0 ? -0 : v)),
  { maxKeys: 2 },
);

/** The shape of a generated plan: per sub-goal its areas' activity counts, or the count of its activities without areas. */
const shapes = fc.array(
  fc.oneof(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 2 }), fc.integer({ min: 1, max: 3 })),
  { minLength: 1, maxLength: 3 },
);

/**
 * A valid regional plan (*regional handlingsplan*) built on {@link minimalPlan}: 1–3 sub-goals, each either with
 * areas (*samhandlingsområden*) of 1–3 activities or, when `withoutAreas` allows it, with its activities directly
 * under it (the optional area level); activities numbered in order, each with one count indicator whose target
 * may be `-0`; unknown fields on the plan and on an activity.
 */
export function regionalPlans({ withoutAreas = true }: { withoutAreas?: boolean } = {}): fc.Arbitrary<Plan> {
  return fc
    .record({
      shape: shapes,
      texts: fc.array(sentence, { minLength: 12, maxLength: 12 }),
      targets: fc.array(fc.option(fc.constantFrom(-0, 0, 5, 12, 1.5), { nil: undefined }), { minLength: 12, maxLength: 12 }),
      extra: unknownFields,
      activityExtra: unknownFields,
    })
    .map(({ shape, texts, targets, extra, activityExtra }) => {
      const plan: Plan = { ...minimalPlan(), ...extra } as Plan;
      let n = 0;
      const activityOf = (code: string): Activity => {
        const i = n++;
        return activity(code, {
          text: `Insats ${i}: ${texts[i % texts.length]}`,
          followUp: { text: "Antal insatser.", indicators: [indicatorOf(`${code}-1`, targets[i % targets.length])] },
          ...(i === 0 ? activityExtra : {}),
        });
      };
      plan.subGoals = shape.map((areas, g) => {
        const code = g === 0 ? "F" : String(g);
        let k = 0;
        const next = () => activityOf(`${code}.${++k}`);
        const base = { kind: "sub_goal" as const, code, text: `Delmål ${code}.` };
        if (typeof areas === "number")
          return withoutAreas
            ? { ...base, activities: Array.from({ length: areas }, next) }
            : {
                ...base,
                areas: [
                  {
                    kind: "collaboration_area" as const,
                    id: `${code.toLowerCase()}-0`,
                    title: `Område ${code}0`,
                    localTips: [],
                    activities: Array.from({ length: areas }, next),
                  },
                ],
              };
        return {
          ...base,
          areas: areas.map((count, a) => ({
            kind: "collaboration_area" as const,
            id: `${code.toLowerCase()}-${a}`,
            title: `Område ${code}${a}`,
            localTips: [],
            activities: Array.from({ length: count }, next),
          })),
        };
      });
      return plan;
    });
}

/**
 * A regional plan with areas only, activities numbered in order with distinct texts, deep-frozen: the plans the
 * edit laws (test/edit/edit.property.test.ts) are checked on.
 */
export const numberedPlans: fc.Arbitrary<Plan> = fc
  .array(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })
  .chain((shape) => fc.tuple(fc.constant(shape), fc.shuffledSubarray(WORDS, { minLength: 10, maxLength: 10 })))
  .map(([shape, words]) => {
    const plan = minimalPlan();
    plan.actors.push({ kind: "organisation", id: "region", name: "Region Kronoberg", type: "region" });
    let n = 0;
    plan.subGoals = shape.map((areas, g) => {
      const code = g === 0 ? "F" : String(g);
      let k = 0;
      return {
        kind: "sub_goal",
        code,
        text: `Delmål ${code}.`,
        areas: areas.map((count, a) => ({
          kind: "collaboration_area",
          id: `${code.toLowerCase()}-${a}`,
          title: `Område ${code}${a}`,
          localTips: [],
          activities: Array.from({ length: count }, () => {
            k += 1;
            n += 1;
            return activity(`${code}.${k}`, { text: `Insats ${n} om ${words[n % words.length]} i länet.` });
          }),
        })),
      };
    });
    return deepFreeze(plan);
  });

/** Municipalities of Kronoberg (county 07), the minimal plan's county. */
const KRONOBERG_MUNICIPALITIES = ["0760", "0761", "0763", "0764", "0765", "0767", "0780", "0781"] as const;

/**
 * A regional plan and a local plan (*lokal handlingsplan*) of one of its municipalities that follows it: the local
 * plan takes up some of the regional sub-goals (and their areas, when they have them) with `regionalRef`s.
 */
export const linkedPlans: fc.Arbitrary<{ regional: Plan; local: Plan }> = regionalPlans()
  .chain((regional) =>
    fc.record({
      regional: fc.constant(regional),
      taken: fc.subarray(regional.subGoals, { minLength: 1 }),
      municipality: fc.constantFrom(...KRONOBERG_MUNICIPALITIES),
    }),
  )
  .map(({ regional, taken, municipality }) => {
    const actor = `kommun-${municipality}`;
    const local: Plan = {
      formatVersion: 1,
      kind: "plan",
      level: "local",
      id: `lokal-${municipality}`,
      title: "Lokal ANDT-plan (påhittad)",
      parentPlan: regional.id,
      owner: { name: "Kommunen", principals: [actor] },
      territory: { countyCode: "07", municipalityCode: municipality },
      period: { ...regional.period },
      strategies: [...regional.strategies],
      purposes: ["Påhittad plan för tester."],
      longTermGoals: ["Mål."],
      subGoals: taken.map((goal) => {
        const regionalRef = { plan: regional.id, subGoal: goal.code };
        const local = (code: string) => activity(code, { responsible: { text: "Kommunen", actors: [actor] } });
        const base = { kind: "sub_goal" as const, code: goal.code, text: goal.text, regionalRef };
        if (goal.areas === undefined) return { ...base, activities: [local(`${goal.code}.1`)] };
        return {
          ...base,
          areas: goal.areas.map((area, a) => ({
            kind: "collaboration_area" as const,
            id: area.id,
            title: area.title,
            localTips: [],
            regionalRef: { ...regionalRef, area: area.id },
            activities: [local(`${goal.code}.${a + 1}`)],
          })),
        };
      }),
      actors: [{ kind: "organisation", id: actor, name: "Kommunen", type: "municipality", municipalityCode: municipality }],
      organisation: [],
      references: [],
    };
    return { regional, local };
  });

/** The indicator ids of a plan, in document order. */
export function indicatorIds(plan: Plan): string[] {
  const ids: string[] = [];
  for (const goal of plan.subGoals)
    for (const a of [...(goal.activities ?? []), ...(goal.areas ?? []).flatMap((area) => area.activities)])
      for (const i of a.followUp.indicators) ids.push(i.id);
  return ids;
}

/** A valid observation of one of the given indicators in 2016–2022: a value, with or without a split by sex. */
export const observationOf = (ids: readonly string[]): fc.Arbitrary<Observation> =>
  fc
    .record(
      {
        indicator: fc.constantFrom(...ids),
        year: fc.integer({ min: 2016, max: 2022 }),
        value: fc.integer({ min: 0, max: 500 }),
        women: fc.integer({ min: 0, max: 250 }),
        comment: sentence,
      },
      { requiredKeys: ["indicator", "year"] },
    )
    .map(({ women, ...o }) =>
      o.value !== undefined && women !== undefined && women <= o.value
        ? {
            ...o,
            bySex: {
              cells: [
                { sex: "female" as const, value: women },
                { sex: "male" as const, value: o.value - women },
              ],
            },
          }
        : o,
    );

/** A valid observation file (*uppföljningsfil*) for a plan. */
export const observationSetOf = (plan: Plan): fc.Arbitrary<ObservationSet> =>
  fc.array(observationOf(indicatorIds(plan)), { maxLength: 12 }).map((observations) => ({
    kind: "observation_set",
    formatVersion: 1,
    plan: plan.id,
    observations,
  }));

/** The dialects of CSV follow-up files the reader supports: delimiter, header language, encoding, decimal comma. */
export interface CsvDialect {
  delimiter: ";" | ",";
  lang: "sv" | "en";
  encoding: "utf-8" | "windows-1252";
  bom: boolean;
}

export const csvDialects: fc.Arbitrary<CsvDialect> = fc.record({
  delimiter: fc.constantFrom(";" as const, "," as const),
  lang: fc.constantFrom("sv" as const, "en" as const),
  encoding: fc.constantFrom("utf-8" as const, "windows-1252" as const),
  bom: fc.boolean(),
});

const CSV_HEADERS = {
  sv: ["Indikator", "Aktivitet", "År", "Antal", "Kvinnor", "Män", "Kommentar"],
  en: ["indicator", "activity", "year", "value", "women", "men", "comment"],
};

/** A CSV cell quoted when it holds the delimiter, a quote or a line break. */
const cell = (text: string, delimiter: string) =>
  text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/**
 * Observations written as a CSV file in a dialect, as a spreadsheet saves them: the text (UTF-8, with or without a
 * BOM) or its Windows-1252 bytes, and the options that read it (`encoding` for the bytes, `delimiter`).
 */
export function csvFileOf(
  observations: readonly Observation[],
  dialect: CsvDialect,
): { input: string | Uint8Array; options: { delimiter: ";" | ","; encoding?: "windows-1252" } } {
  const { delimiter, lang, encoding, bom } = dialect;
  const rows = observations.map((o) => {
    const cellOf = (sex: string) => {
      const found = o.bySex?.cells.find((c) => c.sex === sex);
      return found !== undefined && "value" in found ? found.value : "";
    };
    const [women, men] = [cellOf("female"), cellOf("male")];
    const cells = [o.indicator, o.activity ?? "", String(o.year), o.value ?? "", women, men, o.comment ?? ""];
    return cells.map((c) => cell(String(c), delimiter)).join(delimiter);
  });
  const text = `${[CSV_HEADERS[lang].join(delimiter), ...rows].join("\r\n")}\r\n`;
  if (encoding === "windows-1252") return { input: windows1252(text), options: { delimiter, encoding } };
  return { input: bom ? `\uFEFF${text}` : text, options: { delimiter } };
}

/** The KPI ids the generated Kolada responses use, mapped to indicators by {@link koladaCases}. */
const KPIS = ["N07908", "U07414", "N07402"];

/**
 * A Kolada response (API v3) for the minimal plan's county (area `"0007"`) and its municipalities, with the
 * mapping of its KPIs to the plan's indicators: rows with `T`/`K`/`M` values, `null` values, and a status.
 */
export const koladaCases: fc.Arbitrary<{ response: KoladaResponse; indicators: Record<string, string> }> = fc
  .array(
    fc.record({
      kpi: fc.constantFrom(...KPIS),
      municipality: fc.constantFrom("0007", ...KRONOBERG_MUNICIPALITIES),
      period: fc.integer({ min: 2015, max: 2022 }),
      values: fc.array(
        fc.record({
          gender: fc.constantFrom("T", "K", "M"),
          value: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
          count: fc.constant(1),
          status: fc.constantFrom("", "Missing"),
        }),
        { maxLength: 3 },
      ),
    }),
    { maxLength: 10 },
  )
  .map((values) => ({
    response: { values } as unknown as KoladaResponse,
    indicators: { N07908: "F.1-1", U07414: "F.2-1", N07402: "1.1-1" },
  }));

/** An edit chosen by numbers, resolved against the plan it is applied to (test/edit/edit.property.test.ts). */
export interface EditChoice {
  op: number;
  x: number;
  y: number;
  z: number;
}

/** A sequence of 1–8 edits, each an operation 0–7 and the numbers that choose what it applies to. */
export const editChoices: fc.Arbitrary<EditChoice[]> = fc.array(
  fc.record({ op: fc.integer({ min: 0, max: 7 }), x: fc.nat(50), y: fc.nat(50), z: fc.nat(5) }),
  { minLength: 1, maxLength: 8 },
);

/** Keys that pollute a prototype, or are named like its members, at any depth of hostile input. */
const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "isPrototypeOf", "__defineGetter__", "valueOf"];

/** Strings that break things: markup, URLs, formulas, NFD, BOM, controls, lone surrogates. */
export const hostileStrings: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "<script>alert(1)</script>",
    '<img src=x onerror="fetch(`//evil.example`)">',
    "https://evil.example/x.png",
    "javascript:alert(1)",
    '=HYPERLINK("http://evil.example")',
    " =1+1",
    "\n=1+1",
    "＝1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    "Va\u0308xjo\u0308",
    "\uFEFF",
    "\u0000\u0007\u001b",
    "\uD800",
    "\uDC00x",
    "..",
    "[object Object]",
    "2019-02-30",
    "0000",
  ),
  fc.string({ unit: "binary", maxLength: 20 }),
);

/** Any value, with hostile strings, hostile keys and non-finite numbers more likely than chance makes them. */
export const anything: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...HOSTILE_KEYS)),
  values: [
    hostileStrings,
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, 5e-324, -1, 1.5),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  ],
  maxDepth: 3,
  withNullPrototype: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
});

/**
 * Options of the wrong kind: not an object, a language not spoken, limits that are not positive whole numbers.
 * Never a `plan` or `reference` of the wrong kind: the readers trust those (docs/robustness.md).
 */
export const wrongOptions: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, 0, "sv", [], () => 1),
  fc.record(
    {
      lang: fc.constantFrom("sv", "en", "de", null, 1, undefined),
      maxDepth: fc.constantFrom(Number.NaN, 0, -1, 1.5, Number.POSITIVE_INFINITY, "10", 3, 64),
      maxStringLength: fc.constantFrom(Number.NaN, 0, 1, 10, "100", null),
      maxKeyLength: fc.constantFrom(Number.NaN, 0, 2, 1000, {}),
      encoding: fc.constantFrom("utf-8", "windows-1252", "latin1", 7),
      delimiter: fc.constantFrom(";", ",", "\t", "|", ""),
      indicators: fc.constantFrom(undefined, null, {}, { N07908: "F.1-1" }, { N07908: "ÖÖ" }, []),
    },
    { requiredKeys: [] },
  ),
  anything,
);

/**
 * A JSON text changed by one random edit: a character or a range deleted, a string or hostile text inserted,
 * a range repeated, a number replaced by an extreme one. Most results are not valid JSON, some are, nearly valid.
 */
export function mutateText(text: string): fc.Arbitrary<string> {
  const at = fc.nat(Math.max(text.length, 1));
  const insert = fc.oneof(
    hostileStrings.map((s) => JSON.stringify(s)),
    fc.constantFrom("{", "}", "[", "]", ",", ":", '"', "\\", "null", "-0", "1e400", "NaN", '"__proto__":{"x":1},', "\uFEFF"),
    fc.string({ maxLength: 6 }),
  );
  return fc.oneof(
    fc.tuple(at, fc.nat(40)).map(([i, n]) => text.slice(0, i) + text.slice(i + n)),
    fc.tuple(at, insert).map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
    fc
      .tuple(at, fc.nat(200), fc.integer({ min: 2, max: 4 }))
      .map(([i, n, k]) => text.slice(0, i) + text.slice(i, i + n).repeat(k) + text.slice(i + n)),
    fc.tuple(fc.nat(), fc.constantFrom("1e400", "-0", "5e-324", "1e308", '"12"', "null", "true", "[]", "{}")).map(([k, value]) => {
      const numbers = [...text.matchAll(/-?\d+(\.\d+)?/g)];
      const m = numbers[k % Math.max(numbers.length, 1)];
      return m === undefined ? text : text.slice(0, m.index) + value + text.slice(m.index + m[0].length);
    }),
  );
}

/**
 * A JSON value changed by one structural edit at a random depth: a field removed, replaced by `junk` (any value
 * by default), added under a hostile key, or emptied.
 */
export function mutateValue(value: unknown, junk: fc.Arbitrary<unknown> = anything): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.array(fc.nat(), { maxLength: 8 }), fc.nat(3), junk, fc.constantFrom(...HOSTILE_KEYS, "x"))
    .map(([steps, op, replacement, key]) => {
      const copy = structuredClone(value);
      let parent: unknown = copy;
      let field: string | number | undefined;
      for (const step of steps) {
        const holder: unknown = field === undefined ? parent : (parent as Record<string | number, unknown>)[field];
        if (holder === null || typeof holder !== "object") break;
        const keys = Array.isArray(holder) ? holder.map((_, i) => i) : Object.keys(holder);
        if (keys.length === 0) break;
        if (field !== undefined) parent = holder;
        field = keys[step % keys.length];
      }
      if (field === undefined || parent === null || typeof parent !== "object") return replacement;
      const holder = parent as Record<string | number, unknown>;
      if (op === 0 && Array.isArray(holder)) holder.splice(field as number, 1);
      else if (op === 0) delete holder[field];
      else if (op === 1) holder[field] = replacement;
      else if (op === 2 && Array.isArray(holder)) holder.push(replacement);
      else if (op === 2) Object.defineProperty(holder, key, { value: replacement, enumerable: true, configurable: true, writable: true });
      else holder[field] = Array.isArray(holder[field]) ? [] : "";
      return copy;
    });
}
