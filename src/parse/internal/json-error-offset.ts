// Finds where a JSON text first breaks the grammar (RFC 8259). JSON.parse says only that it failed: Node 20's
// message has no position for some errors, and text inside the input ("position 5") could steer a guess read
// from the message. A scanner of its own, without recursion so that deep nesting cannot overflow the stack.

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /^[0-9a-fA-F]{4}$/;
const DIGIT = /[0-9]/;

/**
 * The 0-based offset of the first character where `text` stops being JSON (its length when the text ends too
 * early), or `-1` when it is valid JSON.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  let i = 0;
  const skipSpace = (): void => {
    while (i < n && WHITESPACE.has(text[i] as string)) i++;
  };
  // Reads a string at i; false (with i at the fault) when it is not one.
  const readString = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === "u") {
          if (!HEX.test(text.slice(i + 2, i + 6))) {
            i += 2;
            while (i < n && /[0-9a-fA-F]/.test(text[i] as string)) i++;
            return false;
          }
          i += 6;
        } else if (next !== undefined && ESCAPES.has(next)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const digits = (): boolean => {
    const start = i;
    while (i < n && DIGIT.test(text[i] as string)) i++;
    return i > start;
  };
  const readNumber = (): boolean => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else if (!digits()) return false;
    if (text[i] === "." && (i++, !digits())) return false;
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!digits()) return false;
    }
    return true;
  };
  const readWord = (word: string): boolean => {
    for (const char of word) {
      if (text[i] !== char) return false;
      i++;
    }
    return true;
  };
  // A key and its colon, after an object's "{" or ",".
  const readKey = (): boolean => {
    skipSpace();
    if (!readString()) return false;
    skipSpace();
    if (text[i] !== ":") return false;
    i++;
    return true;
  };

  const open: string[] = [];
  for (;;) {
    skipSpace();
    const c = text[i];
    if (c === "{" || c === "[") {
      i++;
      skipSpace();
      if (text[i] === (c === "{" ? "}" : "]")) i++;
      else {
        open.push(c);
        if (c === "{" && !readKey()) return i;
        continue;
      }
    } else if (c === '"') {
      if (!readString()) return i;
    } else if (c === "-" || (c !== undefined && DIGIT.test(c))) {
      if (!readNumber()) return i;
    } else if (c === "t" || c === "f" || c === "n") {
      if (!readWord(c === "t" ? "true" : c === "f" ? "false" : "null")) return i;
    } else return i;
    // After a value: close what it ends, or go on to the next element.
    for (;;) {
      skipSpace();
      const top = open.at(-1);
      if (top === undefined) return i < n ? i : -1;
      if (text[i] === ",") {
        i++;
        if (top === "{" && !readKey()) return i;
        break;
      }
      if (text[i] !== (top === "{" ? "}" : "]")) return i;
      i++;
      open.pop();
    }
  }
}
