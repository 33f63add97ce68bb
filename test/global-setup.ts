// Runs once before the suite: generated modules that tests import are written under test/.out
// (per process and case); a run starts with it empty, so earlier runs do not pile up there.
import * as fs from 'node:fs';
import * as path from 'node:path';

export default function setup(): void {
  fs.rmSync(path.resolve(new URL('.out', import.meta.url).pathname), { recursive: true, force: true });
}
