// onnxruntime peers (inference only): onnxruntime-node (native CPU execution provider, one
// intra-op and one inter-op thread) and onnxruntime-web (its wasm backend, one thread, no proxy
// worker). The models are built in JS by ./onnx.mjs from the same Keras-layout weights.

import { matmulModel, recurrentModel } from './onnx.mjs';

const loaded = new Map();

/** Loads 'node' (onnxruntime-node) or 'web' (onnxruntime-web) once; throws with the reason. */
async function load(flavor) {
  if (!loaded.has(flavor)) {
    loaded.set(
      flavor,
      (async () => {
        if (flavor === 'node') return await import('onnxruntime-node');
        const ort = await import('onnxruntime-web');
        ort.env.wasm.numThreads = 1;
        ort.env.wasm.proxy = false;
        return ort;
      })(),
    );
  }
  return loaded.get(flavor);
}

async function session(flavor, bytes) {
  const ort = await load(flavor);
  const opts =
    flavor === 'node'
      ? { executionProviders: ['cpu'], intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' }
      : { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };
  return { ort, session: await ort.InferenceSession.create(bytes, opts) };
}

/** An onnxruntime inference row: the workload's layer as a single-op ONNX model. */
export async function ortRow(flavor, w, { weights, inputs }) {
  if (w.train) throw new Error('onnxruntime rows are inference only');
  const keras = { kernel: weights.kernel.data, recurrent_kernel: weights.recurrent_kernel.data, bias: weights.bias.data };
  const { ort, session: s } = await session(flavor, recurrentModel(w.cell, { I: w.I, H: w.H, keras }));
  const run = async () => {
    const r = await s.run({ x: new ort.Tensor('float32', inputs.x, [w.B, w.T, w.I]) });
    return r.y.data;
  };
  return {
    async reference() {
      return { output: (await run()).slice() };
    },
    step: run,
    dispose: () => s.release(),
  };
}

/** onnxruntime MatMul GFLOP/s: [n, n] x [n, n] (b a constant initializer). */
export async function ortMatmulPeak(flavor, n, seconds) {
  const b = new Float32Array(n * n).map(() => Math.random() - 0.5);
  const a = new Float32Array(n * n).map(() => Math.random() - 0.5);
  const { ort, session: s } = await session(flavor, matmulModel(n, n, n, b));
  const once = async () => (await s.run({ a: new ort.Tensor('float32', a, [n, n]) })).c.data;
  for (let i = 0; i < 3; i++) await once();
  const times = [];
  const end = performance.now() + seconds * 1e3;
  while (times.length < 5 || performance.now() < end) {
    const t0 = performance.now();
    await once();
    times.push(performance.now() - t0);
  }
  await s.release();
  times.sort((x, y) => x - y);
  return (2 * n ** 3) / (times[times.length >> 1] / 1e3) / 1e9;
}
