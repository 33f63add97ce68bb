// TensorFlow.js 4.22 peers through the layers API, on the `cpu` and `wasm` backends.
// tfjs-node is left out: it downloads libtensorflow when installed, which these machines cannot.
// The wasm backend in Node needs setWasmPaths at its dist/ folder and runs single-threaded
// (its threaded build loads workers from blob: URLs, which Node refuses).
//
// tfjs-layers' GRU is reset-before only (resetAfter: true throws in 4.22), so GRU rows compare
// with rnnc's resetAfter: false model; recurrentActivation is 'sigmoid' (tfjs defaults to
// hardSigmoid). Weights are set with setWeights from the same Keras-layout tensors rnnc loads.

import { createRequire } from 'node:module';
import * as path from 'node:path';
import { LR } from './workloads.mjs';

const require = createRequire(import.meta.url);
let lib = null;

/** Loads tfjs-core, -layers and both backends once. */
async function load() {
  if (lib) return lib;
  const tf = await import('@tensorflow/tfjs-core');
  await import('@tensorflow/tfjs-backend-cpu');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const tfl = await import('@tensorflow/tfjs-layers');
  const dist = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + path.sep;
  wasm.setWasmPaths(dist);
  // Production mode, as a deployed app would run (fewer checks); it also silences the hint to
  // install tfjs-node that the cpu backend prints on first use.
  tf.enableProdMode();
  lib = { tf, tfl };
  return lib;
}

/** Switches the tfjs backend ('cpu' or 'wasm'); throws with the reason when it cannot start. */
export async function useBackend(name) {
  const { tf } = await load();
  const ok = await tf.setBackend(name);
  await tf.ready();
  if (!ok || tf.getBackend() !== name) throw new Error(`tfjs backend '${name}' did not start`);
  return tf;
}

/**
 * A tfjs row on the current backend: a one-layer model with the workload's weights; the timed
 * step is predict (+ reading the output) or trainOnBatch with SGD and MSE.
 */
export async function tfjsRow(w, { weights, inputs }) {
  const { tf, tfl } = await load();
  const inp = tfl.input({ shape: [w.T, w.I] });
  // Every weight is overwritten below; 'zeros' avoids the orthogonal initializer, which needs
  // tfjs-core's chained ops that plain Node ESM imports do not register.
  const common = { units: w.H, returnSequences: true, recurrentActivation: 'sigmoid', kernelInitializer: 'zeros', recurrentInitializer: 'zeros' };
  const layer = w.cell === 'lstm' ? tfl.layers.lstm(common) : tfl.layers.gru({ ...common, resetAfter: false });
  const model = tfl.model({ inputs: inp, outputs: layer.apply(inp) });
  layer.setWeights(['kernel', 'recurrent_kernel', 'bias'].map((k) => tf.tensor(weights[k].data, weights[k].shape)));
  if (w.train) model.compile({ optimizer: tf.train.sgd(LR), loss: 'meanSquaredError' });
  const xShape = [w.B, w.T, w.I];
  const yShape = [w.B, w.T, w.H];

  return {
    reference() {
      const x = tf.tensor(inputs.x, xShape);
      if (!w.train) {
        const y = model.predict(x);
        const output = y.dataSync().slice();
        tf.dispose([x, y]);
        return { output };
      }
      // The gradient of the same MSE for each of the layer's weights (Keras order and names).
      const target = tf.tensor(inputs.target, yShape);
      const vars = layer.trainableWeights.map((v) => v.read());
      const { value, grads } = tf.variableGrads(() => tf.losses.meanSquaredError(target, model.apply(x, { training: true })), vars);
      const names = ['kernel', 'recurrent_kernel', 'bias'];
      const out = { loss: value.dataSync()[0], grads: {} };
      vars.forEach((v, i) => (out.grads[names[i]] = grads[v.name].dataSync().slice()));
      tf.dispose([x, target, value, ...Object.values(grads)]);
      return out;
    },
    async step() {
      const x = tf.tensor(inputs.x, xShape);
      if (!w.train) {
        const y = model.predict(x);
        const out = y.dataSync();
        tf.dispose([x, y]);
        return out;
      }
      const target = tf.tensor(inputs.target, yShape);
      const loss = await model.trainOnBatch(x, target);
      tf.dispose([x, target]);
      return loss;
    },
    dispose() {
      model.dispose();
      if (model.optimizer) model.optimizer.dispose();
    },
  };
}

/** tfjs matMul GFLOP/s on the current backend: [n, n] x [n, n]. */
export async function tfjsMatmulPeak(n, seconds) {
  const { tf } = await load();
  const a = tf.randomUniform([n, n]);
  const b = tf.randomUniform([n, n]);
  const once = () => {
    const c = tf.matMul(a, b);
    c.dataSync();
    c.dispose();
  };
  for (let i = 0; i < 3; i++) once();
  const r = timeFor(once, seconds);
  tf.dispose([a, b]);
  return (2 * n ** 3) / (r.medianMs / 1e3) / 1e9;
}

/** Median of repeated calls for about `seconds` (at least 5). */
export function timeFor(fn, seconds) {
  const times = [];
  const end = performance.now() + seconds * 1e3;
  while (times.length < 5 || performance.now() < end) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[times.length >> 1], n: times.length };
}
