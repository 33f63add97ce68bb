// `rnnc import` of ONNX models: every fixture in test/fixtures/import/onnx (made by
// scripts/fixtures/make_onnx_models.py: PyTorch exports at opsets 9 to 17 and hand-built graphs)
// is imported, the model it writes is compiled for js and wasm, and both must give the outputs
// PyTorch (or the script's ONNX-spec reference) computed, within 1e-5, at two batch sizes and
// lengths, and what onnxruntime-node computes from the same file on the same inputs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { referenceFor } from '../../src/import/check.js';
import { checkFixture, fixturesRoot, work } from './fixtures.js';

const dir = path.join(fixturesRoot, 'onnx');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.expected.safetensors')).map((f) => f.replace('.expected.safetensors', '')).sort();
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('rnnc import: ONNX fixtures match PyTorch / the ONNX spec on js and wasm', () => {
  for (const name of cases) {
    it(name, async () => {
      const file = path.join(dir, `${name}.onnx`);
      // onnxruntime has no batch-major (layout=1) recurrent kernels: that fixture is checked against the spec reference only.
      const ort = name === 'lstm_layout1_seqlens' ? undefined : await referenceFor('onnx', file);
      const { worst } = await checkFixture(file, path.join(dir, `${name}.expected.safetensors`), `onnx-${name}`, ort);
      if (process.env.RNNC_IMPORT_REPORT === '1') console.log(`onnx ${name}: max error ${worst.toExponential(2)}`);
    });
  }

  it('onnxruntime-node cannot run a layout=1 LSTM; --check says so instead of comparing', async () => {
    await expect(referenceFor('onnx', path.join(dir, 'lstm_layout1_seqlens.onnx'))).rejects.toThrow(
      /^--check: onnxruntime-node cannot run lstm_layout1_seqlens\.onnx \(.*layout.*\), so there is nothing to compare with$/,
    );
  });
});
