/**
 * Generates src/reference/data.generated.ts from the Swedish reference data:
 * the counties (län) and municipalities (kommuner) with their SCB codes.
 *
 * Source: ../shared/reference/{counties,municipalities}.csv relative to the repo
 * root ("Swedish Geodata", CC0 1.0). Set ANDT_REFERENCE_DIR to read another folder.
 *
 *   node scripts/generate-reference.mjs           write the generated file
 *   node scripts/generate-reference.mjs --check   exit 1 if the file is not what it would write (CI)
 *
 * Exit codes: 0 ok, 1 generated file out of date (--check), 2 usage error, unreadable or invalid data.
 * Every row is validated; the first problem is reported as `file:line: message`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "src/reference/data.generated.ts");
const SOURCE_DIR = process.env.ANDT_REFERENCE_DIR ? resolve(process.env.ANDT_REFERENCE_DIR) : resolve(ROOT, "../shared/reference");

const EXPECTED_COUNTIES = 21;
const EXPECTED_MUNICIPALITIES = 290;

class DataError extends Error {}

function fail(file, line, message) {
  throw new DataError(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
}

/**
 * Reads a simple CSV (comma separated, no quoting: the source has none, so a quote
 * means the format changed and must not be half-parsed). Returns rows with their line numbers.
 */
function readCsv(name, header) {
  const file = join(SOURCE_DIR, name);
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    fail(file, undefined, `cannot read: ${error.message}`);
  }
  // A byte order mark is an encoding artefact, not data.
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  if (lines[0] !== header.join(",")) {
    fail(file, 1, `expected header "${header.join(",")}", found "${lines[0] ?? ""}"`);
  }
  return lines.slice(1).map((raw, index) => {
    const line = index + 2;
    if (raw.includes('"')) fail(file, line, "quoted fields are not supported");
    const fields = raw.split(",");
    if (fields.length !== header.length) {
      fail(file, line, `expected ${header.length} fields, found ${fields.length}`);
    }
    fields.forEach((value, column) => {
      const label = header[column];
      if (value === "") fail(file, line, `${label} is empty`);
      if (value !== value.trim() || /\s{2,}/.test(value)) {
        fail(file, line, `${label} has stray white space: ${JSON.stringify(value)}`);
      }
      if (value !== value.normalize("NFC")) fail(file, line, `${label} is not in Unicode NFC: ${JSON.stringify(value)}`);
    });
    return { file, line, fields };
  });
}

/** Fails when a value (compared case-insensitively) was seen before on another line. */
function unique(seen, key, { file, line }, what) {
  const folded = key.toLowerCase();
  const earlier = seen.get(folded);
  if (earlier !== undefined) fail(file, line, `duplicate ${what} "${key}" (first on line ${earlier})`);
  seen.set(folded, line);
}

function loadCounties() {
  const rows = readCsv("counties.csv", ["county_code", "county_name", "county_name_short"]);
  const codes = new Map();
  const names = new Map();
  const counties = rows.map((row) => {
    const [code, name, shortName] = row.fields;
    if (!/^\d{2}$/.test(code)) fail(row.file, row.line, `county_code must be two digits, found "${code}"`);
    unique(codes, code, row, "county_code");
    unique(names, name, row, "county name");
    unique(names, shortName, row, "county name");
    return { code, name, shortName };
  });
  if (counties.length !== EXPECTED_COUNTIES) {
    fail(join(SOURCE_DIR, "counties.csv"), undefined, `expected ${EXPECTED_COUNTIES} counties, found ${counties.length}`);
  }
  return counties;
}

function loadMunicipalities(countyCodes) {
  const rows = readCsv("municipalities.csv", ["municipality_code", "municipality_name", "municipality_name_short", "county_code"]);
  const codes = new Map();
  const names = new Map();
  const municipalities = rows.map((row) => {
    const [code, longName, name, countyCode] = row.fields;
    if (!/^\d{4}$/.test(code)) fail(row.file, row.line, `municipality_code must be four digits, found "${code}"`);
    if (!/^\d{2}$/.test(countyCode)) fail(row.file, row.line, `county_code must be two digits, found "${countyCode}"`);
    if (!countyCodes.has(countyCode)) fail(row.file, row.line, `county_code "${countyCode}" is not in counties.csv`);
    if (!code.startsWith(countyCode)) {
      fail(row.file, row.line, `municipality_code "${code}" does not start with its county_code "${countyCode}"`);
    }
    unique(codes, code, row, "municipality_code");
    unique(names, name, row, "municipality name");
    // A long name equal to its own short name would be pointless; equal to another's would be ambiguous.
    unique(names, longName, row, "municipality name");
    return { code, name, longName, countyCode };
  });
  if (municipalities.length !== EXPECTED_MUNICIPALITIES) {
    fail(
      join(SOURCE_DIR, "municipalities.csv"),
      undefined,
      `expected ${EXPECTED_MUNICIPALITIES} municipalities, found ${municipalities.length}`,
    );
  }
  return municipalities;
}

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const str = (value) => JSON.stringify(value);

function render(counties, municipalities) {
  const countyRows = [...counties]
    .sort(byCode)
    .map((c) => `  Object.freeze({ code: ${str(c.code)}, name: ${str(c.name)}, shortName: ${str(c.shortName)} } satisfies County),`);
  const municipalityRows = [...municipalities]
    .sort(byCode)
    .map(
      (m) =>
        `  Object.freeze({ code: ${str(m.code)}, name: ${str(m.name)}, longName: ${str(m.longName)}, countyCode: ${str(m.countyCode)} } satisfies Municipality),`,
    );
  return [
    "// GENERATED FILE: do not edit. Run `node scripts/generate-reference.mjs` to regenerate.",
    "// Source: ../shared/reference/counties.csv and municipalities.csv, from the public data set",
    '// "Swedish Geodata" (CC0 1.0, public domain dedication). Codes agree with SCB\'s.',
    'import type { County, Municipality } from "./types.js";',
    "",
    `/** All ${counties.length} counties (län), sorted by SCB code. Frozen. */`,
    "export const COUNTIES: readonly County[] = Object.freeze([",
    ...countyRows,
    "]);",
    "",
    `/** All ${municipalities.length} municipalities (kommuner), sorted by SCB code. Frozen. */`,
    "export const MUNICIPALITIES: readonly Municipality[] = Object.freeze([",
    ...municipalityRows,
    "]);",
    "",
  ].join("\n");
}

function main(argv) {
  const unknown = argv.filter((arg) => arg !== "--check");
  if (unknown.length > 0) {
    process.stderr.write(`generate-reference: unexpected argument '${unknown[0]}'. Usage: generate-reference.mjs [--check]\n`);
    return 2;
  }
  let output;
  try {
    const counties = loadCounties();
    const municipalities = loadMunicipalities(new Set(counties.map((c) => c.code)));
    output = render(counties, municipalities);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    process.stderr.write(`generate-reference: ${error.message}\n`);
    return 2;
  }
  const target = relative(ROOT, OUT);
  if (argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(OUT, "utf8");
    } catch {
      // A missing file is out of date like any other; reported below.
    }
    if (current !== output) {
      process.stderr.write(`generate-reference: ${target} is out of date. Run 'node scripts/generate-reference.mjs'.\n`);
      return 1;
    }
    process.stdout.write(`generate-reference: ${target} is up to date.\n`);
    return 0;
  }
  writeFileSync(OUT, output);
  process.stdout.write(`generate-reference: wrote ${target}.\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
