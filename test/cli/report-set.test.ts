import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { serializePlan } from "../../src/index.js";
import { inventedLocalPlan, repoRoot } from "../support/plans.js";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(["report", "--set", ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A directory with Kronoberg, the 2016–2020 strategy and two invented local plans (Växjö, Ljungby). */
function setDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), "andt-set-"));
  for (const name of ["kronoberg-2017-2021.json", "andt-2016-2020.json"])
    copyFileSync(resolve(repoRoot, "fixtures", name), join(dir, name));
  writeFileSync(join(dir, "vaxjo.json"), serializePlan(inventedLocalPlan("vaxjo-2018-2020", "Växjö", "0780")));
  writeFileSync(join(dir, "ljungby.json"), serializePlan(inventedLocalPlan("ljungby-2018-2020", "Ljungby", "0781")));
  return dir;
}

describe("andt-plan report --set", () => {
  it("prints the chain view of a directory as Markdown, exit 0", async () => {
    const { code, out, err } = await run([setDirectory(), "--format", "md"]);
    expect([code, err]).toEqual([0, ""]);
    expect(out).toContain("| Växjö | Växjös ANDT-plan 2018–2020 (påhittad) (vaxjo-2018-2020) |  | ✓ |");
    expect(out).toContain("Kommuner utan lokal plan: Uppvidinge, Lessebo, Tingsryd, Alvesta, Älmhult, Markaryd");
  });

  it("writes HTML to --out, choosing the format by its extension, in English on request", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "andt-set-out-")), "kedjan.html");
    const { code, out, err } = await run([setDirectory(), "--out", file, "--lang", "en"]);
    expect([code, out, err]).toEqual([0, "", `The report is written to ${file}\n`]);
    const html = readFileSync(file, "utf8");
    expect(html).toContain("<h1>The chain: Regional handlingsplan ANDT 2017–2021 (kronoberg-2017-2021)</h1>");
    expect(html).toContain('<span class="visually-hidden">Ljungby follows sub-goal 1</span>');
  });

  it("writes CSV and JSON", async () => {
    const dir = setDirectory();
    const csv = await run([dir, "--format", "csv"]);
    expect(csv.code).toBe(0);
    expect(csv.out.split("\r\n")[0]).toBe("\uFEFFKommunkod;Kommun;Planens id;Lokal plan;Delmål;Områden;Aktiviteter");
    const json = await run([dir, "--format", "json"]);
    expect(JSON.parse(json.out).notFollowed).toEqual(["F", "2", "3", "4", "5"]);
  });

  it("lists the set's errors on stderr with file and path, shows what could be read, and exits 1", async () => {
    const dir = setDirectory();
    const broken = inventedLocalPlan("alvesta-2018-2020", "Alvesta", "0764");
    broken.subGoals[0]!.areas![0]!.activities[0]!.regionalRef = { plan: "kronoberg-2017-2021", activity: "1.99" };
    writeFileSync(join(dir, "alvesta.json"), serializePlan(broken));
    const { code, out, err } = await run([dir, "--format", "json"]);
    expect(code).toBe(1);
    expect(err.split("\n").filter((line) => line !== "")).toEqual([
      `${join(dir, "alvesta.json")}:subGoals.0.areas.0.activities.0.regionalRef.activity: error unknown_regional_ref: Den regionala planen "Regional handlingsplan ANDT 2017–2021" (kronoberg-2017-2021) har ingen aktivitet "1.99".`,
      "1 fel i 1 fil; kedjan visar det som kunde läsas",
    ]);
    expect(JSON.parse(out).municipalities.find((m: { name: string }) => m.name === "Alvesta").plans).toHaveLength(1);
  });

  it("is a usage error, exit 2, without a regional plan or with two and no --plan", async () => {
    const dir = mkdtempSync(join(tmpdir(), "andt-set-none-"));
    writeFileSync(join(dir, "vaxjo.json"), serializePlan(inventedLocalPlan("vaxjo-2018-2020", "Växjö", "0780")));
    expect(await run([dir])).toEqual({
      code: 2,
      out: "",
      err: expect.stringMatching(
        /^andt-plan report: uppsättningen har ingen regional plan att visa kedjan för\nUsage: andt-plan report <plan> /u,
      ),
    });
    const two = setDirectory();
    const other = JSON.parse(readFileSync(join(two, "kronoberg-2017-2021.json"), "utf8"));
    writeFileSync(join(two, "kalmar.json"), JSON.stringify({ ...other, id: "kalmar-2017-2021", territory: { countyCode: "08" } }));
    const both = await run([two, "--lang", "en"]);
    expect([both.code, both.err.split("\n")[0]]).toEqual([
      2,
      "andt-plan report: the set has 2 regional plans (kalmar-2017-2021, kronoberg-2017-2021); choose one with --plan <id>",
    ]);
    const chosen = await run([two, "--plan", "kalmar-2017-2021", "--format", "json"]);
    expect(JSON.parse(chosen.out).plan.id).toBe("kalmar-2017-2021");
    const wrong = await run([two, "--plan", "vaxjo-2018-2020"]);
    expect([wrong.code, wrong.err.split("\n")[0]]).toEqual([
      2,
      'andt-plan report: --plan "vaxjo-2018-2020" är ingen regional plan i uppsättningen; välj kalmar-2017-2021 eller kronoberg-2017-2021',
    ]);
  });
});
