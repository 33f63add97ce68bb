#!/usr/bin/env node
// W7: a minGRU layer (Feng et al., 2024, sequential mode written as a plain scan:
// h_t = (1 - z_t) * h_{t-1} + z_t * h~_t, z = sigmoid(x Wz), h~ = x Wh), B = 8, D = 256, over long
// sequences. Each target runs the same model compiled twice in the same process: with the
// linear-scans pass (the scan becomes a linear_scan kernel: one pass over time per channel, a and b
// computed for all steps at once) and without it (the sequential scan: after hoist its body is the
// elementwise update, one or more kernels per step). Inference (forward, the output read back) and
// a training step (SGD on an MSE). WGSL on Dawn (npm `webgpu`, OpenGL ES on Mesa llvmpipe here)
// also counts compute dispatches per call; GLSL (`--targets glsl`) runs in headless Chromium (WebGL2
// on SwiftShader), timed in the page, with draws per call, the parallel module created with
// linearScan: 'parallel' (its default, 'auto', takes the draw-per-step form on a software rasterizer).
//
//   EGL_PLATFORM=surfaceless node bench/scan.mjs [--T 256,1024,4096] [--B 8] [--D 256] [--targets js,wasm,wasm-2t,wgsl,glsl] [--train yes|no] [--runs N] [--out FILE]
//
// Compiles rnnc from src/ in-process (esbuild), so it needs no dist/.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rng, uniform } from './workloads.mjs';
import { dawnOnce, loadRnnc as loadWgslBundle } from './wgsl.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
let B = 8;
let D = 256;
const LR = 0.01;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmtMs = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

function parseArgs(argv) {
  const o = { T: [256, 1024, 4096], targets: ['js', 'wasm', 'wasm-2t', 'wgsl'], train: true, runs: 5, out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--T') o.T = val().split(',').map(Number);
    else if (a === '--targets') o.targets = val().split(',');
    else if (a === '--B') B = Number(val());
    else if (a === '--D') D = Number(val());
    else if (a === '--train') o.train = val() !== 'no';
    else if (a === '--runs') o.runs = Number(val());
    else if (a === '--out') o.out = val();
    else if (a === '--help' || a === '-h') {
      console.log('usage: EGL_PLATFORM=surfaceless node bench/scan.mjs [--T 256,1024,4096] [--B 8] [--D 256] [--targets js,wasm,wasm-2t,wgsl,glsl] [--train yes|no] [--runs N] [--out FILE]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if ([...o.T, B, D].some((t) => !(Number.isInteger(t) && t > 0))) throw new Error('--T, --B and --D take positive integers');
  return o;
}

/** The bundle of bench/wgsl.mjs (WGSL emitter, engine, runtime) with the other targets' emitters. */
const loadRnnc = (dir) =>
  loadWgslBundle(dir, [
    ['emitJsModule', 'codegen/js/index.ts'],
    ['emitWasmModule', 'codegen/wasm/module.ts'],
    ['emitGlslModule', 'codegen/glsl/module.ts'],
    ['passNames', 'passes/pipeline.ts'],
  ]);

/** The minGRU layer as the paper's sequential mode: a scan whose carry is linear in itself. */
function minGruDef(rnnc, train) {
  return rnnc.defineModel(`w7_mingru${train ? '_train' : ''}`, (m) => {
    const x = m.sequence('x', D);
    const Wz = m.param('Wz', [D, D]);
    const Wh = m.param('Wh', [D, D]);
    const r = m.scan({
      carries: { h: m.zeros(['B', D]) },
      sequences: { x },
      body: ({ h }, { x: xt }) => {
        const z = m.sigmoid(m.matmul(xt, Wz));
        const hn = m.add(m.mul(m.rsub(1, z), h), m.mul(z, m.matmul(xt, Wh)));
        return { carries: { h: hn }, steps: { h: hn } };
      },
    });
    m.output('y', r.steps.h);
    if (train) m.train({ loss: m.meanSquaredError(r.steps.h, m.sequence('target', D)), optimizer: { kind: 'sgd', lr: LR } });
  });
}

let fileCounter = 0;
async function emit(rnnc, dir, target, mod, passes) {
  const file = path.join(dir, `${mod.name}_${fileCounter++}.${target}.js`);
  const opts = { passes };
  const js = target === 'js' ? rnnc.emitJsModule(mod, opts).js : target === 'wasm' ? rnnc.emitWasmModule(mod, opts).js : rnnc.emitWgslModule(mod, opts).js;
  fs.writeFileSync(file, js);
  return import(pathToFileURL(file).href);
}

async function row(rnnc, dir, target, T, train, parallel, runs) {
  const mod = rnnc.trace(minGruDef(rnnc, train));
  const passes = parallel ? rnnc.passNames() : rnnc.passNames().filter((p) => p !== 'linear-scans');
  const kind = target.startsWith('wasm') ? 'wasm' : target;
  const m = await emit(rnnc, dir, kind, mod, passes);
  const threads = target === 'wasm-2t' ? 2 : undefined;
  const env = kind === 'wgsl' ? await dawnOnce() : null;
  const model = await m.create({ seed: 3, ...(threads ? { threads } : {}), ...(env ? { device: env.device, compile: 'all' } : {}) });
  if (threads) await model.threadsReady;
  const r = rng(5);
  const x = { data: uniform(B * T * D, 1, r), shape: [B, T, D] };
  const target_ = train ? { data: uniform(B * T * D, 1, r), shape: [B, T, D] } : null;
  const call = train ? () => model.trainStep({ x, target: target_ }) : () => model.forward({ x });
  const first = await call(); // warm-up, and the value checked against the other form
  const check = train ? first.loss : (await model.forward({ x })).y.data;
  let dispatches = null;
  if (env) {
    const before = env.counter.n;
    await call();
    dispatches = env.counter.n - before;
  }
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await call();
    times.push(performance.now() - t0);
  }
  model.dispose();
  return { ms: median(times), dispatches, check };
}

/** Runs inside a Chromium page: the two GLSL modules of one row, timed there, with draws per call and the largest difference. */
async function pageScan({ files, B, T, D, train, runs }) {
  let seed = 5;
  const rand = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const x = { data: Float32Array.from({ length: B * T * D }, () => rand() * 2 - 1), shape: [B, T, D] };
  const target = { data: Float32Array.from({ length: B * T * D }, () => rand() * 2 - 1), shape: [B, T, D] };
  const res = [];
  for (const file of files) {
    const mod = await window.loadModule(file);
    // The parallel module's linear scans forced to their chunked form ('auto' would run them as a draw per step on SwiftShader).
    const model = await mod.create({ seed: 3, linearScan: 'parallel' });
    const gl = model.device;
    const counter = { n: 0 };
    const orig = gl.drawArrays.bind(gl);
    gl.drawArrays = (...a) => {
      counter.n++;
      return orig(...a);
    };
    const call = train ? () => model.trainStep({ x, target }) : () => model.forward({ x });
    const first = await call();
    const check = train ? [first.loss] : (await model.forward({ x })).y.data;
    const n0 = counter.n;
    await call();
    const draws = counter.n - n0;
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await call();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    res.push({ ms: times[times.length >> 1], draws, check });
    model.dispose();
  }
  let worst = 0;
  for (let i = 0; i < res[0].check.length; i++) worst = Math.max(worst, Math.abs(res[0].check[i] - res[1].check[i]));
  return res.map((r) => ({ ms: r.ms, dispatches: r.draws, check: r.check.length === 1 ? r.check[0] : null, worst }));
}

/** Both forms of one GLSL row in headless Chromium; the page is made once per process. */
let glslPage = null;
async function glslRows(rnnc, dir, T, train, runs) {
  const glsl = await import('./glsl.mjs');
  if (!glslPage) {
    const tools = await glsl.loadRnnc();
    const site = await glsl.makeSite(dir);
    const server = await tools.serveDir(site);
    const browser = await tools.launchChromium();
    const page = await browser.newPage();
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => window.ready === true);
    glslPage = { site, page, close: async () => { await browser.close(); await server.close(); } };
  }
  const mod = rnnc.trace(minGruDef(rnnc, train));
  const files = [false, true].map((parallel) => {
    const passes = parallel ? rnnc.passNames() : rnnc.passNames().filter((p) => p !== 'linear-scans');
    const file = `${mod.name}_${fileCounter++}.glsl.js`;
    fs.writeFileSync(path.join(glslPage.site, file), rnnc.emitGlslModule(mod, { passes }).js);
    return `./${file}`;
  });
  const [seq, par] = await glslPage.page.evaluate(pageScan, { files, B, T, D, train, runs });
  if (!train) {
    // The page compared the outputs already: carry its largest difference as the check value.
    seq.check = new Float32Array([0]);
    par.check = new Float32Array([seq.worst]);
  }
  return { seq, par };
}

export async function scanBench(opts) {
  // Inside the checkout, so the bundles find the packages they import (binaryen, ...).
  const cache = path.join(ROOT, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const dir = fs.mkdtempSync(path.join(cache, 'rnnc-scan-bench-'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
  const rnnc = await loadRnnc(dir);
  const lines = [];
  const log = (s) => {
    console.log(s);
    lines.push(s);
  };
  log(`W7: minGRU layer, B = ${B}, D = ${D}; sequential scan (pass off) vs linear_scan (pass on), same process; median of ${opts.runs} calls, ms per call.`);
  log('');
  log('| target | call | T | sequential ms | parallel ms | speed-up | µs per step (parallel) | dispatches per call (seq / par) | check |');
  log('|---|---|--:|--:|--:|--:|--:|--:|---|');
  for (const train of opts.train ? [false, true] : [false]) {
    for (const target of opts.targets) {
      for (const T of opts.T) {
        try {
          const { seq, par } =
            target === 'glsl'
              ? await glslRows(rnnc, dir, T, train, opts.runs)
              : { seq: await row(rnnc, dir, target, T, train, false, opts.runs), par: await row(rnnc, dir, target, T, train, true, opts.runs) };
          let check;
          if (train) check = `loss ${Math.abs(seq.check - par.check) <= 1e-4 * Math.abs(seq.check) ? '✓' : '✗'} ${Math.abs(seq.check - par.check).toExponential(0)}`;
          else {
            let worst = 0;
            for (let i = 0; i < seq.check.length; i++) worst = Math.max(worst, Math.abs(seq.check[i] - par.check[i]));
            check = `${worst <= 1e-4 ? '✓' : '✗'} ${worst.toExponential(0)}`;
          }
          const disp = seq.dispatches === null ? '' : `${seq.dispatches} / ${par.dispatches}${target === 'glsl' ? ' draws' : ''}`;
          log(`| ${target} | ${train ? 'trainStep' : 'forward'} | ${T} | ${fmtMs(seq.ms)} | ${fmtMs(par.ms)} | ${(seq.ms / par.ms).toFixed(2)}x | ${((par.ms * 1000) / T).toFixed(1)} | ${disp} | ${check} |`);
        } catch (e) {
          log(`| ${target} | ${train ? 'trainStep' : 'forward'} | ${T} | failed: ${String(e?.message ?? e).split('\n')[0].slice(0, 120)} | | | | | |`);
        }
      }
    }
  }
  await glslPage?.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  const text = await scanBench(opts);
  if (opts.out) fs.writeFileSync(opts.out, `${text}\n`);
  process.exit(0);
}
