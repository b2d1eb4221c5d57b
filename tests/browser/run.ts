/**
 * npm run test:browser: make sure dist/ is fresh (`npm run build`, unless SKIP_BUILD=1), check that
 * Chromium and LibreOffice Calc are there, then run the browser tests with their own vitest config and exit with its code.
 * Extra arguments go to vitest, e.g. `npm run test:browser -- story`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, findChromium, findLibreOffice } from './harness.ts';

function run(cmd: string, args: string[]): number {
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (res.error) throw res.error;
  return res.status ?? 1;
}

const started = performance.now();
try {
  findChromium();
  findLibreOffice();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

if (process.env.SKIP_BUILD === '1')
  console.info('test:browser: SKIP_BUILD=1, using the existing dist/');
else {
  const code = run('npm', ['run', 'build', '--silent']);
  if (code !== 0) {
    console.error('test:browser: the build failed, so the browser tests did not run.');
    process.exit(code);
  }
}

// Test a private copy, so a concurrent `npm run build` (another terminal, an editor task) cannot
// replace hashed assets under the running browser.
const dist = join(ROOT, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('test:browser: dist/index.html is missing; run `npm run build` first.');
  process.exit(1);
}
const snapshot = mkdtempSync(join(tmpdir(), 'test-dist-'));
cpSync(dist, snapshot, { recursive: true });
process.env.TEST_DIST = snapshot;

const code = run(join(ROOT, 'node_modules/.bin/vitest'), [
  'run',
  '--config',
  'tests/browser/vitest.config.ts',
  ...process.argv.slice(2),
]);
rmSync(snapshot, { recursive: true, force: true });
console.info(`test:browser: finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
