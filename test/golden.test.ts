// Golden files for every example: the printed IR and the generated JS module and its types,
// compiled through the real front end (type check, esbuild bundle, trace). Regenerate with
// `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` (or `npm run golden:update`), then
// read the diff line by line before committing. A golden file that no test produces fails.
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/frontend/load.js';
import { printModule } from '../src/ir/printer.js';
import { emitJsModule } from '../src/codegen/js/index.js';
import { examplePath, examples, goldenDir } from './helpers/golden.js';

const js = goldenDir('.');

describe('golden files', () => {
  it('examples exist', () => expect(examples).toEqual(expect.arrayContaining(['custom-cell', 'sentiment', 'tagger'])));

  for (const ex of examples) {
    it(ex, async () => {
      const mod = await loadModel(examplePath(ex));
      js.check(`${ex}.ir`, printModule(mod));
      const out = emitJsModule(mod);
      js.check(`${ex}.js`, out.js);
      js.check(`${ex}.d.ts`, out.dts);
    });
  }

  it('no orphan golden files', () => js.checkOrphans());
});
