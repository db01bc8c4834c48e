// `npm run check:cycles`: the import rules of src/ that tsc does not check. Type-only imports count too
// (tsPreCompilationDeps): a cycle through `import type` still ties two modules together and is usually where a
// runtime cycle starts.
/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden: [
    {
      name: "no-cycle",
      severity: "error",
      comment: "Modules of src/ import each other in a circle; move what both need into a third module.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "core-imports-no-feature",
      severity: "error",
      comment: "src/core/ is what every feature builds on, so it imports nothing from the feature folders of src/.",
      from: { path: "^src/core/" },
      to: { path: "^src/", pathNot: "^src/core/" },
    },
    {
      name: "toolkits-import-only-core",
      severity: "error",
      comment: "The gender toolkit and the reference data are standalone entries (the gender entry ships without zod).",
      from: { path: "^src/(gender|reference|internal)/" },
      to: { path: "^src/", pathNot: "^src/(core|$1)/" },
    },
    {
      name: "model-below-operations",
      severity: "error",
      comment: "The model (types, schemas, the plan traversal) is what the operations work on, so it imports none of them.",
      from: { path: "^src/model/" },
      to: { path: "^src/", pathNot: "^src/(core|gender|model)/" },
    },
    {
      name: "operations-below-entries",
      severity: "error",
      comment:
        "Parsing, queries, validation, follow-up, reports, edits and scaffolds are used by the Node, CLI and testing entries, never the reverse.",
      from: { path: "^src/(parse|query|validate|observations|evaluate|report|edit|scaffold)/" },
      to: { path: "^src/(node|cli|testing|fixtures|csv)/" },
    },
    {
      name: "internal-stays-inside",
      severity: "error",
      comment: "A folder's internal/ is private to that folder; what another needs is offered from the folder itself.",
      from: { path: "^src/([^/]+)/" },
      to: { path: "^src/[^/]+/internal/", pathNot: "^src/$1/internal/" },
    },
    {
      name: "resolvable",
      severity: "error",
      comment: "An import the check cannot follow would hide the cycles through it.",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.build.json" },
    doNotFollow: { path: "node_modules" },
  },
};
