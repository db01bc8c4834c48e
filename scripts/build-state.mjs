// Whether dist/ is up to date with what it is built from, by file times, so that the scripts that need a build
// (check:package, demo, size, bench) build only when something changed and CI builds once.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** What the build reads besides src/: a change to any of them changes dist/. */
const BUILD_INPUTS = [
  "src",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.build.json",
  "tsup.config.ts",
  "tsup.cli.config.ts",
  "scripts/build-json-schema.mjs",
  "scripts/json-schemas.mjs",
];

/** Every file under dist/ that package.json promises (its exports and bin), as paths from the package root. */
export function distFiles() {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const found = new Set();
  const walk = (value) => {
    if (typeof value === "string") {
      if (value.startsWith("./dist/")) found.add(value.slice(2));
    } else if (value !== null && typeof value === "object") {
      for (const inner of Object.values(value)) walk(inner);
    }
  };
  walk(pkg.exports);
  walk(pkg.bin);
  return [...found].sort();
}

function newestInput() {
  let newest = { file: "", mtime: 0 };
  const visit = (path) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (stat.mtimeMs > newest.mtime) {
      newest = { file: relative(root, path), mtime: stat.mtimeMs };
    }
  };
  for (const input of BUILD_INPUTS) if (existsSync(join(root, input))) visit(join(root, input));
  return newest;
}

/**
 * Why the given build outputs (paths from the package root) need building, or undefined when each exists and is
 * newer than every build input.
 */
export function whyStale(outputs) {
  const missing = outputs.find((file) => !existsSync(join(root, file)));
  if (missing !== undefined) return `${missing} is missing`;
  const input = newestInput();
  const older = outputs.find((file) => statSync(join(root, file)).mtimeMs < input.mtime);
  return older === undefined ? undefined : `${input.file} is newer than ${older}`;
}

/**
 * Builds when the outputs are stale, saying why on stderr: everything (`npm run build`), or with `cli` only the
 * CLI, without declarations (tsup.cli.config.ts), which takes seconds instead of minutes.
 */
export function ensureBuild({ cli = false } = {}) {
  const why = whyStale(cli ? ["dist/cli.js"] : distFiles());
  if (why === undefined) return;
  process.stderr.write(`Building ${cli ? "the CLI" : "dist/"} (${why})…\n`);
  const [command, args] = cli
    ? ["npx", ["--no-install", "tsup", "--config", "tsup.cli.config.ts", "--silent"]]
    : ["npm", ["run", "build", "--silent"]];
  execFileSync(command, args, { cwd: root, stdio: "inherit" });
}
