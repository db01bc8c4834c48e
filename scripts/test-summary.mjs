// Prints vitest's JSON result as the plain closing line CI reads: "N passed, N failed, N skipped".
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? "test-artifacts/vitest.json";
const result = JSON.parse(readFileSync(file, "utf8"));
const skipped = result.numPendingTests + result.numTodoTests;
console.log(`tests: ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${skipped} skipped`);
