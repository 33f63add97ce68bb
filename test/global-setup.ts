// Runs once before the suite: generated modules that tests import are written under test/.out
// (per process and case); a run starts with it empty, so earlier runs do not pile up there.
// RNNC_KEEP_OUT=1 leaves it alone, for runs of parts of the suite side by side.
import * as fs from 'node:fs';
import * as path from 'node:path';

export default function setup(): void {
  if (process.env.RNNC_KEEP_OUT) return;
  fs.rmSync(path.resolve(new URL('.out', import.meta.url).pathname), { recursive: true, force: true });
}
