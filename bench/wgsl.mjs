#!/usr/bin/env node
// The WGSL target on the standard workloads W1-W5 (DESIGN.md section 6) in Node on Dawn (npm
// `webgpu`: OpenGL ES on Mesa llvmpipe, compatibility mode), beside TensorFlow.js 4.22's `webgpu`
// backend (layers API) on the same adapter when it starts there (when it does not, the reason is
// recorded in its row). Both rows compute the same function on the same weights (Keras layout;
// GRUs reset-before, the only GRU tfjs-layers has; sigmoid recurrent activation). Timed: one
// forward call reading the output back (inference), one training step reading the loss back
// (training: SGD on the MSE over the output sequence). Also counted: compute dispatches per time
// step (every dispatchWorkgroups during one call, over T).
//
// A third row on the inference workloads (W1-W3): onnxruntime-web's WebGPU execution provider
// (bench/ort-webgpu.mjs: the ONNX model of bench/onnx.mjs, every node on WebGPU, on the same Dawn
// adapter), with its max abs difference against onnxruntime-node on the same model. Its GRU is the
// reset-after one (bench/onnx.mjs writes linear_before_reset = 1), on reset-after weights: W2's ort
// column is the same size of work, not the same function as the two rows beside it.
//
//   EGL_PLATFORM=surfaceless node bench/wgsl.mjs [--only W1,W4] [--runs N] [--warmup N] [--T N] [--B N] [--peers tfjs-webgpu,ort-webgpu|none] [--whole auto|always|never] [--other-path no] [--out FILE]
//
// --whole: create({ wholeSequence }) of the rnnc rows (default auto, which also times the path auto did not take)
//
// Compiles rnnc from src/ in-process (esbuild), so it needs no dist/. For bench/run.mjs:
// `import { wgslBench } from './wgsl.mjs'` and `await wgslBench(opts)` returns { rows, markdown }
// (opts.peers: the peer rows to run, default PEERS). The W6 streaming row on the WebGPU EP is
// ortWebgpuStream / ortWebgpuW6 of bench/ort-webgpu.mjs (re-exported here).

import { dawnDevice, dawnLabel } from './dawn.mjs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { WORKLOADS, LR, flopsOf, inputsOf, kerasWeights, rng, uniform } from './workloads.mjs';

import { adapterLevel, ortNodeStream, W6_WORKLOADS } from './ort-webgpu.mjs';
import { timeStream } from './stream-loop.mjs';

export { ortWebgpuStream, ortWebgpuW6 } from './ort-webgpu.mjs';

/** The peer rows beside rnnc's. */
export const PEERS = ['tfjs-webgpu', 'ort-webgpu'];

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmtMs = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/**
 * rnnc's compiler and the WGSL bundles, from src/ (TypeScript) into one temporary module. `more`:
 * further exports of the bundle, as [names, file under src/] (bench/scan.mjs adds the other
 * targets' emitters; their imports of packages resolve from `dir`, so it lies in the checkout then).
 */
export async function loadRnnc(dir, more = []) {
  const entry = `
export { defineModel } from ${JSON.stringify(path.join(ROOT, 'src/index.ts'))};
export { trace } from ${JSON.stringify(path.join(ROOT, 'src/frontend/trace.ts'))};
export { emitWgslModule } from ${JSON.stringify(path.join(ROOT, 'src/codegen/wgsl/module.ts'))};
export { writeSafetensors } from ${JSON.stringify(path.join(ROOT, 'src/runtime/safetensors.ts'))};
${more.map(([names, file]) => `export { ${names} } from ${JSON.stringify(path.join(ROOT, 'src', file))};`).join('\n')}
`;
  const out = path.join(dir, 'rnnc-bench-bundle.mjs');
  await build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile: out, logLevel: 'silent' });
  // The files a generated module imports beside it (what \`rnnc compile --target wgsl\` writes).
  await build({ entryPoints: [path.join(ROOT, 'src/codegen/wgsl/engine.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: path.join(dir, 'rnnc-wgsl-engine.js'), logLevel: 'silent' });
  await build({ entryPoints: [path.join(ROOT, 'src/runtime/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: path.join(dir, 'rnnc-runtime.js'), logLevel: 'silent' });
  return import(pathToFileURL(out).href);
}

/** The workload as an rnnc model (GRUs reset-before, like tfjs-layers). */
function modelDef(rnnc, w) {
  return rnnc.defineModel(`bench_${w.id}_${w.cell}`, (m) => {
    const x = m.sequence('x', w.I);
    const opts = { units: w.H, name: 'rnn', returnSequences: true };
    const { output } = w.cell === 'lstm' ? m.lstm(x, opts) : m.gru(x, { ...opts, resetAfter: false });
    m.output('y', output);
    if (w.train) m.train({ loss: m.meanSquaredError(output, m.sequence('target', w.H)), optimizer: { kind: 'sgd', lr: LR } });
  });
}

/** Dawn's adapter (bench/dawn.mjs), with every compute dispatch counted. */
async function dawn() {
  const { gpu, adapter, device, limits } = await dawnDevice();
  // Every compute dispatch of either row is counted here.
  const counter = { n: 0 };
  const proto = globalThis.GPUComputePassEncoder.prototype;
  const orig = proto.dispatchWorkgroups;
  proto.dispatchWorkgroups = function (...a) {
    counter.n++;
    return orig.apply(this, a);
  };
  return { gpu, adapter, device, counter, limits };
}

async function timeCalls(fn, runs, warmup) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

async function rnncRow(rnnc, dir, env, w, weights, inputs, opts) {
  const mod = rnnc.trace(modelDef(rnnc, w));
  const { js } = rnnc.emitWgslModule(mod);
  const file = path.join(dir, `${mod.name}.wgsl.js`);
  fs.writeFileSync(file, js);
  const m = await import(pathToFileURL(file).href);
  const model = await m.create({ device: env.device, wholeSequence: opts.whole ?? 'auto', compile: 'all', weights: rnnc.writeSafetensors(Object.fromEntries(Object.entries(weights).map(([k, v]) => [`rnn.${k}`, { dtype: 'f32', shape: v.shape, data: v.data }]))), layout: 'keras' });
  const x = { data: inputs.x, shape: [w.B, w.T, w.I] };
  const batch = w.train ? { x, target: { data: inputs.target, shape: [w.B, w.T, w.H] } } : null;
  const step = w.train ? () => model.trainStep(batch) : () => model.forward({ x });
  await step();
  const before = env.counter.n;
  await step();
  const dispatches = env.counter.n - before;
  const t = await timeCalls(step, opts.runs, opts.warmup);
  model.dispose();
  return { ...t, dispatchesPerStep: dispatches / w.T };
}

/** tfjs-webgpu on the same adapter: navigator.gpu is Dawn's, asked for at bench/dawn.mjs's feature level (compatibility on llvmpipe). */
async function tfjsRow(env, w, weights, inputs, opts) {
  const gpu = env.gpu;
  const shim = {
    requestAdapter: (o = {}) => gpu.requestAdapter({ ...o, ...adapterLevel() }),
    getPreferredCanvasFormat: () => 'rgba8unorm',
    wgslLanguageFeatures: gpu.wgslLanguageFeatures ?? new Set(),
  };
  Object.defineProperty(globalThis, 'navigator', { value: { gpu: shim, userAgent: 'node' }, configurable: true, writable: true });
  const tf = await import('@tensorflow/tfjs-core');
  await import('@tensorflow/tfjs-backend-webgpu');
  const tfl = await import('@tensorflow/tfjs-layers');
  tf.enableProdMode();
  const ok = await tf.setBackend('webgpu');
  await tf.ready();
  if (!ok || tf.getBackend() !== 'webgpu') throw new Error('tfjs backend webgpu did not start on this adapter');
  const inp = tfl.input({ shape: [w.T, w.I] });
  const common = { units: w.H, returnSequences: true, recurrentActivation: 'sigmoid', kernelInitializer: 'zeros', recurrentInitializer: 'zeros' };
  const layer = w.cell === 'lstm' ? tfl.layers.lstm(common) : tfl.layers.gru({ ...common, resetAfter: false });
  const model = tfl.model({ inputs: inp, outputs: layer.apply(inp) });
  layer.setWeights(['kernel', 'recurrent_kernel', 'bias'].map((k) => tf.tensor(weights[k].data, weights[k].shape)));
  if (w.train) model.compile({ optimizer: tf.train.sgd(LR), loss: 'meanSquaredError' });
  const x = tf.tensor(inputs.x, [w.B, w.T, w.I]);
  const target = w.train ? tf.tensor(inputs.target, [w.B, w.T, w.H]) : null;
  const step = async () => {
    if (w.train) return model.trainOnBatch(x, target);
    const y = model.predict(x);
    const out = await y.data();
    y.dispose();
    return out;
  };
  await step();
  const before = env.counter.n;
  await step();
  const dispatches = env.counter.n - before;
  const t = await timeCalls(step, opts.runs, opts.warmup);
  tf.dispose([x, ...(target ? [target] : [])]);
  model.dispose();
  return { ...t, dispatchesPerStep: dispatches / w.T };
}

/** onnxruntime-web's WebGPU EP on the same adapter (bench/ort-webgpu.mjs); inference only. */
async function ortRow(env, w, opts) {
  const { ortWebgpuRow, ortWeightsOf } = await import('./ort-webgpu.mjs');
  return ortWebgpuRow(w, { ...opts, gpu: env.gpu, counter: env.counter, weights: ortWeightsOf(w), inputs: inputsOf(w) });
}

/** Runs the workloads; returns { rows, markdown }. */
/**
 * W6 on rnnc's WGSL target (the rows bench/stream.mjs has for the CPU targets): a stateful layer
 * called with B = 1, T = 1, the state kept on the device, forward(x, { into }) reading y back each
 * call. Same shape of result as ortWebgpuW6: median µs per step, dispatches per step, and the max
 * abs difference of y after the last step against onnxruntime-node on the same weights.
 * opts: { only: ['W6-LSTM', 'W6-GRU'], steps, runs, log }.
 */
export async function rnncWgslW6(opts = {}) {
  const only = opts.only ?? Object.keys(W6_WORKLOADS);
  const steps = opts.steps ?? 1000;
  const runs = opts.runs ?? 7;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-wgsl-w6-'));
  const rnnc = await loadRnnc(dir);
  const env = await dawnOnce();
  const rows = [];
  for (const id of only) {
    const w = W6_WORKLOADS[id];
    if (!w) throw new Error(`rnncWgslW6: unknown W6 workload ${id} (${Object.keys(W6_WORKLOADS).join(', ')})`);
    const weights = kerasWeights(w); // reset-after GRU, as the ort rows
    const def = rnnc.defineModel(`w6_${w.cell}`, (m) => {
      const x = m.sequence('x', w.I);
      const o = { units: w.H, name: 'rnn', returnSequences: true, stateful: true };
      m.output('y', (w.cell === 'lstm' ? m.lstm(x, o) : m.gru(x, o)).output);
    });
    const mod = rnnc.trace(def);
    const file = path.join(dir, `${mod.name}.wgsl.js`);
    fs.writeFileSync(file, rnnc.emitWgslModule(mod).js);
    const m = await import(pathToFileURL(file).href);
    const model = await m.create({ device: env.device, wholeSequence: opts.whole ?? 'auto', compile: 'all', weights: rnnc.writeSafetensors(Object.fromEntries(Object.entries(weights).map(([k, v]) => [`rnn.${k}`, { dtype: 'f32', shape: v.shape, data: v.data }]))), layout: 'keras' });
    const r = rng(11);
    const xs = Array.from({ length: steps }, () => uniform(w.I, 1, r));
    const into = { y: new Float32Array(w.H) };
    const step = async (x) => (await model.forward({ x: { data: x, shape: [1, 1, w.I] } }, { into })).y.data;
    const { us, min, n, check, dispatchesPerStep } = await timeStream({ reset: () => model.resetState(), step }, xs, { runs, counter: env.counter });
    const want = await ortNodeStream(w, weights, xs, n);
    const maxAbsDiff = Math.max(...check.map((v, i) => Math.abs(v - want[i])));
    model.dispose();
    const res = { id, us, min, n, dispatchesPerStep, maxAbsDiff };
    rows.push(res);
    opts.log?.(`${id} rnnc wgsl: ${res.us.toFixed(1)} µs/step, ${dispatchesPerStep.toFixed(2)} dispatches/step, ${n} steps/run, max abs diff ${maxAbsDiff.toExponential(1)} vs ort-node`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return rows;
}

// One Dawn device (and one dispatch counter) for the process.
let dawnEnv = null;
export const dawnOnce = () => (dawnEnv ??= dawn());

export async function wgslBench(opts = {}) {
  const only = opts.only ?? Object.keys(WORKLOADS);
  const runs = opts.runs ?? 5;
  const warmup = opts.warmup ?? 1;
  const peers = opts.peers ?? PEERS;
  for (const p of peers) if (!PEERS.includes(p)) throw new Error(`bench/wgsl.mjs: unknown peer ${p} (${PEERS.join(', ')})`);
  const withTfjs = peers.includes('tfjs-webgpu');
  const withOrt = peers.includes('ort-webgpu');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-wgsl-bench-'));
  try {
    const rnnc = await loadRnnc(dir);
    const env = await dawnOnce();
    const rows = [];
    let tfjsError = withTfjs ? null : 'not run (--peers)';
    let ortError = null;
    for (const id of only) {
      const base = WORKLOADS[id];
      const w = { ...base, ...(opts.T ? { T: opts.T } : {}), ...(opts.B ? { B: opts.B } : {}) };
      const weights = kerasWeights(w, { resetAfter: false });
      const inputs = inputsOf(w);
      const ours = await rnncRow(rnnc, dir, env, w, weights, inputs, { runs, warmup, whole: opts.whole });
      // The path the engine did not take (whole-sequence kernel or a dispatch per kernel per step), for the rule's sake.
      let other = null;
      if (opts.otherPath !== false && (opts.whole ?? 'auto') === 'auto') {
        const tookWhole = ours.dispatchesPerStep < 1;
        other = { ...(await rnncRow(rnnc, dir, env, w, weights, inputs, { runs, warmup, whole: tookWhole ? 'never' : 'always' })), path: tookWhole ? 'per-step' : 'whole' };
      }
      let peer = null;
      if (!tfjsError) {
        try {
          peer = await tfjsRow(env, w, weights, inputs, { runs, warmup });
        } catch (e) {
          tfjsError = String(e && e.message ? e.message : e).split('\n')[0];
        }
      }
      let ort = null;
      let ortRowError = null;
      if (withOrt && !ortError) {
        if (w.train) ortRowError = 'inference only';
        else {
          try {
            ort = await ortRow(env, w, { runs, warmup });
          } catch (e) {
            ortError = String(e && e.message ? e.message : e).split('\n')[0];
          }
        }
      }
      const gflops = (ms) => flopsOf(w) / (ms / 1e3) / 1e9;
      rows.push({ id, what: w.what, cell: w.cell, B: w.B, T: w.T, rnnc: ours, other, tfjs: peer, tfjsError, ort, ortError: ortRowError ?? ortError, gflops: gflops(ours.median), speedup: peer ? peer.median / ours.median : null, ortSpeedup: ort ? ort.median / ours.median : null });
      if (opts.log) opts.log(`${id}: rnnc-wgsl ${fmtMs(ours.median)} ms (${ours.dispatchesPerStep.toFixed(2)} dispatches/step)${other ? `, its ${other.path} path ${fmtMs(other.median)} ms (${other.dispatchesPerStep.toFixed(2)})` : ''}${peer ? `, tfjs-webgpu ${fmtMs(peer.median)} ms` : ''}${ort ? `, ort-webgpu ${fmtMs(ort.median)} ms (${ort.dispatchesPerStep.toFixed(2)} dispatches/step, max abs diff ${ort.maxAbsDiff.toExponential(1)} vs ort-node)` : ''}`);
    }
    const L = [];
    L.push(`WGSL target on ${dawnLabel(env.adapter)} (${os.cpus().length} CPUs), medians of ${runs} calls after ${warmup} warm-up; dispatches per time step over one call.`);
    L.push('');
    const ortHead = withOrt ? ' ort-webgpu ms (min-max) | dispatches/step | speedup vs ort | ort max abs diff |' : '';
    const withOther = rows.some((r) => r.other);
    const otherHead = withOther ? ' other path: ms (min-max) | dispatches/step |' : '';
    L.push(`| workload | B | T | rnnc wgsl ms (min-max) | GFLOP/s | dispatches/step |${otherHead} tfjs-webgpu ms (min-max) | dispatches/step | speedup |${ortHead}`);
    L.push(`|---|---|---|---|---|---|${withOther ? '---|---|' : ''}---|---|---|${withOrt ? '---|---|---|---|' : ''}`);
    for (const r of rows) {
      const t = r.tfjs ? `${fmtMs(r.tfjs.median)} (${fmtMs(r.tfjs.min)}-${fmtMs(r.tfjs.max)})` : 'n/a';
      let o = '';
      if (withOrt) {
        o = r.ort
          ? ` ${fmtMs(r.ort.median)} (${fmtMs(r.ort.min)}-${fmtMs(r.ort.max)})${r.cell === 'gru' ? ' ²' : ''}${r.ort.allOnWebgpu ? '' : ' ³'} | ${r.ort.dispatchesPerStep.toFixed(2)} | ${r.ortSpeedup.toFixed(2)}x | ${r.ort.maxAbsDiff.toExponential(1)} |`
          : ` n/a${r.ortError === 'inference only' ? ' (inference only)' : ''} | n/a | n/a | n/a |`;
      }
      const oc = withOther ? (r.other ? ` ${r.other.path}: ${fmtMs(r.other.median)} (${fmtMs(r.other.min)}-${fmtMs(r.other.max)}) | ${r.other.dispatchesPerStep.toFixed(2)} |` : ' n/a | n/a |') : '';
      L.push(`| ${r.id} ${r.what} | ${r.B} | ${r.T} | ${fmtMs(r.rnnc.median)} (${fmtMs(r.rnnc.min)}-${fmtMs(r.rnnc.max)}) | ${r.gflops.toFixed(2)} | ${r.rnnc.dispatchesPerStep.toFixed(2)} |${oc} ${t} | ${r.tfjs ? r.tfjs.dispatchesPerStep.toFixed(2) : 'n/a'} | ${r.speedup ? `${r.speedup.toFixed(2)}x` : 'n/a'} |${o}`);
    }
    const err = rows.find((r) => r.tfjsError)?.tfjsError;
    if (err && withTfjs) L.push('', `tfjs-webgpu did not run on this adapter: ${err}`);
    if (withOrt) {
      L.push('', `ort-webgpu: onnxruntime-web ${ortVersion()} WebGPU EP on the same adapter (Node, shimmed navigator.gpu; bench/ort-webgpu.mjs), the ONNX model of bench/onnx.mjs; max abs diff of its output against onnxruntime-node on the same model.`);
      if (rows.some((r) => r.ort && r.cell === 'gru')) L.push('² reset-after GRU (linear_before_reset = 1) on reset-after weights: the same work, not the same function as the reset-before rnnc / tfjs rows.');
      for (const r of rows.filter((x) => x.ort && !x.ort.allOnWebgpu)) L.push(`³ ${r.id}: not all on WebGPU: ${r.ort.placement}`);
      const oerr = rows.find((r) => r.ortError && r.ortError !== 'inference only')?.ortError;
      if (oerr) L.push(`ort-webgpu did not run on this adapter: ${oerr}`);
    }
    env.device.destroy();
    return { rows, markdown: L.join('\n') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function ortVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/onnxruntime-web/package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

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
    else if (a === '--peers') (o.peers = v === 'none' || v === '' ? [] : v.split(',')), i++;
    else if (a === '--out') (o.out = v), i++;
    else if (a === '--whole') (o.whole = v), i++;
    else if (a === '--other-path') (o.otherPath = v !== 'no'), i++;
    else throw new Error(`bench/wgsl.mjs: unknown option ${a}`);
  }
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = parseArgs(process.argv.slice(2));
  const { markdown } = await wgslBench({ ...o, log: (s) => console.error(s) });
  console.log(markdown);
  if (o.out) fs.writeFileSync(o.out, markdown + '\n');
  process.exit(0);
}
