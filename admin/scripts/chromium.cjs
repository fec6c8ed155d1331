// Debian's chromium (`apt-get install chromium`; `.ci/run` installs it), as the admin's end-to-end
// tests (tests/e2e) and `pnpm bench:admin` launch it: playwright's own browser downloads cannot
// work here. CommonJS, so both the tests (ts-jest) and the benchmark's ES modules load it.
const fs = require("node:fs");
const { chromium } = require("playwright-core");

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = Object.freeze([
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]);

/** A fresh headless chromium; playwright gives each launch its own temporary --user-data-dir. */
function launchChromium() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, launchChromium };
