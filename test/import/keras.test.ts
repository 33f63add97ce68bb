// `rnnc import` of TensorFlow.js layers models (model.json + shards, made with tfjs-layers by
// scripts/fixtures/make_tfjs_models.mjs; expected outputs from its predict, and tfjs-layers run
// again here on the same files as a second reference) and Keras files (Keras 3
// .keras and Keras 2 .h5 in the layouts of Keras' own saving code, written with h5py by
// scripts/fixtures/make_keras_files.py; expected outputs from its numpy reference, cross-checked
// against torch): each is imported, compiled for js and wasm, and checked within 1e-5.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { referenceFor } from '../../src/import/check.js';
import { checkFixture, fixturesRoot, work } from './fixtures.js';

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const report = (what: string, worst: number) => {
  if (process.env.RNNC_IMPORT_REPORT === '1') console.log(`${what}: max error ${worst.toExponential(2)}`);
};

const tfjsDir = path.join(fixturesRoot, 'tfjs');
const tfjsCases = fs.readdirSync(tfjsDir).filter((f) => f.endsWith('.expected.safetensors')).map((f) => f.replace('.expected.safetensors', '')).sort();
describe('rnnc import: TensorFlow.js layers models match tfjs-layers on js and wasm', () => {
  for (const name of tfjsCases) {
    it(name, async () => {
      const file = path.join(tfjsDir, name);
      const { worst } = await checkFixture(file, path.join(tfjsDir, `${name}.expected.safetensors`), `tfjs-${name}`, await referenceFor('tfjs', path.join(file, 'model.json')));
      report(`tfjs ${name}`, worst);
    });
  }
});

const kerasDir = path.join(fixturesRoot, 'keras');
const kerasFiles = fs.readdirSync(kerasDir).filter((f) => /\.(keras|h5)$/.test(f) && f !== 'truncated.keras' && !f.startsWith('keras3_hard_sigmoid')).sort();
describe('rnnc import: Keras 3 .keras and Keras 2 .h5 files match the reference on js and wasm', () => {
  for (const f of kerasFiles) {
    it(f, async () => {
      const name = f.replace(/\.(keras|h5)$/, '');
      const { worst } = await checkFixture(path.join(kerasDir, f), path.join(kerasDir, `${name}.expected.safetensors`), `keras-${f}`);
      report(`keras ${f}`, worst);
    });
  }
});
