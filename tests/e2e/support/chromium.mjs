import { chromium } from "playwright-core";

/** Debian's Chromium (`apt-get install -y chromium`): .ci/run installs it, and nothing is downloaded. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Headless Chromium for the browser tests and the recalculation storm benchmark. No sandbox (CI
 * runs as root), and none of the background traffic that would reach for a network this machine
 * does not have.
 */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
