import { extname } from "node:path";

/** The formats `andt-plan report` writes, with or without `--set`. */
export const REPORT_FORMATS = ["html", "md", "json", "csv"] as const;

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const BY_EXTENSION: Record<string, ReportFormat> = { ".html": "html", ".htm": "html", ".md": "md", ".json": "json", ".csv": "csv" };

/** The format asked for: `--format`, else the extension of `--out`, else HTML; still to be checked. */
export function reportFormatOf(format: string | undefined, out: string | undefined): string {
  return format ?? (out === undefined ? undefined : BY_EXTENSION[extname(out).toLowerCase()]) ?? "html";
}

/** Whether a format asked for is one `andt-plan report` writes. */
export function isReportFormat(format: string): format is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(format);
}
