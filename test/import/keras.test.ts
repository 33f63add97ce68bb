// `rnnc import` of TensorFlow.js layers models (model.json + shards, made with tfjs-layers by
// scripts/fixtures/make_tfjs_models.mjs; expected outputs from its predict, and tfjs-layers run
// again here on the same files as a second reference) and Keras files (Keras 3
// .keras and Keras 2 .h5 in the layouts of Keras' own saving code, written with h5py by
// scripts/fixtures/make_keras_files.py; expected outputs from its numpy reference, cross-checked
// against torch): each is imported, compiled for js and wasm, and checked within 1e-5.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('rnnc import: a Keras model converted by tensorflowjs_converter', () => {
  it("a reset_after GRU (which tfjs-layers cannot load) keeps Keras' semantics and matches", async () => {
    // What `tensorflowjs_converter --input_format keras model.h5 out/` writes: the Keras model_config
    // under modelTopology with Keras' version, and the weights under their Keras names.
    const h5 = (await import('h5wasm/node')).default;
    await h5.ready;
    const f = new h5.File(path.join(kerasDir, 'gru_reset_after.h5'), 'r');
    const weights: { name: string; shape: number[]; data: Float32Array }[] = [];
    const root = f.get('model_weights') as InstanceType<typeof h5.Group>;
    for (const layer of root.keys()) {
      const g = root.get(layer) as InstanceType<typeof h5.Group>;
      const names = g.attrs.weight_names?.value;
      for (const n of Array.isArray(names) ? (names as string[]) : []) {
        const d = g.get(n) as InstanceType<typeof h5.Dataset>;
        weights.push({ name: n.replace(/:0$/, ''), shape: d.shape as number[], data: d.value as Float32Array });
      }
    }
    const modelConfig = JSON.parse(String(f.attrs.model_config.value));
    f.close();
    const dir = path.join(work, 'converted-gru');
    fs.mkdirSync(dir, { recursive: true });
    const bin = new Float32Array(weights.reduce((a, w) => a + w.data.length, 0));
    let at = 0;
    for (const w of weights) {
      bin.set(w.data, at);
      at += w.data.length;
    }
    fs.writeFileSync(path.join(dir, 'group1-shard1of1.bin'), new Uint8Array(bin.buffer));
    const topology = { keras_version: '2.15.0', backend: 'tensorflow', model_config: modelConfig };
    const manifest = [{ paths: ['group1-shard1of1.bin'], weights: weights.map((w) => ({ name: w.name, shape: w.shape, dtype: 'float32' })) }];
    fs.writeFileSync(path.join(dir, 'model.json'), JSON.stringify({ format: 'layers-model', generatedBy: 'keras v2.15.0', convertedBy: 'TensorFlow.js Converter v4.22.0', modelTopology: topology, weightsManifest: manifest }));
    const { result } = await checkFixture(dir, path.join(kerasDir, 'gru_reset_after.expected.safetensors'), 'converted-gru');
    expect(result.producer).toBe('Keras 2.15.0, converted by TensorFlow.js Converter v4.22.0');
    expect(result.modelTs).toContain('resetAfter: true');
  });
});
