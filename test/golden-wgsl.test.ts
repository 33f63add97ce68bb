// Golden files of the WGSL target for every example: every kernel's WGSL (test/golden/wgsl/<ex>.wgsl,
// one section per kernel, in plan order: run, runEval, runTrain, update) and the module's .d.ts.
// Regenerate with `UPDATE_GOLDEN=1 npx vitest run test/golden-wgsl.test.ts`, then read the diff.
// A golden file that no test produces fails.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/frontend/load.js';
import { emitWgslModule } from '../src/codegen/wgsl/module.js';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const goldenDir = path.join(root, 'test/golden/wgsl');
const update = process.env.UPDATE_GOLDEN === '1';
const examples = fs.readdirSync(path.join(root, 'examples')).filter((d) => fs.existsSync(path.join(root, 'examples', d, 'model.ts'))).sort();
const produced = new Set<string>();

function golden(name: string, actual: string): void {
  produced.add(name);
  const file = path.join(goldenDir, name);
  if (update) {
    fs.mkdirSync(goldenDir, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  expect(fs.existsSync(file), `missing golden file test/golden/wgsl/${name}: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual, `test/golden/wgsl/${name} differs: inspect, then UPDATE_GOLDEN=1 to accept`).toBe(fs.readFileSync(file, 'utf8'));
}

describe('WGSL golden files', () => {
  for (const ex of examples) {
    it(ex, async () => {
      const mod = await loadModel(path.join(root, 'examples', ex, 'model.ts'));
      const { shaders, dts } = emitWgslModule(mod);
      golden(`${ex}.wgsl`, shaders.map((s) => `// ======== kernel ${s.name} ========\n${s.code}`).join('\n'));
      golden(`${ex}.wgsl.d.ts`, dts);
    });
  }

  it('no orphan golden files', () => {
    const orphans = fs.existsSync(goldenDir) ? fs.readdirSync(goldenDir).filter((f) => !produced.has(f)) : [];
    if (update) for (const f of orphans) fs.rmSync(path.join(goldenDir, f));
    else expect(orphans, 'golden files with no test producing them').toEqual([]);
  });
});
