/**
 * The build loads React in one mode. A mix (development React DOM from a step that imported
 * react-dom/server before `vite build` set NODE_ENV, production JSX runtime in the server bundle)
 * logged a missing-"key" warning for every framer-motion element during prerendering.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

describe('build React mode', () => {
  it('sets NODE_ENV in the first import of scripts/build.ts', () => {
    const source = readFileSync(join(root, 'scripts/build.ts'), 'utf8');
    const firstImport = /^import\s[^;]*;/m.exec(source)?.[0];
    expect(firstImport).toBe("import './build/production-env.ts';");
  });

  it('loads only production React builds with the build steps', () => {
    // Records the React files Node executes (require.cache also lists files it only scanned).
    const script = [
      "import Module from 'node:module';",
      'const compiled = [];',
      'const compile = Module.prototype._compile;',
      'Module.prototype._compile = function (code, file, ...rest) {',
      '  if (/react.*\\.(development|production)\\.js$/.test(file)) compiled.push(file.split("/").pop());',
      '  return compile.call(this, code, file, ...rest);',
      '};',
      "await import('./scripts/build/production-env.ts');",
      "await import('./scripts/build/steps.ts');",
      "Module.createRequire(import.meta.url)('react/jsx-runtime');",
      'console.log(JSON.stringify(compiled));',
    ].join('\n');
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.NODE_ENV;
    const run = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      ['--input-type=module', '-e', script],
      { cwd: root, env, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const loaded = JSON.parse(run.stdout.trim().split('\n').pop() ?? '[]') as string[];
    expect(loaded.some((f) => f.includes('react-dom-server'))).toBe(true);
    expect(loaded.filter((f) => f.includes('development'))).toEqual([]);
  });
});
