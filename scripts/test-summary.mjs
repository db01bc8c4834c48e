// Prints vitest's JSON results as the plain closing line CI reads: "tests: N passed, N failed, N skipped", summed
// over every file given (CI passes the fast suite's and the dist suite's).
//
//   node scripts/test-summary.mjs <vitest.json>…
import { readFileSync } from "node:fs";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node scripts/test-summary.mjs <vitest.json>…");
  process.exit(2);
}
const total = { passed: 0, failed: 0, skipped: 0 };
for (const file of files) {
  const result = JSON.parse(readFileSync(file, "utf8"));
  total.passed += result.numPassedTests;
  total.failed += result.numFailedTests;
  total.skipped += result.numPendingTests + result.numTodoTests;
}
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
