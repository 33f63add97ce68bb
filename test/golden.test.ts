// Snapshots of every example, compiled through the real front end (esbuild bundle, trace; the
// type check is skipped: it changes nothing here): test/golden/examples/<ex>.ir, the printed graph
// IR, and <ex>.kernels, the printed kernel IR (fmtProgram) of each program the targets render,
// one section per program (run; for trainable models also runEval, runTrain and runStep). Each
// program is also rendered by every target's program-level renderer (no snapshot: that it renders).
// Regenerate with `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` (or `npm run
// golden:update` for every snapshot), then read the diff. A file, section or directory of
// test/golden that no test produces fails.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/frontend/load.js';
import { printModule } from '../src/ir/printer.js';
import { fmtProgram } from '../src/codegen/kernel-ir.js';
import { renderAll } from './helpers/render-targets.js';
import { GOLDEN_DIRS, SEPARATOR, examplePath, examples, formatSnapshot, goldenDir, parseSnapshot, programsOf, root, update } from './helpers/golden.js';

const dir = goldenDir('examples');

describe('example snapshots', () => {
  it('examples exist', () => expect(examples).toEqual(expect.arrayContaining(['custom-cell', 'sentiment', 'tagger'])));

  for (const ex of examples) {
    it(ex, async () => {
      const mod = await loadModel(examplePath(ex), { typecheck: false });
      dir.check(`${ex}.ir`, printModule(mod));
      const kernels = dir.snapshot(`${ex}.kernels`, `# Kernel IR (fmtProgram) of examples/${ex}: one section per program.\n# Produced by test/golden.test.ts; regenerate with UPDATE_GOLDEN=1 (npm run golden:update).`);
      for (const { fn, program } of programsOf(mod)) {
        kernels.section(fn, fmtProgram(program));
        // Not snapshotted (test/golden/sections has one of each kernel kind), but every target renders it.
        for (const [target, text] of Object.entries(renderAll(program))) expect(text.length, `${ex} ${fn} on ${target}`).toBeGreaterThan(0);
      }
      kernels.finish();
    });
  }

  it('no orphan golden files', () => dir.checkOrphans());

  it('test/golden holds only the directories the snapshot tests own', () => {
    const golden = path.join(root, 'test/golden');
    const entries = fs.readdirSync(golden, { withFileTypes: true });
    const stray = entries.filter((e) => !(e.isDirectory() && (GOLDEN_DIRS as readonly string[]).includes(e.name))).map((e) => e.name);
    if (update) for (const name of stray) fs.rmSync(path.join(golden, name), { recursive: true, force: true });
    else expect(stray, 'files or directories in test/golden that no test produces: UPDATE_GOLDEN=1 deletes them').toEqual([]);
  });
});

describe('the snapshot harness', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-golden-'));
  const write = (base: string, file: string, text: string) => {
    fs.mkdirSync(path.join(base, 'd'), { recursive: true });
    fs.writeFileSync(path.join(base, 'd', file), text);
  };

  it('writes sections in order and reads them back', () => {
    const text = formatSnapshot('# header', new Map([['a', 'one\ntwo\n\n'], ['b c', 'three']]));
    expect(text).toBe(`# header\n\n${SEPARATOR}\na\none\ntwo\n\n${SEPARATOR}\nb c\nthree\n`);
    expect([...parseSnapshot(text)]).toEqual([['a', 'one\ntwo'], ['b c', 'three']]);
  });

  it('fails on a section and on a file that no test produces; UPDATE_GOLDEN=1 removes them', () => {
    const base = tmp();
    write(base, 's.snap', formatSnapshot('# h', new Map([['a', 'x'], ['gone', 'y']])));
    write(base, 'orphan.txt', 'z');
    const check = goldenDir('d', { base, update: false });
    const snap = check.snapshot('s.snap', '# h');
    snap.section('a', 'x');
    expect(() => snap.finish()).toThrow(/sections of .* that no test produces/);
    expect(() => check.checkOrphans()).toThrow(/no test producing them/);

    const fix = goldenDir('d', { base, update: true });
    const again = fix.snapshot('s.snap', '# h');
    again.section('a', 'x');
    again.finish();
    fix.checkOrphans();
    expect(fs.readdirSync(path.join(base, 'd'))).toEqual(['s.snap']);
    expect(fs.readFileSync(path.join(base, 'd', 's.snap'), 'utf8')).toBe(formatSnapshot('# h', new Map([['a', 'x']])));
    fs.rmSync(base, { recursive: true, force: true });
  });

  it('fails on a missing file', () => {
    const base = tmp();
    const snap = goldenDir('d', { base, update: false }).snapshot('none.snap', '# h');
    expect(() => snap.finish()).toThrow(/missing golden file/);
    expect(() => goldenDir('d', { base, update: false }).check('none.txt', 'x')).toThrow(/missing golden file/);
    fs.rmSync(base, { recursive: true, force: true });
  });
});
