// Runs a model's bundle in a child process (trace-child.ts) and gets its traced IR module back.
// The child has a time limit (killed when it runs past it), a heap limit (--max-old-space-size)
// and, unless I/O is allowed, Node's permission model: it may read only the model's folder, the
// bundle and rnnc's own files; no file writes, no child processes, no worker threads, no native
// addons, no inspector; and it gets an empty environment. See docs/security.md.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { Module } from '../ir/types.js';
import { fileLoc, RnncError } from './diagnostics.js';
import type { ChildError, ChildMessage } from './trace-child.js';
import { fromSource, packageRoot } from './typecheck.js';
import { checkChildMessage } from './untrusted-module.js';

export interface SandboxOptions {
  /** Let the model's code read and write files, start processes and workers, and see the environment. */
  readonly allowIo: boolean;
  /** Kill the child after this many milliseconds. */
  readonly timeoutMs: number;
  /** The child's V8 heap limit in MiB. */
  readonly memoryMb: number;
}

export const DEFAULT_TIMEOUT_S = 60;
export const DEFAULT_MEMORY_MB = 2048;

/** The longest time limit in seconds: setTimeout takes at most 2^31 - 1 ms. */
export const MAX_TIMEOUT_S = Math.floor((2 ** 31 - 1) / 1000);

/** A positive number from an environment variable (at most `max`), or the default; a bad value is an error naming it. */
export function envLimit(name: string, fallback: number, max = Number.MAX_VALUE): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new RnncError(`environment variable ${name} must be a positive number, got '${v}'`);
  if (n > max) throw new RnncError(`environment variable ${name} must be at most ${max}, got '${v}'`);
  return n;
}

/** Defaults for the limits: RNNC_TRACE_TIMEOUT (seconds) and RNNC_TRACE_MEMORY (MiB), else 60 s and 2048 MiB. */
export function defaultLimits(): { timeoutMs: number; memoryMb: number } {
  return { timeoutMs: envLimit('RNNC_TRACE_TIMEOUT', DEFAULT_TIMEOUT_S, MAX_TIMEOUT_S) * 1000, memoryMb: Math.round(envLimit('RNNC_TRACE_MEMORY', DEFAULT_MEMORY_MB)) };
}

let runnerFromSource: Promise<Uint8Array> | undefined;

/**
 * The child's entry: dist/frontend/trace-child.js; or, running from TypeScript source (vitest), a
 * bundle of src/frontend/trace-child.ts, made once per process and written into each bundle folder
 * (which is removed after each load, so nothing is left in the temporary folder).
 */
async function runner(bundleDir: string): Promise<{ dir: string; file: string }> {
  if (!fromSource) {
    const file = path.join(packageRoot, 'dist', 'frontend', 'trace-child.js');
    return { dir: path.dirname(file), file };
  }
  runnerFromSource ??= (async () => {
    const srcRoot = path.join(packageRoot, 'src');
    const result = await esbuild.build({
      entryPoints: [path.join(srcRoot, 'frontend', 'trace-child.ts')],
      outfile: path.join(bundleDir, 'trace-child.mjs'),
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: 'inline',
      write: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'rnnc-self-url',
          setup(build) {
            // diagnostics.ts tells rnnc's frames from the user's by import.meta.url: keep the source's.
            build.onLoad({ filter: /\.ts$/ }, (args) => {
              const text = fs.readFileSync(args.path, 'utf8');
              return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
            });
          },
        },
      ],
    });
    return result.outputFiles[0].contents;
  })();
  const file = path.join(bundleDir, 'trace-child.mjs');
  fs.writeFileSync(file, await runnerFromSource);
  return { dir: bundleDir, file };
}

/** The flag that turns Node's permission model on: `--permission` from Node 22, `--experimental-permission` on 20. */
function permissionFlag(): string {
  return process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission';
}

const real = (p: string): string => {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
};

const fromChild = (e: ChildError): RnncError => new RnncError(e.message, e.loc, e.related.map(fromChild));

/** A started tracing process, waiting for its bundle. */
export interface TraceChild {
  /** Send the bundle (in the folder given to startTraceChild) and wait for the traced module. */
  run(bundle: string): Promise<Module | 'no-default'>;
  /** Stop the process (when bundling failed). */
  cancel(): void;
}

/**
 * Start the process that will run model file `file`'s bundle, to be written into `bundleDir`.
 * It boots while the caller type-checks and bundles; run() then traces.
 */
export async function startTraceChild(file: string, bundleDir: string, opts: SandboxOptions): Promise<TraceChild> {
  const entry = await runner(bundleDir);
  const args = [`--max-old-space-size=${Math.max(16, Math.round(opts.memoryMb))}`];
  if (!opts.allowIo) {
    const reads = new Set([path.dirname(file), bundleDir, entry.dir, packageRoot].map(real));
    args.push(permissionFlag(), ...[...reads].map((r) => `--allow-fs-read=${r}`));
    if (process.allowedNodeEnvironmentFlags.has('--disable-warning')) args.push('--disable-warning=ExperimentalWarning');
  }
  args.push(entry.file, file);
  // A CPU-time limit the OS enforces too: should rnnc itself be killed, a model stuck in a loop
  // must not run on forever (an idle one exits when its IPC channel closes).
  const cpuS = Math.ceil(opts.timeoutMs / 1000) + 10;
  const [command, argv] =
    process.platform === 'win32' || !fs.existsSync('/bin/sh')
      ? [process.execPath, args]
      : ['/bin/sh', ['-c', `ulimit -t ${cpuS} 2>/dev/null; exec "$0" "$@"`, process.execPath, ...args]];
  const child = spawn(command, argv, {
    // The child's stdout goes to rnnc's stderr: rnnc's stdout carries its own output (--emit ir).
    stdio: ['ignore', 2, 'pipe', 'ipc'],
    serialization: 'advanced',
    // The model's code sees no environment (tokens, keys) unless I/O is allowed.
    env: opts.allowIo ? process.env : {},
  });

  const LIMIT = 64 * 1024;
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    if (stderr.length < LIMIT) stderr += chunk.slice(0, LIMIT - stderr.length);
  });
  // The reply is untrusted data (the model's code ran in that process): exactly one message, checked
  // field by field (untrusted-module.ts); a second one means the model's code talked to rnnc.
  let message: unknown;
  let messages = 0;
  child.on('message', (m) => {
    messages++;
    if (messages === 1) message = m;
    else child.kill('SIGKILL');
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, s) => resolve({ code: c, signal: s }));
  });
  closed.catch(() => {});

  const run = async (bundle: string): Promise<Module | 'no-default'> => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, Math.min(opts.timeoutMs, 2 ** 31 - 1));
    if (child.connected) child.send({ bundle: real(bundle) });
    const { code, signal } = await closed.finally(() => clearTimeout(timer));

    const oom = /heap out of memory|Reached heap limit|Allocation failed/.test(stderr);
    // What the model's code printed (console.error, warnings) is shown, but not Node's crash dumps.
    if (stderr && !oom && !timedOut) process.stderr.write(stderr.replace(/\n?$/, '\n'));
    const where = fileLoc(file);
    if (messages > 1) throw new RnncError("the process running the model's code sent rnnc more than one reply: the model's code tried to talk to the compiler", where);
    if (messages === 1) {
      const reply: ChildMessage = checkChildMessage(message, file);
      if (reply.kind === 'module') return reply.module;
      if (reply.kind === 'no-default') return 'no-default';
      throw fromChild(reply.error);
    }
    if (timedOut || signal === 'SIGXCPU') {
      const s = opts.timeoutMs / 1000;
      throw new RnncError(`running the model's code took longer than ${s} s, and was stopped (an endless loop? raise the limit with --trace-timeout SECONDS or RNNC_TRACE_TIMEOUT)`, where);
    }
    if (oom || signal === 'SIGABRT' || code === 134) {
      throw new RnncError(`running the model's code used more than ${opts.memoryMb} MiB of memory, and was stopped (raise the limit with --trace-memory MIB or RNNC_TRACE_MEMORY)`, where);
    }
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    throw new RnncError(`the process running the model's code ${how} before it finished tracing the model`, where);
  };
  return { run, cancel: () => void child.kill('SIGKILL') };
}
