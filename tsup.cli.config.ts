// The CLI alone, without the library's entries and their declarations (which take most of a full build's
// time): what `npm run demo` builds when dist/cli.js is stale (scripts/ensure-build.mjs).
import { defineConfig } from "tsup";
import { cli } from "./tsup.config.js";

export default defineConfig(cli);
