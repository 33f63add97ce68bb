#!/usr/bin/env node
// The wasm target on the standard workloads W1-W5 (DESIGN.md section 6), beside its WASM peers:
// TensorFlow.js' wasm backend (XNNPACK), onnxruntime-node (native) and onnxruntime-web (wasm),
// one process pinned to one core, single-threaded everywhere. Prints a markdown table: median and
// min-max of one call, GFLOP/s, % of the WASM SIMD matmul peak (tfjs wasm matMul 512^3, measured
// in the same run) and each peer's median over rnnc wasm's (above 1: rnnc wasm is faster).
//
//   node bench/wasm.mjs [--quick] [--only W1,W3] [--peers rnnc-wasm,rnnc-js,tfjs-wasm,ort-node,ort-web]
//                       [--runs N] [--warmup N] [--T N] [--threads N] [--no-pin] [--out FILE]
//   --threads N adds a row of rnnc wasm with N threads (create({ threads: N })) and pins the
//   process to N cores; its "peer / rnnc wasm" column is then the inverse of the scaling.
//   node bench/wasm.mjs --profile W4 [--runs N] [--T N]   per-kernel CPU time of rnnc wasm's program
//
// Needs dist/ (`npm run build`), or RNNC_DIST=<folder> with a tsc build of src/. For bench/run.mjs:
// `import { wasmBench } from './wasm.mjs'` and `await wasmBench(opts)` returns { rows, peak, markdown }.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.resolve(process.env.RNNC_DIST ?? path.join(HERE, '..', 'dist'));
const ALL_PEERS = ['rnnc-wasm', 'rnnc-js', 'tfjs-wasm', 'ort-node', 'ort-web'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const firstLine = (e) => String(e && e.message ? e.message : e).split('\n')[0].slice(0, 160);
const fmtMs = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

let tmpRoot = null;
function tmpDir() {
  if (!tmpRoot) {
    tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-wasm-bench-'));
    process.on('exit', () => fs.rmSync(tmpRoot, { recursive: true, force: true }));
  }
  return tmpRoot;
}

/** Compiles the workload's model (bench/rnnc.mjs modelDef) for the wasm target and imports it. */
export async function compileWasm(def) {
  const { trace } = await import(pathToFileURL(path.join(DIST, 'frontend/trace.js')).href);
  const { emitWasmModule } = await import(pathToFileURL(path.join(DIST, 'codegen/wasm/module.js')).href);
  const { bundleRuntime } = await import(pathToFileURL(path.join(DIST, 'codegen/runtime-bundle.js')).href);
  const t0 = performance.now();
  const { js, wasm } = emitWasmModule(trace(def));
  const emitMs = performance.now() - t0;
  const dir = fs.mkdtempSync(path.join(tmpDir(), `${def.name}-`));
  fs.writeFileSync(path.join(dir, 'rnnc-runtime.js'), await bundleRuntime());
  fs.writeFileSync(path.join(dir, `${def.name}.wasm.js`), js);
  const module = await import(pathToFileURL(path.join(dir, `${def.name}.wasm.js`)).href);
  return { module, emitMs, wasmBytes: wasm.length };
}

/** An rnnc wasm row, in the shape of bench/rnnc.mjs rnncRow (reference, step, dispose). */
export async function rnncWasmRow(w, { weights, inputs, threads }) {
  const r = await import('./rnnc.mjs');
  const c = await compileWasm(r.modelDef(w));
  const model = c.module.create({ weights: r.kerasBytes(weights), layout: 'keras', ...(threads ? { threads } : {}) });
  if (threads && (await model.threadsReady) !== threads) throw new Error(`${threads} threads asked for, ${model.threads} started`);
  const x = { data: inputs.x, shape: [w.B, w.T, w.I] };
  const batch = w.train ? { x, target: { data: inputs.target, shape: [w.B, w.T, w.H] } } : { x };
  let into;
  return {
    note: `compile ${Math.round(c.emitMs)} ms, ${Math.round(c.wasmBytes / 1024)} KiB wasm${threads ? `, ${threads} threads` : ''}`,
    reference() {
      if (!w.train) return { output: model.forward(batch).y.data };
      const { loss, grads } = model.gradients(batch);
      return { loss, grads: r.gradsAsKeras(c.module, grads) };
    },
    // Inference writes into one array the row keeps (forward's `into`): no allocation per call.
    step: w.train ? () => model.trainStep(batch).loss : () => model.forward(batch, { into: (into ??= { y: new Float32Array(model.forward(batch).y.data.length) }) }).y.data,
    dispose: () => model.dispose(),
  };
}

/** Loads a row: made, its reference output (or loss and gradients) taken, warmed up. */
async function loadRow(make, { warmup }) {
  let row;
  try {
    row = await make();
  } catch (e) {
    return { error: `cannot load: ${firstLine(e)}` };
  }
  try {
    const reference = await row.reference();
    for (let i = 1; i < warmup; i++) await row.step();
    return { row, reference, note: row.note, times: [], cpu: [] };
  } catch (e) {
    await disposeRow(row);
    return { error: `failed: ${firstLine(e)}` };
  }
}

async function disposeRow(row) {
  try {
    await row.dispose();
  } catch {
    // timing is done
  }
}

/** One timed call of a loaded row (wall and process CPU time); a failure ends the row. */
async function timeOnce(r) {
  try {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await r.row.step();
    r.times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    r.cpu.push((c.user + c.system) / 1e3);
  } catch (e) {
    r.error = `failed: ${firstLine(e)}`;
    await disposeRow(r.row);
  }
}

/** Medians and extremes of the calls timed so far. */
function summarize(r) {
  if (r.error || !r.times.length) return { error: r.error ?? 'not timed' };
  const { times, cpu, reference, note } = r;
  return { times, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), cpuMs: median(cpu), reference, note };
}

function maxAbsDiff(a, b) {
  if (!a || !b || a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** Output (inference) or loss and gradients (training) of a row against rnnc wasm's. */
function check(ref, peer) {
  if (!ref || !peer || ref.error || peer.error) return '—';
  const r = ref.reference;
  const p = peer.reference;
  if (r.output) {
    const d = maxAbsDiff(p.output, r.output);
    return `${d <= 1e-3 ? '✓' : '✗'} max abs diff ${d.toExponential(0)}`;
  }
  let worst = Math.abs(p.loss - r.loss) / Math.max(1, Math.abs(r.loss));
  for (const k of Object.keys(r.grads)) {
    // A loop, not Math.max(...g): spreading W4-W5's 200k-element gradients overflows the stack.
    let scale = 1e-30;
    for (const v of r.grads[k]) scale = Math.max(scale, Math.abs(v));
    worst = Math.max(worst, maxAbsDiff(p.grads[k], r.grads[k]) / scale);
  }
  return `${worst <= 1e-3 ? '✓' : '✗'} loss, grads ${worst.toExponential(0)} rel`;
}

/** Ratios and numerics checks of workload `id`'s rows against rnnc wasm's (GRU tfjs rows: the reset-before rnnc row). */
function compare(rows, id, byKey, gru) {
  for (const row of rows.filter((x) => x.id === id)) {
    const refKey = gru && row.key === 'tfjs-wasm' ? 'rnnc-wasm-rb' : 'rnnc-wasm';
    const ref = byKey[refKey];
    if (row.key === 'rnnc-wasm-rb') {
      // Another model (reset-before): the reference of the tfjs GRU row, not a peer.
      row.check = '—';
      continue;
    }
    row.check = row.key === refKey || row.key === 'rnnc-wasm' ? '—' : check(ref, row);
    if (/^rnnc-wasm-\d+t$/.test(row.key) && ref && !ref.error && !row.error) row.note += `; scaling ${(ref.medianMs / row.medianMs).toFixed(2)}x`;
    row.ratio = ref && !ref.error && !row.error && row.key !== refKey ? row.medianMs / ref.medianMs : undefined;
    row.cpuRatio = row.ratio === undefined ? undefined : row.cpuMs / ref.cpuMs;
  }
}

function renderTable(rows, peak, quick, note) {
  const L = [];
  L.push(`# rnnc wasm target${quick ? ' (quick run: not comparable)' : ''}`);
  L.push('');
  L.push(`${new Date().toISOString().slice(0, 10)}; ${os.cpus()[0]?.model?.trim() ?? 'unknown CPU'}; Node ${process.version}; ${process.env.RNNC_BENCH_CHILD ? `pinned: ${process.env.RNNC_BENCH_CHILD}` : 'not pinned'}; load ${os.loadavg()[0].toFixed(1)}. `
    + `WASM SIMD matmul peak (tfjs wasm matMul 512³, this run): ${peak ? `${peak.toFixed(2)} GFLOP/s at the start, and again before each workload's rounds (the % column's "of")` : 'not measured'}. Rows are timed interleaved: one call of each row per round. `
    + `GFLOP/s counts matmul FLOPs as bench/run.mjs does (training ×3), from the wall-time median. "peer / rnnc wasm": the row's median over rnnc wasm's (GRU tfjs rows: over rnnc wasm reset-before), and the same for CPU time. `
    + `"cpu ms": median process CPU time of one call (user + system, all threads): on a shared machine it shows what a call costs when wall time also counts waiting for a core.`);
  L.push('');
  L.push('| workload | implementation | runs | median ms | min–max ms | cpu ms | GFLOP/s | % of WASM SIMD peak | peer / rnnc wasm | check | note |');
  L.push('|---|---|--:|--:|--:|--:|--:|--:|--:|---|---|');
  for (const r of rows) {
    const wl = `${r.id} ${r.w.what}, B=${r.w.B} T=${r.w.T}`;
    if (r.error) {
      L.push(`| ${wl} | ${r.label} | — | ${r.error.replace(/\|/g, '\\|')} | | | | | | | |`);
      continue;
    }
    const p = r.peak ?? peak;
    const pct = p ? `${((100 * r.gflops) / p).toFixed(0)}%${r.peak ? ` of ${r.peak.toFixed(1)}` : ''}` : '—';
    L.push(`| ${wl} | ${r.label} | ${r.times.length} | ${fmtMs(r.medianMs)} | ${fmtMs(r.minMs)}–${fmtMs(r.maxMs)} | ${fmtMs(r.cpuMs)} | ${r.gflops.toFixed(2)} | ${pct} | ${r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}× (cpu ${r.cpuRatio.toFixed(2)}×)`} | ${r.check ?? '—'} | ${r.note ?? ''} |`);
  }
  L.push('');
  if (note) L.push(note, '');
  return L.join('\n');
}

/**
 * tfjs' wasm backend; its Emscripten runtime installs process handlers that rethrow any
 * unhandled rejection and end the process (seen after W4's tfjs row): report those instead.
 */
async function useTfjsWasm(t, log) {
  await t.useBackend('wasm');
  for (const ev of ['unhandledRejection', 'uncaughtException']) {
    process.removeAllListeners(ev);
    process.on(ev, (e) => log(`bench/wasm.mjs: ${ev} (ignored): ${firstLine(e)}`));
  }
}

/**
 * Runs the wasm benchmark. opts: { only: ['W1', ...], peers: [...ALL_PEERS], runs, warmup, T,
 * quick, peak: true, log }. Returns { rows, peak, markdown }.
 */
export async function wasmBench(opts = {}) {
  const { WORKLOADS, flopsOf, inputsOf, kerasWeights } = await import('./workloads.mjs');
  const quick = opts.quick ?? false;
  const runs = opts.runs ?? (quick ? 3 : 5);
  const warmup = opts.warmup ?? (quick ? 1 : 2);
  const peers = opts.peers ?? ALL_PEERS;
  const log = opts.log ?? ((s) => process.stderr.write(`${s}\n`));
  let peak = null;
  if (opts.peak ?? true) {
    try {
      const t = await import('./tfjs.mjs');
      await useTfjsWasm(t, log);
      peak = await t.tfjsMatmulPeak(512, quick ? 0.5 : 2);
      log(`peak: tfjs wasm matMul 512^3: ${peak.toFixed(2)} GFLOP/s`);
    } catch (e) {
      log(`peak: failed: ${firstLine(e)}`);
    }
  }
  const rows = [];
  // Should a peer's runtime end the process from inside a row, print what was measured.
  let done = false;
  let current = null;
  process.on('exit', () => {
    if (done) return;
    if (current) {
      current.fill?.();
      compare(rows, current.id, current.byKey, current.gru);
    }
    const md = renderTable(rows, peak, quick, '**The process ended before the run finished** (a peer ended it); the rows above were measured.');
    fs.writeSync(1, `${md}\n`);
    if (opts.out) fs.writeFileSync(opts.out, `${md}\n`);
  });
  for (const id of opts.only ?? ['W1', 'W2', 'W3', 'W4', 'W5']) {
    const base = WORKLOADS[id];
    if (!base) throw new Error(`unknown workload ${id}`);
    const w = { ...base, T: opts.T ?? (quick ? 20 : base.T) };
    const gru = w.cell === 'gru';
    const ra = kerasWeights(w, { resetAfter: true });
    const rb = gru ? kerasWeights(w, { resetAfter: false }) : ra;
    const inputs = inputsOf(w);
    const makers = [];
    if (peers.includes('rnnc-wasm')) makers.push(['rnnc-wasm', 'rnnc wasm', () => rnncWasmRow(w, { weights: ra, inputs })]);
    if (peers.includes('rnnc-wasm') && opts.threads > 1) {
      makers.push([`rnnc-wasm-${opts.threads}t`, `rnnc wasm, ${opts.threads} threads`, () => rnncWasmRow(w, { weights: ra, inputs, threads: opts.threads })]);
    }
    if (peers.includes('rnnc-js')) makers.push(['rnnc-js', 'rnnc js', async () => (await import('./rnnc.mjs')).rnncRow(w, { weights: ra, inputs })]);
    // tfjs-layers' GRU is reset-before only: its row gets reset-before weights and a reset-before rnnc wasm row to compare with.
    if (gru && peers.includes('tfjs-wasm') && peers.includes('rnnc-wasm')) {
      makers.push(['rnnc-wasm-rb', 'rnnc wasm (GRU reset-before)', async () => {
        const r = await import('./rnnc.mjs');
        const c = await compileWasm(r.modelDef(w, { resetAfter: false }));
        const model = c.module.create({ weights: r.kerasBytes(rb), layout: 'keras' });
        const x = { data: inputs.x, shape: [w.B, w.T, w.I] };
        const batch = w.train ? { x, target: { data: inputs.target, shape: [w.B, w.T, w.H] } } : { x };
        return {
          reference: () => (w.train ? (({ loss, grads }) => ({ loss, grads: r.gradsAsKeras(c.module, grads) }))(model.gradients(batch)) : { output: model.forward(batch).y.data }),
          step: w.train ? () => model.trainStep(batch).loss : () => model.forward(batch).y.data,
          dispose: () => model.dispose(),
        };
      }]);
    }
    if (peers.includes('tfjs-wasm')) {
      makers.push(['tfjs-wasm', `tfjs wasm${gru ? ' (reset-before)' : ''}`, async () => {
        const t = await import('./tfjs.mjs');
        await useTfjsWasm(t, log);
        return t.tfjsRow(w, { weights: rb, inputs });
      }]);
    }
    if (!w.train) {
      for (const [key, flavor, label] of [['ort-node', 'node', 'onnxruntime-node cpu'], ['ort-web', 'web', 'onnxruntime-web wasm']]) {
        if (peers.includes(key)) makers.push([key, label, async () => (await import('./ort.mjs')).ortRow(flavor, w, { weights: ra, inputs })]);
      }
    }
    const byKey = {};
    current = { id, byKey, gru };
    // Every row is loaded first, then the rows are timed in turn, one call each per round: this
    // machine's speed drifts over minutes, and interleaving puts every row under the same drift.
    const loaded = [];
    for (const [key, label, make] of makers) {
      log(`${id} ${label}: loading ...`);
      const r = await loadRow(make, { warmup });
      if (r.error) log(`${id} ${label}: ${r.error}`);
      loaded.push({ key, label, r });
      const row = { id, w, key, label, error: r.error };
      byKey[key] = row;
      rows.push(row);
    }
    const fill = () => {
      for (const { key, r } of loaded) {
        const sum = summarize(r);
        const gflops = sum.error ? undefined : flopsOf(w) / (sum.medianMs / 1e3) / 1e9;
        Object.assign(byKey[key], sum, { gflops, ...(peakHere ? { peak: peakHere } : {}) });
      }
    };
    current.fill = fill;
    // The peak again, next to this workload's rounds: the % of it then compares like with like.
    let peakHere = null;
    if (peak) {
      try {
        peakHere = await (await import('./tfjs.mjs')).tfjsMatmulPeak(512, quick ? 0.5 : 1);
        log(`${id} peak: ${peakHere.toFixed(2)} GFLOP/s`);
      } catch (e) {
        log(`${id} peak: failed: ${firstLine(e)}`);
      }
    }
    for (let i = 0; i < runs; i++) {
      for (const { r } of loaded) if (!r.error) await timeOnce(r);
      log(`${id} round ${i + 1}/${runs}`);
    }
    for (const { r } of loaded) if (!r.error) await disposeRow(r.row);
    fill();
    for (const { key, label } of loaded) {
      const row = byKey[key];
      log(`${id} ${label}: ${row.error ?? `median ${fmtMs(row.medianMs)} ms (cpu ${fmtMs(row.cpuMs)} ms), ${row.gflops.toFixed(2)} GFLOP/s`}`);
    }
    compare(rows, id, byKey, gru);
    current = null;
    // Outputs and gradients are large; the checks are done.
    for (const row of rows.filter((x) => x.id === id)) delete row.reference;
  }
  done = true;
  return { rows, peak, markdown: renderTable(rows, peak, quick) };
}

/**
 * Per-kernel CPU time of one workload's program (trainStep's, runStep, for training workloads, else run):
 * the generated WAT with a call to imported tick / tock functions (process.cpuUsage) around every
 * kernel call of the program function, re-encoded and run `runs` times after a warm-up call;
 * prints each kernel's minimum over the calls (the sum of its calls within one), largest first.
 */
export async function wasmProfile(id, { runs = 5, T } = {}) {
  const { WORKLOADS, inputsOf, kerasWeights } = await import('./workloads.mjs');
  const r = await import('./rnnc.mjs');
  const w = { ...WORKLOADS[id], ...(T ? { T } : {}) };
  if (!WORKLOADS[id]) throw new Error(`bench/wasm.mjs --profile: unknown workload ${id}`);
  const { trace } = await import(pathToFileURL(path.join(DIST, 'frontend/trace.js')).href);
  const { emitWasmModule, encodeWat, memoryFlagOffset } = await import(pathToFileURL(path.join(DIST, 'codegen/wasm/module.js')).href);
  const { bundleRuntime } = await import(pathToFileURL(path.join(DIST, 'codegen/runtime-bundle.js')).href);
  const def = r.modelDef(w, { resetAfter: false });
  const { js, wat } = emitWasmModule(trace(def));
  const prog = w.train ? (/\(func \$runStep\b/.test(wat) ? 'runStep' : 'runTrain') : 'run';
  const names = [];
  const about = {};
  let inProgram = false;
  const lines = wat.split('\n');
  const timed = lines.map((l, j) => {
    const f = l.match(/^\s*\(func \$(\S+)/);
    if (f) {
      inProgram = f[1] === prog;
      about[f[1]] = (lines[j - 1] ?? '').trim().replace(/^;;\s*/, '').slice(0, 100);
    }
    const c = inProgram && l.match(/^(\s*)\(call \$(\S+)/);
    if (!c) return l;
    if (!names.includes(c[2])) names.push(c[2]);
    const k = names.indexOf(c[2]);
    return `${c[1]}(call $tick (i32.const ${k})) ${l.trim()} (call $tock (i32.const ${k}))`;
  }).join('\n').replace('(import "env" "fail"', '(import "env" "tick" (func $tick (param i32))) (import "env" "tock" (func $tock (param i32))) (import "env" "fail"');
  const bin = encodeWat(timed, `${def.name} (profiled)`);
  const b64 = Buffer.from(bin).toString('base64');
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const cur = new Float64Array(names.length);
  let t0 = 0;
  globalThis.__rnncProfile = { tick: () => { t0 = cpu(); }, tock: (k) => { cur[k] += cpu() - t0; } };
  const dir = fs.mkdtempSync(path.join(tmpDir(), `${def.name}-profile-`));
  fs.writeFileSync(path.join(dir, 'rnnc-runtime.js'), await bundleRuntime());
  fs.writeFileSync(path.join(dir, `${def.name}.wasm.js`), js
    .replace(/const WASM_BASE64 = "[^"]*";/, () => `const WASM_BASE64 = ${JSON.stringify(b64)};`)
    .replace(/const MEMORY_FLAG_AT = \d+;/, `const MEMORY_FLAG_AT = ${memoryFlagOffset(bin)};`)
    .replace('fail(code, id) {', 'tick: globalThis.__rnncProfile.tick, tock: globalThis.__rnncProfile.tock,\n        fail(code, id) {'));
  const module = await import(pathToFileURL(path.join(dir, `${def.name}.wasm.js`)).href);
  const model = module.create({ weights: r.kerasBytes(kerasWeights(w, { resetAfter: false })), layout: 'keras' });
  const inputs = inputsOf(w);
  const x = { data: inputs.x, shape: [w.B, w.T, w.I] };
  const call = w.train ? () => model.trainStep({ x, target: { data: inputs.target, shape: [w.B, w.T, w.H] } }) : () => model.forward({ x });
  call();
  const best = new Float64Array(names.length).fill(Infinity);
  let total = Infinity;
  for (let i = 0; i < runs; i++) {
    cur.fill(0);
    const c0 = cpu();
    call();
    total = Math.min(total, cpu() - c0);
    cur.forEach((v, k) => (best[k] = Math.min(best[k], v)));
  }
  const out = [`${id} ${prog}${w.cell === 'gru' ? ' (GRU reset-before)' : ''}, CPU ms, minimum over ${runs} calls: whole call ${total.toFixed(1)}, kernels ${best.reduce((a, b) => a + b, 0).toFixed(1)}`];
  for (const k of names.map((_, k) => k).sort((a, b) => best[b] - best[a])) out.push(`${best[k].toFixed(2).padStart(9)}  ${names[k].padEnd(22)} ${about[names[k]]}`);
  return out.join('\n');
}

function parseArgs(argv) {
  const o = { only: undefined, peers: undefined, runs: undefined, warmup: undefined, T: undefined, threads: 1, quick: false, pin: true, out: null };
  const list = (v) => v.split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => argv[++i];
    switch (a) {
      case '--quick': o.quick = true; break;
      case '--only': o.only = list(val()).map((s) => s.toUpperCase()); break;
      case '--peers': o.peers = list(val()); break;
      case '--runs': o.runs = Number(val()); break;
      case '--warmup': o.warmup = Number(val()); break;
      case '--T': o.T = Number(val()); break;
      case '--threads': o.threads = Number(val()); break;
      case '--no-pin': o.pin = false; break;
      case '--out': o.out = path.resolve(val()); break;
      case '--profile': o.profile = val().toUpperCase(); break;
      case '--help': case '-h':
        console.log('usage: node bench/wasm.mjs [--quick] [--only W1,W3] [--peers rnnc-wasm,rnnc-js,tfjs-wasm,ort-node,ort-web] [--runs N] [--warmup N] [--T N] [--threads N] [--no-pin] [--out FILE]\n       node bench/wasm.mjs --profile W4 [--runs N] [--T N]   (per-kernel CPU time of rnnc wasm)');
        process.exit(0);
        break;
      default:
        console.error(`bench/wasm.mjs: unknown option ${a}`);
        process.exit(2);
    }
  }
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.pin && !process.env.RNNC_BENCH_CHILD && spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0) {
    // The last core (the last N with --threads N).
    const n = os.cpus().length;
    const k = Math.min(n, Math.max(1, opts.threads));
    const core = k === 1 ? String(n - 1) : `${n - k}-${n - 1}`;
    const r = spawnSync('taskset', ['-c', core, process.execPath, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, RNNC_BENCH_CHILD: `core ${core}` } });
    process.exit(r.status ?? 1);
  }
  if (opts.profile) {
    process.stdout.write(`${await wasmProfile(opts.profile, { runs: opts.runs, T: opts.T })}\n`);
    process.exit(0);
  }
  const { markdown } = await wasmBench(opts);
  process.stdout.write(`${markdown}\n`);
  if (opts.out) fs.writeFileSync(opts.out, `${markdown}\n`);
}
