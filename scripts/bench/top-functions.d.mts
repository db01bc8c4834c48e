// Types of scripts/bench/top-functions.mjs, for its test (the scripts themselves are plain JavaScript).

/** The parts of a V8 .cpuprofile that are read. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
}

export function topFunctions(profile: CpuProfile, count: number): { name: string; where: string; share: number }[];
