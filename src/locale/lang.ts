/** A language of user-facing messages: Swedish (`sv`, the default) or English (`en`). */
export type Lang = "sv" | "en";

/** The language used when a call does not name one. */
export const DEFAULT_LANG: Lang = "sv";
