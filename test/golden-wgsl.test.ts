// Golden files of the WGSL target for every example: every kernel's WGSL (test/golden/wgsl/<ex>.wgsl,
// one section per kernel, in plan order: run, runEval, runTrain, update) and the module's .d.ts.
// Regenerate with `UPDATE_GOLDEN=1 npx vitest run test/golden-wgsl.test.ts`, then read the diff.
// A golden file that no test produces fails.
import { describe, it } from 'vitest';
import { examplePath, examples, goldenDir } from './helpers/golden.js';
import { loadModel } from '../src/frontend/load.js';
import { emitWgslModule } from '../src/codegen/wgsl/module.js';

const golden = goldenDir('wgsl');

describe('WGSL golden files', () => {
  for (const ex of examples) {
    it(ex, async () => {
      const mod = await loadModel(examplePath(ex));
      const { shaders, dts } = emitWgslModule(mod);
      golden.check(`${ex}.wgsl`, shaders.map((s) => `// ======== kernel ${s.name} ========\n${s.code}`).join('\n'));
      golden.check(`${ex}.wgsl.d.ts`, dts);
    });
  }

  it('no orphan golden files', () => golden.checkOrphans());
});
