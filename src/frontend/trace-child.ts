// The tracing child process (started by sandbox.ts): imports the model's bundle, traces its
// default export and sends the IR module (plain data) or a located error back over the IPC
// channel, then exits. Everything the model's code does to the process (exit, timers left
// running, unhandled rejections, uncaught exceptions) ends here, as a located error at worst.
//
// Usage: node [limits] [permission flags] trace-child.js MODEL.ts, then the message { bundle: PATH }
// over IPC: the parent starts this process first and bundles the model while it boots.

import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Module, SourceLoc } from '../ir/types.js';
import { addOwnFile, captureLoc, fileLoc, installThrowNotes, RnncError } from './diagnostics.js';
import { isModelDef, normalizeError, trace } from './trace.js';

/** An RnncError as plain data. */
export interface ChildError {
  readonly message: string;
  readonly loc?: SourceLoc;
  readonly related: readonly ChildError[];
}

export type ChildMessage = { readonly kind: 'module'; readonly module: Module } | { readonly kind: 'error'; readonly error: ChildError } | { readonly kind: 'no-default' };

const toChildError = (e: RnncError): ChildError => ({ message: e.message, ...(e.loc ? { loc: e.loc } : {}), related: e.related.map(toChildError) });

// Taken before the model's code runs, which may replace them. This is hardening only: the model's
// code runs in this process and could still change what is sent, so the parent checks the reply
// as untrusted data (untrusted-module.ts) and accepts exactly one.
type Exits = { reallyExit: (code?: number) => never };
type RawSend = (message: unknown, handle: undefined, options: { swallowErrors: boolean }, callback: (e: Error | null) => void) => boolean;
type Ipc = { _send?: RawSend; channel?: unknown; _channel?: unknown; send?: unknown };
const ipc = process as unknown as Ipc;
const rawSend = ipc._send;
const reallyExit = (process as unknown as Exits).reallyExit.bind(process);
const clone = globalThis.structuredClone;
const setImmediateP = globalThis.setImmediate;
const PromiseP = Promise;

/**
 * The model's code cannot send over the channel in the compiler's name: every way to it goes.
 * Called once the bundle's path has arrived (receiving needs process.channel), before the import.
 */
function closeIpc(): void {
  for (const key of ['send', '_send', 'channel', '_channel'] as const) {
    try {
      delete ipc[key];
    } catch {
      // not configurable: overwritten below
    }
    if (key in process) {
      try {
        Object.defineProperty(process, key, { value: undefined, writable: false, configurable: false });
      } catch {
        // a getter left in place: the parent accepts one reply only
      }
    }
  }
}
const file = process.argv[2];
let done = false;
/** A process.exit the model's code attempted (and may have caught): reported even if caught. */
let exitAttempt: RnncError | undefined;

function finish(msg: ChildMessage): void {
  if (done) return;
  done = true;
  if (!rawSend) reallyExit(3);
  else {
    try {
      Reflect.apply(rawSend, process, [msg, undefined, { swallowErrors: false }, () => reallyExit(0)]);
    } catch {
      reallyExit(3);
    }
  }
}

/** Errors from Node's permission model, said in the user's terms. */
function describeDenied(e: unknown): unknown {
  const d = e as { code?: unknown; permission?: unknown; resource?: unknown; stack?: string };
  if (!(e instanceof Error) || d.code !== 'ERR_ACCESS_DENIED') return e;
  const what =
    d.permission === 'FileSystemRead'
      ? `read ${typeof d.resource === 'string' ? `'${d.resource}'` : 'a file'} (only the model's folder can be read)`
      : d.permission === 'FileSystemWrite'
        ? `write ${typeof d.resource === 'string' ? `'${d.resource}'` : 'a file'}`
        : d.permission === 'ChildProcess'
          ? 'start a process'
          : d.permission === 'WorkerThreads'
            ? 'start a worker thread'
            : `use ${String(d.permission ?? 'a restricted API')}`;
  const err = new Error(`the model's code tried to ${what}, which rnnc does not allow while it runs a model (pass --allow-model-io to allow it)`);
  err.stack = `Error: ${err.message}\n${(d.stack ?? '').split('\n').slice(1).join('\n')}`;
  return err;
}

function fail(e: unknown, prefix = ''): void {
  const err = normalizeError(describeDenied(e), fileLoc(file));
  finish({ kind: 'error', error: toChildError(prefix ? new RnncError(`${prefix}${err.message}`, err.loc, err.related) : err) });
}

function refuse(call: string): never {
  const e = new RnncError(`the model's code called ${call}; a model file may not end the compiler's process`, captureLoc() ?? fileLoc(file));
  exitAttempt ??= e;
  throw e;
}

/** Intervals the model's code started and has not cleared, with where it started them. */
const intervals = new Map<object, SourceLoc | undefined>();

function trackIntervals(): void {
  const setI = globalThis.setInterval;
  const clearI = globalThis.clearInterval;
  globalThis.setInterval = ((...args: Parameters<typeof setI>) => {
    const t = setI(...args);
    intervals.set(t, captureLoc());
    return t;
  }) as typeof setI;
  globalThis.clearInterval = ((t: Parameters<typeof clearI>[0]) => {
    for (const k of intervals.keys()) if (k === t || (typeof t !== 'object' && Number(k) === Number(t))) intervals.delete(k);
    clearI(t);
  }) as typeof clearI;
}

async function main(): Promise<void> {
  process.on('disconnect', () => reallyExit(1));
  const bundle = await new PromiseP<string>((resolve) => process.once('message', (msg) => resolve(String((msg as { bundle?: unknown }).bundle))));
  closeIpc();
  process.on('uncaughtException', (e) => fail(e, 'uncaught exception: '));
  process.on('unhandledRejection', (e) => fail(e, 'unhandled promise rejection: '));
  process.exit = ((code?: number) => refuse(`process.exit(${code ?? ''})`)) as typeof process.exit;
  process.abort = (() => refuse('process.abort()')) as typeof process.abort;
  (process as unknown as Exits).reallyExit = (code?: number) => refuse(`process.reallyExit(${code ?? ''})`);
  installThrowNotes();
  trackIntervals();
  // Source maps for the model's bundle only (rnnc's own modules are loaded already: mapping them
  // would cost time and nothing else); this entry's frames are rnnc's, whatever its path.
  addOwnFile(process.argv[1]);
  try {
    addOwnFile(realpathSync(process.argv[1]));
  } catch {
    // only a symlinked entry needs its real path
  }
  process.setSourceMapsEnabled(true);

  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(bundle).href)) as { default?: unknown };
  } catch (e) {
    fail(e);
    return;
  }
  if (exitAttempt) return fail(exitAttempt);
  if (!isModelDef(mod.default)) return finish({ kind: 'no-default' });
  let m: Module;
  try {
    // A copy now: code the model left running (timers) must not change what is sent.
    m = clone(trace(mod.default, { file }));
  } catch (e) {
    fail(e);
    return;
  }
  if (exitAttempt) return fail(exitAttempt);
  // Let rejections the model's code left unhandled surface before answering.
  await new PromiseP((resolve) => setImmediateP(resolve));
  if (intervals.size > 0) {
    const [loc] = intervals.values();
    return fail(new RnncError("the model's code started an interval timer (setInterval) and left it running: a model file must not leave work running after it is loaded", loc ?? fileLoc(file)));
  }
  finish({ kind: 'module', module: m });
}

main().catch((e: unknown) => fail(e));
