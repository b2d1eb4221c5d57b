// Idempotent fix for lighthouse@12.2.3 (trace_engine 0.0.32) on Chromium >= ~130:
// PipelineReporter begin events no longer carry args.chrome_frame_reporter, so RootCauses/TraceElements
// gatherers crash with "Cannot read properties of undefined (reading 'frame_sequence')".
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
const req = createRequire(import.meta.url);
const base = dirname(
  req.resolve('@paulirish/trace_engine/package.json', {
    paths: [dirname(req.resolve('lighthouse/package.json'))],
  }),
);
const f = join(base, 'models/trace/handlers/ScreenshotsHandler.js');
const src = readFileSync(f, 'utf8');
const from = 'evt.args.data.beginEvent.args.chrome_frame_reporter.frame_sequence';
const to = 'evt.args.data.beginEvent.args?.chrome_frame_reporter?.frame_sequence';
if (src.includes(from)) {
  writeFileSync(f, src.replace(from, to));
  console.log('patched', f);
} else
  console.log(
    src.includes(to) ? 'already patched' : 'pattern not found (other trace_engine version?)',
    f,
  );
