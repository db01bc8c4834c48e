/**
 * The JSON Schemas describe every property (an editor shows the description on hover), and the descriptions
 * come from the TSDoc of the model's interfaces (scripts/json-schemas.mjs reads it with the TypeScript
 * compiler). Run on the source schemas, so no build is needed.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { describedJsonSchema, jsonSchemas, typeDocs } from "../../scripts/json-schemas.mjs";
import { ObservationSetSchema, PlanSchema, StrategySchema } from "../../src/index.js";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The path of every property in a JSON Schema that has no non-empty `description`, searching nested
 * properties, array items, record values, unions and definitions. `a.b[]` is the items of `b`, `a{}` the
 * values of a record, `a.anyOf[1]` the second choice of a union.
 */
function undescribed(schema: unknown, path = ""): string[] {
  if (!isObject(schema)) return [];
  const found: string[] = [];
  if (isObject(schema["properties"])) {
    for (const [key, property] of Object.entries(schema["properties"])) {
      const here = path === "" ? key : `${path}.${key}`;
      const description = isObject(property) ? property["description"] : undefined;
      if (typeof description !== "string" || description.trim() === "") found.push(here);
      found.push(...undescribed(property, here));
    }
  }
  if (schema["items"] !== undefined) found.push(...undescribed(schema["items"], `${path}[]`));
  if (isObject(schema["additionalProperties"])) found.push(...undescribed(schema["additionalProperties"], `${path}{}`));
  for (const union of ["anyOf", "oneOf", "allOf"]) {
    const choices = schema[union];
    if (Array.isArray(choices)) found.push(...choices.flatMap((choice, i) => undescribed(choice, `${path}.${union}[${i}]`)));
  }
  if (isObject(schema["$defs"])) {
    for (const [name, definition] of Object.entries(schema["$defs"])) found.push(...undescribed(definition, `$defs.${name}`));
  }
  return found;
}

/** The value at a path of property names, through `properties`. */
function at(schema: Json, ...keys: (string | number)[]): Json {
  let node: unknown = schema;
  for (const key of keys) node = (node as Json)[key];
  return node as Json;
}

const schemas = jsonSchemas({ PlanSchema, StrategySchema, ObservationSetSchema });
const plan = schemas["plan.schema.json"];
const strategy = schemas["strategy.schema.json"];
const observations = schemas["observations.schema.json"];

describe("the shipped JSON Schemas", () => {
  it.each(Object.keys(schemas) as (keyof typeof schemas)[])("%s describes every property", (file) => {
    expect(undescribed(schemas[file])).toEqual([]);
  });

  it("each has a title and a description of the file it checks", () => {
    expect(Object.values(schemas).map((s) => s.description)).toEqual([
      "An ANDT(S) action plan (handlingsplan) of a county or a municipality, in the andt-plan file format.",
      "A national ANDT(S) strategy (nationell strategi) with its goals, in the andt-plan file format.",
      "The follow-up values (uppföljningsdata) recorded for one plan's indicators, in the andt-plan file format.",
    ]);
  });

  it("takes each description from the TSDoc of the field, Markdown marks dropped and links given by name", () => {
    expect(at(plan, "properties", "purposes", "description")).toBe("Purposes (syfte), as printed.");
    expect(at(plan, "properties", "formatVersion", "description")).toBe(
      "Version of the file format (1); this library writes FORMAT_VERSION.",
    );
    expect(at(plan, "properties", "territory", "properties", "countyCode", "description")).toBe(
      'SCB county code (länskod), two digits: "07" for Kronobergs län.',
    );
  });

  it("finds the field through arrays, nested objects and unions", () => {
    const activity = at(plan, "properties", "subGoals", "items", "properties", "areas", "items", "properties", "activities", "items");
    expect(at(activity, "properties", "responsible", "description")).toBe("The ansvar cell.");
    const indicator = at(activity, "properties", "followUp", "properties", "indicators", "items");
    // The eighth measure of the union (the per cent is the third).
    expect(at(indicator, "properties", "measure", "oneOf", 7, "properties", "type", "description")).toBe(
      "qualitative: a written account, no number (redovisning).",
    );
    const actors = at(plan, "properties", "actors", "items", "oneOf");
    expect([at(actors, 0, "properties", "kind", "description"), at(actors, 1, "properties", "kind", "description")]).toEqual([
      'Always "organisation": a single organisation (organisation, aktör).',
      'Always "group": a named group of actors (grupp).',
    ]);
    expect(
      at(strategy, "properties", "longTermGoals", "items", "properties", "prioritisedGoals", "items", "properties", "type", "description"),
    ).toBe("prioritised_goal (prioriterat mål, ANDT 2011–2015) or focus_area (insatsområde, prioriterat insatsområde).");
    expect(at(observations, "properties", "observations", "items", "properties", "bySex", "properties", "cells", "description")).toBe(
      "The cells: all by sex only, or all by sex and age band.",
    );
  });
});

describe("describedJsonSchema", () => {
  // The zod schema of test/scripts/data/described.ts's Book, written as the model writes its schemas.
  const book = z.looseObject({
    kind: z.literal("book"),
    title: z.string(),
    pages: z.number().optional(),
    chapters: z.array(z.looseObject({ heading: z.string() })),
    notes: z.record(z.string(), z.looseObject({ text: z.string() })).optional(),
    author: z.discriminatedUnion("kind", [
      z.looseObject({ kind: z.literal("person"), name: z.string() }),
      z.looseObject({ kind: z.literal("group"), members: z.array(z.string()) }),
    ]),
    edition: z.looseObject({ number: z.number() }).nullable().default(null),
    series: z.lazy(() => z.looseObject({ name: z.string() })).optional(),
    publisher: z.looseObject({ name: z.string() }).pipe(z.transform((publisher) => publisher)),
  });
  const docs = typeDocs([fileURLToPath(new URL("data/described.ts", import.meta.url))]);
  const schema = describedJsonSchema(book, docs.type("Book"), docs);

  it("describes each property by the first paragraph of its field's TSDoc, as plain text", () => {
    const properties = at(schema, "properties");
    expect(Object.fromEntries(Object.entries(properties).map(([key, p]) => [key, (p as Json)["description"]]))).toEqual({
      kind: 'Always "book".',
      title: "Title as printed (titel).",
      pages: undefined,
      chapters: "Chapters in order, each a Chapter.",
      notes: "Notes by key.",
      author: "Who wrote it.",
      edition: "The edition, or null where unknown.",
      series: "The series it belongs to.",
      publisher: "Who published it.",
    });
  });

  it("follows array items, record values and the union member whose literal matches", () => {
    expect(at(schema, "properties", "chapters", "items", "properties", "heading", "description")).toBe("Heading as printed.");
    expect(at(schema, "properties", "notes", "additionalProperties", "properties", "text", "description")).toBe("The note's text.");
    expect(at(schema, "properties", "author", "oneOf", 0, "properties", "name", "description")).toBe("Full name.");
    expect(at(schema, "properties", "author", "oneOf", 1, "properties", "members", "description")).toBe("Names of the members.");
  });

  it("follows wrappers (nullable, default), lazy schemas and pipes", () => {
    expect(at(schema, "properties", "edition", "anyOf", 0, "properties", "number", "description")).toBe("Number of the edition.");
    expect(at(schema, "properties", "series", "properties", "name", "description")).toBe("Name of the series.");
    expect(at(schema, "properties", "publisher", "properties", "name", "description")).toBe("Name of the house.");
  });

  it("leaves a field without TSDoc undescribed, so the check above names it", () => {
    expect(undescribed(schema)).toEqual(["pages", "author.oneOf[1].kind"]);
  });

  it("keeps the rest of the schema as zod writes it", () => {
    expect(at(schema, "properties", "title")).toEqual({ description: "Title as printed (titel).", type: "string" });
    expect(at(schema, "required")).toEqual(["kind", "title", "chapters", "author", "publisher"]);
  });

  it("refuses a type name the files do not export", () => {
    expect(() => docs.type("Magazine")).toThrow("json-schemas: no exported type Magazine in the model files");
  });
});
