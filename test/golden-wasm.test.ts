// Golden files of the wasm target: the WebAssembly text of every example (the module binaryen
// encodes and the generated module inlines), compiled through the real front end. Regenerate
// with `UPDATE_GOLDEN=1 npx vitest run test/golden-wasm.test.ts`, then read the diff before
// committing. A golden file in test/golden/wasm/ that no test produces fails.
import { describe, expect, it } from 'vitest';
import { examplePath, examples, goldenDir } from './helpers/golden.js';
import { loadModel } from '../src/frontend/load.js';
import { emitWasmModule } from '../src/codegen/wasm/module.js';
import { wasmApi } from './codegen/wasm/helpers.js';

const golden = goldenDir('wasm');

describe('wasm golden files', () => {
  for (const ex of examples) {
    it(ex, async () => {
      const mod = await loadModel(examplePath(ex));
      const { wat, wasm, js } = emitWasmModule(mod);
      // The text is what runs: the module inlines its encoding.
      expect(wasmApi().validate(wasm)).toBe(true);
      expect(js).toContain(Buffer.from(wasm).toString('base64'));
      golden.check(`${ex}.wat`, wat);
    }, 60_000);
  }

  it('no orphan golden files', () => golden.checkOrphans());
});
