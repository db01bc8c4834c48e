/** Where the command line writes; tests pass their own to capture output. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Exit codes, as documented in `andt-plan --help`. */
export const EXIT = {
  ok: 0,
  issues: 1,
  usage: 2,
} as const;

/** Prints a command's usage problem followed by its usage line, and gives the usage exit code (2). */
export function usageError(io: CliIo, command: string, problem: string, usage: string): number {
  io.err(`andt-plan ${command}: ${problem}\n${usage}`);
  return EXIT.usage;
}
