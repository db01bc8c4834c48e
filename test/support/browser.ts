import { existsSync } from "node:fs";
import { chromium, type Page } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** What a page did while a test looked at it: every request and every console or page error. */
export interface Seen {
  requests: string[];
  errors: string[];
}

/**
 * Opens `html` in Debian's Chromium, served at `url` (a name that cannot resolve) through page.route, so every
 * request is seen and none leaves; runs `look` on the page, then closes the browser. Without Chromium the test is
 * skipped, except on CI, where a missing browser is a broken machine, not a reason to pass.
 */
export async function inChromium(
  html: string,
  url: string,
  ctx: { skip: (note: string) => void },
  look: (page: Page, seen: Seen) => Promise<void>,
): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    if (process.env["CI"] === "true") throw new Error(`${CHROMIUM} is missing; install Debian's chromium package.`);
    ctx.skip(`${CHROMIUM} is missing; install Debian's chromium package to run this test.`);
    return;
  }
  // Playwright's own 30 s limits (launch, navigation, each locator and the screenshot) are off: a loaded machine
  // can take longer to start chromium, and vitest's limit (vitest.config.ts) already names a hang.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 0 });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(0);
    const seen: Seen = { requests: [], errors: [] };
    page.on("request", (request) => seen.requests.push(request.url()));
    page.on("console", (message) => {
      if (message.type() === "error") seen.errors.push(message.text());
    });
    page.on("pageerror", (error) => seen.errors.push(error.message));
    await page.route("**/*", (route) =>
      route.request().url() === url ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }) : route.abort(),
    );
    await page.goto(url, { waitUntil: "load" });
    await look(page, seen);
  } finally {
    await browser.close();
  }
}
