// `rnnc import` of ONNX models: every fixture in test/fixtures/import/onnx (made by
// scripts/fixtures/make_onnx_models.py: PyTorch exports at opsets 9 to 17 and hand-built graphs)
// is imported, the model it writes is compiled for js and wasm, and both must give the outputs
// PyTorch (or the script's ONNX-spec reference) computed, within 1e-5, at two batch sizes and lengths.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { checkFixture, fixturesRoot, work } from './fixtures.js';

const dir = path.join(fixturesRoot, 'onnx');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.expected.safetensors')).map((f) => f.replace('.expected.safetensors', '')).sort();
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('rnnc import: ONNX fixtures match PyTorch / the ONNX spec on js and wasm', () => {
  for (const name of cases) {
    it(name, async () => {
      const { worst } = await checkFixture(path.join(dir, `${name}.onnx`), path.join(dir, `${name}.expected.safetensors`), `onnx-${name}`);
      if (process.env.RNNC_IMPORT_REPORT === '1') console.log(`onnx ${name}: max error ${worst.toExponential(2)}`);
    });
  }
});
