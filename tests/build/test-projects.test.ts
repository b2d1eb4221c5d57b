/**
 * The unit tests' projects (tests/projects.ts) stay true as files come and go: a file that mocks a
 * module or replaces a global runs isolated, and the production-React files use no Testing Library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED_FILES, NEEDS_ISOLATION, SERVER_RENDER_FILES } from '../projects.ts';

const root = join(import.meta.dirname, '../..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'browser' ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

const self = relative(root, import.meta.filename);
const files = testFiles(join(root, 'tests'));
const source = (file: string) => readFileSync(join(root, file), 'utf8');

describe('the unit test projects', () => {
  it('run isolated every file that mocks a module or replaces a global, and only those', () => {
    // This file names the patterns in its last test without using them.
    const needing = files.filter((f) => f !== self && NEEDS_ISOLATION.test(source(f))).sort();
    expect(needing.length).toBeGreaterThan(0);
    expect([...ISOLATED_FILES].sort()).toEqual(needing);
  });

  it('render with production React only in files that need no act()', () => {
    for (const file of SERVER_RENDER_FILES) {
      expect(files, file).toContain(file);
      expect(source(file), file).not.toMatch(/@testing-library|\bact\(/);
      expect(NEEDS_ISOLATION.test(source(file)), file).toBe(false);
    }
  });

  it('see the pattern that needs isolation where it is', () => {
    for (const line of [
      "vi.mock('../x.ts', () => ({}));",
      "vi.spyOn(console, 'error');",
      'globalThis.ResizeObserver = Fake;',
      "Object.defineProperty(window, 'innerHeight', { value: 800 });",
    ])
      expect(NEEDS_ISOLATION.test(line), line).toBe(true);
    expect(NEEDS_ISOLATION.test('const value = window.innerHeight;')).toBe(false);
  });
});
