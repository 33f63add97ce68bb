// Golden files of the GLSL target for every example: the generated module (its plan with every
// GLSL ES 3.00 shader inline) and its types, compiled through the real front end. Regenerate with
// `UPDATE_GOLDEN=1 npx vitest run test/golden-glsl.test.ts`, then read the diff before committing.
// A golden file that no test produces fails.
import { describe, it } from 'vitest';
import { examplePath, examples, goldenDir } from './helpers/golden.js';
import { loadModel } from '../src/frontend/load.js';
import { emitGlslModule } from '../src/codegen/glsl/module.js';

const golden = goldenDir('glsl');

describe('GLSL golden files', () => {
  for (const ex of examples) {
    it(ex, async () => {
      const mod = await loadModel(examplePath(ex));
      const { js, dts } = emitGlslModule(mod);
      golden.check(`${ex}.glsl.js`, js);
      golden.check(`${ex}.glsl.d.ts`, dts);
    });
  }

  it('no orphan golden files', () => golden.checkOrphans());
});
