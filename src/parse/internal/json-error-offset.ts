// Finds where a JSON text first breaks the grammar (RFC 8259). JSON.parse says only that it failed: Node 20's
// message has no position for some errors, and text inside the input ("position 5") could steer a guess read
// from the message. A scanner of its own, without recursion so that deep nesting cannot overflow the stack.

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /^[0-9a-fA-F]{4}$/;
const HEX_DIGIT = /[0-9a-fA-F]/;
const DIGIT = /[0-9]/;

/**
 * The 0-based offset of the first character where `text` stops being JSON (its length when the text ends too
 * early), or `-1` when it is valid JSON.
 */
export function jsonErrorOffset(text: string): number {
  return new Scanner(text).run();
}

/** Each read method returns false with `i` at the fault. */
class Scanner {
  private i = 0;
  private readonly open: string[] = [];

  constructor(private readonly text: string) {}

  run(): number {
    for (;;) {
      if (!this.value()) return this.i;
      // After a value: close what it ends, or go on to the next element.
      const next = this.afterValue();
      if (next !== "value") return next;
    }
  }

  /** Reads one value, or opens an array or object (whose first element is read next). */
  private value(): boolean {
    this.skipSpace();
    let c = this.text[this.i];
    // A loop, not a call per level, for "[[[[…".
    while (c === "{" || c === "[") {
      this.i++;
      this.skipSpace();
      if (this.text[this.i] === (c === "{" ? "}" : "]")) {
        this.i++;
        return true;
      }
      this.open.push(c);
      if (c === "{" && !this.key()) return false;
      this.skipSpace();
      c = this.text[this.i];
    }
    if (c === '"') return this.string();
    if (c === "-" || (c !== undefined && DIGIT.test(c))) return this.number();
    if (c === "t" || c === "f" || c === "n") return this.word(c === "t" ? "true" : c === "f" ? "false" : "null");
    return false;
  }

  /** After a value: `"value"` when another value follows, else the offset of the fault, or -1 at a valid end. */
  private afterValue(): "value" | number {
    for (;;) {
      this.skipSpace();
      const top = this.open.at(-1);
      if (top === undefined) return this.i < this.text.length ? this.i : -1;
      if (this.text[this.i] === ",") {
        this.i++;
        if (top === "{" && !this.key()) return this.i;
        return "value";
      }
      if (this.text[this.i] !== (top === "{" ? "}" : "]")) return this.i;
      this.i++;
      this.open.pop();
    }
  }

  private skipSpace(): void {
    while (this.i < this.text.length && WHITESPACE.has(this.text[this.i] as string)) this.i++;
  }

  /** A key and its colon, after an object's "{" or ",". */
  private key(): boolean {
    this.skipSpace();
    if (!this.string()) return false;
    this.skipSpace();
    if (this.text[this.i] !== ":") return false;
    this.i++;
    return true;
  }

  private string(): boolean {
    const { text } = this;
    if (text[this.i] !== '"') return false;
    this.i++;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === 0x22) {
        this.i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c && !this.escape()) return false;
      if (c !== 0x5c) this.i++;
    }
    return false;
  }

  /** An escape at the backslash at `i`. */
  private escape(): boolean {
    const next = this.text[this.i + 1];
    if (next === "u") {
      if (HEX.test(this.text.slice(this.i + 2, this.i + 6))) {
        this.i += 6;
        return true;
      }
      this.i += 2;
      while (this.i < this.text.length && HEX_DIGIT.test(this.text[this.i] as string)) this.i++;
      return false;
    }
    if (next !== undefined && ESCAPES.has(next)) {
      this.i += 2;
      return true;
    }
    this.i++;
    return false;
  }

  private digits(): boolean {
    const start = this.i;
    while (this.i < this.text.length && DIGIT.test(this.text[this.i] as string)) this.i++;
    return this.i > start;
  }

  private number(): boolean {
    if (this.text[this.i] === "-") this.i++;
    if (this.text[this.i] === "0") this.i++;
    else if (!this.digits()) return false;
    if (this.text[this.i] === ".") {
      this.i++;
      if (!this.digits()) return false;
    }
    if (this.text[this.i] === "e" || this.text[this.i] === "E") {
      this.i++;
      if (this.text[this.i] === "+" || this.text[this.i] === "-") this.i++;
      if (!this.digits()) return false;
    }
    return true;
  }

  private word(word: string): boolean {
    for (const char of word) {
      if (this.text[this.i] !== char) return false;
      this.i++;
    }
    return true;
  }
}
