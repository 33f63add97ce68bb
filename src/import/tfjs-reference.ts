// The reference for `rnnc import --check` of a TensorFlow.js model: tfjs-layers itself (on its cpu
// backend), loading the same model.json and shards and running predict.

import { importOptional } from '../codegen/optional-package.js';
import type { Reference } from './check.js';
import { readTfjsJson, readTfjsWeights } from './tfjs-file.js';

export async function tfjsReference(file: string): Promise<Reference> {
  const what = 'rnnc import --check of a TensorFlow.js model';
  const tf = await importOptional('@tensorflow/tfjs-core', what, () => import('@tensorflow/tfjs-core'));
  await importOptional('@tensorflow/tfjs-backend-cpu', what, () => import('@tensorflow/tfjs-backend-cpu'));
  const tfl = await importOptional('@tensorflow/tfjs-layers', what, () => import('@tensorflow/tfjs-layers'));
  tf.enableProdMode(); // no "install tfjs-node" banner, no debug checks
  await tf.setBackend('cpu');
  const j = readTfjsJson(file);
  const weights = readTfjsWeights(file, j);
  const specs = [...weights.entries()].map(([name, t]) => ({ name, shape: t.shape, dtype: 'float32' as const }));
  const total = [...weights.values()].reduce((a, t) => a + t.data.length, 0);
  const data = new Float32Array(total);
  let at = 0;
  for (const t of weights.values()) {
    data.set(t.data, at);
    at += t.data.length;
  }
  const model = await tfl.loadLayersModel(tf.io.fromMemory({ modelTopology: j.modelTopology as object, weightSpecs: specs, weightData: data.buffer }));
  return async (inputs) => {
    const xs = model.inputs.map((i) => {
      const n = i.sourceLayer.name;
      const t = inputs.get(n);
      if (!t) throw new Error(`--check: no input for tfjs input '${n}'`);
      return t.data instanceof Int32Array ? tf.tensor(t.data, t.shape, 'int32') : tf.tensor(t.data, t.shape, 'float32');
    });
    const ys = model.predict(xs.length === 1 ? xs[0] : xs);
    const list = Array.isArray(ys) ? ys : [ys];
    const out = new Map<string, Float32Array>();
    const counts = new Map<string, number>();
    model.outputs.forEach((o, k) => {
      const layer = o.sourceLayer.name;
      const i = counts.get(layer) ?? 0;
      counts.set(layer, i + 1);
      out.set(i === 0 ? layer : `${layer}_${i}`, Float32Array.from(list[k].dataSync()));
    });
    for (const t of [...xs, ...list]) t.dispose();
    return out;
  };
}
