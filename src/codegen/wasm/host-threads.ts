// The JavaScript side of the wasm target's threads (the wasm side is threads.ts): a model created
// with `threads: n` starts n - 1 workers (Web Workers in browsers, worker_threads in Node), each
// with its own instance of the same module on one shared memory, and runs on one thread until
// they are up. A call posts the job (program, B, T, buffer addresses) in the control block,
// wakes the workers and runs thread 0's part itself; the program's barriers keep the threads in
// step, and its last barrier means every output is written when the call returns.
//
// Shared memory needs SharedArrayBuffer, which browsers give only to cross-origin isolated pages:
// elsewhere the model runs on one thread and says why once (console.warn), as onnxruntime-web
// does for its numThreads.

import { CTL } from './threads.js';

const I = (byte: number): number => byte / 4;

/** The worker's code: a self-contained function, started from its source text. */
function threadMain(): string {
  return `// Runs in a worker: the module's thread \`tid\`, waiting for jobs in the control block.
function rnncWasmThread() {
  let post;
  const start = ({ module, memory, tid, nt, programs }) => {
    const x = new WebAssembly.Instance(module, { env: { memory, fail() { throw new Error('bad id'); } } }).exports;
    x.set_thread(tid, nt);
    const ctl = new Int32Array(memory.buffer, 0, ${I(CTL.args)});
    let seen = Atomics.load(ctl, ${I(CTL.seq)});
    post('ready');
    for (;;) {
      Atomics.wait(ctl, ${I(CTL.seq)}, seen);
      seen = Atomics.load(ctl, ${I(CTL.seq)});
      const c = new Int32Array(memory.buffer);
      const p = programs[c[${I(CTL.prog)}]];
      if (!p) return;
      const args = [c[${I(CTL.B)}], c[${I(CTL.T)}], c[${I(CTL.cached)}]];
      for (let j = 0; j < p.buffers; j++) args.push(c[${I(CTL.args)} + j]);
      // A trap here follows the caller's (the abort flag): the caller reports it.
      try {
        x[p.name](...args);
      } catch {}
      Atomics.add(ctl, ${I(CTL.idle)}, 1);
    }
  };
  if (typeof require === 'function') {
    const { parentPort } = require('node:worker_threads');
    post = (m) => parentPort.postMessage(m);
    parentPort.once('message', start);
  } else {
    post = (m) => self.postMessage(m);
    self.onmessage = (e) => start(e.data);
  }
}`;
}

/** Module-level code: engines (an instance on a memory, with or without workers) and the pool. */
export function threadsPrelude(): string {
  return `${threadMain()}
const THREAD_SOURCE = '(' + rnncWasmThread.toString() + ')()';
// A variable, not a literal: bundlers for browsers then leave Node's module alone.
const NODE_WORKER_THREADS = 'node:worker_threads';
const IS_NODE = typeof process === 'object' && !!process.versions && !!process.versions.node;
let sharedModule = null;
const warned = new Set();

function warnOnce(text) {
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(text);
}

/** Why this environment cannot run threads, or '' when it can. */
function threadsUnavailable() {
  if (typeof SharedArrayBuffer !== 'function' || globalThis.crossOriginIsolated === false) {
    return 'SharedArrayBuffer is not available; serve the page cross-origin isolated (Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp)';
  }
  if (!IS_NODE && typeof Worker !== 'function') return 'this JavaScript environment has no Worker';
  if (typeof Atomics !== 'object') return 'this JavaScript environment has no Atomics';
  return '';
}

/** Starts worker \`tid\`; resolves when its instance is ready. */
async function spawnThread(start, workers) {
  if (IS_NODE) {
    const { Worker } = await import(NODE_WORKER_THREADS);
    const w = new Worker(THREAD_SOURCE, { eval: true });
    w.unref();
    workers.push(w);
    return new Promise((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
      w.postMessage(start);
    });
  }
  const url = URL.createObjectURL(new Blob([THREAD_SOURCE], { type: 'text/javascript' }));
  const w = new Worker(url);
  URL.revokeObjectURL(url);
  workers.push(w);
  return new Promise((resolve, reject) => {
    w.onmessage = resolve;
    w.onerror = (e) => reject(new Error(e.message || 'the worker failed to start'));
    w.postMessage(start);
  });
}

/**
 * The threads of one model: \`engine\` is the single-threaded ENGINE until \`ready\` (which resolves
 * to the number of threads in use, 1 when they could not start) and the threaded one after.
 */
function startThreads(requested) {
  const t = { engine: ENGINE, ready: Promise.resolve(1), stop() {} };
  if (requested === undefined || requested === 1) return t;
  if (!Number.isInteger(requested) || requested < 1 || requested > 256) {
    throw new RangeError(meta.name + ': threads must be an integer from 1 to 256, got ' + requested);
  }
  const why = threadsUnavailable();
  if (why) {
    warnOnce(meta.name + ': threads: ' + requested + ' was asked for; running on one thread: ' + why);
    return t;
  }
  const workers = [];
  let stopped = false;
  t.stop = () => {
    stopped = true;
    const e = t.engine;
    t.engine = ENGINE;
    if (e.nt > 1) {
      // Workers leave their loop on an unknown program, then end.
      const c = new Int32Array(e.memory.buffer, 0, ${I(CTL.args)});
      Atomics.store(c, ${I(CTL.prog)}, -1);
      Atomics.add(c, ${I(CTL.seq)}, 1);
      Atomics.notify(c, ${I(CTL.seq)});
    }
    for (const w of workers) w.terminate();
  };
  t.ready = (async () => {
    try {
      const memory = new WebAssembly.Memory({ initial: 1, maximum: MAX_PAGES, shared: true });
      const module = await (sharedModule ??= WebAssembly.compile(withMemoryFlag(true)));
      const x = (await WebAssembly.instantiate(module, wasmImports(memory))).exports;
      x.set_thread(0, requested);
      const programs = PROGRAMS.map((p) => ({ name: p.name, buffers: p.order.length }));
      const starts = [];
      for (let tid = 1; tid < requested; tid++) starts.push(spawnThread({ module, memory, tid, nt: requested, programs }, workers));
      await Promise.all(starts);
      if (stopped) return 1;
      t.engine = { x, memory, nt: requested, busy: false, last: null };
      return requested;
    } catch (e) {
      for (const w of workers) w.terminate();
      warnOnce(meta.name + ': threads: ' + requested + ' was asked for; running on one thread: ' + (e && e.message ? e.message : String(e)));
      return 1;
    }
  })();
  return t;
}

/** Waits (spinning: a browser's main thread may not block) until the workers finished the last job. */
function awaitWorkers(engine, c) {
  if (!engine.busy) return;
  while (Atomics.load(c, ${I(CTL.idle)}) < engine.nt - 1);
  engine.busy = false;
}

/** Posts a job to the workers of \`engine\` and wakes them. */
function postJob(engine, c, index, B, T, cached, addrs) {
  c[${I(CTL.prog)}] = index;
  c[${I(CTL.B)}] = B;
  c[${I(CTL.T)}] = T;
  c[${I(CTL.cached)}] = cached;
  c.set(addrs, ${I(CTL.args)});
  Atomics.store(c, ${I(CTL.abort)}, 0);
  Atomics.store(c, ${I(CTL.count)}, 0);
  Atomics.store(c, ${I(CTL.idle)}, 0);
  Atomics.add(c, ${I(CTL.seq)}, 1);
  Atomics.notify(c, ${I(CTL.seq)});
  engine.busy = true;
}`;
}
