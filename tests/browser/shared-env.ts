/**
 * For a browser test file: the shared server for dist/ and the shared Chromium (./global-setup.ts),
 * reached before its tests and let go after. `const env = distAndBrowserForFile();`, then
 * `env.server.url` and `env.browser` inside the tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveDist, type StaticServer } from './harness.ts';

export interface DistAndBrowser {
  readonly server: StaticServer;
  readonly browser: Browser;
}

export function distAndBrowserForFile(): DistAndBrowser {
  const env: { server?: StaticServer; browser?: Browser } = {};
  beforeAll(async () => {
    env.server = await serveDist();
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return {
    get server() {
      if (!env.server) throw new Error('distAndBrowserForFile: the server is reached in beforeAll');
      return env.server;
    },
    get browser() {
      if (!env.browser)
        throw new Error('distAndBrowserForFile: the browser is reached in beforeAll');
      return env.browser;
    },
  };
}
