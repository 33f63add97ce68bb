#!/usr/bin/env node
// onnxruntime-web's WebGPU execution provider in Node on Dawn (bench/dawn.mjs: OpenGL ES on Mesa
// llvmpipe, compatibility mode, by default), for the WGSL bench (W1-W3 beside tfjs-webgpu, bench/wgsl.mjs) and
// a W6 streaming row (one step, B = 1, state fed back, as bench/stream.mjs times ort-node / ort-web).
// The models are bench/onnx.mjs's (Transpose, LSTM/GRU, Transpose; the streaming one-step op).
//
// `onnxruntime-web/webgpu` is ort-web's native WebGPU EP (C++ kernels compiled to wasm, the
// asyncify build, WebGPU through Emscripten's emdawnwebgpu glue), not the older JSEP one. It has
// its own LSTM and GRU kernels (one "LstmCell" dispatch per time step, two for the GRU), so the
// whole graph lands on WebGPU. In Node it needs two shims:
//   - navigator.gpu: Dawn's GPU object, the adapter asked for at bench/dawn.mjs's feature level
//     (compatibility on llvmpipe), as tfjs-webgpu is shimmed in bench/wgsl.mjs;
//   - GPUQueue.prototype.writeBuffer: the threaded wasm build's memory is a shared
//     WebAssembly.Memory and the glue uploads straight from views of it; Dawn's Node binding
//     (npm webgpu 0.6) refuses views of a SharedArrayBuffer ("Error: Invalid argument"; browsers
//     accept them), so such a view is copied into an ordinary one first.
// Each session is created first with CPU fallback disabled (session.disable_cpu_ep_fallback = 1),
// so a row that times at all ran every node on WebGPU; if that is refused the session is created
// again with fallback allowed, and the verbose log's node placements are kept in the row.
//
//   EGL_PLATFORM=surfaceless node bench/ort-webgpu.mjs [--only W1,W3,W6-LSTM] [--runs N] [--warmup N] [--T N] [--B N] [--steps N] [--io cpu|gpu]
//
// Exports: ortWebgpuRow (one W1-W3 workload), ortWebgpuBench (several), ortWebgpuStream (a W6 row
// object { reset, step, dispose } like stream.mjs's makers), ortWebgpuW6 (the W6 timing loop).

import fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as dawn from './dawn.mjs';
import { recurrentModel, streamingModel } from './onnx.mjs';
import { timeStream } from './stream-loop.mjs';
import { WORKLOADS, inputsOf, kerasWeights, rng, uniform } from './workloads.mjs';

export const W6_WORKLOADS = {
  'W6-LSTM': { id: 'W6-LSTM', cell: 'lstm', I: 64, H: 256, B: 1, T: 1, what: "W3's LSTM, one step per call" },
  'W6-GRU': { id: 'W6-GRU', cell: 'gru', I: 64, H: 256, B: 1, T: 1, what: 'a GRU of the same size, one step per call' },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const maxAbsDiff = (a, b) => {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};
const kerasOf = (weights) => ({ kernel: weights.kernel.data, recurrent_kernel: weights.recurrent_kernel.data, bias: weights.bias.data });

// ---------------------------------------------------------------------------------------------
// setup: Dawn, the shims, the dispatch counter, ort-web

const SHIMMED = Symbol.for('rnnc.bench.ortWebgpuShims');

/** The adapter bench/dawn.mjs asks for (DAWN_FEATURE_LEVEL where it exports one; else compatibility, llvmpipe's). */
export function adapterLevel() {
  const level = dawn.DAWN_FEATURE_LEVEL ?? 'compatibility';
  return level === 'compatibility' ? { featureLevel: level } : { featureLevel: level, powerPreference: 'high-performance' };
}
let setup = null;

/**
 * Installs the shims once and loads `onnxruntime-web/webgpu`. `gpu`: Dawn's GPU object when the
 * caller has one (bench/wgsl.mjs); `counter`: a { n } the caller already increments on every
 * dispatchWorkgroups (else one is installed here). Returns { ort, gpu, counter }.
 */
export async function ortWebgpuSetup({ gpu, counter } = {}) {
  if (setup) return setup;
  setup = (async () => {
    let keep = null;
    if (!gpu) {
      keep = await dawn.dawnDevice(); // keeps Dawn's GPU object referenced (see bench/dawn.mjs)
      keep.device.destroy();
      gpu = keep.gpu;
    }
    if (!globalThis[SHIMMED]) {
      globalThis[SHIMMED] = true;
      const q = globalThis.GPUQueue.prototype;
      const write = q.writeBuffer;
      q.writeBuffer = function (buffer, offset, data, dataOffset = 0, size) {
        if (ArrayBuffer.isView(data) && data.buffer instanceof SharedArrayBuffer) {
          const n = size ?? data.length - dataOffset; // elements of data's type, as writeBuffer counts them
          return write.call(this, buffer, offset, data.slice(dataOffset, dataOffset + n), 0, n);
        }
        if (data instanceof SharedArrayBuffer) {
          const n = size ?? data.byteLength - dataOffset;
          return write.call(this, buffer, offset, new Uint8Array(data, dataOffset, n).slice(), 0, n);
        }
        return write.call(this, buffer, offset, data, dataOffset, size);
      };
    }
    if (!counter) {
      counter = { n: 0 };
      const p = globalThis.GPUComputePassEncoder.prototype;
      const dispatch = p.dispatchWorkgroups;
      const c = counter;
      p.dispatchWorkgroups = function (...a) {
        c.n++;
        return dispatch.apply(this, a);
      };
    }
    if (!globalThis.navigator?.gpu) {
      const shim = {
        requestAdapter: (o = {}) => gpu.requestAdapter({ ...o, ...adapterLevel() }),
        getPreferredCanvasFormat: () => 'rgba8unorm',
        wgslLanguageFeatures: gpu.wgslLanguageFeatures ?? new Set(),
      };
      Object.defineProperty(globalThis, 'navigator', { value: { ...(globalThis.navigator ?? {}), gpu: shim, userAgent: 'node' }, configurable: true, writable: true });
    }
    const ort = await import('onnxruntime-web/webgpu');
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.proxy = false;
    return { ort, gpu, counter, keep };
  })();
  return setup;
}

/**
 * ort-web writes its log with fs.writeSync(1|2) in Node; while `fn` runs, its lines are kept
 * (and not printed). Returns { value, log } or throws fn's error with { log } attached.
 */
async function withOrtLog(fn) {
  const write = fs.writeSync;
  const lines = [];
  fs.writeSync = function (fd, s, ...rest) {
    if ((fd === 1 || fd === 2) && typeof s === 'string' && /^\S*\d{4}-\d\d-\d\d [\d:.]+ \[[VIWEF]:onnxruntime/.test(s)) {
      lines.push(s);
      return Buffer.byteLength(s);
    }
    return write.call(this, fd, s, ...rest);
  };
  try {
    return { value: await fn(), log: lines.join('') };
  } catch (e) {
    e.log = lines.join('');
    throw e;
  } finally {
    fs.writeSync = write;
  }
}

/** The "Node placements" block of a verbose session log, one line a placement / node. */
function placementsOf(log) {
  const L = log.split('\n');
  const i = L.findIndex((l) => l.includes('Node placements'));
  if (i < 0) return null;
  const out = [];
  for (const l of L.slice(i + 1)) {
    const m = l.match(/VerifyEachNodeIsAssignedToAnEp\]\s(.*)$/) ?? l.match(/^(\s+\S.*\(.*\))\s*$/);
    if (!m || m[1].startsWith('Some nodes were not assigned')) break;
    out.push(m[1].replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '').trim()); // less the terminal colours
  }
  return out.join('; ');
}

/**
 * A WebGPU EP session: CPU fallback disabled first; if refused, again with fallback allowed and
 * the node placements read off the verbose log. Returns { session, allOnWebgpu, placement }.
 */
async function webgpuSession(ort, bytes, extraOpts = {}, epOptions = {}) {
  const base = { executionProviders: [{ ...epOptions, name: 'webgpu' }], graphOptimizationLevel: 'all', ...extraOpts };
  try {
    const { value } = await withOrtLog(() => ort.InferenceSession.create(bytes, { ...base, extra: { session: { disable_cpu_ep_fallback: '1' } } }));
    return { session: value, allOnWebgpu: true, placement: 'all nodes on WebGpuExecutionProvider' };
  } catch (e) {
    if (!/fallback to CPU EP has been explicitly disabled/.test(String(e?.message))) throw e;
  }
  // A verbose session only to read the placements off its log (its runs would log every dispatch).
  const { value: verbose, log } = await withOrtLog(() => ort.InferenceSession.create(bytes, { ...base, logSeverityLevel: 0, logVerbosityLevel: 0 }));
  await verbose.release();
  const { value: session } = await withOrtLog(() => ort.InferenceSession.create(bytes, base)); // its warnings say what `placement` says
  return { session, allOnWebgpu: false, placement: placementsOf(log) ?? 'some nodes on the CPU EP (placements not found in the log)' };
}

/** ort-node (CPU EP, one thread) on the same model bytes: the reference. */
async function ortNodeSession(bytes) {
  const ortNode = await import('onnxruntime-node');
  const s = await ortNode.InferenceSession.create(bytes, { executionProviders: ['cpu'], intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' });
  return { ort: ortNode, session: s };
}

// ---------------------------------------------------------------------------------------------
// W1-W3: one call = a whole [B, T, I] sequence, the output read back

/**
 * The weights an onnxruntime row of workload w uses: bench/onnx.mjs's GRU is the reset-after one
 * (linear_before_reset = 1, bias [2, 3H]), so GRUs get kerasWeights' reset-after weights.
 */
export const ortWeightsOf = (w) => kerasWeights(w, { resetAfter: true });

/**
 * One workload on the WebGPU EP. opts: { runs, warmup, weights, inputs, counter, gpu, reference,
 * epOptions } (reference: a Float32Array of y [B, T, H], default ort-node on the same model;
 * epOptions: more WebGPU EP options, e.g. { forceCpuNodeNames: ['lstm'] } to see a fallback reported).
 * Returns { median, min, max, dispatchesPerStep, maxAbsDiff, allOnWebgpu, placement, note }.
 */
export async function ortWebgpuRow(w, opts = {}) {
  if (w.train) throw new Error('onnxruntime rows are inference only');
  const { ort, counter } = await ortWebgpuSetup(opts);
  const runs = opts.runs ?? 5;
  const warmup = opts.warmup ?? 1;
  const weights = opts.weights ?? ortWeightsOf(w);
  const inputs = opts.inputs ?? inputsOf(w);
  const bytes = recurrentModel(w.cell, { I: w.I, H: w.H, keras: kerasOf(weights) });
  const { session: s, allOnWebgpu, placement } = await webgpuSession(ort, bytes, {}, opts.epOptions);
  try {
    const x = new ort.Tensor('float32', inputs.x, [w.B, w.T, w.I]);
    const call = async () => (await s.run({ x })).y.data;
    const first = Float32Array.from(await call());
    const before = counter.n;
    await call();
    const dispatches = counter.n - before;
    let reference = opts.reference;
    if (!reference) {
      const ref = await ortNodeSession(bytes);
      reference = Float32Array.from((await ref.session.run({ x: new ref.ort.Tensor('float32', inputs.x, [w.B, w.T, w.I]) })).y.data);
      await ref.session.release();
    }
    for (let i = 0; i < warmup; i++) await call();
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await call();
      times.push(performance.now() - t0);
    }
    return {
      median: median(times),
      min: Math.min(...times),
      max: Math.max(...times),
      dispatchesPerStep: dispatches / w.T,
      dispatches,
      maxAbsDiff: maxAbsDiff(first, reference),
      allOnWebgpu: allOnWebgpu && dispatches > 0,
      placement,
      note: w.cell === 'gru' ? 'reset-after GRU (linear_before_reset = 1), reset-after weights' : '',
    };
  } finally {
    await s.release();
  }
}

/** Several workloads (ids of bench/workloads.mjs, or workload objects); opts as ortWebgpuRow plus { T, B }. */
export async function ortWebgpuBench(workloads = ['W1', 'W2', 'W3'], opts = {}) {
  const out = [];
  for (const id of workloads) {
    const base = typeof id === 'string' ? WORKLOADS[id] : id;
    const w = { ...base, ...(opts.T ? { T: opts.T } : {}), ...(opts.B ? { B: opts.B } : {}) };
    try {
      out.push({ id: w.id, w, ...(await ortWebgpuRow(w, opts)) });
    } catch (e) {
      out.push({ id: w.id, w, error: String(e?.message ?? e).split('\n')[0] });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// W6: one step per call, state fed back

/**
 * A streaming row on the WebGPU EP, the shape bench/stream.mjs's makers return: { reset, step(x),
 * dispose } (+ allOnWebgpu, placement). w: { cell, I, H }; weights: Keras layout (reset-after for
 * GRUs, as stream.mjs gives its ort rows). io 'cpu' (default): h (and c) come back to the CPU and go
 * in again each step, as stream.mjs's ort rows do; 'gpu': the state stays in ort's GPU buffers
 * (preferredOutputLocation 'gpu-buffer', fed back with Tensor.fromGpuBuffer) and only h is read
 * back each step (downloaded into a copy).
 */
export async function ortWebgpuStream(w, weights, opts = {}) {
  const { ort } = await ortWebgpuSetup(opts);
  const io = opts.io ?? 'cpu';
  const lstm = w.cell === 'lstm';
  const names = lstm ? ['h1', 'c1'] : ['h1'];
  const extra = io === 'gpu' ? { preferredOutputLocation: Object.fromEntries(names.map((n) => [n, 'gpu-buffer'])) } : {};
  const { session: s, allOnWebgpu, placement } = await webgpuSession(ort, streamingModel(w.cell, { I: w.I, H: w.H, keras: kerasOf(weights) }), extra, opts.epOptions);
  let h;
  let c;
  let held = []; // io 'gpu': the last run's output tensors, whose GPU buffers h and c still are
  const drop = () => {
    for (const t of held) t.dispose();
    held = [];
  };
  const zero = () => {
    drop();
    h = new ort.Tensor('float32', new Float32Array(w.H), [1, 1, w.H]);
    c = lstm ? new ort.Tensor('float32', new Float32Array(w.H), [1, 1, w.H]) : undefined;
  };
  zero();
  const onGpu = (t) => ort.Tensor.fromGpuBuffer(t.gpuBuffer, { dataType: 'float32', dims: t.dims });
  return {
    allOnWebgpu,
    placement,
    reset: zero,
    step: async (x) => {
      const r = await s.run({ x: new ort.Tensor('float32', x, [1, 1, w.I]), h0: h, ...(lstm ? { c0: c } : {}) });
      if (io !== 'gpu') {
        h = r.h1;
        if (lstm) c = r.c1;
        return h.data;
      }
      // The next step reads the state from these buffers; the app reads h (a download into a copy).
      drop();
      held = names.map((n) => r[n]);
      h = onGpu(r.h1);
      if (lstm) c = onGpu(r.c1);
      return await r.h1.getData();
    },
    dispose: async () => {
      drop();
      await s.release();
    },
  };
}

/** ort-node's state after each of the first n steps of xs (the W6 reference). */
/** onnxruntime-node's h after n steps of xs (the W6 rows' reference). */
export async function ortNodeStream(w, weights, xs, n) {
  const { ort, session: s } = await ortNodeSession(streamingModel(w.cell, { I: w.I, H: w.H, keras: kerasOf(weights) }));
  const lstm = w.cell === 'lstm';
  let h = new ort.Tensor('float32', new Float32Array(w.H), [1, 1, w.H]);
  let c = new ort.Tensor('float32', new Float32Array(w.H), [1, 1, w.H]);
  for (const x of xs.slice(0, n)) {
    const r = await s.run({ x: new ort.Tensor('float32', x, [1, 1, w.I]), h0: h, ...(lstm ? { c0: c } : {}) });
    h = r.h1;
    if (lstm) c = r.c1;
  }
  await s.release();
  return Float32Array.from(h.data);
}

/**
 * The W6 timing loop of bench/stream.mjs for the WebGPU EP: --steps calls a run (fewer when a
 * step takes long: about 2 s a run, at least 20 calls), median µs per step over `runs` runs, the
 * dispatches per step, and the max abs difference of h after the last step against ort-node.
 * opts: { only: ['W6-LSTM', 'W6-GRU'], steps, runs, io, gpu, counter, log }.
 */
export async function ortWebgpuW6(opts = {}) {
  const { counter } = await ortWebgpuSetup(opts);
  const only = opts.only ?? Object.keys(W6_WORKLOADS);
  const steps = opts.steps ?? 1000;
  const runs = opts.runs ?? 7;
  const rows = [];
  for (const id of only) {
    const w = W6_WORKLOADS[id];
    if (!w) throw new Error(`ort-webgpu: unknown W6 workload ${id} (${Object.keys(W6_WORKLOADS).join(', ')})`);
    const weights = kerasWeights(w); // reset-after GRU, as stream.mjs gives its ort rows
    const r = rng(11);
    const xs = Array.from({ length: steps }, () => uniform(w.I, 1, r));
    let row;
    try {
      row = await ortWebgpuStream(w, weights, opts);
    } catch (e) {
      rows.push({ id, w, io: opts.io ?? 'cpu', error: String(e?.message ?? e).split('\n')[0] });
      continue;
    }
    const { us, min, n, check, dispatchesPerStep } = await timeStream(row, xs, { runs, counter });
    const diff = maxAbsDiff(check, await ortNodeStream(w, weights, xs, n));
    await row.dispose();
    const res = { id, w, io: opts.io ?? 'cpu', us, min, n, dispatchesPerStep, maxAbsDiff: diff, allOnWebgpu: row.allOnWebgpu && dispatchesPerStep > 0, placement: row.placement };
    rows.push(res);
    opts.log?.(`${id} onnxruntime-web webgpu (io ${res.io}): ${res.us.toFixed(1)} µs/step, ${dispatchesPerStep.toFixed(2)} dispatches/step, ${n} steps/run`);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// CLI

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--only') (o.only = v.split(',')), i++;
    else if (a === '--runs') (o.runs = Number(v)), i++;
    else if (a === '--warmup') (o.warmup = Number(v)), i++;
    else if (a === '--T') (o.T = Number(v)), i++;
    else if (a === '--B') (o.B = Number(v)), i++;
    else if (a === '--steps') (o.steps = Number(v)), i++;
    else if (a === '--io') (o.io = v), i++;
    else throw new Error(`bench/ort-webgpu.mjs: unknown option ${a}`);
  }
  return o;
}

const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = parseArgs(process.argv.slice(2));
  const only = o.only ?? ['W1', 'W2', 'W3', 'W6-LSTM', 'W6-GRU'];
  const seq = only.filter((id) => WORKLOADS[id]);
  const w6 = only.filter((id) => W6_WORKLOADS[id]);
  const L = [];
  if (seq.length) {
    const rows = await ortWebgpuBench(seq, o);
    L.push('onnxruntime-web webgpu EP on Dawn (OpenGL ES, llvmpipe); median ms per call (T steps, output read back); max abs diff vs onnxruntime-node on the same model.', '');
    L.push('| workload | B | T | ms (min-max) | dispatches/step | max abs diff | placement |', '|---|---|---|---|---|---|---|');
    for (const r of rows) {
      if (r.error) L.push(`| ${r.id} | ${r.w.B} | ${r.w.T} | failed: ${r.error} | | | |`);
      else L.push(`| ${r.id} ${r.w.what}${r.note ? ` (${r.note})` : ''} | ${r.w.B} | ${r.w.T} | ${fmt(r.median)} (${fmt(r.min)}-${fmt(r.max)}) | ${r.dispatchesPerStep.toFixed(2)} | ${r.maxAbsDiff.toExponential(1)} | ${r.placement} |`);
    }
  }
  if (w6.length) {
    const rows = await ortWebgpuW6({ ...o, only: w6, log: (s) => console.error(s) });
    if (L.length) L.push('');
    L.push('W6 streaming on the webgpu EP: B = 1, T = 1 per call, state fed back; median µs per step; max abs diff of h after the last step vs onnxruntime-node.', '');
    L.push('| workload | io | µs/step (median) | min | steps/run | dispatches/step | max abs diff | placement |', '|---|---|--:|--:|--:|--:|---|---|');
    for (const r of rows) {
      if (r.error) L.push(`| ${r.id} | ${r.io} | failed: ${r.error} | | | | | |`);
      else L.push(`| ${r.id} | ${r.io} | ${r.us.toFixed(0)} | ${r.min.toFixed(0)} | ${r.n} | ${r.dispatchesPerStep.toFixed(2)} | ${r.maxAbsDiff.toExponential(1)} | ${r.placement} |`);
    }
  }
  console.log(L.join('\n'));
  process.exit(0);
}
