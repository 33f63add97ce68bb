// The host side of the wasm target: a generated `<model>.wasm.js` is its `meta`, the WebAssembly
// binary (base64), one descriptor per program (buffer sizes and bindings) and `create(options)`,
// which calls `createWasmModel` here. The model is the CPU shell (model.ts) with each program a
// function that lays the buffers out in linear memory, copies inputs, parameters, states and
// dropout masks in, runs the exported wasm function and copies outputs and updated states out.
//
// Every model without threads shares one single-threaded instance per module: calls are
// synchronous and everything a call reads is copied in at its start. A model created with
// `threads: n` starts n - 1 workers (Web Workers in browsers, worker_threads in Node), each with
// its own instance of the same binary on one shared memory, and runs on one thread until they are
// up. A call posts the job (program, B, T, buffer addresses) in the control block, wakes the
// workers and runs thread 0's part itself; the program's barriers keep the threads in step.
// Shared memory needs SharedArrayBuffer, which browsers give only to cross-origin isolated pages:
// elsewhere the model runs on one thread and says why once (console.warn).
// Browser-safe: Node's worker_threads is imported only in Node, by a computed specifier.

import { InputError } from './errors.js';
import { createModel, type CreateOptions, type Model, type ModelPrograms, type ProgramFn } from './model.js';
import type { ModelDef } from './shell.js';

/** Byte offsets in the threads' control block at the bottom of memory (the wasm side: codegen/wasm/threads.ts). */
export const WASM_CTL = { count: 0, gen: 4, abort: 8, seq: 12, idle: 16, prog: 20, B: 24, T: 28, cached: 32, args: 36 } as const;

/**
 * The barrier's report of a long wait (codegen/wasm/threads.ts): every `checkSpins` spins thread 0
 * calls the `fail` import with `code` and the barrier's generation. The host gives up on the
 * threads when one barrier (or the wait for the workers before a call) lasts longer than
 * `defaultMs`: a healthy kernel gives thread 0, which always holds the largest part of a split
 * kernel, a wait of about the time it takes to wake a worker, never seconds.
 */
export const WASM_STALL = { code: -1, checkSpins: 65536, defaultMs: 10_000 } as const;

/** The threads of a wasm model stopped working (a worker exited, failed or hangs): the call was abandoned. */
export class WasmThreadsError extends Error {
  override name = 'WasmThreadsError';
}

/** The memory's maximum: all of wasm32's 4 GiB (a maximum is required of a shared memory). */
export const WASM_MAX_PAGES = 65536;

/** One program's buffers and bindings, as the generated module describes it. */
export interface WasmProgram {
  readonly name: 'run' | 'runEval' | 'runTrain' | 'runStep';
  /** Buffer sizes in elements at (B, T). */
  readonly sizes: (B: number, T: number) => number[];
  /** Buffer ids in address order: the parameters (and their kept kernels' outputs), the other filled buffers, those zeroed, the rest. */
  readonly order: readonly number[];
  /** Whether the program has kernels of the parameters alone, skipped while the parameters are unchanged (prep.ts). */
  readonly keepsParamKernels: boolean;
  /** A kernel writes a parameter's buffer: the parameters are copied in before every call. */
  readonly writesParams?: boolean;
  /** The first buffer to zero and the first after the zeroed range (-1: none, or up to the staging area). */
  readonly zeroFrom: number;
  readonly zeroTo: number;
  /** 1 for an i32 buffer. */
  readonly i32: readonly number[];
  readonly inputs: readonly number[];
  readonly params: readonly number[];
  readonly states: readonly number[];
  readonly randoms: readonly number[];
  readonly outputs: readonly number[];
}

export interface WasmModuleData {
  /** The binary, base64. */
  readonly binary: string;
  /** For each failure code of the binary's `fail` import: the message before and after the bad id. */
  readonly idErrors: readonly (readonly [string, string])[];
  /** The byte of the memory import's limits flag: 3 shared, 1 not. */
  readonly memoryFlagAt: number;
  /** Buffers start here; below is the threads' control block. */
  readonly heapBase: number;
  readonly programs: readonly WasmProgram[];
}

type Exports = Record<string, (...args: number[]) => number>;

// The WebAssembly and Worker APIs as this file uses them (the project's TypeScript libs, ES2022 and
// Node's, do not declare them; the runtime runs in browsers and Node alike).
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
type WasmCompiled = object;
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  compile(bytes: Uint8Array): Promise<WasmCompiled>;
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: object } }>;
  instantiate(module: WasmCompiled, imports: object): Promise<{ exports: object }>;
  Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
  Instance: new (module: WasmCompiled, imports: object) => { exports: object };
}
interface BrowserWorker {
  onmessage: ((e: unknown) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
  postMessage(m: unknown): void;
  terminate(): void;
}
interface WebGlobals {
  WebAssembly?: WasmApi;
  Worker?: new (url: string) => BrowserWorker;
  Blob: new (parts: string[], o: { type: string }) => object;
  URL: { createObjectURL(b: object): string; revokeObjectURL(u: string): void };
  crossOriginIsolated?: boolean;
}
const web = globalThis as unknown as WebGlobals;

interface Engine {
  readonly x: Exports;
  readonly memory: WasmMemory;
  /** Threads of this engine (1: the shared single-threaded instance). */
  readonly nt: number;
  busy: boolean;
  /** The program that ran last on this memory (its kept parameter kernels may be reused). */
  last: WasmProgram | null;
  /** The paramsVersion of that call: the same object means the same parameters are already in place. */
  lastParams: object | null;
}

/** A loaded binary: decode and the single-threaded instance once per module, at import. */
export interface WasmModule {
  readonly data: WasmModuleData;
  readonly bytes: Uint8Array;
  /** The single-threaded engine shared by every model without threads; null without WebAssembly SIMD. */
  readonly engine: Engine | null;
  /** The compiled shared-memory variant, made once when some model first asks for threads. */
  shared: Promise<WasmCompiled> | null;
}

const NO_WASM = 'this module needs WebAssembly with SIMD (128-bit), which this JavaScript engine does not support; compile the model with --target js for it';
const I = (byte: number): number => byte / 4;

function fromBase64(s: string): Uint8Array {
  const B = (globalThis as unknown as { Buffer?: { from(s: string, enc: string): Uint8Array } }).Buffer;
  if (B !== undefined) return new Uint8Array(B.from(s, 'base64'));
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function withMemoryFlag(mod: WasmModule, shared: boolean): Uint8Array {
  const bytes = mod.bytes.slice();
  bytes[mod.data.memoryFlagAt] = shared ? 3 : 1;
  return bytes;
}

function wasmImports(data: WasmModuleData, memory: WasmMemory, stalled: (gen: number) => void = () => {}): object {
  return {
    env: {
      memory,
      fail(code: number, id: number) {
        // Thread 0 waiting long at a barrier (WASM_STALL): `stalled` throws when it is too long.
        if (code === WASM_STALL.code) return stalled(id);
        throw new InputError(data.idErrors[code][0] + id + data.idErrors[code][1]);
      },
    },
  };
}

const clock = (): number => (typeof performance === 'object' && typeof performance.now === 'function' ? performance.now() : Date.now());

/** Decodes the binary and instantiates the single-threaded engine (run once, at the module's import). */
export async function loadWasmModule(data: WasmModuleData): Promise<WasmModule> {
  const mod: WasmModule = { data, bytes: fromBase64(data.binary), engine: null, shared: null };
  // Without SIMD128 the binary does not validate: create() then says so (NO_WASM).
  const single = withMemoryFlag(mod, false);
  const WA = web.WebAssembly;
  if (typeof WA === 'object' && WA.validate(single)) {
    const memory = new WA.Memory({ initial: 1, maximum: WASM_MAX_PAGES });
    const instance = (await WA.instantiate(single, wasmImports(data, memory))).instance;
    (mod as { engine: Engine | null }).engine = { x: instance.exports as unknown as Exports, memory, nt: 1, busy: false, last: null, lastParams: null };
  }
  return mod;
}

const bytesOf = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * Runs program `prog` in the memory of `engine`: buffers 16-byte aligned, those the host fills
 * first, then the scratch and output buffers that must start at zero (as the JS target's fresh
 * arrays do), then those written in full before they are read. Returns the outputs (fresh arrays)
 * and writes the updated states back.
 */
function callWasm(
  modelName: string,
  heapBase: number,
  t: Threads,
  prog: WasmProgram,
  index: number,
  B: number,
  T: number,
  inputs: readonly (Float32Array | Int32Array)[],
  params: readonly Float32Array[],
  states: readonly (Float32Array | Int32Array)[],
  randoms: readonly Float32Array[],
  paramsVersion: object | undefined,
  into: readonly (Float32Array | Int32Array | undefined)[] | undefined,
): (Float32Array | Int32Array)[] {
  const sizes = prog.sizes(B, T);
  const addrs: number[] = new Array(sizes.length);
  let at = heapBase;
  for (const id of prog.order) {
    addrs[id] = at;
    at += (sizes[id] * 4 + 15) & ~15;
  }
  // The parameters are staged after the buffers and copied in by params_same (see below).
  const stage = at;
  if (prog.keepsParamKernels) for (let j = 0; j < params.length; j++) at += (params[j].byteLength + 15) & ~15;
  // A worker that exited or failed since the last call: this call is refused (the model runs on one thread from now on).
  t.check();
  const engine = t.engine;
  const memory = engine.memory;
  const threads = engine.nt > 1;
  if (threads) t.guard(() => awaitWorkers(t, engine, new Int32Array(memory.buffer, 0, I(WASM_CTL.args))));
  if (at > memory.buffer.byteLength) {
    try {
      memory.grow(Math.ceil((at - memory.buffer.byteLength) / 65536));
    } catch (e) {
      throw new RangeError(`${modelName}: a call with B = ${B}, T = ${T} needs ${Math.ceil(at / 2 ** 20)} MiB of WebAssembly memory, more than this engine gives (${(e as Error).message})`);
    }
  }
  const heap = new Uint8Array(memory.buffer);
  const put = (ids: readonly number[], arrays: readonly ArrayBufferView[]) => {
    for (let j = 0; j < ids.length; j++) heap.set(bytesOf(arrays[j]), addrs[ids[j]]);
  };
  // Parameters lie first, at addresses that do not depend on B and T, then what the program's
  // kernels of the parameters alone make of them (prep.ts): when this program ran last on this
  // memory and params_same finds every parameter unchanged, those kernels are skipped. A program
  // without such kernels takes its parameters directly.
  // The same program with the same parameters (the same paramsVersion, so the same model, and no
  // change since) as the last call on this memory: they and their kernels' outputs are in place.
  // Streaming calls (B = 1, T = 1) would otherwise spend most of their time copying them.
  let cached = 0;
  if (paramsVersion !== undefined && !prog.writesParams && engine.last === prog && engine.lastParams === paramsVersion) {
    cached = 1;
  } else if (prog.keepsParamKernels) {
    cached = engine.last === prog ? 1 : 0;
    for (let j = 0, s = stage; j < params.length; j++) {
      heap.set(bytesOf(params[j]), s);
      cached &= engine.x.params_same(s, addrs[prog.params[j]], params[j].byteLength);
      s += (params[j].byteLength + 15) & ~15;
    }
  } else {
    put(prog.params, params);
  }
  engine.last = null;
  engine.lastParams = null;
  put(prog.inputs, inputs);
  put(prog.states, states);
  put(prog.randoms, randoms);
  // Only the buffers read before written (or outputs written in part) are zeroed: see zeroing.ts.
  if (prog.zeroFrom >= 0) heap.fill(0, addrs[prog.zeroFrom], prog.zeroTo >= 0 ? addrs[prog.zeroTo] : stage);
  if (threads) {
    const c = new Int32Array(memory.buffer, 0, I(WASM_CTL.args) + addrs.length);
    postJob(engine, c, index, B, T, cached, addrs);
    try {
      engine.x[prog.name](B, T, cached, ...addrs);
    } catch (e) {
      // A worker trapped (abort 2) or stopped answering (WasmThreadsError): the threads are given up.
      const workerTrapped = Atomics.load(c, I(WASM_CTL.abort)) === 2;
      // The workers give up at their next barrier; the next call starts afresh.
      Atomics.store(c, I(WASM_CTL.abort), 1);
      if (e instanceof WasmThreadsError) throw t.fail(e.message);
      if (workerTrapped) throw t.fail('a worker thread trapped');
      t.guard(() => awaitWorkers(t, engine, c));
      throw e;
    }
  } else {
    engine.x[prog.name](B, T, cached, ...addrs);
  }
  engine.last = prog;
  engine.lastParams = paramsVersion ?? null;
  const view = (id: number) => (prog.i32[id] ? new Int32Array(memory.buffer, addrs[id], sizes[id]) : new Float32Array(memory.buffer, addrs[id], sizes[id]));
  for (let j = 0; j < prog.states.length; j++) states[j].set(view(prog.states[j]));
  // Outputs go straight into the caller's arrays when given (streaming: nothing allocated per call).
  return prog.outputs.map((id, j) => {
    const a = into?.[j];
    if (!a) return view(id).slice();
    a.set(view(id));
    return a;
  });
}

/** Creates a model of a wasm module: the CPU shell (model.ts) over the module's programs. */
export function createWasmModel(def: ModelDef, mod: WasmModule, options: CreateOptions & { readonly threads?: unknown } = {}): Model {
  const single = mod.engine;
  if (!single) throw new Error(`${def.meta.name}: ${NO_WASM}`);
  const threads = startThreads(def.meta.name, mod, single, options.threads);
  const programs: Partial<Record<WasmProgram['name'], ProgramFn>> = {};
  mod.data.programs.forEach((p, index) => {
    programs[p.name] = (B, T, inputs, params, states, randoms = [], paramsVersion = undefined, into = undefined) =>
      callWasm(def.meta.name, mod.data.heapBase, threads, p, index, B, T, inputs, params, states, randoms, paramsVersion, into);
  });
  // A create() that fails (bad weights, say) must not leave workers behind.
  try {
    return createWasmShell(def, programs as ModelPrograms, options, threads);
  } catch (e) {
    threads.stop();
    throw e;
  }
}

function createWasmShell(def: ModelDef, programs: ModelPrograms, options: CreateOptions, threads: Threads): Model {
  return createModel(def, programs, options, (model) => {
    Object.defineProperty(model, 'threads', { enumerable: true, get: () => threads.engine.nt });
    model.threadsReady = threads.ready;
    // For tests: the worker objects (e.g. to terminate one) and the stall bound in milliseconds.
    Object.defineProperty(model, '__threads', { enumerable: false, value: threads.hook });
    const disposeModel = model.dispose;
    model.dispose = () => {
      threads.stop();
      disposeModel();
    };
  });
}

// ---- threads ----

/** The worker's code: a self-contained function, started from its source text (it sees nothing else of this file). */
function rnncWasmThread(): void {
  type Start = { module: object; memory: { buffer: ArrayBuffer }; tid: number; nt: number; programs: { name: string; buffers: number }[]; ctl: Record<string, number> };
  let post: (m: unknown) => void;
  const start = ({ module, memory, tid, nt, programs, ctl: C }: Start) => {
    const WA = (globalThis as unknown as { WebAssembly: { Instance: new (m: object, i: object) => { exports: object } } }).WebAssembly;
    const x = new WA.Instance(module, {
      env: {
        memory,
        // Workers never check ids (gather and one_hot run on thread 0) nor report waits (thread 0 does).
        fail(code: number) {
          if (code >= 0) throw new Error('bad id');
        },
      },
    }).exports as unknown as Record<string, (...a: number[]) => void>;
    x.set_thread(tid, nt);
    const ctl = new Int32Array(memory.buffer, 0, C.args / 4);
    let seen = Atomics.load(ctl, C.seq / 4);
    post('ready');
    for (;;) {
      Atomics.wait(ctl, C.seq / 4, seen);
      seen = Atomics.load(ctl, C.seq / 4);
      const c = new Int32Array(memory.buffer);
      const p = programs[c[C.prog / 4]];
      if (!p) return;
      const args = [c[C.B / 4], c[C.T / 4], c[C.cached / 4]];
      for (let j = 0; j < p.buffers; j++) args.push(c[C.args / 4 + j]);
      // A trap here follows the caller's (the abort flag, 1): the caller reports it. A trap of this
      // worker's own sets the flag to 2, so that thread 0 leaves its barrier and gives the threads up.
      try {
        x[p.name](...args);
      } catch {
        Atomics.compareExchange(ctl, C.abort / 4, 0, 2);
      }
      Atomics.add(ctl, C.idle / 4, 1);
    }
  };
  // Node runs an eval'd worker as a script with `require` on globalThis. Read as a property, not
  // the bare name, which bundlers rewrite into a helper that the worker's own source lacks; and
  // called with a computed name, so that they do not try to resolve the module.
  const g = globalThis as unknown as { require?: (m: string) => { parentPort: { postMessage(m: unknown): void; once(e: string, f: (d: Start) => void): void } }; postMessage(m: unknown): void; onmessage: unknown };
  const load = g.require;
  if (typeof load === 'function') {
    const { parentPort } = load(['node', 'worker_threads'].join(':')) as ReturnType<NonNullable<typeof g.require>>;
    post = (m) => parentPort.postMessage(m);
    parentPort.once('message', start);
  } else {
    post = (m) => g.postMessage(m);
    g.onmessage = (e: { data: Start }) => start(e.data);
  }
}

// Top-level code here stays free of calls, so that an app's bundler drops this file from a JS-target app.
const threadSource = (): string => `(${rnncWasmThread.toString()})()`;
// A variable, not a literal: bundlers for browsers then leave Node's module alone.
const nodeWorkerThreads = (): string => ['node', 'worker_threads'].join(':');
const isNode = (): boolean => typeof process === 'object' && !!process.versions && !!process.versions.node;
let warned: Set<string> | null = null;

function warnOnce(text: string): void {
  warned ??= new Set();
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(text);
}

/** Why this environment cannot run threads, or '' when it can. */
function threadsUnavailable(): string {
  if (typeof SharedArrayBuffer !== 'function' || web.crossOriginIsolated === false) {
    return 'SharedArrayBuffer is not available; serve the page cross-origin isolated (Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp)';
  }
  if (!isNode() && typeof web.Worker !== 'function') return 'this JavaScript environment has no Worker';
  if (typeof Atomics !== 'object') return 'this JavaScript environment has no Atomics';
  return '';
}

interface AnyWorker {
  terminate(): unknown;
}

const errorText = (e: unknown): string => (e && (e as Error).message ? (e as Error).message : String(e));

/**
 * Starts one worker; resolves when its instance is ready. `gone` hears of the worker's end at any
 * time after: its exit or an error (Node: 'exit' and 'error'; browsers: 'error', as a terminated
 * Web Worker sends nothing). The event loop delivers these between calls; during a call the
 * barrier's clock (WASM_STALL) stands in.
 */
async function spawnThread(start: { readonly tid: number; readonly [k: string]: unknown }, workers: AnyWorker[], gone: (why: string) => void): Promise<unknown> {
  const tid = start.tid;
  if (isNode()) {
    const { Worker: NodeWorker } = (await import(/* @vite-ignore */ /* webpackIgnore: true */ nodeWorkerThreads())) as {
      Worker: new (src: string, o: { eval: boolean }) => AnyWorker & { unref(): void; on(e: string, f: (v: unknown) => void): void; once(e: string, f: (v: unknown) => void): void; postMessage(m: unknown): void };
    };
    const w = new NodeWorker(threadSource(), { eval: true });
    w.unref();
    workers[tid - 1] = w;
    w.on('exit', (code) => gone(`worker ${tid} exited (code ${String(code)})`));
    w.on('error', (e) => gone(`worker ${tid} failed: ${errorText(e)}`));
    return new Promise((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
      w.once('exit', (code) => reject(new Error(`worker ${tid} exited (code ${String(code)}) before it was ready`)));
      w.postMessage(start);
    });
  }
  const url = web.URL.createObjectURL(new web.Blob([threadSource()], { type: 'text/javascript' }));
  const w = new web.Worker!(url);
  web.URL.revokeObjectURL(url);
  workers[tid - 1] = w;
  return new Promise((resolve, reject) => {
    w.onmessage = (e) => {
      w.onmessage = null;
      resolve(e);
    };
    w.onerror = (e) => {
      const why = e.message || 'the worker failed';
      reject(new Error(why));
      gone(`worker ${tid} failed: ${why}`);
    };
    w.postMessage(start);
  });
}

/** The test hook of a threaded model (`model.__threads`, not enumerable). */
export interface ThreadsHook {
  /** The workers (Node Worker or Web Worker objects): thread tid's at tid - 1. */
  readonly workers: readonly AnyWorker[];
  /** How long thread 0 waits for the workers before it gives them up (WASM_STALL.defaultMs). */
  stallMs: number;
}

interface Threads {
  engine: Engine;
  ready: Promise<number>;
  hook: ThreadsHook;
  stop(): void;
  /** Throws the WasmThreadsError of a worker that ended since the last call (and falls back to one thread). */
  check(): void;
  /** Runs f; a WasmThreadsError it throws gives the threads up. */
  guard(f: () => void): void;
  /** Gives the threads up (one thread from now on, the one-time warning) and returns the call's error. */
  fail(why: string): WasmThreadsError;
}

/**
 * The threads of one model: `engine` is the single-threaded one until `ready` (which resolves to
 * the number of threads in use, 1 when they could not start) and the threaded one after.
 */
function startThreads(modelName: string, mod: WasmModule, single: Engine, requested: unknown): Threads {
  const workers: AnyWorker[] = [];
  const t: Threads = {
    engine: single,
    ready: Promise.resolve(1),
    hook: { workers, stallMs: WASM_STALL.defaultMs },
    stop() {},
    check() {},
    guard: (f) => f(),
    fail: (why) => new WasmThreadsError(`${modelName}: ${why}`),
  };
  if (requested === undefined || requested === 1) return t;
  if (!Number.isInteger(requested) || (requested as number) < 1 || (requested as number) > 256) {
    throw new RangeError(`${modelName}: threads must be an integer from 1 to 256, got ${typeof requested === 'string' ? JSON.stringify(requested) : String(requested)}`);
  }
  const n = requested as number;
  const why = threadsUnavailable();
  if (why) {
    warnOnce(`${modelName}: threads: ${n} was asked for; running on one thread: ${why}`);
    return t;
  }
  let stopped = false;
  // Why a worker ended (exit or error), heard between calls; '' while all run.
  let lost = '';
  t.stop = () => {
    stopped = true;
    const e = t.engine;
    t.engine = single;
    if (e.nt > 1) {
      // Workers leave their loop on an unknown program, then end.
      const c = new Int32Array(e.memory.buffer, 0, I(WASM_CTL.args));
      Atomics.store(c, I(WASM_CTL.abort), 1);
      Atomics.store(c, I(WASM_CTL.prog), -1);
      Atomics.add(c, I(WASM_CTL.seq), 1);
      Atomics.notify(c, I(WASM_CTL.seq));
    }
    for (const w of workers) w?.terminate();
  };
  t.fail = (why) => {
    const threaded = t.engine.nt > 1;
    t.stop();
    warnOnce(`${modelName}: threads: ${n} was asked for; running on one thread: ${why}`);
    return new WasmThreadsError(`${modelName}: ${why}; ${threaded ? 'the call was abandoned and ' : ''}the model runs on one thread from now on (the same results)`);
  };
  t.check = () => {
    if (lost && t.engine.nt > 1) throw t.fail(lost);
  };
  t.guard = (f) => {
    try {
      f();
    } catch (e) {
      if (e instanceof WasmThreadsError) throw t.fail(e.message);
      throw e;
    }
  };
  const gone = (why: string) => {
    if (!stopped && !lost) lost = why;
  };
  // Thread 0 at a barrier of generation `gen` has spun WASM_STALL.checkSpins times more.
  let stallGen = Number.NaN;
  let stallSince = 0;
  const stalled = (gen: number) => {
    const now = clock();
    if (gen !== stallGen) {
      stallGen = gen;
      stallSince = now;
    } else if (now - stallSince > t.hook.stallMs) {
      stallGen = Number.NaN;
      throw new WasmThreadsError(`${lost || 'a worker thread stopped answering'}: thread 0 waited more than ${t.hook.stallMs} ms at a barrier`);
    }
  };
  t.ready = (async () => {
    try {
      const WA = web.WebAssembly!;
      const memory = new WA.Memory({ initial: 1, maximum: WASM_MAX_PAGES, shared: true });
      mod.shared ??= WA.compile(withMemoryFlag(mod, true));
      const module = await mod.shared;
      const x = (await WA.instantiate(module, wasmImports(mod.data, memory, stalled))).exports as unknown as Exports;
      x.set_thread(0, n);
      const programs = mod.data.programs.map((p) => ({ name: p.name, buffers: p.order.length }));
      const starts: Promise<unknown>[] = [];
      for (let tid = 1; tid < n; tid++) starts.push(spawnThread({ module, memory, tid, nt: n, programs, ctl: WASM_CTL }, workers, gone));
      await Promise.all(starts);
      if (stopped) return 1;
      if (lost) throw new Error(lost);
      t.engine = { x, memory, nt: n, busy: false, last: null, lastParams: null };
      return n;
    } catch (e) {
      for (const w of workers) w?.terminate();
      warnOnce(`${modelName}: threads: ${n} was asked for; running on one thread: ${e && (e as Error).message ? (e as Error).message : String(e)}`);
      return 1;
    }
  })();
  return t;
}

/**
 * Waits (spinning: a browser's main thread may not block) until the workers finished the last job;
 * a WasmThreadsError after the stall bound (a worker that died before it said it was done).
 */
function awaitWorkers(t: Threads, engine: Engine, c: Int32Array): void {
  if (!engine.busy) return;
  let since = -1;
  for (let spins = 1; Atomics.load(c, I(WASM_CTL.idle)) < engine.nt - 1; spins++) {
    if ((spins & (WASM_STALL.checkSpins - 1)) !== 0) continue;
    const now = clock();
    if (since < 0) since = now;
    else if (now - since > t.hook.stallMs) throw new WasmThreadsError(`a worker thread did not finish its part of the last call within ${t.hook.stallMs} ms`);
  }
  engine.busy = false;
}

/** Posts a job to the workers of `engine` and wakes them. */
function postJob(engine: Engine, c: Int32Array, index: number, B: number, T: number, cached: number, addrs: readonly number[]): void {
  c[I(WASM_CTL.prog)] = index;
  c[I(WASM_CTL.B)] = B;
  c[I(WASM_CTL.T)] = T;
  c[I(WASM_CTL.cached)] = cached;
  c.set(addrs, I(WASM_CTL.args));
  Atomics.store(c, I(WASM_CTL.abort), 0);
  Atomics.store(c, I(WASM_CTL.count), 0);
  Atomics.store(c, I(WASM_CTL.idle), 0);
  Atomics.add(c, I(WASM_CTL.seq), 1);
  Atomics.notify(c, I(WASM_CTL.seq));
  engine.busy = true;
}
