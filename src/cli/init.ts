import { dirname, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "../core/lang.js";
import type { Plan } from "../model/plan.js";
import { FileError } from "../node/file-error.js";
import { writeText } from "../node/write-text.js";
import { safeParsePlan } from "../parse/safe-parse-plan.js";
import { safeParseStrategy } from "../parse/safe-parse-strategy.js";
import { serializePlan } from "../parse/serialize-plan.js";
import { ScaffoldError } from "../scaffold/scaffold-error.js";
import { scaffoldLocalPlan } from "../scaffold/scaffold-local-plan.js";
import { scaffoldRegionalPlan } from "../scaffold/scaffold-regional-plan.js";
import { commandArgs } from "./args.js";
import { printHelp, USAGE, wantsHelp } from "./help.js";
import { type CliIo, EXIT, failedAsUsage, type ReadOptions, readContextFile, say, UsageError, usageError } from "./io.js";
import type { CliMessageDetails } from "./messages.js";

/**
 * `andt-plan init regional|local`: writes a starter plan ({@link scaffoldRegionalPlan}, {@link scaffoldLocalPlan}) to
 * `--out`, or to stdout without it. An existing file is not overwritten without `--force`. Exit 0 when written,
 * 2 on a usage problem, an unreadable strategy or parent, or a code the scaffold refuses.
 */
export async function runInit(argv: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(argv)) return printHelp("init", argv, io);
  const args = commandArgs("init", argv, io, parse);
  if (typeof args === "number") return args;
  const { values, positionals, lang, encoding } = args;
  const [kind] = positionals;
  if (positionals.length !== 1 || (kind !== "regional" && kind !== "local")) {
    return usage(io, lang, "init_kind", positionals.length === 0 ? {} : { received: positionals.join(" ") });
  }
  const [code, file] = kind === "regional" ? (["county", "strategy"] as const) : (["municipality", "parent"] as const);
  const codeValue = values[code];
  const fileValue = values[file];
  if (codeValue === undefined) return usage(io, lang, "option_required", { option: code, value: "<code>" });
  if (fileValue === undefined) return usage(io, lang, "option_required", { option: file, value: "<file>" });
  const read: ReadOptions = { lang, ...(encoding === undefined ? {} : { encoding }) };
  const named: { id?: string; title?: string; schema?: string; lang: Lang } = {
    ...(values.out === undefined ? {} : { schema: schemaFrom(values.out) }),
    ...(values.id === undefined ? {} : { id: values.id }),
    ...(values.title === undefined ? {} : { title: values.title }),
    lang,
  };
  try {
    const plan: Plan =
      kind === "regional"
        ? scaffoldRegionalPlan(await readContextFile(fileValue, read, safeParseStrategy), { countyCode: codeValue, ...named })
        : scaffoldLocalPlan(await readContextFile(fileValue, read, safeParsePlan), { municipalityCode: codeValue, ...named });
    const text = serializePlan(plan);
    if (values.out === undefined) {
      io.out(text);
      return EXIT.ok;
    }
    await write(values.out, text, values.force, lang);
    const check = `andt-plan validate ${values.out} --${kind === "regional" ? "strategy" : "parent"} ${fileValue}`;
    io.err(`${say(lang, "init_written", { file: values.out, check })}\n`);
    return EXIT.ok;
  } catch (error) {
    return failedAsUsage(io, "init", error, [FileError, UsageError, ScaffoldError]);
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      county: { type: "string" },
      strategy: { type: "string" },
      municipality: { type: "string" },
      parent: { type: "string" },
      out: { type: "string" },
      force: { type: "boolean", default: false },
      id: { type: "string" },
      title: { type: "string" },
      lang: { type: "string", default: "sv" },
      encoding: { type: "string" },
    },
  });
}

/**
 * Where the plan schema of the andt-plan installed in the working directory is, as seen from the file written:
 * editors resolve `$schema` from the file, so a plan written to `plans/` points one level up.
 */
function schemaFrom(out: string): string {
  const path = relative(dirname(resolve(out)), resolve("node_modules/andt-plan/dist/plan.schema.json"))
    .split(sep)
    .join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/** Writes the plan; a file that is there already is kept unless `force` says otherwise. */
async function write(file: string, text: string, force: boolean, lang: Lang): Promise<void> {
  try {
    await writeText(file, text, lang, { exclusive: !force });
  } catch (error) {
    if (error instanceof FileError && error.details.reason === "EEXIST") throw new UsageError("out_exists", [], { file }, lang);
    throw error;
  }
}

function usage<C extends keyof CliMessageDetails>(io: CliIo, lang: Lang, code: C, details: CliMessageDetails[C]): number {
  return usageError(io, "init", USAGE.init, lang, code, details);
}
