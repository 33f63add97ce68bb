// Whole-module smoke snapshots: `rnnc compile --target <t>` (in process, the real CLI path) of one
// small trainable model (test/fixtures/models/smoke.ts), one snapshot file per target under
// test/golden/smoke/. A generated module is too long to review (its kernels are reviewed in
// test/golden/sections and test/golden/examples), so each file holds:
//   files    every file written: bytes, lines and a digest (any change to any byte shows here)
//   <name>.d.ts          the module's types, verbatim
//   <name>.js outline    its top-level declarations, one line each (lines over 160 characters,
//                        e.g. inlined base64 or JSON, cut to their start, length and digest)
// Regenerate with `UPDATE_GOLDEN=1 npx vitest run test/golden-smoke.test.ts` (or `npm run
// golden:update`), then read the diff. A file or section that no test produces fails.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { TARGET_NAMES } from '../src/codegen/targets.js';
import { digest, goldenDir, root, shortLines } from './helpers/golden.js';

const MODEL = path.join(root, 'test/fixtures/models/smoke.ts');
const dir = goldenDir('smoke');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-smoke-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The lines of a module that start a top-level declaration (column 0; shader text in template strings is not JS and does not count). */
function outline(js: string): string {
  return shortLines(
    js
      .split('\n')
      .filter((l) => /^(import|export|const|let|var|function|async function|class)\b/.test(l))
      .join('\n'),
  );
}

describe('whole-module smoke snapshots', () => {
  for (const target of TARGET_NAMES) {
    it(target, async () => {
      const out = path.join(tmp, target);
      let stderr = '';
      let stdout = '';
      const code = await main(['compile', MODEL, '--target', target, '--out', out, '--no-typecheck'], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
      expect(code, stderr).toBe(0);
      const names = fs.readdirSync(out).sort();
      expect(stdout.trim().split('\n').length, stdout).toBe(names.length);
      const snap = dir.snapshot(`${target}.snap`, `# rnnc compile test/fixtures/models/smoke.ts --target ${target}: the files, the types and the outline of the entry module.\n# Produced by test/golden-smoke.test.ts; regenerate with UPDATE_GOLDEN=1 (npm run golden:update).`);
      const files = names.map((n) => {
        const data = fs.readFileSync(path.join(out, n));
        return `${n}: ${data.length} bytes, ${data.toString('utf8').split('\n').length} lines, ${digest(data)}`;
      });
      snap.section('files', files.join('\n'));
      for (const n of names.filter((x) => x.endsWith('.d.ts'))) snap.section(n, fs.readFileSync(path.join(out, n), 'utf8'));
      for (const n of names.filter((x) => x.startsWith('smoke.') && x.endsWith('.js'))) snap.section(`${n} outline`, outline(fs.readFileSync(path.join(out, n), 'utf8')));
      snap.finish();
    });
  }

  it('no orphan golden files', () => dir.checkOrphans());
});
