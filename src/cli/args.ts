// Command-line parsing for `rnnc`: node:util parseArgs in strict mode, with its errors turned into
// short usage errors (exit 2) that name the offending option.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { passNames } from '../passes/pipeline.js';

/** A mistake in how rnnc was invoked: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    /** The command whose --help to point at. */
    readonly command?: string,
  ) {
    super(message);
  }
}

export const TARGETS = ['js', 'wgsl', 'glsl', 'wasm', 'all'] as const;
export type Target = (typeof TARGETS)[number];
export const LAYOUTS = ['rnnc', 'pytorch', 'keras'] as const;
export type Layout = (typeof LAYOUTS)[number];
export const EMITS = ['ir', 'ir-opt'] as const;
export type Emit = (typeof EMITS)[number];

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parse(command: string, args: string[], options: Options): Parsed {
  try {
    const r = parseArgs({ args, options, strict: true, allowPositionals: true });
    return { values: r.values as Parsed['values'], positionals: r.positionals };
  } catch (e) {
    const err = e as Error & { code?: string };
    const msg = err.message;
    let m: RegExpExecArray | null;
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && (m = /Unknown option '([^']+)'/.exec(msg))) {
      throw new UsageError(`unknown option '${m[1]}'`, command);
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && (m = /Option '(-\w, )?(--[\w-]+)[^']*' argument missing/.exec(msg))) {
      throw new UsageError(`option '${m[2]}' needs a value`, command);
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && (m = /Option '(-\w, )?(--[\w-]+)[^']*' does not take an argument/.exec(msg))) {
      throw new UsageError(`option '${m[2]}' does not take a value`, command);
    }
    if (err.code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError(msg.split('\n')[0], command);
    throw e;
  }
}

export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[], command: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value '${value}' for --${option} (expected ${allowed.join(', ')})`, command);
}

export function str(v: string | boolean | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The options of `compile` and `run` that say how the model's code is run (see docs/security.md). */
export const TRACE_OPTIONS = {
  'allow-model-io': { type: 'boolean' },
  'trace-timeout': { type: 'string' },
  'trace-memory': { type: 'string' },
} as const satisfies Options;

/** --allow-model-io, --trace-timeout SECONDS and --trace-memory MIB as loadModel options. */
export function traceOptions(values: Parsed['values'], command: string): { allowModelIo: boolean; timeoutS?: number; memoryMb?: number } {
  const num = (option: string, max = Number.MAX_VALUE): number | undefined => {
    const v = str(values[option]);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n <= 0) throw new UsageError(`invalid value '${v}' for --${option} (expected a positive number)`, command);
    if (n > max) throw new UsageError(`invalid value '${v}' for --${option} (expected a positive number, at most ${max})`, command);
    return n;
  };
  // setTimeout takes at most 2^31 - 1 ms.
  const timeoutS = num('trace-timeout', Math.floor((2 ** 31 - 1) / 1000));
  const memoryMb = num('trace-memory');
  return { allowModelIo: values['allow-model-io'] === true, ...(timeoutS !== undefined ? { timeoutS } : {}), ...(memoryMb !== undefined ? { memoryMb } : {}) };
}

const TRACE_HELP = `  --allow-model-io  let the model file's code read and write files, start processes and
                    workers and see the environment while rnnc runs it (default: it runs in a
                    child process under Node's permission model; see docs/security.md)
  --trace-timeout S stop the model's code after S seconds (default 60, or RNNC_TRACE_TIMEOUT)
  --trace-memory M  heap limit in MiB for the model's code (default 2048, or RNNC_TRACE_MEMORY)
`;

export const MAIN_HELP = `rnnc: a compiler for recurrent neural networks

Usage:
  rnnc compile MODEL.ts [--target js|wgsl|glsl|wasm|all] [--out DIR] [--emit ir|ir-opt] [--passes LIST] [--stats] [--explain-scan] [--summary]
                        [--inference-only] [--watch] [--no-typecheck] [--allow-model-io] [--trace-timeout S] [--trace-memory MIB]
  rnnc run MODEL.ts --inputs X.safetensors --outputs Y.safetensors [--weights W.safetensors]
           [--layout rnnc|pytorch|keras] [--target js|wasm|wgsl] [--threads N] [--seed N] [--grads G.safetensors] [--no-typecheck]
           [--allow-model-io] [--trace-timeout S] [--trace-memory MIB]
  rnnc import FILE [--out DIR] [--name NAME] [--check]
  rnnc --help | --version
  rnnc COMMAND --help

Commands:
  compile   type-check and trace MODEL.ts, write a typed JavaScript module for it
  run       evaluate MODEL.ts on the named tensors of a safetensors file
  import    turn a trained ONNX, TensorFlow.js or Keras model into MODEL.ts + weights

Exit status: 0 on success, 1 on an error in the model or data, 2 on a usage error.
Set RNNC_DEBUG=1 to see the stack of an internal error.
The model file's code runs in a child process with a time and memory limit and without file
writes, processes or workers: see --allow-model-io and docs/security.md.
`;

export const COMPILE_HELP = `Usage: rnnc compile MODEL.ts [options]

Type-checks MODEL.ts, runs it to trace the model into IR, and writes a generated module.
MODEL.ts must \`export default defineModel(name, build)\`; <model> below is that name.

Options:
  --target T      js (default), wasm (WebAssembly SIMD), wgsl (WebGPU), glsl (WebGL2) or all.
                  js writes DIR/<model>.js, DIR/<model>.d.ts and DIR/rnnc-runtime.js;
                  other targets write DIR/<model>.<target>.js and .d.ts, and the GPU targets
                  their engine (rnnc-wgsl-engine.js, rnnc-glsl-engine.js).
  --out DIR       output directory (default ./out); created if missing. Files are written
                  atomically: on an error no output file is changed.
  --emit ir       print the traced IR to stdout instead of writing code
  --emit ir-opt   print the IR after the optimization passes
  --passes LIST   IR passes to run, comma-separated, in pipeline order (default: all;
                  'none' for none): ${passNames().join(', ')}
  --stats         also print, per generated program: kernels per time step, kernel launches
                  per call, matmul FLOPs and peak buffer bytes (as expressions in B and T, and
                  evaluated at B=32, T=100)
  --explain-scan  also print, for each scan, whether the linear-scans pass turns it into a
                  parallel linear_scan (h = a * h + b) and, if not, why it stays sequential
  --summary       also print the model's layers, parameters (names, shapes, counts), inputs,
                  outputs and kept states
  --inference-only
                  leave the training programs (gradients, optimizer update) out: a smaller
                  module without trainStep, for apps that only infer
  -w, --watch     compile now and again whenever the model file or a local file it imports
                  changes, until interrupted; a failed compile prints its errors and keeps the
                  files of the last good one
  --no-typecheck  skip the TypeScript type check (syntax errors are still reported)
${TRACE_HELP}  -h, --help      show this help

DIR also gets a package.json saying "type": "module" (unless it has one of its own), so that Node
loads the generated ES modules in any project, also one whose package.json says CommonJS.
`;

export const IMPORT_HELP = `Usage: rnnc import FILE [options]

Reads a trained model and writes DIR/model.ts (an ordinary rnnc model file: m.embedding, m.lstm,
m.gru, m.simpleRNN, m.dense, m.pool, with a comment per layer naming its source) and
DIR/weights.safetensors (rnnc's layout: what create({ weights }) and rnnc run --weights read).
FILE is recognised by its content:
  .onnx              ONNX (opsets 9 to 21), e.g. from torch.onnx.export
  model.json         a TensorFlow.js layers model (model.save), its weight shards beside it;
                     FILE may also be the folder holding model.json
  .keras             Keras 3 (config.json + model.weights.h5)
  .h5                Keras 2 full-model HDF5 (model.save('m.h5')); .keras and .h5 need the npm
                     package h5wasm
Inputs and outputs keep the source's names (int64 token ids become int32). Both files are
written atomically: on any error neither is written. Anything rnnc cannot express exactly is
an error naming the node or layer, never a silently different model.

Options:
  --out DIR       where to write (default: ./<name>)
  --name NAME     the model's name (default: from FILE's name)
  --check         also run the source model with its reference runtime (onnxruntime-node for
                  ONNX, @tensorflow/tfjs-layers for model.json; optional packages) and the
                  imported model on random inputs of a few batch sizes and lengths, print the
                  worst absolute and relative difference per output, and exit 1 when one
                  differs by more than 1e-4
  -h, --help      show this help
`;

export const RUN_HELP = `Usage: rnnc run MODEL.ts --inputs X.safetensors --outputs Y.safetensors [options]

Compiles MODEL.ts, evaluates it on the input tensors named in X.safetensors (names as in the
model's inputs; batch and time sizes come from the tensors' shapes) and writes every model
output, by name, to Y.safetensors.

Options:
  --inputs FILE     safetensors file with one tensor per model input (required)
  --outputs FILE    safetensors file to write the outputs to (required; written atomically)
  --weights FILE    the parameters: a safetensors file, a PyTorch torch.save file (.pt, .pth,
                    .bin) or a sharded checkpoint's model.safetensors.index.json (default:
                    seeded initialization)
  --layout L        naming and gate order of --weights: rnnc (default), pytorch or keras
  --seed N          seed of the parameter initialization when no --weights (default 0)
  --target T        backend to run: js (default), wasm, or wgsl (Dawn: needs npm 'webgpu';
                    without a GPU it uses Mesa llvmpipe). glsl needs a browser.
  --threads N       wasm: run the kernels on N threads (worker_threads; default 1). The
                    results are the same bits with any N.
  --grads FILE      also write the gradient of the model's loss (declared with m.train) for
                    every parameter (grad.<param>, in rnnc's parameter layout) and float input
                    (grad.<input>) to FILE; the outputs file then also holds the loss. Needs
                    every input, labels included; no dropout. Written atomically with --outputs.
  --no-typecheck    skip the TypeScript type check
${TRACE_HELP}  -h, --help        show this help
`;
