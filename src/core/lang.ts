/**
 * A language of user-facing messages (*språk*): Swedish (`sv`, the default) or English (`en`).
 *
 * @example
 * ```ts
 * const lang: Lang = "en";
 * ```
 */
export type Lang = "sv" | "en";

/** Every {@link Lang}, in the order messages are written. */
export const LANGS: readonly Lang[] = ["sv", "en"];

/** The language used when a call does not name one. */
export const DEFAULT_LANG: Lang = "sv";
