// `rnnc run`: compile a model to JS in a temporary directory, import it, load weights, evaluate it
// on the tensors of a safetensors file and write its outputs to another one. With --grads, also
// the gradient of the model's loss (declared with m.train) for every parameter and float input.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RnncError } from '../frontend/diagnostics.js';
import type { NamedTensor } from '../runtime/index.js';
import { mergeShards, shardIndex } from '../runtime/weights-file.js';
import { LAYOUTS, oneOf, parse, RUN_HELP, str, TARGETS, TRACE_OPTIONS, traceOptions, UsageError, type Layout } from './args.js';
import { resolveTargets } from './compile.js';
import { renderModule } from '../compiler/compile.js';
import type { Io } from './io.js';
import { makeTempDir, writeFilesAtomic, type FileToWrite } from '../compiler/write-atomic.js';

interface InputMeta {
  readonly name: string;
  readonly dtype: 'f32' | 'i32';
  readonly shape: readonly (number | string)[];
  readonly role?: string;
  /** forward() does not need it (e.g. labels only the loss reads): it may be left out. */
  readonly optional?: boolean;
  /** The same, as older generated modules name it. */
  readonly trainingOnly?: boolean;
}
interface RunTensor {
  data: Float32Array | Int32Array;
  shape: number[];
}
interface GeneratedModel {
  forward(inputs: Record<string, RunTensor>): Record<string, RunTensor> | Promise<Record<string, RunTensor>>;
  loadWeights(bytes: Uint8Array, opts: { layout?: Layout; source?: string }): void | Promise<void>;
  /** Models that declare m.train: the loss and outputs without dropout. */
  evaluate?(batch: Record<string, RunTensor>): { loss: number; outputs: Record<string, RunTensor> } | Promise<{ loss: number; outputs: Record<string, RunTensor> }>;
  /** Models that declare m.train: the loss and the gradient of every parameter and float input. */
  gradients?(batch: Record<string, RunTensor>): { loss: number; grads: Record<string, Float32Array> } | Promise<{ loss: number; grads: Record<string, Float32Array> }>;
  meta?: { inputs?: readonly InputMeta[]; params?: readonly ParamMeta[] };
  /** wasm: resolves to the threads in use once its workers are up. */
  threadsReady?: Promise<number>;
}
interface ParamMeta {
  readonly name: string;
  readonly shape: readonly number[];
}
interface GeneratedModule {
  create(options?: { seed?: number; weights?: Uint8Array; layout?: Layout; device?: unknown; threads?: number }): GeneratedModel | Promise<GeneratedModel>;
  meta?: { inputs?: readonly InputMeta[]; params?: readonly ParamMeta[] };
}

/** A path as located messages show it: relative to the current directory when below it. */
function shownPath(file: string): string {
  const rel = path.relative(process.cwd(), path.resolve(file));
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

function readFile(what: string, file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new RnncError(`cannot read ${what} file '${file}': ${why}`);
  }
}

/** The --weights file's bytes; a sharded checkpoint's index gives its shards (beside it) merged. */
function readWeightsArg(file: string): Uint8Array {
  const bytes = readFile('--weights', file);
  const index = shardIndex(bytes);
  if (!index) return bytes;
  const shards = new Map<string, Uint8Array>();
  for (const shard of new Set(index.values())) shards.set(shard, readFile('--weights shard', path.join(path.dirname(file), shard)));
  return mergeShards(index, shards, path.basename(file));
}

/**
 * The inputs record for forward(), checked by name and dtype against the model's inputs. With
 * `allowOptional`, inputs forward() does not need (labels, targets only the loss reads) may be left out.
 */
export function matchInputs(
  tensors: Map<string, NamedTensor>,
  inputs: readonly InputMeta[],
  source: string,
  model: string,
  allowOptional = false,
): Record<string, RunTensor> {
  const byName = new Map(inputs.map((i) => [i.name, i]));
  const list = inputs.map((i) => i.name).join(', ') || '(none)';
  for (const name of tensors.keys()) {
    if (!byName.has(name)) throw new RnncError(`${source}: tensor '${name}' is not an input of model '${model}' (inputs: ${list})`);
  }
  const record: Record<string, RunTensor> = {};
  for (const i of inputs) {
    const t = tensors.get(i.name);
    if (!t) {
      // Data inputs are required; masks, lengths and states may be optional: forward() decides.
      if (allowOptional && (i.optional || i.trainingOnly)) continue;
      if (i.role === undefined || i.role === 'data') throw new RnncError(`${source}: missing tensor '${i.name}' for input '${i.name}' of model '${model}'`);
      continue;
    }
    if (t.dtype !== i.dtype) throw new RnncError(`${source}: tensor '${i.name}': dtype ${t.dtype}, but input '${i.name}' of model '${model}' is ${i.dtype}`);
    record[i.name] = { data: t.data, shape: [...t.shape] };
  }
  return record;
}

export async function runCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('run', args, {
    weights: { type: 'string' },
    layout: { type: 'string' },
    inputs: { type: 'string' },
    outputs: { type: 'string' },
    target: { type: 'string' },
    seed: { type: 'string' },
    threads: { type: 'string' },
    grads: { type: 'string' },
    'no-typecheck': { type: 'boolean' },
    ...TRACE_OPTIONS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(RUN_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('missing MODEL.ts', 'run');
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}' (one model file per call)`, 'run');
  const inputsFile = str(values.inputs);
  const outputsFile = str(values.outputs);
  if (!inputsFile) throw new UsageError('missing --inputs X.safetensors', 'run');
  if (!outputsFile) throw new UsageError('missing --outputs Y.safetensors', 'run');
  const layout = oneOf('layout', str(values.layout) ?? 'rnnc', LAYOUTS, 'run');
  const target = oneOf('target', str(values.target) ?? 'js', TARGETS, 'run');
  if (target === 'all') throw new UsageError("--target all is for compile; run takes one target", 'run');
  // WebGL2 exists only in browsers: refused before any work.
  if (target === 'glsl') throw new UsageError('--target glsl needs WebGL2, which Node lacks: run the generated module in a browser (rnnc run takes js, wasm or wgsl)', 'run');
  const targets = await resolveTargets(target);
  let seed = 0;
  if (values.seed !== undefined) {
    const s = str(values.seed) ?? '';
    if (!/^\d+$/.test(s) || !Number.isSafeInteger(Number(s))) throw new UsageError(`invalid value '${s}' for --seed (expected a non-negative integer)`, 'run');
    seed = Number(s);
  }
  let threads: number | undefined;
  if (values.threads !== undefined) {
    const s = str(values.threads) ?? '';
    if (!/^\d+$/.test(s) || Number(s) < 1 || Number(s) > 256) throw new UsageError(`invalid value '${s}' for --threads (expected an integer from 1 to 256)`, 'run');
    if (target !== 'wasm') throw new UsageError(`--threads is for --target wasm (the ${target} target runs on ${target === 'js' ? 'one thread' : 'the GPU'})`, 'run');
    threads = Number(s);
  }
  const gradsFile = str(values.grads);
  if (values.grads !== undefined && !gradsFile) throw new UsageError('option \'--grads\' needs a value', 'run');
  if (gradsFile && path.resolve(gradsFile) === path.resolve(outputsFile)) throw new UsageError('--grads and --outputs must be different files', 'run');
  const weightsFile = str(values.weights);
  if (values.layout !== undefined && !weightsFile) throw new UsageError('--layout needs --weights', 'run');

  const { readSafetensors, writeSafetensors } = await import('../runtime/index.js');
  // Read the data first: a missing file should not wait for the model to compile.
  const weights = weightsFile ? readWeightsArg(weightsFile) : undefined;
  const inputTensors = readSafetensors(readFile('--inputs', inputsFile), path.basename(inputsFile));

  const { loadModel } = await import('../frontend/load.js');
  const modelFile = positionals[0];
  const m = await loadModel(modelFile, { typecheck: !values['no-typecheck'], ...traceOptions(values, 'run') });
  if (gradsFile && !m.training) {
    // Located at the model file: the model, not the command line, lacks the loss.
    io.stderr(`${shownPath(modelFile)}: error: --grads needs a loss: declare one with m.train({ loss, optimizer })\n`);
    return 1;
  }
  // rnnc-run-<pid>-XXXXXX: a run killed before its `finally` leaves its folder; the next run removes it.
  const dir = makeTempDir('rnnc-run-');
  const named = new Map<string, NamedTensor>();
  const grads = new Map<string, NamedTensor>();
  try {
    const { files, entries } = await renderModule(m, targets);
    for (const f of files) fs.writeFileSync(path.join(dir, f.name), f.contents);
    const entry = path.join(dir, entries[targets[0]]!);
    const mod = (await import(pathToFileURL(entry).href)) as GeneratedModule;
    // WGSL runs on a WebGPU device from Dawn (npm `webgpu`).
    const device = target === 'wgsl' ? await (await import('./webgpu-node.js')).nodeWebGpuDevice() : undefined;
    const model = await mod.create(device ? { seed, device } : threads ? { seed, threads } : { seed });
    if (threads && model.threadsReady && (await model.threadsReady) !== threads) throw new Error(`could not start ${threads} threads (the warning above says why)`);
    // Through loadWeights rather than create(): messages then name the weights file.
    if (weights && weightsFile) await model.loadWeights(weights, { layout, source: path.basename(weightsFile) });
    const meta = mod.meta?.inputs ?? model.meta?.inputs;
    if (!meta) throw new Error(`generated module for '${m.name}' has no meta.inputs`);
    // Labels and targets are needed for the loss (and so for --grads); without --grads they may be
    // left out, and then the outputs file holds the forward outputs alone.
    const inputs = matchInputs(inputTensors, meta, path.basename(inputsFile), m.name, !gradsFile);
    const lossName = m.training?.loss;
    // The loss (in the outputs file) needs every data input; without --grads some may be missing.
    const haveLabels = meta.every((i) => (i.role !== undefined && i.role !== 'data') || i.name in inputs);
    let outputs: Record<string, RunTensor>;
    // An input the file lacks or holds wrongly is reported by the model's own checks: name the file too.
    const inputsName = path.basename(inputsFile);
    const onInputs = async <R>(f: () => Promise<R> | R): Promise<R> => {
      try {
        return await f();
      } catch (e) {
        if (e instanceof Error && e.name === 'InputError') throw new RnncError(`${inputsName}: ${e.message}`);
        throw e;
      }
    };
    if (gradsFile) {
      if (!model.gradients) throw new Error(`generated module for '${m.name}' has no gradients()`);
      // Before evaluate: gradients() changes nothing (no dropout, kept state copied), evaluate may
      // advance a stateful model's kept state.
      const g = await onInputs(() => model.gradients!(inputs));
      const params = mod.meta?.params ?? model.meta?.params ?? [];
      for (const [name, data] of Object.entries(g.grads)) {
        const of = name.slice('grad.'.length);
        const shape = params.find((p) => p.name === of)?.shape ?? inputs[of]?.shape;
        if (!name.startsWith('grad.') || !shape) throw new Error(`gradient '${name}' names no parameter or input of '${m.name}'`);
        grads.set(name, { dtype: 'f32', shape: [...shape], data });
      }
    }
    if (lossName !== undefined && haveLabels && model.evaluate) {
      const e = await onInputs(() => model.evaluate!(inputs));
      outputs = { ...e.outputs, [lossName]: { data: Float32Array.of(e.loss), shape: [] } };
    } else {
      outputs = await onInputs(() => model.forward(inputs));
    }
    for (const [name, t] of Object.entries(outputs)) {
      named.set(name, { dtype: t.data instanceof Int32Array ? 'i32' : 'f32', shape: [...t.shape], data: t.data });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // Outputs and gradients are replaced together: on any failure neither file changes.
  const toWrite: FileToWrite[] = [{ path: outputsFile, data: writeSafetensors(named) }];
  if (gradsFile) toWrite.push({ path: gradsFile, data: writeSafetensors(grads) });
  writeFilesAtomic(toWrite);
  const list = (ts: Map<string, NamedTensor>) => [...ts.entries()].map(([n, t]) => `${n} [${t.shape.join(', ')}]`).join(', ');
  io.stdout(`wrote ${outputsFile}: ${list(named)}\n`);
  if (gradsFile) io.stdout(`wrote ${gradsFile}: ${list(grads)}\n`);
  return 0;
}
