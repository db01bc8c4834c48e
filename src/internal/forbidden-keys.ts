/**
 * Keys that could reach an object's prototype if a consumer merged the data naively: dropped from parsed
 * documents and refused as CSV headers.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
