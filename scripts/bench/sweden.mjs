// A seeded synthetic Sweden for the national benchmark (scripts/bench.mjs): one regional plan per county and one
// local plan per municipality, each with activities and indicators in the numbers real plans have, and follow-up
// observations over 2017–2021 as JSON and CSV. At scale 1: 21 + 290 plans, about 5 600 activities, 9 300
// indicators and 1 M observations. A smaller scale keeps a seeded share of the plans, each the same as at scale 1,
// so that times at two scales compare like with like.
//
// Pure: it takes the Kronoberg plan as its template and the counties and municipalities as arguments, so the
// benchmark passes those of dist/ and the tests (test/scripts/sweden.test.ts) those of src/.

/** Years every plan runs and is followed up. */
export const YEARS = [2017, 2018, 2019, 2020, 2021];

/**
 * A small seeded generator of numbers in [0, 1) (mulberry32): the same seed gives the same Sweden on every machine.
 *
 * @example
 * const next = random(1); next(); // 0.6270739405881613
 */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed of its own for each plan, from the run's seed and the plan's id (FNV-1a), so a plan is the same at every scale. */
function seedOf(seed, id) {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** An integer in [min, max]. */
const between = (next, min, max) => min + Math.floor(next() * (max - min + 1));

/** An id from a name: lower case ASCII, words joined by `-` (`Upplands Väsby` → `upplands-vasby`). */
function slug(name) {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Every activity of the template with its sub-goal's and area's index. */
function templateActivities(template) {
  const found = [];
  template.subGoals.forEach((subGoal, s) => {
    subGoal.areas.forEach((area, a) => {
      for (const activity of area.activities) found.push({ s, a, activity });
    });
  });
  return found;
}

/**
 * The plan's sub-goals with `count` activities drawn from the template's (each into its own sub-goal and area),
 * numbered again within each sub-goal, indicators `<code>-<n>`. Strings naming Kronoberg name the plan's county.
 */
function subGoalsWith(template, count, next, rename) {
  const pool = templateActivities(template);
  const subGoals = template.subGoals.map((subGoal) => ({
    ...rename(subGoal),
    areas: subGoal.areas.map((area) => ({ ...rename(area), activities: [] })),
  }));
  const numbers = subGoals.map(() => 0);
  const picked = Array.from({ length: count }, () => pool[Math.floor(next() * pool.length)]);
  // In the template's order, so that codes rise through each area as in a real plan.
  picked.sort((x, y) => x.s - y.s || x.a - y.a);
  for (const { s, a, activity } of picked) {
    numbers[s] += 1;
    const code = `${subGoals[s].code}.${numbers[s]}`;
    const copy = rename(activity);
    copy.code = code;
    copy.followUp = {
      ...copy.followUp,
      indicators: copy.followUp.indicators.map((indicator, k) => ({ ...indicator, id: `${code}-${k + 1}` })),
    };
    subGoals[s].areas[a].activities.push(copy);
  }
  // An area without activities is allowed, but real plans have none: drop them, and sub-goals left empty.
  return subGoals
    .map((subGoal) => ({ ...subGoal, areas: subGoal.areas.filter((area) => area.activities.length > 0) }))
    .filter((subGoal) => subGoal.areas.length > 0);
}

/**
 * The template's words for its county replaced by another county's: its name, its number of municipalities
 * ("länets 8 kommuner", and a target of 8 that counts them), and its municipalities as actors (the template's
 * eight in turn become the county's, so that every reference still finds its actor; in a county of fewer, the
 * rest become other actors).
 */
function renamer(county, municipalities) {
  // The county's name without "län" and its genitive s: "Kronobergs län" → "Kronoberg", "Stockholms län" → "Stockholm".
  const base = county.name.replace(/ län$/, "").replace(/s$/, "");
  const upper = base.toUpperCase();
  const id = slug(base);
  const own = municipalities.filter((m) => m.countyCode === county.code);
  const n = own.length;
  const text = (s) =>
    s
      .replaceAll("Kronoberg", base)
      .replaceAll("KRONOBERG", upper)
      .replaceAll("KRONBERG", upper)
      .replaceAll("kronoberg", id)
      .replace(/([Ll]änets) 8\b/g, `$1 ${n}`);
  let next = 0;
  const walk = (value) => {
    if (typeof value === "string") return text(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object") return value;
    const copy = {};
    for (const [key, v] of Object.entries(value)) copy[key] = walk(v);
    if (copy.value === 8 && typeof copy.text === "string" && /[Ll]änets \d+\b/.test(copy.text)) copy.value = n;
    if (copy.type === "municipality" && typeof copy.municipalityCode === "string") {
      const k = next++;
      const m = own[k % n];
      if (k < n) {
        copy.municipalityCode = m.code;
        copy.name = m.name;
      } else {
        // A county of fewer municipalities than the template's 8: the template's extra ones stay as actors, so
        // every reference still finds its actor, but not as a second actor of the same municipality.
        copy.type = "other";
        delete copy.municipalityCode;
        copy.name = `${m.name}, samverkan ${k - n + 1}`;
      }
    }
    return copy;
  };
  return (value) => {
    next = 0;
    return walk(value);
  };
}

/**
 * The plans of a synthetic Sweden: for each county a regional plan of 50–66 activities, for each municipality a
 * local plan of 8–22 activities following its county's plan, all made of the template's activities (the Kronoberg
 * plan's). `scale` in (0, 1] keeps that share of the plans, chosen by the seed; each kept plan is the same as at
 * scale 1.
 *
 * @example
 * const plans = swedenPlans({ template: kronoberg2017, counties, municipalities, scale: 1 / 8, seed: 1 });
 * plans.length; // 39
 */
export function swedenPlans({ template, counties, municipalities, scale = 1, seed = 1 }) {
  const specs = [
    ...counties.map((county) => ({ county, municipality: undefined })),
    ...municipalities.map((municipality) => ({
      county: counties.find((c) => c.code === municipality.countyCode),
      municipality,
    })),
  ];
  const order = random(seed);
  const keys = specs.map(() => order());
  const count = Math.max(1, Math.round(specs.length * scale));
  const kept = new Set(
    keys
      .map((key, i) => ({ i, key }))
      .sort((x, y) => x.key - y.key)
      .slice(0, count)
      .map((x) => x.i),
  );
  return specs.filter((_, i) => kept.has(i)).map((spec) => planOf(template, spec, municipalities, seed));
}

/** The id of a county's regional plan. */
const regionalId = (county) => `${slug(county.name)}-2017-2021`;

function planOf(template, { county, municipality }, municipalities, seed) {
  const rename = renamer(county, municipalities);
  const regional = municipality === undefined;
  const id = regional ? regionalId(county) : `${slug(municipality.name)}-${municipality.code}-2017-2021`;
  const next = random(seedOf(seed, id));
  const base = rename(template);
  const plan = {
    ...base,
    id,
    title: regional ? base.title : `Lokal handlingsplan ANDT 2017–2021, ${municipality.name}`,
    territory: regional ? { countyCode: county.code } : { countyCode: county.code, municipalityCode: municipality.code },
    subGoals: subGoalsWith(template, regional ? between(next, 50, 66) : between(next, 8, 22), next, rename),
  };
  if (regional) return plan;
  // A local plan follows its county's regional plan and has no regional organisation or narrative of its own.
  plan.level = "local";
  plan.parentPlan = regionalId(county);
  plan.owner = { ...plan.owner, name: municipality.name };
  delete plan.narrative;
  delete plan.crimePrevention;
  return plan;
}

/**
 * The value of one observation of an indicator, of the kind its measure takes: `k` varies it, `covered` is the
 * most municipalities a coverage can reach. Shared with the Kronoberg-sized cases of scripts/bench.mjs.
 */
export function measuredValue(indicator, k, covered) {
  switch (indicator.measure?.type) {
    case "milestone":
    case "cycle":
      return { done: k % 3 !== 0 };
    case "qualitative":
    case undefined:
      return { text: `Redovisning ${k}.` };
    case "share":
      return { numerator: 10 + (k % 40), denominator: 60 };
    case "coverage":
      return { value: 1 + (k % covered) };
    default: {
      const value = 5 + (k % 90);
      if (indicator.measure?.type !== "count" || indicator.measure.countsPeople !== true) return { value };
      const women = Math.floor(value / 2);
      return {
        value,
        bySex: {
          cells: [
            { sex: "female", value: women },
            { sex: "male", value: value - women },
          ],
        },
      };
    }
  }
}

/** One observation of an indicator on a day, with {@link measuredValue}'s value. */
function observationOf(indicator, day, k, covered) {
  const year = Number(day.slice(0, 4));
  return { indicator: indicator.id, year, period: { start: day, end: day }, ...measuredValue(indicator, k, covered) };
}

/** The indicators of a plan, in document order. */
export function indicatorsOf(plan) {
  return plan.subGoals.flatMap((sg) => sg.areas.flatMap((area) => area.activities.flatMap((a) => a.followUp.indicators)));
}

/** The activities of a plan, in document order. */
export function activitiesOf(plan) {
  return plan.subGoals.flatMap((sg) => sg.areas.flatMap((area) => area.activities));
}

/** `n` distinct days of a year in order, as `yyyy-MM-dd`, chosen by `next`. */
function daysOf(year, n, next) {
  const days = new Set();
  while (days.size < n) days.add(between(next, 0, 364));
  return [...days].sort((a, b) => a - b).map((d) => new Date(Date.UTC(year, 0, 1 + d)).toISOString().slice(0, 10));
}

/**
 * A plan's follow-up: for each indicator and year 14–29 observations, each of one day (a spreadsheet of single
 * events), about 21.5 per indicator and year. Seeded by the plan's id, so the same at every scale. A coverage
 * counts at most the municipalities of the plan's county.
 *
 * @example
 * swedenObservations(plan, { municipalities, seed: 1 }).observations.length; // about 107 per indicator
 */
export function swedenObservations(plan, { municipalities, seed = 1 }) {
  const next = random(seedOf(seed, `${plan.id}/observations`));
  const covered = municipalities.filter((m) => m.countyCode === plan.territory.countyCode).length;
  const observations = [];
  let k = 0;
  for (const indicator of indicatorsOf(plan)) {
    for (const year of YEARS) {
      for (const day of daysOf(year, between(next, 14, 29), next)) observations.push(observationOf(indicator, day, k++, covered));
    }
  }
  return { kind: "observation_set", formatVersion: 1, plan: plan.id, observations };
}

const CSV_HEADER = "indikator;år;från;till;värde;täljare;nämnare;genomförd;kvinnor;män;text";

/** A number as Swedish spreadsheets write it: decimal comma. */
const cell = (value) => (value === undefined ? "" : String(value).replace(".", ","));

/**
 * The same observations as a spreadsheet export (`;`, Swedish headers, one row per observation).
 *
 * @example
 * swedenCsv(swedenObservations(plan)).split("\n")[0]; // "indikator;år;från;till;värde;…"
 */
export function swedenCsv(set) {
  const lines = [CSV_HEADER];
  for (const o of set.observations) {
    const women = o.bySex?.cells.find((c) => c.sex === "female")?.value;
    const men = o.bySex?.cells.find((c) => c.sex === "male")?.value;
    const done = o.done === undefined ? "" : o.done ? "ja" : "nej";
    lines.push(
      [
        o.indicator,
        o.year,
        o.period.start,
        o.period.end,
        cell(o.value),
        cell(o.numerator),
        cell(o.denominator),
        done,
        cell(women),
        cell(men),
        o.text ?? "",
      ].join(";"),
    );
  }
  return `${lines.join("\n")}\n`;
}
