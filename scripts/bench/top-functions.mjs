// The functions that take the most time of their own in a V8 CPU profile (`node --cpu-prof`), with their share of
// the samples: how docs/benchmarks.md names the hot spots of a step. Used by `npm run bench -- --profile <step>`.

/**
 * The `count` functions with the most self time in a parsed .cpuprofile, each with its share of all samples;
 * functions of the same name, file and line are added together. The idle and program nodes are left out.
 *
 * @example
 * topFunctions(JSON.parse(readFileSync("CPU.cpuprofile", "utf8")), 3);
 * // [{ name: "stringsOf", where: "dist/chunk-….js:120", share: 0.18 }, …]
 */
export function topFunctions(profile, count) {
  const selfSamples = new Map();
  for (const id of profile.samples) selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);
  const total = profile.samples.length;
  const byFunction = new Map();
  for (const node of profile.nodes) {
    const samples = selfSamples.get(node.id) ?? 0;
    if (samples === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)" || functionName === "(program)") continue;
    const file = url.replace(/^file:\/\/.*?\/(dist|node_modules|scripts)\//, "$1/");
    const key = `${functionName || "(anonymous)"}\u0000${file}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + samples);
  }
  return [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, samples]) => {
      const [name, where] = key.split("\u0000");
      return { name, where, share: samples / total };
    });
}
