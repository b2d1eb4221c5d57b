/**
 * Vitest global setup of the browser tests: one Chromium and one server for dist/ for every test
 * file, instead of a launch and a server per file (each server compressed every asset again, at
 * brotli's highest level). Test files reach them through the environment, which vitest hands to
 * its workers: `launchBrowser()` connects to TEST_BROWSER_WS, `serveDist()` answers with
 * TEST_DIST_URL (both in ./harness.ts). Closing either from a test file only disconnects.
 */
import { chromium } from 'playwright-core';
import { DIST, SHARED_BROWSER_ARGS, findChromium } from './harness.ts';
import { serveDir } from './static-server.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const [browser, dist] = await Promise.all([
    chromium.launchServer({
      executablePath: findChromium(),
      args: SHARED_BROWSER_ARGS,
      headless: true,
    }),
    serveDir(DIST),
  ]);
  process.env.TEST_BROWSER_WS = browser.wsEndpoint();
  process.env.TEST_DIST_URL = dist.url;
  return async () => {
    delete process.env.TEST_BROWSER_WS;
    delete process.env.TEST_DIST_URL;
    await Promise.all([browser.close(), dist.close()]);
  };
}
