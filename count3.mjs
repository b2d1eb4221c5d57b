import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
await p.goto('file://' + (process.argv[2] ?? '/work/wt-emb-render/dist/index.html'));
const r = await p.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('.story-appendix, .story-appendices > *, .scrolly__text > *')) out.push([el.tagName + '.' + el.className + '#' + el.id, el.querySelectorAll('*').length + 1]);
  const tags = {}; for (const e of document.querySelectorAll('.story-appendix *')) tags[e.tagName] = (tags[e.tagName] || 0) + 1;
  return { out: out.filter((x) => x[1] > 15), tags };
});
console.log(JSON.stringify(r, null, 0));
await b.close();
