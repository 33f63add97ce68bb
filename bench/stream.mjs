#!/usr/bin/env node
// W6, streaming: one recurrent layer called one step at a time (B = 1, T = 1) with the state carried
// from call to call, as a keyboard, a sensor stream or a character sampler calls it. Each timed run is
// a loop of --steps calls (default 1000) feeding a fixed input sequence; the table gives the median
// µs per call over --runs loops, the share of the call that is the layer's math (its FLOPs at this
// machine's wasm SIMD matmul peak, measured in the same run), and a check: the output after the
// last step against rnnc js's.
//
//   npm run bench:stream -- [--steps N] [--runs N] [--only W6-LSTM,W6-GRU] [--peers rnnc-wasm,rnnc-js,tfjs-cpu,tfjs-wasm,ort-node,ort-web,rnnc-wgsl,ort-webgpu,tfjs-webgpu,rnnc-glsl,tfjs-webgl]
//
// rnnc-wgsl, ort-webgpu, tfjs-webgpu: on Dawn in Node. rnnc-glsl, tfjs-webgl: in headless Chromium (WebGL2 on
// SwiftShader), the loop timed inside the page (bench/glsl.mjs glslStream), with draws per step.
//
// rnnc: a stateful layer (the state stays in the model), forward(x, { into }) writing the output into
// one array. tfjs-layers: a functional model with the state as inputs and returnState outputs, fed
// back (tfjs' stateful layers keep state too, but need a fixed batch size; this is what tfjs apps do).
// onnxruntime: the ONNX LSTM/GRU op with initial_h (initial_c) in and Y_h (Y_c) out, fed back.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { defineModel } from '../dist/index.js';
import { compileWasm } from './wasm.mjs';
import { compile, kerasBytes } from './rnnc.mjs';
import { streamingModel } from './onnx.mjs';
import { timeStream } from './stream-loop.mjs';
import { gatesOf, kerasWeights, rng, uniform } from './workloads.mjs';

const WORKLOADS = {
  'W6-LSTM': { id: 'W6-LSTM', cell: 'lstm', I: 64, H: 256, what: "W3's LSTM, one step per call" },
  'W6-GRU': { id: 'W6-GRU', cell: 'gru', I: 64, H: 256, what: 'a GRU of the same size, one step per call' },
};
const ALL_PEERS = ['rnnc-wasm', 'rnnc-js', 'tfjs-cpu', 'tfjs-wasm', 'ort-node', 'ort-web', 'rnnc-wgsl', 'ort-webgpu', 'tfjs-webgpu', 'rnnc-glsl', 'tfjs-webgl'];

function parseArgs(argv) {
  const o = { steps: 1000, runs: 7, only: Object.keys(WORKLOADS), peers: ALL_PEERS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => argv[++i];
    if (a === '--steps') o.steps = Number(val());
    else if (a === '--runs') o.runs = Number(val());
    else if (a === '--only') o.only = val().split(',');
    else if (a === '--peers') o.peers = val().split(',');
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/stream.mjs [--steps N] [--runs N] [--only W6-LSTM,W6-GRU] [--peers ' + ALL_PEERS.join(',') + ']');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const streamDef = (w, { resetAfter = true } = {}) =>
  defineModel(`stream_${w.cell}${w.cell === 'gru' && !resetAfter ? '_rb' : ''}`, (m) => {
    const x = m.sequence('x', w.I);
    const opts = { units: w.H, name: 'rnn', returnSequences: true, stateful: true };
    const { output } = w.cell === 'lstm' ? m.lstm(x, opts) : m.gru(x, { ...opts, resetAfter });
    m.output('y', output);
  });

/** An rnnc row: `mod` a generated module; steps write into one array. */
function rnncStream(mod, w, weights) {
  const model = mod.create({ weights: kerasBytes(weights), layout: 'keras' });
  const y = new Float32Array(w.H);
  const into = { y };
  return {
    reset: () => model.resetState(),
    step: (x) => model.forward({ x: { data: x, shape: [1, 1, w.I] } }, { into }).y.data,
    dispose: () => model.dispose(),
  };
}

/** An rnnc WGSL row on Dawn (bench/dawn.mjs): the module compiled from dist, the state kept on the device. */
async function rnncWgslStream(def, w, weights) {
  const { trace } = await import('../dist/frontend/trace.js');
  const { renderModule, writeCompiled } = await import('../dist/compiler/index.js');
  const { dawnDevice } = await import('./dawn.mjs');
  const { files, entries } = await renderModule(trace(def), ['wgsl']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${def.name}-wgsl-`));
  writeCompiled(files, dir);
  const mod = await import(pathToFileURL(path.join(dir, entries.wgsl)).href);
  dawn ??= await dawnDevice();
  const model = await mod.create({ device: dawn.device, weights: kerasBytes(weights), layout: 'keras' });
  const y = new Float32Array(w.H);
  const into = { y };
  return {
    reset: () => model.resetState(),
    step: async (x) => (await model.forward({ x: { data: x, shape: [1, 1, w.I] } }, { into })).y.data,
    dispose: () => model.dispose(),
  };
}
// Dawn's instance, kept for the whole run (Dawn aborts when it is collected while devices live).
let dawn = null;

async function tfjsStream(backend, w, weights) {
  const gpu = backend === 'webgpu';
  if (gpu) await tfjsWebgpuOnDawn();
  const t = await import('./tfjs.mjs');
  const tf = await t.useBackend(backend);
  const { tfl } = { tfl: await import('@tensorflow/tfjs-layers') };
  const lstm = w.cell === 'lstm';
  const x = tfl.input({ shape: [1, w.I] });
  const h = tfl.input({ shape: [w.H] });
  const c = lstm ? tfl.input({ shape: [w.H] }) : undefined;
  const common = { units: w.H, returnState: true, recurrentActivation: 'sigmoid', kernelInitializer: 'zeros', recurrentInitializer: 'zeros' };
  const layer = lstm ? tfl.layers.lstm(common) : tfl.layers.gru({ ...common, resetAfter: false });
  const outs = layer.apply(x, { initialState: lstm ? [h, c] : [h] });
  const model = tfl.model({ inputs: lstm ? [x, h, c] : [x, h], outputs: outs });
  layer.setWeights(['kernel', 'recurrent_kernel', 'bias'].map((k) => tf.tensor(weights[k].data, weights[k].shape)));
  let state = [];
  const zero = () => {
    tf.dispose(state);
    state = lstm ? [tf.zeros([1, w.H]), tf.zeros([1, w.H])] : [tf.zeros([1, w.H])];
  };
  zero();
  return {
    reset: zero,
    step: (xs) => {
      const xt = tf.tensor(xs, [1, 1, w.I]);
      const [y, ...next] = model.predict([xt, ...state]);
      tf.dispose([xt, ...state]);
      state = lstm ? next : [next[0]];
      if (!lstm) tf.dispose(next.slice(1));
      // A GPU backend reads back asynchronously, as an app would.
      if (gpu) return y.data().finally(() => y.dispose());
      const out = y.dataSync();
      y.dispose();
      return out;
    },
    dispose: () => {
      tf.dispose(state);
      model.dispose();
    },
  };
}

/** tfjs' webgpu backend in Node: navigator.gpu is Dawn's (bench/dawn.mjs), at its feature level, as in bench/wgsl.mjs. */
async function tfjsWebgpuOnDawn() {
  const { gpu } = await (await import('./dawn.mjs')).dawnDevice();
  const { adapterLevel } = await import('./ort-webgpu.mjs');
  const shim = { requestAdapter: (o = {}) => gpu.requestAdapter({ ...o, ...adapterLevel() }), getPreferredCanvasFormat: () => 'rgba8unorm', wgslLanguageFeatures: gpu.wgslLanguageFeatures ?? new Set() };
  Object.defineProperty(globalThis, 'navigator', { value: { gpu: shim, userAgent: 'node' }, configurable: true, writable: true });
  await import('@tensorflow/tfjs-backend-webgpu');
}

async function ortStream(flavor, w, weights) {
  const ort = flavor === 'node' ? await import('onnxruntime-node') : await import('onnxruntime-web');
  if (flavor === 'web') {
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.proxy = false;
  }
  const opts = flavor === 'node' ? { executionProviders: ['cpu'], intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' } : { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };
  const keras = { kernel: weights.kernel.data, recurrent_kernel: weights.recurrent_kernel.data, bias: weights.bias.data };
  const s = await ort.InferenceSession.create(streamingModel(w.cell, { I: w.I, H: w.H, keras }), opts);
  const lstm = w.cell === 'lstm';
  let h;
  let c;
  const zero = () => {
    h = new ort.Tensor('float32', new Float32Array(w.H), [1, 1, w.H]);
    c = new ort.Tensor('float32', new Float32Array(w.H), [1, 1, w.H]);
  };
  zero();
  return {
    reset: zero,
    step: async (x) => {
      const r = await s.run({ x: new ort.Tensor('float32', x, [1, 1, w.I]), h0: h, ...(lstm ? { c0: c } : {}) });
      h = r.h1;
      if (lstm) c = r.c1;
      return h.data;
    },
    dispose: () => s.release(),
  };
}

/** wasm SIMD matmul GFLOP/s of this machine, from rnnc's wasm target on a large matmul. */
async function wasmPeak() {
  const def = defineModel('peak', (m) => {
    const a = m.input('a', 'f32', ['B', 512]);
    m.output('c', m.dense(a, { units: 512, useBias: false, name: 'w' }));
  });
  const c = await compileWasm(def);
  const model = c.module.create({ seed: 1 });
  const a = { a: { data: new Float32Array(512 * 512).fill(0.5), shape: [512, 512] } };
  model.forward(a);
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    model.forward(a);
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  model.dispose();
  return (2 * 512 * 512 * 512) / (times[0] * 1e6);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const peak = await wasmPeak();
  const rows = [];
  for (const id of o.only) {
    const w = WORKLOADS[id];
    if (!w) throw new Error(`unknown workload ${id} (${Object.keys(WORKLOADS).join(', ')})`);
    const weights = kerasWeights({ ...w, B: 1, T: 1 });
    const rbWeights = kerasWeights({ ...w, B: 1, T: 1 }, { resetAfter: false });
    const r = rng(11);
    const xs = Array.from({ length: o.steps }, () => uniform(w.I, 1, r));
    const flops = 2 * (w.I + w.H) * gatesOf(w.cell) * w.H;
    const jsMod = (await compile(streamDef(w))).module;
    const jsRb = w.cell === 'gru' ? (await compile(streamDef(w, { resetAfter: false }))).module : jsMod;
    // rnnc js's output after n steps (n differs only for peers too slow for --steps calls in a few seconds).
    const refs = new Map();
    const reference = async (rb, n) => {
      const key = `${rb}:${n}`;
      if (!refs.has(key)) {
        const s = rnncStream(rb ? jsRb : jsMod, w, rb ? rbWeights : weights);
        let last;
        for (const x of xs.slice(0, n)) last = Float32Array.from(s.step(x));
        s.dispose();
        refs.set(key, last);
      }
      return refs.get(key);
    };
    const makers = {
      'rnnc-wasm': async () => rnncStream((await compileWasm(streamDef(w))).module, w, weights),
      'rnnc-js': async () => rnncStream(jsMod, w, weights),
      'tfjs-cpu': async () => tfjsStream('cpu', w, w.cell === 'gru' ? rbWeights : weights),
      'tfjs-wasm': async () => tfjsStream('wasm', w, w.cell === 'gru' ? rbWeights : weights),
      'tfjs-webgpu': async () => tfjsStream('webgpu', w, w.cell === 'gru' ? rbWeights : weights),
      'ort-node': async () => ortStream('node', w, weights),
      'ort-web': async () => ortStream('web', w, weights),
      'rnnc-wgsl': async () => rnncWgslStream(streamDef(w), w, weights),
      'ort-webgpu': async () => (await import('./ort-webgpu.mjs')).ortWebgpuStream(w, weights),
      // Timed inside a Chromium page (bench/glsl.mjs), not by timeStream here.
      'rnnc-glsl': async () => ({ inPage: (runs) => import('./glsl.mjs').then((g) => g.glslStream('rnnc', w, weights, xs, runs)), dispose() {} }),
      'tfjs-webgl': async () => ({ inPage: (runs) => import('./glsl.mjs').then((g) => g.glslStream('tfjs', w, w.cell === 'gru' ? rbWeights : weights, xs, runs)), dispose() {} }),
    };
    for (const peer of o.peers) {
      const name = { 'rnnc-wasm': 'rnnc wasm', 'rnnc-js': 'rnnc js', 'tfjs-cpu': 'tfjs cpu', 'tfjs-wasm': 'tfjs wasm', 'tfjs-webgpu': 'tfjs webgpu (Dawn)', 'ort-node': 'onnxruntime-node', 'ort-web': 'onnxruntime-web (wasm)', 'rnnc-wgsl': 'rnnc wgsl (Dawn)', 'ort-webgpu': 'onnxruntime-web (WebGPU EP, Dawn)', 'rnnc-glsl': 'rnnc glsl (Chromium)', 'tfjs-webgl': 'tfjs webgl (Chromium)' }[peer];
      let row;
      try {
        row = await makers[peer]();
      } catch (e) {
        rows.push({ w, name, error: String(e instanceof Error ? e.message : e).split('\n')[0] });
        continue;
      }
      // A peer too slow for --steps calls in about 2 s runs fewer (said in the note).
      const { us, min, n, check, drawsPerStep } = row.inPage ? await row.inPage(o.runs) : await timeStream(row, xs, { runs: o.runs });
      const want = await reference(peer.startsWith('tfjs') && w.cell === 'gru', n);
      if (!check.length) throw new Error(`${name}: no output`);
      const diff = Math.max(...check.map((v, i) => Math.abs(v - want[i])));
      row.dispose();
      const notes = [peer.startsWith('tfjs') && w.cell === 'gru' ? 'reset-before GRU (tfjs has no other)' : '', n < o.steps ? `${n} calls per run (slow)` : '', drawsPerStep ? `${drawsPerStep.toFixed(1)} draws per step` : ''].filter(Boolean);
      rows.push({ w, name, us, min, math: flops / (peak * 1e3) / us, diff, note: notes.join('; ') });
      process.stderr.write(`${id} ${name}: ${us.toFixed(1)} µs/step\n`);
    }
  }
  const L = [];
  L.push(`W6 streaming: B = 1, T = 1 per call, state carried; ${o.steps} calls per run, median of ${o.runs} runs; one core. wasm SIMD matmul peak measured here: ${peak.toFixed(1)} GFLOP/s.`);
  L.push('');
  L.push('| workload | implementation | µs per step (median) | min | math share | vs rnnc wasm | check (max abs diff after the last step) | note |');
  L.push('|---|---|--:|--:|--:|--:|---|---|');
  for (const id of o.only) {
    const base = rows.find((r) => r.w.id === id && r.name === 'rnnc wasm');
    for (const r of rows.filter((x) => x.w.id === id)) {
      if (r.error) {
        L.push(`| ${id} | ${r.name} | — | — | — | — | — | failed: ${r.error} |`);
        continue;
      }
      L.push(`| ${id} (${r.w.what}, I=${r.w.I}, H=${r.w.H}) | ${r.name} | ${r.us.toFixed(1)} | ${r.min.toFixed(1)} | ${(100 * r.math).toFixed(0)}% | ${base ? `${(r.us / base.us).toFixed(2)}×` : '—'} | ${r.diff < 1e-4 ? '✓' : '✗'} ${r.diff.toExponential(0)} | ${r.note} |`);
    }
  }
  console.log(L.join('\n'));
}

await main();
