import { chromium } from 'playwright-core';
import { serveDir } from '/work/wt-emb-keys/tests/browser/static-server.ts';
const server = await serveDir('/work/wt-emb-keys/dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox'] });
const [w, h, ...want] = process.argv.slice(2);
for (const scheme of ['light', 'dark'] as const) {
  const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) }, reducedMotion: 'reduce', colorScheme: scheme });
  await p.goto(server.url);
  await p.mouse.move(3,3); await p.mouse.move(5,7);
  await p.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
  for (const id of want) {
    await p.$eval(`[data-step-id="${id}"]`, (el) => (el as HTMLElement).focus());
    await p.waitForFunction((id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id, id);
    await p.waitForTimeout(900);
    await p.locator('.scrolly__sticky').screenshot({ path: `/tmp/kbshots/sticky-${w}-${id}-${scheme}.png` });
  }
  await p.close();
}
await b.close(); await server.close();
