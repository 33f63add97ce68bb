// `rnnc run`: compile a model to JS in a temporary directory, import it, load weights, evaluate it
// on the tensors of a safetensors file and write its outputs to another one.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RnncError } from '../frontend/diagnostics.js';
import type { NamedTensor } from '../runtime/index.js';
import { LAYOUTS, NotImplementedError, oneOf, parse, RUN_HELP, str, TARGETS, UsageError, type Layout } from './args.js';
import { generate, resolveTargets } from './compile.js';
import type { Io } from './main.js';
import { writeFileAtomic } from './write-atomic.js';

interface InputMeta {
  readonly name: string;
  readonly dtype: 'f32' | 'i32';
  readonly shape: readonly (number | string)[];
  readonly role?: string;
}
interface RunTensor {
  data: Float32Array | Int32Array;
  shape: number[];
}
interface GeneratedModel {
  forward(inputs: Record<string, RunTensor>): Record<string, RunTensor> | Promise<Record<string, RunTensor>>;
  loadWeights(bytes: Uint8Array, opts: { layout?: Layout; source?: string }): void | Promise<void>;
  meta?: { inputs?: readonly InputMeta[] };
}
interface GeneratedModule {
  create(options?: { seed?: number; weights?: Uint8Array; layout?: Layout }): GeneratedModel | Promise<GeneratedModel>;
  meta?: { inputs?: readonly InputMeta[] };
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

/** The inputs record for forward(), checked by name and dtype against the model's inputs. */
export function matchInputs(tensors: Map<string, NamedTensor>, inputs: readonly InputMeta[], source: string, model: string): Record<string, RunTensor> {
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
    grads: { type: 'string' },
    'no-typecheck': { type: 'boolean' },
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
  const targets = resolveTargets(target);
  let seed = 0;
  if (values.seed !== undefined) {
    const s = str(values.seed) ?? '';
    if (!/^\d+$/.test(s) || !Number.isSafeInteger(Number(s))) throw new UsageError(`invalid value '${s}' for --seed (expected a non-negative integer)`, 'run');
    seed = Number(s);
  }
  if (values.grads !== undefined) throw new NotImplementedError('--grads is not implemented yet (gradients land with the training issue)');
  const weightsFile = str(values.weights);
  if (values.layout !== undefined && !weightsFile) throw new UsageError('--layout needs --weights', 'run');

  const { readSafetensors, writeSafetensors } = await import('../runtime/index.js');
  // Read the data first: a missing file should not wait for the model to compile.
  const weights = weightsFile ? readFile('--weights', weightsFile) : undefined;
  const inputTensors = readSafetensors(readFile('--inputs', inputsFile), path.basename(inputsFile));

  const { loadModel } = await import('../frontend/load.js');
  const m = await loadModel(positionals[0], { typecheck: !values['no-typecheck'] });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-run-'));
  let outputs: Record<string, RunTensor>;
  try {
    const files = await generate(m, targets, dir);
    for (const f of files) fs.writeFileSync(f.path, f.data);
    const entry = files.find((f) => f.path.endsWith(`${m.name}.js`))!.path;
    const mod = (await import(pathToFileURL(entry).href)) as GeneratedModule;
    const model = await mod.create({ seed });
    // Through loadWeights rather than create(): messages then name the weights file.
    if (weights && weightsFile) await model.loadWeights(weights, { layout, source: path.basename(weightsFile) });
    const meta = mod.meta?.inputs ?? model.meta?.inputs;
    if (!meta) throw new Error(`generated module for '${m.name}' has no meta.inputs`);
    const inputs = matchInputs(inputTensors, meta, path.basename(inputsFile), m.name);
    outputs = await model.forward(inputs);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const named = new Map<string, NamedTensor>();
  for (const [name, t] of Object.entries(outputs)) {
    named.set(name, { dtype: t.data instanceof Int32Array ? 'i32' : 'f32', shape: [...t.shape], data: t.data });
  }
  writeFileAtomic(outputsFile, writeSafetensors(named));
  const list = [...named.entries()].map(([n, t]) => `${n} [${t.shape.join(', ')}]`).join(', ');
  io.stdout(`wrote ${outputsFile}: ${list}\n`);
  return 0;
}
