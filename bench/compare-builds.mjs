#!/usr/bin/env node
// Two builds of rnnc on the standard workloads W1-W5 (DESIGN.md section 6), old against new, in one
// interleaved run: did a change make the generated wasm (or wgsl) modules slower?
//
//   node bench/compare-builds.mjs --old DIR --new DIR [--target wasm|wgsl] [--only W1,W4]
//                                 [--runs N] [--warmup N] [--min-ms MS] [--T N] [--quick] [--no-pin]
//
// DIR is an rnnc tree with a built dist/ and its package.json, e.g. a worktree of an older commit:
//   git worktree add /tmp/rnnc-old <commit> && ln -s "$PWD/node_modules" /tmp/rnnc-old/node_modules
//   (cd /tmp/rnnc-old && npx tsc -p tsconfig.build.json)
//   node bench/compare-builds.mjs --old /tmp/rnnc-old --new .
//
// Each tree compiles every workload with its own compiler (DSL, trace, emitWasmModule or
// emitWgslModule) into its own temporary folder, beside its own rnnc-runtime.js (and
// rnnc-wgsl-engine.js). Both modules get the same Keras-layout weights and inputs
// (bench/workloads.mjs) and must agree before anything is timed: the forward output, and for the
// training workloads the loss of two trainSteps (the second shows the first's update). wasm: bitwise;
// wgsl: within 1e-5. Then old and new are called in turn (old, new, old, new, ...) after warm-up
// calls, so load that comes and goes on a shared machine hits both. The table gives each side's
// median, the ratio of the medians and the median of the per-pair ratios (above 1: new is slower).
// wasm runs pinned to one core (taskset) unless --no-pin; wgsl runs on Dawn in Node as
// bench/wgsl.mjs does (EGL_PLATFORM=surfaceless, backend=opengles, Mesa llvmpipe).

import { dawnDevice } from './dawn.mjs';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LR, WORKLOADS, inputsOf, kerasWeights } from './workloads.mjs';

const USAGE = 'usage: node bench/compare-builds.mjs --old DIR --new DIR [--target wasm|wgsl] [--only W1,W4] [--runs N] [--warmup N] [--min-ms MS] [--T N] [--quick] [--no-pin]';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmtMs = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const log = (s) => process.stderr.write(`${s}\n`);

function parseArgs(argv) {
  const o = { target: 'wasm', only: Object.keys(WORKLOADS), runs: undefined, warmup: 2, minMs: 50, T: undefined, quick: false, pin: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value\n${USAGE}`);
      return argv[++i];
    };
    if (a === '--old') o.old = path.resolve(val());
    else if (a === '--new') o.new = path.resolve(val());
    else if (a === '--target') o.target = val();
    else if (a === '--only') o.only = val().split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
    else if (a === '--runs') o.runs = Number(val());
    else if (a === '--warmup') o.warmup = Number(val());
    else if (a === '--min-ms') o.minMs = Number(val());
    else if (a === '--T') o.T = Number(val());
    else if (a === '--quick') o.quick = true;
    else if (a === '--no-pin') o.pin = false;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  if (!o.old || !o.new) throw new Error(`--old and --new are required\n${USAGE}`);
  if (!['wasm', 'wgsl'].includes(o.target)) throw new Error(`--target must be wasm or wgsl, not ${o.target}`);
  for (const id of o.only) if (!WORKLOADS[id]) throw new Error(`unknown workload ${id}`);
  o.runs ??= o.quick ? 3 : 5;
  o.T ??= o.quick ? 20 : undefined;
  return o;
}

/** The compiler, runtime bundle and (wgsl) engine bundle of one built tree, from its dist/. */
async function loadTree(root, target) {
  const dist = path.join(root, 'dist');
  const imp = (rel) => import(pathToFileURL(path.join(dist, rel)).href);
  if (!fs.existsSync(path.join(root, 'package.json')) || !fs.existsSync(path.join(dist, 'index.js'))) {
    throw new Error(`${root}: not a built rnnc tree (needs package.json and dist/index.js)`);
  }
  const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  // runtime-bundle moved from codegen/js/ to codegen/: try both.
  const bundlePath = ['codegen/runtime-bundle.js', 'codegen/js/runtime-bundle.js'].find((p) => fs.existsSync(path.join(dist, p)));
  if (!bundlePath) throw new Error(`${dist}: no codegen/runtime-bundle.js or codegen/js/runtime-bundle.js`);
  const tree = {
    root,
    version,
    defineModel: (await imp('index.js')).defineModel,
    trace: (await imp('frontend/trace.js')).trace,
    writeSafetensors: (await imp('runtime/safetensors.js')).writeSafetensors,
    runtime: await (await imp(bundlePath)).bundleRuntime(),
  };
  if (target === 'wasm') tree.emit = (await imp('codegen/wasm/module.js')).emitWasmModule;
  else {
    tree.emit = (await imp('codegen/wgsl/module.js')).emitWgslModule;
    tree.engine = await (await imp('codegen/wgsl/engine-bundle.js')).bundleEngine();
  }
  return tree;
}

/** The workload as an rnnc model, written with the tree's own DSL (as bench/rnnc.mjs modelDef). */
function modelDef(tree, w) {
  return tree.defineModel(`bench_${w.id}_${w.cell}`, (m) => {
    const x = m.sequence('x', w.I);
    const opts = { units: w.H, name: 'rnn', returnSequences: true };
    const { output } = w.cell === 'lstm' ? m.lstm(x, opts) : m.gru(x, { ...opts, resetAfter: true });
    m.output('y', output);
    if (w.train) m.train({ loss: m.meanSquaredError(output, m.sequence('target', w.H)), optimizer: { kind: 'sgd', lr: LR } });
  });
}


/** Compiles `w` with `tree`, writes the module and its runtime files to `dir`, imports it and makes a model. */
async function makeModel(tree, w, dir, { target, weights, device }) {
  const { js } = tree.emit(tree.trace(modelDef(tree, w)));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'rnnc-runtime.js'), tree.runtime);
  if (tree.engine) fs.writeFileSync(path.join(dir, 'rnnc-wgsl-engine.js'), tree.engine);
  const file = path.join(dir, `bench_${w.id}.${target}.js`);
  fs.writeFileSync(file, js);
  const mod = await import(pathToFileURL(file).href);
  const tensors = {};
  for (const [k, t] of Object.entries(weights)) tensors[`rnn.${k}`] = { dtype: 'f32', shape: t.shape, data: t.data };
  const opts = { weights: tree.writeSafetensors(tensors), layout: 'keras' };
  return target === 'wgsl' ? mod.create({ ...opts, device }) : mod.create(opts);
}

/** Max abs difference; NaN anywhere (or a length mismatch) counts as Infinity. */
function maxAbsDiff(a, b) {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    if (!(d <= m)) m = Number.isNaN(d) ? Infinity : d;
  }
  return m;
}

/** Same bits: the Float32Arrays' bytes, or two numbers as float64. */
function sameBits(a, b) {
  if (typeof a === 'number') return Object.is(a, b);
  if (a.length !== b.length) return false;
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const y = new Uint32Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * Old and new agree: forward output, then (training) the loss of two trainSteps. Throws if not;
 * returns a short description of the check. These calls also warm both models up.
 */
async function checkSame(models, batch, w, target) {
  const [o, n] = models;
  const yo = (await o.forward({ x: batch.x })).y.data.slice();
  const yn = (await n.forward({ x: batch.x })).y.data.slice();
  const diffs = [['forward', maxAbsDiff(yo, yn), sameBits(yo, yn)]];
  if (w.train) {
    for (const k of [1, 2]) {
      const lo = (await o.trainStep(batch)).loss;
      const ln = (await n.trainStep(batch)).loss;
      diffs.push([`loss ${k}`, Math.abs(lo - ln) / Math.max(1, Math.abs(lo)), sameBits(lo, ln)]);
    }
  }
  const bad = diffs.filter(([, d, same]) => (target === 'wasm' ? !same : !(d <= 1e-5)));
  if (bad.length) throw new Error(`old and new differ: ${bad.map(([what, d]) => `${what} ${d.toExponential(2)}`).join(', ')}`);
  if (target === 'wasm') return 'bitwise';
  const worst = Math.max(...diffs.map(([, d]) => d));
  return `max diff ${worst ? worst.toExponential(0) : '0'}`;
}

async function compareWorkload(trees, id, o, tmp, device) {
  const w = { ...WORKLOADS[id], ...(o.T ? { T: o.T } : {}) };
  const weights = kerasWeights(w, { resetAfter: true });
  const inputs = inputsOf(w);
  const x = { data: inputs.x, shape: [w.B, w.T, w.I] };
  const batch = w.train ? { x, target: { data: inputs.target, shape: [w.B, w.T, w.H] } } : { x };
  const models = [];
  try {
    for (const [k, tree] of trees.entries()) {
      log(`${id}: compiling with ${k ? 'new' : 'old'} (${tree.root}) ...`);
      models.push(await makeModel(tree, w, path.join(tmp, k ? 'new' : 'old', id), { target: o.target, weights, device }));
    }
    const check = await checkSame(models, batch, w, o.target);
    log(`${id}: old and new agree (${check})`);
    const { reps, times } = await timePairs(models, w, batch, o, id);
    const [mo, mn] = times.map(median);
    return { id, w, check, reps, old: mo, new: mn, ratio: mn / mo, pairRatio: median(times[1].map((t, i) => t / times[0][i])) };
  } finally {
    for (const m of models) await m.dispose?.();
    globalThis.gc?.();
  }
}

/** Warm-up, then `o.runs` pairs of samples (old, new); returns the per-call times of each side. */
async function timePairs(models, w, batch, o, id) {
  const calls = models.map((m) => (w.train ? async () => (await m.trainStep(batch)).loss : async () => (await m.forward({ x: batch.x })).y.data));
  // The slower side's last warm-up call sets how many calls one sample makes (the same for both),
  // so that a sample of a short call (W3) lasts --min-ms, not one time slice of a busy machine.
  let slowest = 0;
  for (let i = 0; i < o.warmup; i++) {
    slowest = 0;
    for (const call of calls) {
      const t0 = performance.now();
      await call();
      slowest = Math.max(slowest, performance.now() - t0);
    }
  }
  const reps = Math.max(1, Math.ceil(o.minMs / Math.max(slowest, 1e-3)));
  const times = [[], []];
  for (let i = 0; i < o.runs; i++) {
    for (const [k, call] of calls.entries()) {
      const t0 = performance.now();
      for (let j = 0; j < reps; j++) await call();
      times[k].push((performance.now() - t0) / reps);
    }
    log(`${id}: pair ${i + 1}/${o.runs}: old ${fmtMs(times[0][i])} ms, new ${fmtMs(times[1][i])} ms`);
  }
  return { reps, times };
}

function renderTable(rows, o, trees) {
  const L = [];
  L.push(`# rnnc ${o.target}: old vs new build${o.quick ? ' (quick run: not comparable)' : ''}`);
  L.push('');
  L.push(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${os.cpus()[0]?.model?.trim() ?? 'unknown CPU'}, ${os.cpus().length} cores; Node ${process.version}; `
    + `${process.env.RNNC_BENCH_CHILD ? `pinned to ${process.env.RNNC_BENCH_CHILD}` : 'not pinned'}; load ${os.loadavg()[0].toFixed(1)}. `
    + `old: ${trees[0].root} (${trees[0].version}); new: ${trees[1].root} (${trees[1].version}). `
    + `${o.runs} interleaved pairs (old, new, old, new, ...) after ${o.warmup} warm-up call(s) each; a call is one forward (output read back) or one trainStep (loss read back); `
    + `a sample is the mean of "calls" back-to-back calls (enough for ${o.minMs} ms; the same count on both sides). `
    + `"same" is the agreement check done before timing (forward output, and the loss of two trainSteps). Ratios above 1: new is slower.`);
  L.push('');
  L.push('| workload | same | calls | old median ms | new median ms | new / old | median of pair ratios |');
  L.push('|---|---|--:|--:|--:|--:|--:|');
  for (const r of rows) {
    const wl = `${r.id} ${r.w.what}, B=${r.w.B} T=${r.w.T}`;
    if (r.error) L.push(`| ${wl} | ✗ ${r.error.replace(/\|/g, '\\|')} | | | | | |`);
    else L.push(`| ${wl} | ✓ ${r.check} | ${r.reps} | ${fmtMs(r.old)} | ${fmtMs(r.new)} | ${r.ratio.toFixed(3)} | ${r.pairRatio.toFixed(3)} |`);
  }
  return L.join('\n');
}

async function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`bench/compare-builds.mjs: ${e.message}`);
    process.exit(2);
  }
  // wasm: one process on the last core, as bench/wasm.mjs (wgsl: llvmpipe wants every core).
  if (o.target === 'wasm' && o.pin && !process.env.RNNC_BENCH_CHILD && spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0) {
    const core = String(os.cpus().length - 1);
    const self = fileURLToPath(import.meta.url);
    const r = spawnSync('taskset', ['-c', core, process.execPath, '--expose-gc', self, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, RNNC_BENCH_CHILD: `core ${core}` } });
    process.exit(r.status ?? 1);
  }
  const trees = [await loadTree(o.old, o.target), await loadTree(o.new, o.target)];
  const dawn = o.target === 'wgsl' ? await dawnDevice() : undefined;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-compare-'));
  const rows = [];
  try {
    for (const id of o.only) {
      try {
        rows.push(await compareWorkload(trees, id, o, tmp, dawn?.device));
      } catch (e) {
        const msg = String(e?.message ?? e).split('\n')[0].slice(0, 200);
        log(`${id}: ${msg}`);
        rows.push({ id, w: { ...WORKLOADS[id], ...(o.T ? { T: o.T } : {}) }, error: msg });
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  dawn?.device.destroy();
  process.stdout.write(`${renderTable(rows, o, trees)}\n`);
  // A disagreement fails the run (the table still prints).
  process.exit(rows.some((r) => r.error) ? 1 : 0);
}

await main();
