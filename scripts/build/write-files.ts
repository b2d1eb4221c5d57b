/** Writes build artefacts under dist/, creating their folders. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function writeDistFiles(dist: string, files: Iterable<readonly [string, string]>): void {
  for (const [path, content] of files) {
    const file = join(dist, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
