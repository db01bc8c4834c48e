// The JSON Schemas of the plan, strategy and observation file formats, generated from the zod schemas given:
// the build passes the built ones (scripts/build-json-schema.mjs), the tests the sources', so the tests check
// the very generator that makes the shipped files without needing a build.
//
// Every property gets a `description` (what an editor shows on hover), read from the TSDoc of the matching
// interface field in src/model with the TypeScript compiler, so the help is written once, in the TSDoc.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { toJSONSchema } from "zod/mini";

const MODEL_DIR = fileURLToPath(new URL("../src/model/", import.meta.url));

/** The three file formats: file name, zod schema, the interface it validates, title and description. */
const FORMATS = [
  [
    "plan.schema.json",
    "PlanSchema",
    "Plan",
    "andt-plan: plan file (regional or local action plan)",
    "An ANDT(S) action plan (handlingsplan) of a county or a municipality, in the andt-plan file format.",
  ],
  [
    "strategy.schema.json",
    "StrategySchema",
    "Strategy",
    "andt-plan: national strategy file",
    "A national ANDT(S) strategy (nationell strategi) with its goals, in the andt-plan file format.",
  ],
  [
    "observations.schema.json",
    "ObservationSetSchema",
    "ObservationSet",
    "andt-plan: observation file (follow-up values of a plan)",
    "The follow-up values (uppföljningsdata) recorded for one plan's indicators, in the andt-plan file format.",
  ],
];

export function jsonSchemas(schemas) {
  const docs = typeDocs(modelSourceFiles());
  return Object.fromEntries(
    FORMATS.map(([file, schemaName, typeName, title, description]) => [
      file,
      { title, description, ...describedJsonSchema(schemas[schemaName], docs.type(typeName), docs) },
    ]),
  );
}

/** The .ts files of src/model, the interfaces the file formats are typed by. */
function modelSourceFiles() {
  return readdirSync(MODEL_DIR)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => `${MODEL_DIR}${name}`);
}

/**
 * The JSON Schema of a zod schema, each object property described by the TSDoc of the field of the same
 * name in `type`, the TypeScript type the zod schema validates (see {@link typeDocs}).
 */
export function describedJsonSchema(schema, type, docs) {
  const descriptions = new Map();
  collectDescriptions(schema, type, docs.checker, descriptions, new Set());
  return toJSONSchema(schema, {
    io: "input",
    override: ({ zodSchema, jsonSchema }) => {
      const described = descriptions.get(zodSchema);
      if (described === undefined || jsonSchema.properties === undefined) return;
      for (const [key, description] of described) {
        // A fresh object: a sub-schema used in several places may be one shared object.
        if (jsonSchema.properties[key] !== undefined) {
          jsonSchema.properties[key] = { description, ...jsonSchema.properties[key] };
        }
      }
    },
  });
}

/** A TypeScript program over the given files: their exported types by name, and the checker to read them. */
export function typeDocs(files) {
  const options = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  // Only the model's own types are read: the packages it imports (zod, date-fns) are read as empty files,
  // which saves parsing their large declarations (about half the time of this step).
  const host = ts.createCompilerHost(options);
  const readSource = host.getSourceFile.bind(host);
  host.getSourceFile = (name, ...rest) =>
    name.includes("/node_modules/") && !name.includes("/node_modules/typescript/lib/")
      ? ts.createSourceFile(name, "", ts.ScriptTarget.ES2022)
      : readSource(name, ...rest);
  const program = ts.createProgram(files, options, host);
  const checker = program.getTypeChecker();
  const types = new Map();
  for (const file of files) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    for (const symbol of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
      if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) {
        types.set(symbol.name, checker.getDeclaredTypeOfSymbol(symbol));
      }
    }
  }
  return {
    checker,
    type(name) {
      const type = types.get(name);
      if (type === undefined) throw new Error(`json-schemas: no exported type ${name} in the model files`);
      return type;
    },
  };
}

/**
 * Walks a zod schema and the TypeScript type it validates side by side (through optional and other wrappers,
 * pipes, lazy schemas, arrays, records and unions) and records, per zod object, the TSDoc of each of its fields.
 */
function collectDescriptions(schema, type, checker, out, seen) {
  const def = schema._zod.def;
  const walk = (inner, innerType) => collectDescriptions(inner, innerType, checker, out, seen);
  // Optional, nullable, default, readonly …: a wrapper around one schema of the same type.
  if (def.innerType !== undefined) return walk(def.innerType, type);
  switch (def.type) {
    case "pipe":
      walk(def.in, type);
      walk(def.out, type);
      return;
    case "lazy":
      // The schema zod caches and converts; calling the getter again may build a new one.
      return walk(schema._zod.innerType, type);
    case "array":
      for (const member of members(type)) {
        if (checker.isArrayType(member)) walk(def.element, checker.getTypeArguments(member)[0]);
      }
      return;
    case "record":
      for (const member of members(type)) {
        const value = checker.getIndexTypeOfType(member, ts.IndexKind.String);
        if (value !== undefined) walk(def.valueType, value);
      }
      return;
    case "union":
      for (const option of def.options) walk(option, type);
      return;
    case "object": {
      if (seen.has(schema)) return;
      seen.add(schema);
      const objectType = matchingMember(def.shape, type, checker);
      const described = new Map();
      for (const [key, field] of Object.entries(def.shape)) {
        const property = objectType && checker.getPropertyOfType(objectType, key);
        if (property === undefined) continue;
        const description = firstParagraph(property.getDocumentationComment(checker));
        if (description !== "") described.set(key, description);
        walk(field, checker.getTypeOfSymbol(property));
      }
      out.set(schema, described);
      return;
    }
    default:
      return;
  }
}

/** The members of a union type without `undefined` and `null`, or the type itself. */
function members(type) {
  const all = type.isUnion() ? type.types : [type];
  return all.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
}

/**
 * The member of a (union) type that a zod object shape stands for: the one whose literal fields (`kind`,
 * `type`) agree with the shape's literals and that has the most of the shape's keys.
 */
function matchingMember(shape, type, checker) {
  let best;
  let bestScore = -1;
  for (const member of members(type)) {
    if (!(member.flags & ts.TypeFlags.Object)) continue;
    let score = 0;
    let agrees = true;
    for (const [key, field] of Object.entries(shape)) {
      const property = checker.getPropertyOfType(member, key);
      if (property === undefined) continue;
      score += 1;
      const literal = field._zod.def.type === "literal" ? field._zod.def.values : undefined;
      if (literal !== undefined) {
        const propertyType = checker.getTypeOfSymbol(property);
        const values = members(propertyType).map((t) => (t.isLiteral() ? t.value : checker.typeToString(t)));
        if (!literal.some((v) => values.includes(v) || values.includes(String(v)) || values.includes(JSON.stringify(v)))) agrees = false;
      }
    }
    if (agrees && score > bestScore) {
      best = member;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The first paragraph of a TSDoc comment as plain text: link tags give their target's name, Markdown
 * emphasis and code marks are dropped (the words inside, Swedish terms among them, are kept), and white space
 * runs become one space.
 */
function firstParagraph(parts) {
  const text = parts
    .map((part) => (part.kind === "link" ? "" : part.text))
    .join("")
    .split(/\n\s*\n/)[0];
  return text.replace(/[*`]/g, "").replace(/\s+/g, " ").trim();
}
