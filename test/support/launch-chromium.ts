// The system Chromium (Debian's `chromium` package; .ci/run installs it) driven by
// playwright-core, whose own browser download is not available here. A missing Chromium fails
// the tests loudly: a browser test that skips is a journey nobody checked.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.PRONTO_CHROMIUM ?? '/usr/bin/chromium';

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<TestBrowser> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is missing at ${executablePath}: install it (apt-get install -y chromium, as .ci/run does) to run the browser tests`);
  }
  // playwright-core starts Chromium with a fresh temporary profile of its own (it refuses a
  // --user-data-dir argument), so no test sees another's cookies.
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}
