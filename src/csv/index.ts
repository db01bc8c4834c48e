/**
 * andt-plan/csv: reading follow-up values from a CSV file (*uppföljning i Excel*). The same
 * {@link observationsFromCsv} as the main entry's; imported from here, a browser bundle gets the CSV reader and its
 * parser (papaparse) only where it reads CSV, and a bundle of the main entry leaves both out when it does not.
 *
 * @packageDocumentation
 */
export { observationsFromCsv } from "../observations/from-csv.js";
export { observationsFromCsvStream } from "../observations/from-csv-stream.js";
export { streamObservationsFromCsv } from "../observations/stream-observations-from-csv.js";
export type { CsvStreamItem } from "../observations/stream-observations-from-csv.js";
export type { CsvDelimiter, CsvEncoding, CsvOptions } from "../observations/from-csv.js";
