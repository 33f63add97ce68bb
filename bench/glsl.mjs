#!/usr/bin/env node
// The GLSL target on the standard workloads W1-W5 (DESIGN.md section 6) in headless Chromium
// (WebGL2 on SwiftShader), beside TensorFlow.js 4.22's `webgl` backend (layers API) in the same
// page on the same kind of context. Both rows compute the same function on the same weights
// (Keras layout; GRUs reset-before, the only GRU tfjs-layers has; sigmoid recurrent activation).
// Timed: one forward call reading the output back (inference), one training step reading the loss
// back (training: SGD on the MSE over the output sequence). Also counted: draw calls per time step
// (every drawArrays / drawElements on each row's context during one call, over T).
//
//   node bench/glsl.mjs [--only W1,W4] [--runs N] [--warmup N] [--T N] [--B N] [--out FILE] [--no-tfjs]
//
// --no-tfjs skips the tfjs row (quicker while working on the rnnc side). RNNC_GLSL_PROFILE=1 prints
// the per-shader time of one rnnc call (each draw between two readbacks); RNNC_GLSL_PROFILE=N
// repeats each draw N times between them and counts one (the readback's cost drops out).
// RNNC_GLSL_DUMP=dir keeps the generated modules.
//
// Compiles rnnc from src/ in-process (esbuild), so it needs no dist/. For bench/run.mjs:
// `import { glslBench } from './glsl.mjs'` and `await glslBench(opts)` returns { rows, markdown }.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { WORKLOADS, LR, flopsOf, inputsOf, kerasWeights } from './workloads.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmtMs = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** rnnc's compiler and the Chromium helpers, bundled from src/ (TypeScript) into one temporary module. */
export async function loadRnnc() {
  const entry = `
export { defineModel } from ${JSON.stringify(path.join(ROOT, 'src/index.ts'))};
export { trace } from ${JSON.stringify(path.join(ROOT, 'src/frontend/trace.ts'))};
export { emitGlslModule } from ${JSON.stringify(path.join(ROOT, 'src/codegen/glsl/module.ts'))};
export { writeSafetensors } from ${JSON.stringify(path.join(ROOT, 'src/runtime/safetensors.ts'))};
export { launchChromium, serveDir } from ${JSON.stringify(path.join(ROOT, 'test/helpers/browser.ts'))};
`;
  // Beside the package's node_modules (the bundle leaves packages external, so it must resolve them from here).
  const cache = path.join(ROOT, 'node_modules', '.cache', 'rnnc-glsl-bench');
  fs.mkdirSync(cache, { recursive: true });
  const out = path.join(cache, `bundle-${process.pid}.mjs`);
  process.on('exit', () => fs.rmSync(out, { force: true }));
  await build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile: out, logLevel: 'silent' });
  return import(pathToFileURL(out).href);
}

/** The workload as an rnnc model (as bench/rnnc.mjs; GRUs reset-before, like tfjs-layers). */
function modelDef(rnnc, w) {
  const name = `bench_${w.id}_${w.cell}`;
  return rnnc.defineModel(name, (m) => {
    const x = m.sequence('x', w.I);
    const opts = { units: w.H, name: 'rnn', returnSequences: true };
    const { output } = w.cell === 'lstm' ? m.lstm(x, opts) : m.gru(x, { ...opts, resetAfter: false });
    m.output('y', output);
    if (w.train) m.train({ loss: m.meanSquaredError(output, m.sequence('target', w.H)), optimizer: { kind: 'sgd', lr: LR } });
  });
}

const PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>rnnc glsl bench</title>
<script src="tf-core.min.js"></script>
<script src="tf-backend-webgl.min.js"></script>
<script src="tf-layers.min.js"></script>
<script type="module">
window.loadModule = (url) => import(url);
// The Keras-layout weights of layer 'rnn' (kernel, recurrent_kernel, bias) as tfjs tensors, read back from the safetensors bytes rnnc loaded.
window.rnnWeights = (tf, weights) => {
  const hdr = Number(new DataView(weights.buffer).getBigUint64(0, true));
  const meta = JSON.parse(new TextDecoder().decode(weights.subarray(8, 8 + hdr)));
  return ['kernel', 'recurrent_kernel', 'bias'].map((k) => {
    const e = meta[\`rnn.\${k}\`];
    return tf.tensor(new Float32Array(weights.slice(8 + hdr + e.data_offsets[0], 8 + hdr + e.data_offsets[1]).buffer), e.shape);
  });
};
window.ready = true;
</script>`;

/** Runs inside the page: both rows of one workload; returns times (ms) and draws per step. */
async function pageRow({ w, name, runs, warmup, lr, profile, noTfjs }) {
  const f32 = async (file) => new Float32Array(await (await fetch(file)).arrayBuffer());
  const x = await f32(`${name}.x.bin`);
  const target = w.train ? await f32(`${name}.target.bin`) : null;
  const weights = new Uint8Array(await (await fetch(`${name}.safetensors`)).arrayBuffer());
  const countDraws = (gl) => {
    const c = { n: 0 };
    for (const f of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawBuffers']) {
      if (f === 'drawBuffers' || typeof gl[f] !== 'function') continue;
      const orig = gl[f].bind(gl);
      gl[f] = (...a) => {
        c.n++;
        return orig(...a);
      };
    }
    return c;
  };
  // Warm-up, one call counting draws, then `runs` calls of each row interleaved (rnnc, tfjs, rnnc,
  // ...): the shared machine's speed drifts over minutes, and interleaving exposes both rows to the
  // same drift, so their ratio (the median of the per-pair ratios) is steadier than either time.
  const timeRows = async (rows) => {
    const res = {};
    for (const [k, r] of Object.entries(rows)) {
      for (let i = 0; i < warmup; i++) await r.fn();
      const d0 = r.draws.n;
      await r.fn();
      res[k] = { times: [], drawsPerStep: (r.draws.n - d0) / w.T };
    }
    for (let i = 0; i < runs; i++) {
      for (const [k, r] of Object.entries(rows)) {
        const t0 = performance.now();
        await r.fn();
        res[k].times.push(performance.now() - t0);
      }
    }
    return res;
  };
  // Per-shader time of one call: every draw between two 1-pixel readbacks (serialises the GPU, so
  // the total exceeds a normal call; the shares are what matter). Keyed by the shader's kernel comment.
  const profileDraws = async (gl, fn) => {
    const orig = gl.drawArrays.bind(gl);
    const origUse = gl.useProgram.bind(gl);
    let cur = null;
    const acc = new Map();
    gl.useProgram = (p) => {
      cur = p;
      return origUse(p);
    };
    const px = new Float32Array(4);
    const sync = () => gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.FLOAT, px);
    const src = () => gl.getAttachedShaders(cur).map((sh) => gl.getShaderSource(sh)).find((s) => s.includes('gl_FragCoord') || s.includes('out vec4 o0')) ?? '';
    const key0 = () => (src().split('\n').find((l) => l.startsWith('// ')) ?? '?').slice(3, 90);
    // profile = N > 1 repeats each draw N times between the readbacks and counts the time of one
    // (a draw reads nothing it writes, so repeating it changes nothing): the readback's own cost drops out.
    const reps = Math.max(profile, 1);
    gl.drawArrays = (...a) => {
      sync();
      const t0 = performance.now();
      let r;
      for (let i = 0; i < reps; i++) r = orig(...a);
      sync();
      if (reps > 1) {
        const t1 = performance.now();
        orig(...a);
        sync();
        // (reps draws + sync) - (1 draw + sync) = reps - 1 draws
        const one = performance.now() - t1;
        acc.set(key0(), (acc.get(key0()) ?? 0) + Math.max(0, (t1 - t0 - one) / (reps - 1)));
        return r;
      }
      acc.set(key0(), (acc.get(key0()) ?? 0) + performance.now() - t0);
      return r;
    };
    await fn();
    gl.drawArrays = orig;
    gl.useProgram = origUse;
    return [...acc].sort((x, y) => y[1] - x[1]).slice(0, 14).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`);
  };
  const out = {};
  const rows = {};

  // rnnc glsl
  {
    const mod = await window.loadModule(`./${name}.glsl.js`);
    const model = await mod.create({ weights, layout: 'keras' });
    const draws = countDraws(model.device);
    const batch = { x: { data: x, shape: [w.B, w.T, w.I] }, ...(target ? { target: { data: target, shape: [w.B, w.T, w.H] } } : {}) };
    const fn = w.train ? () => model.trainStep(batch) : () => model.forward(batch);
    if (profile) {
      for (let i = 0; i < warmup; i++) await fn();
      out.profile = await profileDraws(model.device, fn);
    }
    rows.rnnc = { fn, draws, dispose: () => model.dispose() };
  }

  // tfjs webgl
  if (!noTfjs) {
    const tf = window.tf;
    await tf.setBackend('webgl');
    await tf.ready();
    tf.enableProdMode();
    const draws = countDraws(tf.backend().gpgpu.gl);
    const inp = tf.input({ shape: [w.T, w.I] });
    const common = { units: w.H, returnSequences: true, recurrentActivation: 'sigmoid', kernelInitializer: 'zeros', recurrentInitializer: 'zeros' };
    const layer = w.cell === 'lstm' ? tf.layers.lstm(common) : tf.layers.gru({ ...common, resetAfter: false });
    const model = tf.model({ inputs: inp, outputs: layer.apply(inp) });
    layer.setWeights(window.rnnWeights(tf, weights));
    const xt = tf.tensor(x, [w.B, w.T, w.I]);
    let fn;
    if (w.train) {
      model.compile({ optimizer: tf.train.sgd(lr), loss: 'meanSquaredError' });
      const tt = tf.tensor(target, [w.B, w.T, w.H]);
      fn = () => model.trainOnBatch(xt, tt);
    } else {
      fn = async () => {
        const y = model.predict(xt);
        await y.data();
        y.dispose();
      };
    }
    rows.tfjs = { fn, draws, dispose: () => {} };
  }
  Object.assign(out, await timeRows(rows));
  rows.rnnc.dispose();
  if (noTfjs) out.tfjs = { times: [NaN], drawsPerStep: NaN };
  else {
    // Per-pair ratios (tfjs / rnnc of the same run), for the ratio column.
    out.ratios = out.rnnc.times.map((t, i) => out.tfjs.times[i] / t);
  }
  return out;
}

/** The page's folder: tfjs' browser builds, rnnc's GLSL engine and runtime, the W6 timing loop, index.html. */
export async function makeSite(dir) {
  const site = path.join(dir, 'site');
  fs.mkdirSync(site);
  const tfDist = (pkg, file) => path.join(ROOT, 'node_modules/@tensorflow', pkg, 'dist', file);
  fs.copyFileSync(tfDist('tfjs-core', 'tf-core.min.js'), path.join(site, 'tf-core.min.js'));
  fs.copyFileSync(tfDist('tfjs-backend-webgl', 'tf-backend-webgl.min.js'), path.join(site, 'tf-backend-webgl.min.js'));
  fs.copyFileSync(tfDist('tfjs-layers', 'tf-layers.min.js'), path.join(site, 'tf-layers.min.js'));
  // The files `rnnc compile --target glsl` writes beside the module (bundled here from src/: the
  // bundlers in src/ find their entries relative to themselves, which a bundle moves).
  for (const [file, entry] of [['rnnc-glsl-engine.js', 'src/codegen/glsl/device-engine.ts'], ['rnnc-runtime.js', 'src/runtime/index.ts']]) {
    await build({ entryPoints: [path.join(ROOT, entry)], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', outfile: path.join(site, file), logLevel: 'silent' });
  }
  fs.copyFileSync(path.join(HERE, 'stream-loop.mjs'), path.join(site, 'stream-loop.mjs'));
  fs.writeFileSync(path.join(site, 'index.html'), PAGE);
  return site;
}

/** Runs inside the page: the W6 loop (stream-loop.mjs) on rnnc's GLSL module or tfjs webgl, timed there. */
async function pageStream({ kind, w, name, xs, runs }) {
  const { timeStream } = await window.loadModule('./stream-loop.mjs');
  const inputs = xs.map((x) => Float32Array.from(x));
  const weights = new Uint8Array(await (await fetch(`${name}.safetensors`)).arrayBuffer());
  let row;
  let gl;
  if (kind === 'rnnc') {
    const mod = await window.loadModule(`./${name}.glsl.js`);
    const model = await mod.create({ weights, layout: 'keras' });
    gl = model.device;
    const into = { y: new Float32Array(w.H) };
    row = { reset: () => model.resetState(), step: async (x) => (await model.forward({ x: { data: x, shape: [1, 1, w.I] } }, { into })).y.data, dispose: () => model.dispose() };
  } else {
    const tf = window.tf;
    await tf.setBackend('webgl');
    await tf.ready();
    tf.enableProdMode();
    gl = tf.backend().gpgpu.gl;
    const lstm = w.cell === 'lstm';
    const x = tf.input({ shape: [1, w.I] });
    const h = tf.input({ shape: [w.H] });
    const c = lstm ? tf.input({ shape: [w.H] }) : undefined;
    const common = { units: w.H, returnState: true, recurrentActivation: 'sigmoid', kernelInitializer: 'zeros', recurrentInitializer: 'zeros' };
    const layer = lstm ? tf.layers.lstm(common) : tf.layers.gru({ ...common, resetAfter: false });
    const outs = layer.apply(x, { initialState: lstm ? [h, c] : [h] });
    const model = tf.model({ inputs: lstm ? [x, h, c] : [x, h], outputs: outs });
    layer.setWeights(window.rnnWeights(tf, weights));
    let state = [];
    const zero = () => {
      tf.dispose(state);
      state = lstm ? [tf.zeros([1, w.H]), tf.zeros([1, w.H])] : [tf.zeros([1, w.H])];
    };
    zero();
    row = {
      reset: zero,
      step: async (xv) => {
        const xt = tf.tensor(xv, [1, 1, w.I]);
        const [y, ...next] = model.predict([xt, ...state]);
        tf.dispose([xt, ...state]);
        state = lstm ? next : [next[0]];
        if (!lstm) tf.dispose(next.slice(1));
        const out = await y.data();
        y.dispose();
        return out;
      },
      dispose: () => tf.dispose(state),
    };
  }
  const counter = { n: 0 };
  const orig = gl.drawArrays.bind(gl);
  gl.drawArrays = (...a) => {
    counter.n++;
    return orig(...a);
  };
  const r = await timeStream(row, inputs, { runs, counter });
  row.dispose();
  return { us: r.us, min: r.min, n: r.n, check: Array.from(r.check), drawsPerStep: r.dispatchesPerStep };
}

/**
 * W6 in headless Chromium (WebGL2 on SwiftShader) for bench/stream.mjs: `kind` 'rnnc' (the GLSL
 * module of a stateful layer, reset-after GRU) or 'tfjs' (tfjs-layers on webgl, state passed in and
 * out, reset-before GRU); `weights` Keras-layout tensors of that GRU variant. The loop runs in the
 * page (a call per step from Node would time the DevTools protocol). Returns { us, min, n, check, drawsPerStep }.
 */
export async function glslStream(kind, w, weights, xs, runs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-glsl-w6-'));
  try {
    const rnnc = await loadRnnc();
    const site = await makeSite(dir);
    const name = `w6_${w.cell}`;
    if (kind === 'rnnc') {
      const def = rnnc.defineModel(name, (m) => {
        const x = m.sequence('x', w.I);
        const o = { units: w.H, name: 'rnn', returnSequences: true, stateful: true };
        m.output('y', (w.cell === 'lstm' ? m.lstm(x, o) : m.gru(x, o)).output);
      });
      fs.writeFileSync(path.join(site, `${name}.glsl.js`), rnnc.emitGlslModule(rnnc.trace(def)).js);
    }
    const tensors = {};
    for (const [k, t] of Object.entries(weights)) tensors[`rnn.${k}`] = { dtype: 'f32', shape: t.shape, data: t.data };
    fs.writeFileSync(path.join(site, `${name}.safetensors`), rnnc.writeSafetensors(tensors));
    const server = await rnnc.serveDir(site);
    const browser = await rnnc.launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => window.ready === true);
      return await page.evaluate(pageStream, { kind, w, name, xs: xs.map((x) => Array.from(x)), runs });
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the bench; returns the rows and a markdown table. */
export async function glslBench(opts = {}) {
  const only = opts.only ?? Object.keys(WORKLOADS);
  const runs = opts.runs ?? 5;
  const warmup = opts.warmup ?? 1;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-glsl-bench-'));
  const log = opts.log ?? ((s) => process.stderr.write(`${s}\n`));
  try {
    const rnnc = await loadRnnc();
    const site = await makeSite(dir);
    const todo = only.map((id) => {
      const w0 = WORKLOADS[id];
      if (!w0) throw new Error(`unknown workload ${id}`);
      const w = { ...w0, ...(opts.T ? { T: opts.T } : {}), ...(opts.B && w0.B > 1 ? { B: opts.B } : {}) };
      const def = modelDef(rnnc, w);
      const { js } = rnnc.emitGlslModule(rnnc.trace(def));
      const name = def.name;
      fs.writeFileSync(path.join(site, `${name}.glsl.js`), js);
      // RNNC_GLSL_DUMP=dir keeps the generated module, to read its shaders.
      if (process.env.RNNC_GLSL_DUMP) {
        fs.mkdirSync(process.env.RNNC_GLSL_DUMP, { recursive: true });
        fs.writeFileSync(path.join(process.env.RNNC_GLSL_DUMP, `${name}.glsl.js`), js);
      }
      const weights = kerasWeights(w, { resetAfter: false });
      const tensors = {};
      for (const [k, t] of Object.entries(weights)) tensors[`rnn.${k}`] = { dtype: 'f32', shape: t.shape, data: t.data };
      fs.writeFileSync(path.join(site, `${name}.safetensors`), rnnc.writeSafetensors(tensors));
      const inputs = inputsOf(w);
      fs.writeFileSync(path.join(site, `${name}.x.bin`), inputs.x);
      if (inputs.target) fs.writeFileSync(path.join(site, `${name}.target.bin`), inputs.target);
      return { w, name };
    });
    const server = await rnnc.serveDir(site);
    const browser = await rnnc.launchChromium();
    const rows = [];
    try {
      for (const { w, name } of todo) {
        // A fresh page per workload: each row starts from a clean WebGL context.
        const page = await browser.newPage();
        await page.goto(`${server.url}/index.html`);
        await page.waitForFunction(() => window.ready === true);
        log(`glsl bench: ${w.id} (${w.what}, B=${w.B} T=${w.T} I=${w.I} H=${w.H}) ...`);
        const r = await page.evaluate(pageRow, { w, name, runs, warmup, lr: LR, profile: Number(process.env.RNNC_GLSL_PROFILE ?? 0), noTfjs: !!opts.noTfjs });
        if (r.profile) log(`  rnnc per-shader time (RNNC_GLSL_PROFILE):\n    ${r.profile.join('\n    ')}`);
        await page.close();
        const row = { id: w.id, what: w.what, B: w.B, T: w.T, gflop: flopsOf(w) / 1e9 };
        for (const k of ['rnnc', 'tfjs']) row[k] = { medianMs: median(r[k].times), minMs: Math.min(...r[k].times), maxMs: Math.max(...r[k].times), drawsPerStep: r[k].drawsPerStep };
        row.speedup = row.tfjs.medianMs / row.rnnc.medianMs;
        // The median of the per-run ratios (the rows' calls are interleaved, so each pair saw the same load).
        row.pairedSpeedup = r.ratios ? median(r.ratios) : NaN;
        log(`  rnnc glsl ${fmtMs(row.rnnc.medianMs)} ms (${row.rnnc.drawsPerStep.toFixed(1)} draws/step), tfjs webgl ${fmtMs(row.tfjs.medianMs)} ms (${row.tfjs.drawsPerStep.toFixed(1)} draws/step): x${row.speedup.toFixed(2)} (paired x${row.pairedSpeedup.toFixed(2)})`);
        rows.push(row);
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return { rows, markdown: markdown(rows, runs) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function markdown(rows, runs) {
  const L = [
    `GLSL target vs tfjs webgl (4.22), headless Chromium, WebGL2 on SwiftShader; median of ${runs} calls (min-max), the two rows' calls interleaved; GFLOP/s of the matmul FLOPs; tfjs / rnnc: ratio of the medians, and the median of the per-run ratios.`,
    '',
    '| workload | rnnc glsl ms | GFLOP/s | draws/step | tfjs webgl ms | GFLOP/s | draws/step | tfjs / rnnc | per-run ratio |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const cell = (x) => `${fmtMs(x.medianMs)} (${fmtMs(x.minMs)}-${fmtMs(x.maxMs)})`;
    L.push(`| ${r.id} ${r.what} B=${r.B} T=${r.T} | ${cell(r.rnnc)} | ${(r.gflop / (r.rnnc.medianMs / 1e3)).toFixed(2)} | ${r.rnnc.drawsPerStep.toFixed(1)} | ${cell(r.tfjs)} | ${(r.gflop / (r.tfjs.medianMs / 1e3)).toFixed(2)} | ${r.tfjs.drawsPerStep.toFixed(1)} | ${r.speedup.toFixed(2)} | ${r.pairedSpeedup.toFixed(2)} |`);
  }
  return L.join('\n');
}

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--only') o.only = next().split(',');
    else if (a === '--runs') o.runs = Number(next());
    else if (a === '--warmup') o.warmup = Number(next());
    else if (a === '--T') o.T = Number(next());
    else if (a === '--B') o.B = Number(next());
    else if (a === '--out') o.out = next();
    else if (a === '--no-tfjs') o.noTfjs = true;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = parseArgs(process.argv.slice(2));
  const { markdown: md } = await glslBench(o);
  process.stdout.write(`${md}\n`);
  if (o.out) fs.writeFileSync(o.out, `${md}\n`);
}
