/**
 * `andt-plan init regional|local` run in-process through `runCli`: the starter plan on stdout or in --out, checked
 * by `andt-plan validate` as a newcomer would, and every usage problem with exit 2 and one line.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { USAGE } from "../../src/cli/help.js";
import { runCli } from "../../src/cli/run.js";
import { andt2016, kronoberg2017 } from "../../src/fixtures/index.js";
import { parsePlan, scaffoldLocalPlan, scaffoldRegionalPlan, serializePlan } from "../../src/index.js";
import { loadPlan } from "../../src/node/index.js";
import { windows1252 } from "../support/encodings.js";
import { repoRoot } from "../support/plans.js";

const dir = mkdtempSync(join(tmpdir(), "andt-plan-init-"));
const strategy = "fixtures/andt-2016-2020.json";
const kronoberg = "fixtures/kronoberg-2017-2021.json";

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("andt-plan init regional", () => {
  it("prints the starter plan as canonical JSON on stdout without --out", async () => {
    expect(await cli("init", "regional", "--county", "07", "--strategy", strategy)).toEqual({
      code: 0,
      out: serializePlan(scaffoldRegionalPlan(andt2016, { countyCode: "07" })),
      err: "",
    });
  });

  it("writes --out, says how to check it, and the file validates with warnings only (exit 0)", async () => {
    const out = join(dir, "ny", "regional.json");
    const written = await cli("init", "regional", "--county", "07", "--strategy", strategy, "--out", out, "--lang", "en");
    expect(written).toEqual({
      code: 0,
      out: "",
      err: `The plan is written to ${out}. Check it with: andt-plan validate ${out} --strategy ${strategy}\n`,
    });
    const text = readFileSync(out, "utf8");
    expect(serializePlan(await loadPlan(out))).toBe(text);
    // $schema is found from where the file is: the andt-plan installed in the working directory.
    expect(parsePlan(text).$schema).toBe(`${relative(join(dir, "ny"), repoRoot)}/node_modules/andt-plan/dist/plan.schema.json`);
    const validated = await cli("validate", out, "--strategy", strategy, "--lang", "en");
    expect(validated.code).toBe(0);
    expect(validated.out.split("\n").slice(0, 2)).toEqual([
      `${out}:subGoals.0: warning sub_goal_without_areas: Sub-goal 1 has no areas of collaboration.`,
      `${out}:subGoals.1: warning sub_goal_without_areas: Sub-goal 2 has no areas of collaboration.`,
    ]);
    expect(validated.out.endsWith("1 file: 0 errors, 6 warnings, 0 infos\n")).toBe(true);
  });

  it("refuses to overwrite an existing file unless --force", async () => {
    const out = join(dir, "finns.json");
    writeFileSync(out, "min egen plan");
    expect(await cli("init", "regional", "--county", "07", "--strategy", strategy, "--out", out)).toEqual({
      code: 2,
      out: "",
      err: `andt-plan init: ${out} finns redan; ange --force för att skriva över den\n`,
    });
    expect(readFileSync(out, "utf8")).toBe("min egen plan");
    expect((await cli("init", "regional", "--county", "07", "--strategy", strategy, "--out", out, "--force")).code).toBe(0);
    expect(parsePlan(readFileSync(out, "utf8")).id).toBe("kronoberg-2016-2020");
  });

  it("takes --id and --title", async () => {
    const { out } = await cli("init", "regional", "--county", "07", "--strategy", strategy, "--id", "livsstil-2016", "--title", "Livsstil");
    expect([parsePlan(out).id, parsePlan(out).title]).toEqual(["livsstil-2016", "Livsstil"]);
  });
});

describe("andt-plan init local", () => {
  it("writes Växjö's plan under Kronoberg's, which validates against it with warnings only", async () => {
    const out = join(dir, "vaxjo.json");
    const written = await cli("init", "local", "--municipality", "0780", "--parent", kronoberg, "--out", out);
    expect(written).toEqual({
      code: 0,
      out: "",
      err: `Planen är skriven till ${out}. Kontrollera den med: andt-plan validate ${out} --parent ${kronoberg}\n`,
    });
    const schema = `${relative(dir, repoRoot)}/node_modules/andt-plan/dist/plan.schema.json`;
    expect(readFileSync(out, "utf8")).toBe(serializePlan(scaffoldLocalPlan(kronoberg2017, { municipalityCode: "0780", schema })));
    const validated = await cli(
      "validate",
      out,
      "--parent",
      kronoberg,
      "--strategy",
      strategy,
      "--strategy",
      "fixtures/andt-2011-2015.json",
    );
    expect(validated.code).toBe(0);
    expect(validated.out.split("\n").at(-2)).toBe("1 fil: 0 fel, 13 varningar, 1 info");
  });

  it("refuses a municipality outside the parent's county with one line and exit 2", async () => {
    expect(await cli("init", "local", "--municipality", "1280", "--parent", kronoberg, "--lang", "en")).toEqual({
      code: 2,
      out: "",
      err: "andt-plan init: Malmö (1280) lies in county 12, not in county 07 of the regional plan kronoberg-2017-2021.\n",
    });
  });

  it("reads a parent saved as Windows-1252 with --encoding, and names the encoding without it", async () => {
    const ansi = join(dir, "kronoberg-ansi.json");
    writeFileSync(ansi, windows1252(readFileSync(kronoberg, "utf8")));
    const refused = await cli("init", "local", "--municipality", "0780", "--parent", ansi, "--lang", "en");
    expect(refused).toEqual({
      code: 2,
      out: "",
      err:
        `andt-plan init: ${ansi} cannot be used as context: (root): The file is not valid UTF-8 but seems to be saved as Windows-1252: ` +
        "save it as UTF-8, or read it with --encoding windows-1252 (the encoding option).\n",
    });
    const read = await cli("init", "local", "--municipality", "0780", "--parent", ansi, "--encoding", "windows-1252");
    expect(read.code).toBe(0);
    expect(read.out).toBe(serializePlan(scaffoldLocalPlan(kronoberg2017, { municipalityCode: "0780" })));
  });
});

describe("andt-plan init: usage problems exit 2 with one line and the usage", () => {
  it.each([
    [[], "ange vilken plan: regional eller local"],
    [["county"], 'ange vilken plan: regional eller local, inte "county"'],
    [["regional", "--strategy", strategy], "--county <code> krävs"],
    [["regional", "--county", "07"], "--strategy <file> krävs"],
    [["local", "--parent", kronoberg], "--municipality <code> krävs"],
    [["local", "--municipality", "0780"], "--parent <file> krävs"],
    [
      ["regional", "--county", "07", "--strategy", strategy, "--encoding", "ascii"],
      '--encoding ska vara utf-8, windows-1252, latin1, utf-16le eller utf-16be, inte "ascii"',
    ],
  ])("init %j", async (args, message) => {
    expect(await cli("init", ...args)).toEqual({ code: 2, out: "", err: `andt-plan init: ${message}\n${USAGE.init}` });
  });

  it("tells an unknown county, an unreadable strategy and a plan given as strategy on one line", async () => {
    expect(await cli("init", "regional", "--county", "02", "--strategy", strategy)).toEqual({
      code: 2,
      out: "",
      err: 'andt-plan init: Det finns inget län med koden "02"; en länskod är två siffror, t.ex. "07".\n',
    });
    const missing = join(dir, "saknas.json");
    expect((await cli("init", "regional", "--county", "07", "--strategy", missing)).err).toMatch(/^andt-plan init: .*saknas\.json.*\n$/);
    const asStrategy = await cli("init", "regional", "--county", "07", "--strategy", kronoberg);
    expect([asStrategy.code, asStrategy.err.startsWith(`andt-plan init: ${kronoberg} kan inte användas som sammanhang:`)]).toEqual([
      2,
      true,
    ]);
    expect(existsSync(join(dir, "saknas.json"))).toBe(false);
  });
});
