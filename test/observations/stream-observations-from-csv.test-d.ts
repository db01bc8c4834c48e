import { describe, expectTypeOf, it } from "vitest";
import { type CsvStreamItem, type Observation, type ObservationDataIssue, streamObservationsFromCsv } from "../../src/index.js";

describe("streamObservationsFromCsv types", () => {
  it("gives items that narrow on kind to an observation with its line, or an issue", () => {
    const items = streamObservationsFromCsv(new ReadableStream<Uint8Array>());
    expectTypeOf(items).toEqualTypeOf<AsyncGenerator<CsvStreamItem, void, undefined>>();
    const item = {} as CsvStreamItem;
    if (item.kind === "observation") {
      expectTypeOf(item.observation).toEqualTypeOf<Observation>();
      expectTypeOf(item.line).toEqualTypeOf<number>();
    } else {
      expectTypeOf(item.issue).toEqualTypeOf<ObservationDataIssue>();
    }
  });

  it("takes async iterables of text or bytes and web streams, not plain text", () => {
    async function* pieces(): AsyncGenerator<string | Uint8Array> {
      yield "Indikator;År\n";
    }
    expectTypeOf(streamObservationsFromCsv).toBeCallableWith(pieces(), { lang: "en" });
    // @ts-expect-error: a whole text is read with observationsFromCsv
    streamObservationsFromCsv("Indikator;År\n");
  });
});
