/** npm run data:apply: a dataset downloaded from the newsroom page, taken only onto its own base. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planApply } from '../../scripts/data-apply.ts';
import { recordUpdate } from '../../src/data/changelog.ts';
import { parseDataset } from '../../src/data/check.ts';
import { datasetFile } from '../../src/newsroom/update/files.ts';
import { tempCopy } from '../newsroom/helpers.ts';
import { SMALL, csvRows, run, setCell, text, toCsv, utf8 } from './helpers.ts';

async function download() {
  const rows = csvRows(parseDataset(text(SMALL)));
  setCell(rows, 'troops-phase-2', 'value', '4500');
  const outcome = await run(utf8(toCsv(rows)), text(SMALL));
  return datasetFile(outcome.next!);
}

describe('data:apply', () => {
  it('takes a file made from the current version, and says so when it is already applied', async () => {
    const file = await download();
    expect(file.name).toBe('transfers-v2.json');
    const { dir, data } = tempCopy(SMALL);
    writeFileSync(join(dir, file.name), file.text);
    const plan = planApply(join(dir, file.name), data);
    expect(plan.code).toBe(0);
    expect(plan.out[0]).toBe(
      'troops-phase-2: about 3,000 → about 4,500 soldiers (source: MSMT, 29 May 2025)',
    );
    expect(plan.write?.next.meta.version).toBe(2);
    writeFileSync(data, file.text);
    expect(planApply(join(dir, file.name), data)).toMatchObject({
      code: 0,
      out: [expect.stringContaining('already the dataset')],
    });
  });

  it('refuses a file made from an older version, naming what changed since', async () => {
    const file = await download();
    const { dir, data } = tempCopy(SMALL);
    writeFileSync(join(dir, file.name), file.text);
    const moved = recordUpdate(
      parseDataset(text(SMALL)),
      { de: 'Andere Änderung', en: 'Other change' },
      '2025-06-20',
    );
    writeFileSync(data, JSON.stringify(moved, null, 2));
    const plan = planApply(join(dir, file.name), data);
    expect(plan.code).toBe(1);
    expect(plan.write).toBeUndefined();
    expect(plan.err.join('\n')).toContain('made from version 1, but');
    expect(plan.err.join('\n')).toContain('version 2, 2025-06-20: Andere Änderung / Other change');
  });
});
