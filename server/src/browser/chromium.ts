/**
 * Debian's chromium (`apt-get install chromium fonts-noto-cjk`; `.ci/run` installs it), driven by
 * playwright-core, whose own browser downloads cannot work here. One launch for all: the PDFs
 * of the form, the admin's end-to-end tests and `pnpm bench:admin`.
 */
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.SOSEI_CHROMIUM ?? "/usr/bin/chromium";

// Headless without a sandbox (containers run as root) and without any traffic of its own:
// the machine talks to loopback only.
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A fresh headless chromium; playwright gives each launch its own temporary profile. */
export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk, or set SOSEI_CHROMIUM)`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}
