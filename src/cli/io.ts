/** Where the command line writes; tests pass their own to capture output. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Exit codes, as documented in `andt-plan --help`. */
export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
} as const;
