/** The character pairs of a text, lower-cased and with runs of white space as one space. */
function bigrams(text: string): Map<string, number> {
  const clean = text.toLowerCase().replace(/\s+/g, " ").trim();
  const pairs = new Map<string, number>();
  for (let i = 0; i < clean.length - 1; i += 1) {
    const pair = clean.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

/**
 * How alike two texts are, from 0 to 1: the Dice coefficient of their character pairs (twice the pairs they
 * share over the pairs of both). Equal texts give 1; texts of one character compare as equal or not.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const pa = bigrams(a);
  const pb = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const n of pa.values()) total += n;
  for (const [pair, n] of pb) {
    total += n;
    shared += Math.min(n, pa.get(pair) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}
