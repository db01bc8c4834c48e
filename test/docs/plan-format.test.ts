/**
 * docs/plan-format.md kept true. Its JSON snippets: each named by a `<!-- fragment: … -->` comment before it, parsed
 * with that part's schema and holding no field the format does not know (unless the comment says `unknown
 * fields`). Its commands: each `npx andt-plan` line run in order through `runCli` (files under `mina-planer/` put in
 * a temporary folder) and exiting 0, a `# …` comment being a line of the command's output, and a `text` block right
 * after a command block being that command's whole output. Its TypeScript block: run as a module on the sources.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { runCli } from "../../src/cli/run.js";
import {
  ActivitySchema,
  AdoptionSchema,
  CollaborationAreaSchema,
  IndicatorSchema,
  LevelNamesSchema,
  ObservationSchema,
  OrganisationBodySchema,
  PlanFollowUpSchema,
  PlanOwnerSchema,
  PlanSchema,
  RegionalRefSchema,
  ScheduleSchema,
  SubGoalSchema,
  TerritorySchema,
} from "../../src/index.js";
import { repoRoot } from "../support/plans.js";

const page = readFileSync(resolve(repoRoot, "docs/plan-format.md"), "utf8");

/** The fenced blocks of the page in order, with the comment line right before each (if any). */
const blocks = [...page.matchAll(/(?:<!-- (.*?) -->\n)?```(\w+)\n([\s\S]*?)```/g)].map((m) => ({
  comment: m[1],
  lang: m[2] ?? "",
  body: m[3] ?? "",
}));

/** The parts of a plan a snippet can show, by the name its comment gives. */
const PARTS: Record<string, z.ZodMiniType> = {
  plan: PlanSchema,
  owner: PlanOwnerSchema,
  adoption: AdoptionSchema,
  territory: TerritorySchema,
  subGoal: SubGoalSchema,
  levelNames: LevelNamesSchema,
  area: CollaborationAreaSchema,
  activity: ActivitySchema,
  schedule: ScheduleSchema,
  indicator: IndicatorSchema,
  body: OrganisationBodySchema,
  regionalRef: RegionalRefSchema,
  followUp: PlanFollowUpSchema,
  observation: ObservationSchema,
};

function shapeOf(schema: z.ZodMiniType): Record<string, z.ZodMiniType> {
  if (!(schema instanceof z.ZodMiniObject)) throw new Error("not an object schema");
  return schema.shape as Record<string, z.ZodMiniType>;
}

/**
 * The paths of fields in `value` that `schema` does not know, looking into objects, arrays, optionals and unions
 * (the option that accepts the value); `extensions` and other records take any key.
 */
function unknownFields(schema: z.ZodMiniType, value: unknown, path: string): string[] {
  if (schema instanceof z.ZodMiniOptional) return unknownFields(schema.def.innerType as z.ZodMiniType, value, path);
  if (schema instanceof z.ZodMiniArray && Array.isArray(value)) {
    return value.flatMap((item, k) => unknownFields(schema.def.element as z.ZodMiniType, item, `${path}.${k}`));
  }
  if (schema instanceof z.ZodMiniUnion) {
    const option = (schema.def.options as z.ZodMiniType[]).find((candidate) => candidate.safeParse(value).success);
    return option === undefined ? [path] : unknownFields(option, value, path);
  }
  if (schema instanceof z.ZodMiniObject && typeof value === "object" && value !== null) {
    const shape = schema.shape as Record<string, z.ZodMiniType>;
    return Object.entries(value).flatMap(([key, field]) => {
      const fieldSchema = shape[key];
      return fieldSchema === undefined ? [`${path}.${key}`] : unknownFields(fieldSchema, field, `${path}.${key}`);
    });
  }
  return [];
}

/**
 * The schema a snippet is read with: `name` the part itself, `name-part` an object of some of its fields, `name.field`
 * one field's value.
 */
function schemaFor(fragment: string): z.ZodMiniType {
  const [name = "", field] = fragment.replace(/-part$/, "").split(".");
  const schema = PARTS[name];
  if (schema === undefined) throw new Error(`unknown fragment ${fragment}`);
  if (field !== undefined) {
    const fieldSchema = shapeOf(schema)[field];
    if (fieldSchema === undefined) throw new Error(`unknown field ${fragment}`);
    return fieldSchema;
  }
  return fragment.endsWith("-part") ? z.partial(z.looseObject(shapeOf(schema))) : schema;
}

/** Every field name of a schema and the schemas inside it, as a sorted list. */
function fieldNames(schema: z.ZodMiniType, seen = new Set<z.ZodMiniType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const inner: z.ZodMiniType[] =
    schema instanceof z.ZodMiniOptional
      ? [schema.def.innerType as z.ZodMiniType]
      : schema instanceof z.ZodMiniArray
        ? [schema.def.element as z.ZodMiniType]
        : schema instanceof z.ZodMiniUnion
          ? (schema.def.options as z.ZodMiniType[])
          : schema instanceof z.ZodMiniObject
            ? Object.values(schema.shape as Record<string, z.ZodMiniType>)
            : [];
  const own = schema instanceof z.ZodMiniObject ? Object.keys(schema.shape as Record<string, z.ZodMiniType>) : [];
  return [...new Set([...own, ...inner.flatMap((part) => fieldNames(part, seen))])].sort();
}

describe("docs/plan-format.md", () => {
  it("names every field of the plan file", () => {
    const fields = fieldNames(PlanSchema);
    expect(fields.length).toBeGreaterThan(100);
    expect(fields.filter((field) => !page.includes(`\`${field}\``) && !page.includes(`"${field}"`))).toEqual([]);
  });

  const json = blocks.filter((block) => block.lang === "json");

  it("has JSON snippets, each named as a part of a plan", () => {
    expect(json.length).toBeGreaterThanOrEqual(20);
    for (const block of json) expect({ block: block.body, comment: block.comment }).toMatchObject({ comment: /^fragment: / });
  });

  it.each(json.map((block) => [block.comment ?? "", block.body]))("has a %s snippet that parses", (comment, body) => {
    const [fragment = "", flag] = comment.replace(/^fragment: /, "").split(", ");
    const schema = schemaFor(fragment);
    const value: unknown = JSON.parse(body);
    const result = schema.safeParse(value);
    expect(result.error?.issues ?? []).toEqual([]);
    const unknown = unknownFields(schema, value, fragment);
    if (flag === "unknown fields") expect(unknown.length).toBeGreaterThan(0);
    else expect(unknown).toEqual([]);
  });

  it("has commands that run as shown, with the output it states", async () => {
    const dir = mkdtempSync(join(tmpdir(), "andt-plan-guide-"));
    let last = "";
    let ran = 0;
    let outputs = 0;
    let previousWasCommands = false;
    for (const block of blocks) {
      if (block.lang === "text" && previousWasCommands) {
        expect(last).toBe(block.body);
        outputs += 1;
      }
      previousWasCommands = block.lang === "sh";
      if (block.lang !== "sh") continue;
      for (const line of block.body.trim().split("\n")) {
        if (line.startsWith("# ")) {
          expect(last.split("\n")).toContain(line.slice(2));
          continue;
        }
        expect(line.startsWith("npx andt-plan ")).toBe(true);
        const argv = line.slice("npx andt-plan ".length).replaceAll("mina-planer/", `${dir}/`).split(" ");
        let out = "";
        // init says where it wrote the plan on stderr; the page shows stdout.
        const code = await runCli(argv, { out: (t) => (out += t), err: () => undefined });
        expect({ line, code }).toEqual({ line, code: 0 });
        last = out;
        ran += 1;
      }
    }
    expect([ran, outputs]).toEqual([6, 3]);
  });

  it("has a code block that runs and whose assertions hold", async () => {
    const typescript = blocks.filter((block) => block.lang === "ts");
    expect(typescript).toHaveLength(1);
    const code = (typescript[0]?.body ?? "")
      .replace(/from "andt-plan\/fixtures"/g, `from ${JSON.stringify(resolve(repoRoot, "src/fixtures/index.ts"))}`)
      .replace(/from "andt-plan"/g, `from ${JSON.stringify(resolve(repoRoot, "src/index.ts"))}`)
      // The block reads the example as a newcomer would, from the root of a clone.
      .replace(/"fixtures\/examples\//g, `${JSON.stringify(`${repoRoot}/`).slice(0, -1)}fixtures/examples/`);
    const file = resolve(repoRoot, "test/docs/.plan-format.generated.ts");
    writeFileSync(file, code);
    try {
      await import(pathToFileURL(file).href);
    } finally {
      rmSync(file);
    }
  });
});
