/** The pieces of an async iterable, or of a web stream by its reader (not every browser iterates one); `undefined` for anything else. */
export function piecesOf(value: unknown): AsyncIterable<unknown> | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  if (typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function") return value as AsyncIterable<unknown>;
  if (typeof (value as { getReader?: unknown }).getReader === "function") return readerPieces(value as ReadableStream<unknown>);
  return undefined;
}

async function* readerPieces(stream: ReadableStream<unknown>): AsyncGenerator<unknown> {
  const reader = stream.getReader();
  let ended = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      ended = done;
      if (done) return;
      yield value;
    }
  } finally {
    // A reader that stops early (an error in the file) lets the stream go: nothing more is read from it.
    if (!ended) await reader.cancel();
    reader.releaseLock();
  }
}
