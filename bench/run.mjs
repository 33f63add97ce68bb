#!/usr/bin/env node
// rnnc benchmarks: the standard workloads W1-W5 (DESIGN.md section 6) for rnnc's JS target and
// its CPU peers (TensorFlow.js cpu and wasm, onnxruntime-node and onnxruntime-web), a per-pass
// ablation, and reference matmul peaks, all in one process pinned to one core.
//
//   npm run bench [-- --quick] [-- --only W1,W4] [...]
//
// Prints a markdown table and writes it to bench/results.md (see --help). Not part of the test
// suite; CI never runs it. Needs dist/ (`npm run bench` builds it first) and the peers' dev
// dependencies; a peer that fails to load reports the reason in its row.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

const HELP = `usage: npm run bench -- [options]

  --quick              T=20, 3 timed runs, 1 warm-up (a smoke run; numbers are not comparable)
  --only W1,W4         workloads to run (default: W1,W2,W3,W4,W5)
  --peers LIST         rows to run among rnnc,tfjs-cpu,tfjs-wasm,ort-node,ort-web (default: all)
  --ablation W1,W4     workloads of the per-pass ablation (default: W1,W4; with --stats-only
                       every selected workload; 'none' to skip)
  --ablation-T N       sequence length of the ablation (default: the workload's T, or less when
                       one all-on call takes longer than --ablation-budget s / (2 runs + warm-ups))
  --ablation-budget S  seconds per ablation variant used to pick its T (default 60)
  --stats-only         only the ablation's deterministic figures (kernels per step, launches,
                       matmul FLOPs, peak bytes; no timing, no peers, no peaks): seconds, and
                       the same on a loaded machine. With --quick: at T=20
  --runs N             timed runs per row (default 5)
  --warmup N           warm-up calls per row, the numerics reference call included (default 2)
  --slow-ms MS         a row whose warm-up call takes longer than this times 3 runs (default 10000)
  --T N                override every workload's sequence length
  --no-peaks           skip the reference matmul peaks
  --no-pin             do not pin the process to one core with taskset
  --out FILE           where to write the markdown (default bench/results.md)
  --help`;

function parseArgs(argv) {
  const o = {
    quick: false, only: ['W1', 'W2', 'W3', 'W4', 'W5'], peers: ['rnnc', 'tfjs-cpu', 'tfjs-wasm', 'ort-node', 'ort-web'],
    ablation: undefined, ablationT: undefined, ablationBudget: 60, runs: undefined, warmup: undefined, slowMs: 10000,
    T: undefined, peaks: true, pin: true, out: path.join(HERE, 'results.md'), statsOnly: false,
  };
  const list = (v) => v.split(',').map((s) => s.trim()).filter(Boolean);
  const num = (k, v) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) usage(`${k} needs a positive number, got ${v}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [k, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const val = () => inline ?? (i + 1 < argv.length ? argv[++i] : usage(`${k} needs a value`));
    switch (k) {
      case '--quick': o.quick = true; break;
      case '--only': o.only = list(val()).map((s) => s.toUpperCase()); break;
      case '--peers': o.peers = list(val()); break;
      case '--ablation': { const v = val(); o.ablation = v === 'none' ? [] : list(v).map((s) => s.toUpperCase()); break; }
      case '--ablation-T': o.ablationT = Math.floor(num(k, val())); break;
      case '--ablation-budget': o.ablationBudget = num(k, val()); break;
      case '--runs': o.runs = Math.floor(num(k, val())); break;
      case '--warmup': o.warmup = Math.floor(num(k, val())); break;
      case '--slow-ms': o.slowMs = num(k, val()); break;
      case '--T': o.T = Math.floor(num(k, val())); break;
      case '--no-peaks': o.peaks = false; break;
      case '--stats-only': o.statsOnly = true; break;
      case '--no-pin': o.pin = false; break;
      case '--out': o.out = path.resolve(val()); break;
      case '--help': case '-h': console.log(HELP); process.exit(0); break;
      default: usage(`unknown option ${a}`);
    }
  }
  return o;
}

function usage(msg) {
  console.error(`bench: ${msg}\n\n${HELP}`);
  process.exit(2);
}

const opts = parseArgs(process.argv.slice(2));
if (opts.statsOnly) opts.peaks = false;
// The figures take seconds: every selected workload unless --ablation says otherwise; timing is W1 and W4 by default.
opts.ablation ??= opts.statsOnly ? opts.only : ['W1', 'W4'];

// ---------------------------------------------------------------------------------------------
// One core: re-run this script under `taskset -c <last core>` (and with --expose-gc, so each row
// starts from a collected heap). JS is single-threaded anyway; this also keeps onnxruntime's and
// V8's helper threads on the same core.

if (!process.env.RNNC_BENCH_CHILD) {
  const core = os.cpus().length - 1;
  const node = [process.execPath, '--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const hasTaskset = opts.pin && spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
  const [cmd, ...args] = hasTaskset ? ['taskset', '-c', String(core), ...node] : node;
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, RNNC_BENCH_CHILD: hasTaskset ? `core ${core}` : 'unpinned' } });
  process.exit(r.status ?? 1);
}

const { WORKLOADS, flopsOf, inputsOf, kerasWeights, LR } = await import('./workloads.mjs');

const runs = opts.runs ?? (opts.quick ? 3 : 5);
const warmup = opts.warmup ?? (opts.quick ? 1 : 2);
const log = (s) => process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------------------------------------
// measuring

function mem() {
  const m = process.memoryUsage();
  return { rss: m.rss, js: m.heapUsed + m.external };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const firstLine = (e) => String(e && e.message ? e.message : e).split('\n')[0].slice(0, 160);

/**
 * Sets a row up, calls reference() (the numerics reference, and the first warm-up when
 * `referenceWarms`), the remaining warm-ups, then the timed runs. A row whose warm-up call is
 * slower than --slow-ms gets 3 timed runs and no further warm-up.
 */
async function measure(make, { referenceWarms = true } = {}) {
  if (global.gc) global.gc();
  const base = mem();
  const peak = { ...base };
  const sample = () => {
    const m = mem();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.js = Math.max(peak.js, m.js);
  };
  let row;
  try {
    row = await make();
  } catch (e) {
    return { error: `cannot load: ${firstLine(e)}` };
  }
  try {
    let t0 = performance.now();
    const reference = await row.reference();
    let last = performance.now() - t0;
    sample();
    const more = last > opts.slowMs ? (referenceWarms ? 0 : 1) : referenceWarms ? warmup - 1 : Math.max(1, warmup - 1);
    for (let i = 0; i < more; i++) {
      t0 = performance.now();
      await row.step();
      last = performance.now() - t0;
      sample();
    }
    const n = last > opts.slowMs ? Math.min(3, runs) : runs;
    const times = [];
    for (let i = 0; i < n; i++) {
      t0 = performance.now();
      const out = await row.step();
      times.push(performance.now() - t0);
      sample();
      if (out === undefined) throw new Error('step returned nothing');
    }
    return {
      times, n, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times),
      memRss: (peak.rss - base.rss) / 2 ** 20, memJs: (peak.js - base.js) / 2 ** 20, reference, js: row.js, note: row.note,
    };
  } catch (e) {
    return { error: `failed: ${firstLine(e)}` };
  } finally {
    try {
      await row.dispose();
    } catch {
      // a failed dispose does not change the numbers
    }
  }
}

function maxAbsDiff(a, b) {
  if (!a || !b || a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    if (!(d <= m)) m = Number.isNaN(d) ? Infinity : d;
  }
  return m;
}

const TOL = 1e-3;

/** The numerics check of a peer against its rnnc row, as table text. */
function check(peer, ref) {
  if (!peer || !ref || peer.error || ref.error) return '—';
  const p = peer.reference;
  const r = ref.reference;
  if (r.output) {
    const d = maxAbsDiff(p.output, r.output);
    return `${d <= TOL ? '✓' : '✗'} max abs diff ${sci(d)}`;
  }
  // Training: the loss and the gradient of every weight at the same starting point, in Keras layout.
  const dLoss = Math.abs(p.loss - r.loss) / Math.max(1, Math.abs(r.loss));
  let worst = 0;
  for (const k of Object.keys(r.grads)) {
    let scale = 0;
    for (const g of r.grads[k]) scale = Math.max(scale, Math.abs(g));
    worst = Math.max(worst, maxAbsDiff(p.grads[k], r.grads[k]) / (scale || 1));
  }
  return `${dLoss <= TOL && worst <= TOL ? '✓' : '✗'} loss ${sci(dLoss)}, grads ${sci(worst)} rel`;
}

const sci = (x) => (x === Infinity ? '∞' : x === 0 ? '0' : x.toExponential(0));
const fmtMs = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const fmtMem = (x) => (Math.abs(x) < 0.5 ? '0' : x.toFixed(0));

// ---------------------------------------------------------------------------------------------
// rows

function version(pkg) {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

const V = { tfjs: version('@tensorflow/tfjs-core'), ortNode: version('onnxruntime-node'), ortWeb: version('onnxruntime-web') };

/** The rows of a workload: rnnc first (peers check against it), then the peers. */
function rowsOf(w) {
  const gru = w.cell === 'gru';
  const ra = kerasWeights(w, { resetAfter: true });
  const rb = gru ? kerasWeights(w, { resetAfter: false }) : ra;
  const inputs = inputsOf(w);
  const rows = [];
  const want = (p) => opts.peers.includes(p);
  if (want('rnnc')) {
    rows.push({ key: 'rnnc', label: gru ? 'rnnc js (GRU reset-after)' : 'rnnc js', make: async () => (await import('./rnnc.mjs')).rnncRow(w, { resetAfter: true, weights: ra, inputs }) });
    if (gru && (want('tfjs-cpu') || want('tfjs-wasm'))) {
      rows.push({ key: 'rnnc-rb', label: 'rnnc js (GRU reset-before)', make: async () => (await import('./rnnc.mjs')).rnncRow(w, { resetAfter: false, weights: rb, inputs }) });
    }
  }
  for (const backend of ['cpu', 'wasm']) {
    if (!want(`tfjs-${backend}`)) continue;
    rows.push({
      key: `tfjs-${backend}`,
      ref: gru ? 'rnnc-rb' : 'rnnc',
      label: `tfjs ${V.tfjs} ${backend}${gru ? ' (reset-before)' : ''}`,
      referenceWarms: !w.train, // its reference is variableGrads, not trainOnBatch
      make: async () => {
        const t = await import('./tfjs.mjs');
        await t.useBackend(backend);
        return t.tfjsRow(w, { weights: rb, inputs });
      },
    });
  }
  if (!w.train) {
    for (const [key, flavor, label] of [['ort-node', 'node', `onnxruntime-node ${V.ortNode} cpu`], ['ort-web', 'web', `onnxruntime-web ${V.ortWeb} wasm`]]) {
      if (!want(key)) continue;
      rows.push({ key, ref: 'rnnc', label: `${label}${gru ? ' (linear_before_reset)' : ''}`, make: async () => (await import('./ort.mjs')).ortRow(flavor, w, { weights: ra, inputs }) });
    }
  }
  return rows;
}

function sized(w) {
  const T = opts.T ?? (opts.quick ? 20 : w.T);
  return { ...w, T };
}

// ---------------------------------------------------------------------------------------------
// the run

const started = new Date();
const loadStart = os.loadavg()[0];
const results = [];
const ablations = [];
const peaks = [];
const selected = opts.only.filter((id) => {
  if (!WORKLOADS[id]) usage(`unknown workload ${id} (known: ${Object.keys(WORKLOADS).join(', ')})`);
  return true;
});

if (opts.peaks) {
  const secs = opts.quick ? 0.5 : 2;
  const n = 512;
  const peak = async (label, fn) => {
    try {
      peaks.push({ label, gflops: await fn() });
    } catch (e) {
      peaks.push({ label, error: firstLine(e) });
    }
    log(`peak: ${label}: ${peaks[peaks.length - 1].error ?? peaks[peaks.length - 1].gflops.toFixed(2) + ' GFLOP/s'}`);
  };
  await peak(`plain JS matmul (4×4 register-blocked), ${n}³`, async () => (await import('./peaks.mjs')).jsMatmulPeak(n, secs));
  await peak(`tfjs ${V.tfjs} wasm matMul, ${n}³`, async () => {
    const t = await import('./tfjs.mjs');
    await t.useBackend('wasm');
    return t.tfjsMatmulPeak(n, secs);
  });
  await peak(`tfjs ${V.tfjs} cpu matMul, 256³`, async () => {
    const t = await import('./tfjs.mjs');
    await t.useBackend('cpu');
    return t.tfjsMatmulPeak(256, secs);
  });
  await peak(`onnxruntime-node ${V.ortNode} MatMul, ${n}³`, async () => (await import('./ort.mjs')).ortMatmulPeak('node', n, secs));
  await peak(`onnxruntime-web ${V.ortWeb} wasm MatMul, ${n}³`, async () => (await import('./ort.mjs')).ortMatmulPeak('web', n, secs));
}

for (const id of selected) {
  const w = sized(WORKLOADS[id]);
  if (opts.statsOnly) {
    if (opts.ablation.includes(id)) await ablate(w, null);
    continue;
  }
  const byKey = {};
  for (const row of rowsOf(w)) {
    log(`${id} ${row.label} ...`);
    const r = await measure(row.make, { referenceWarms: row.referenceWarms ?? true });
    const res = { w, key: row.key, ref: row.ref, label: row.label, ...r, load: os.loadavg()[0] };
    byKey[row.key] = res;
    results.push(res);
    log(`${id} ${row.label}: ${r.error ?? `median ${fmtMs(r.medianMs)} ms over ${r.n} runs`}`);
  }
  const mine = results.filter((x) => x.w === w);
  for (const res of mine) {
    const ref = res.ref ? byKey[res.ref] : undefined;
    res.check = res.ref ? check(res, ref) : '—';
    res.speedup = ref && !ref.error && !res.error ? res.medianMs / ref.medianMs : undefined;
  }
  for (const res of mine) delete res.reference; // outputs and gradients are large; the checks are done

  // Ablation: each IR pass and kernel option switched off alone, against all on.
  if (!opts.ablation.includes(id) || !opts.peers.includes('rnnc')) continue;
  const main = byKey.rnnc;
  if (!main || main.error) {
    ablations.push({ w, label: '(all on)', error: main ? main.error : 'no rnnc row' });
    continue;
  }
  await ablate(w, main);
}

/**
 * The ablation of one workload. Every variant (and all on) first gets its deterministic figures
 * (rnnc.mjs statsOf: kernels per step, launches, matmul FLOPs, peak bytes at the B and T of the
 * timing), which show a pass's effect whatever the load. Then, unless --stats-only, each variant is
 * timed in pairs with the all-on module (all on, variant, all on, variant, ...), so load that comes
 * and goes on a shared machine hits both alike; the ratio is the variant's median over the all-on
 * median of the same pairs. `main` is the workload's rnnc row (null with --stats-only).
 */
async function ablate(w, main) {
  const r = await import('./rnnc.mjs');
  const variants = [
    ...r.passNames().map((p) => ({ label: `pass ${p}`, emitOptions: { passes: r.passNames().filter((q) => q !== p) } })),
    ...r.KERNEL_OPTIONS.map((k) => ({ label: `kernels.${k}`, emitOptions: { kernels: { [k]: false } } })),
  ];
  const figures = (wt) => {
    const statsOf = (emitOptions) => {
      try {
        return r.statsOf(wt, emitOptions);
      } catch (e) {
        return { error: firstLine(e) };
      }
    };
    for (const v of variants) v.stats = statsOf(v.emitOptions);
    return statsOf({});
  };
  if (opts.statsOnly) {
    const baseStats = figures(w);
    ablations.push({ w, label: '(none: all on)', stats: baseStats, untimed: true });
    for (const v of variants) ablations.push({ w, label: v.label, stats: v.stats, untimed: true });
    log(`${w.id} ablation figures done (--stats-only)`);
    return;
  }
  const calls = 2 * runs + warmup;
  let T = opts.ablationT ?? w.T;
  if (opts.ablationT === undefined && main.medianMs * calls > opts.ablationBudget * 1e3) {
    const fit = Math.floor((w.T * opts.ablationBudget * 1e3) / (main.medianMs * calls));
    T = Math.min(w.T, Math.max(5, fit >= 20 ? fit - (fit % 10) : fit));
  }
  const wa = { ...w, T };
  const baseStats = figures(wa); // at the T the table shows
  const weights = kerasWeights(wa, { resetAfter: true });
  const inputs = inputsOf(wa);
  const time = async (fn) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  let base;
  try {
    base = await r.rnncRow(wa, { weights, inputs });
    let last = await time(() => base.reference());
    for (let i = 1; i < warmup && last <= opts.slowMs; i++) last = await time(base.step);
  } catch (e) {
    ablations.push({ w: wa, label: '(all on)', stats: baseStats, error: `failed: ${firstLine(e)}` });
    return;
  }
  const allOn = [];
  for (const v of variants) {
    log(`${w.id} ablation at T=${T}: ${v.label} off ...`);
    let res;
    let row;
    try {
      const c = await r.compile(r.modelDef(wa), v.emitOptions);
      if (c.js === base.js) res = { same: true };
      else {
        row = await r.rnncRow(wa, { weights, inputs, emitOptions: v.emitOptions });
        let last = await time(() => row.reference());
        for (let i = 1; i < warmup && last <= opts.slowMs; i++) last = await time(row.step);
        const n = last > opts.slowMs ? Math.min(3, runs) : runs;
        const tb = [];
        const tv = [];
        for (let i = 0; i < n; i++) {
          tb.push(await time(base.step));
          tv.push(await time(row.step));
        }
        allOn.push(...tb);
        res = { n, medianMs: median(tv), minMs: Math.min(...tv), maxMs: Math.max(...tv), baseMs: median(tb), ratio: median(tv) / median(tb) };
      }
    } catch (e) {
      res = { error: `failed: ${firstLine(e)}` };
    } finally {
      if (row) row.dispose();
    }
    ablations.push({ w: wa, label: v.label, stats: v.stats, ...res });
    log(`${w.id} ablation: ${v.label} off: ${res.error ?? (res.same ? 'same code' : `${fmtMs(res.medianMs)} ms vs ${fmtMs(res.baseMs)} all on, ${res.ratio.toFixed(2)}x`)}`);
  }
  base.dispose();
  const none = allOn.length
    ? { w: wa, label: '(none: all on)', stats: baseStats, n: allOn.length, medianMs: median(allOn), minMs: Math.min(...allOn), maxMs: Math.max(...allOn), baseMs: median(allOn), ratio: 1 }
    : { w: wa, label: '(none: all on)', stats: baseStats, untimed: true };
  ablations.splice(ablations.length - variants.length, 0, none);
}

// ---------------------------------------------------------------------------------------------
// the report

const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
/** The rnnc revision measured: the commit, and whether src/ has changes on top of it. */
function revision() {
  const git = (...a) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'rnnc (not a git checkout)';
  const dirty = git('status', '--porcelain', '--', 'src').stdout.trim() !== '';
  return `rnnc ${head.stdout.trim()}${dirty ? ' with uncommitted changes in src/' : ''}`;
}
const pinned = process.env.RNNC_BENCH_CHILD;
const lines = [];
const L = (s = '') => lines.push(s);
L(`# rnnc benchmarks${opts.statsOnly ? ' (--stats-only: the ablation\'s deterministic figures, no timing)' : opts.quick ? ' (quick run: shorter sequences, fewer runs; not comparable)' : ''}`);
L();
L(`${started.toISOString().slice(0, 10)}; ${revision()}; ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${os.type()} ${os.release()}; Node ${process.version} (V8 ${process.versions.v8}). `
  + `One process pinned to one core (${pinned === 'unpinned' ? 'not pinned: taskset unavailable or --no-pin' : `taskset ${pinned}`}), single-threaded peers. `
  + `Load average (1 min) ${loadStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end (above 1 other work shared the machine); run time ${((Date.now() - started.getTime()) / 60000).toFixed(1)} min.`);
L();
if (results.length) {
  L(`Method: float32, batch-major [B, T, I], one layer, full output sequence; weights uniform ±1/√H in Keras layout, loaded by every row. `
    + `Per row: warm-up calls (the first is the numerics reference), then ${runs} timed runs (3 when one call takes over ${opts.slowMs / 1000} s); median and min–max wall time of one call `
    + `(inputs from Float32Arrays to outputs read back). GFLOP/s counts matmul FLOPs: 2·B·(I+H)·4H per LSTM step (3H for GRU), ×3 for a training step (forward + backward + SGD update, lr ${LR}, MSE on the sequence). `
    + `"rnnc speedup" is the peer's median over rnnc's (above 1: rnnc is faster). The check compares the peer's output (training: loss and weight gradients, relative to each tensor's largest) with rnnc's on the same weights; ✓ within 1e-3. `
    + `Memory: growth of process RSS / of JS heap + external (wasm and typed arrays) over the row, sampled after each call; process-wide, so memory an earlier row freed and the process kept is not counted again. `
    + `Load: the 1-minute load average when the row ended (on 2 cores, above about 1 means other work competed with the pinned core).`);
  L();
  L('| workload | implementation | runs | median ms | min–max ms | GFLOP/s | rnnc speedup | check vs rnnc | mem Δ MB (RSS / JS) | load |');
  L('|---|---|--:|--:|--:|--:|--:|---|--:|--:|');
  for (const r of results) {
    const wl = `${r.w.id} ${r.w.what}, B=${r.w.B} T=${r.w.T} I=${r.w.I} H=${r.w.H}`;
    if (r.error) {
      L(`| ${wl} | ${r.label} | — | ${r.error.replace(/\|/g, '\\|')} | | | | | | ${r.load.toFixed(1)} |`);
      continue;
    }
    const gf = flopsOf(r.w) / (r.medianMs / 1e3) / 1e9;
    const sp = r.speedup === undefined ? '—' : `${r.speedup.toFixed(2)}×`;
    L(`| ${wl} | ${r.label} | ${r.n} | ${fmtMs(r.medianMs)} | ${fmtMs(r.minMs)}–${fmtMs(r.maxMs)} | ${gf.toFixed(2)} | ${sp} | ${r.check} | ${fmtMem(r.memRss)} / ${fmtMem(r.memJs)} | ${r.load.toFixed(1)} |`);
  }
  L();
}
if (ablations.length) {
  L('## Ablation: one pass or kernel option switched off');
  L();
  L('rnnc js, compiled with everything on except the named IR pass (`passes` of emitJsModule, from passNames()) or kernel option (`kernels`). '
    + 'Deterministic figures first (src/codegen/stats.ts, the timed program: `run` for inference, trainStep\'s `runStep` (no input gradient) for a training step, at the B and T of the row): '
    + 'kernels per step of the forward / backward (BPTT) loops, kernels in the program, kernel launches per call, matmul FLOPs per call and the bytes of the buffers a call allocates. '
    + 'They show each pass\'s effect even where its time is within the noise. '
    + (opts.statsOnly ? 'Not timed (--stats-only).' : 'Then the time: each variant is timed in alternation with the all-on module (all on, variant, all on, ...), so load that comes and goes hits both; '
    + 'ratio = its median / the all-on median of the same pairs (above 1: the pass helps). The all-on row pools every pair. "same code": switching it off does not change the generated module for this model, so it is not timed.'));
  L();
  const fig = (st) => {
    if (!st) return '| | | | | |';
    if (st.error) return `| ${st.error.replace(/\|/g, '\\|')} | | | | |`;
    const steps = st.bwdPerStep === undefined ? `${st.fwdPerStep}` : `${st.fwdPerStep} / ${st.bwdPerStep}`;
    return `| ${steps} | ${st.kernels} | ${st.launches} | ${(st.matmulFlops / 1e9).toFixed(3)} | ${(st.peakBytes / 2 ** 20).toFixed(2)} |`;
  };
  L('| workload | switched off | kernels per step (fwd / bwd) | kernels | launches per call | matmul GFLOP | peak buffer MiB | runs | median ms | min–max ms | all on, same pairs ms | ratio off / all on |');
  L('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const a of ablations) {
    const wl = `${a.w.id} ${a.w.what}, B=${a.w.B} T=${a.w.T}`;
    const head = `| ${wl} | ${a.label} ${fig(a.stats)}`;
    if (a.error) L(`${head} — | ${a.error.replace(/\|/g, '\\|')} | | | |`);
    else if (a.untimed) L(`${head} — | | | | |`);
    else if (a.same) L(`${head} — | same code as all on | | | 1.00 |`);
    else L(`${head} ${a.n} | ${fmtMs(a.medianMs)} | ${fmtMs(a.minMs)}–${fmtMs(a.maxMs)} | ${fmtMs(a.baseMs)} | ${a.ratio.toFixed(2)} |`);
  }
  L();
}
if (peaks.length) {
  L('## Reference peaks (same run, same core)');
  L();
  L('| reference | GFLOP/s |');
  L('|---|--:|');
  for (const p of peaks) L(`| ${p.label} | ${p.error ? `failed: ${p.error.replace(/\|/g, '\\|')}` : p.gflops.toFixed(2)} |`);
  L();
}
L('Not measured: `@tensorflow/tfjs-node` (its install downloads libtensorflow, which these machines cannot fetch); the GPU peers (tfjs webgpu / webgl need a browser and a GPU). '
  + 'tfjs-layers 4.22 GRU is reset-before only (`resetAfter: true` throws), so tfjs GRU rows are compared with rnnc\'s `resetAfter: false` model; onnxruntime computes reset-after (`linear_before_reset=1`), as rnnc\'s default. '
  + 'onnxruntime rows are inference only, each a single LSTM/GRU node (plus two Transposes: its kernels are time-major only) encoded in JS.');

const md = `${lines.join('\n')}\n`;
process.stdout.write(md);
fs.mkdirSync(path.dirname(opts.out), { recursive: true });
fs.writeFileSync(opts.out, md);
log(`bench: wrote ${path.relative(process.cwd(), opts.out) || opts.out}`);
