// `rnnc import`: a trained model file (ONNX, TensorFlow.js layers model, Keras .keras / .h5) ->
// an rnnc model file and its weights in rnnc's layout. The file is recognised by its content.
// The model text is traced before anything is written (so it is known to compile), and the
// weights go through the 'keras' layout of src/runtime/layouts.ts to become rnnc parameters.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import { makeTempDir } from '../compiler/write-atomic.js';
import { RnncError } from '../frontend/diagnostics.js';
import type { Module } from '../ir/types.js';
import { importWeights } from '../runtime/layouts.js';
import type { NamedTensor } from '../runtime/safetensors.js';
import { writeSafetensors } from '../runtime/safetensors.js';
import { emitModel, modelNameFrom } from './emit-model.js';
import { ImportError } from './import-error.js';
import { importOnnx } from './onnx-import.js';
import { decodeOnnx } from './onnx-schema.js';
import type { Program } from './program.js';

export type SourceFormat = 'onnx' | 'tfjs' | 'keras' | 'keras-h5';

export interface ImportOptions {
  /** The model's name (default: from the file name). */
  name?: string;
}

export interface ImportResult {
  format: SourceFormat;
  /** The file read (model.json for a tfjs folder). */
  sourceFile: string;
  /** Where the model came from, in words. */
  producer: string;
  /** The model file's text. */
  modelTs: string;
  /** rnnc's weights (safetensors, rnnc layout). */
  weights: Uint8Array;
  /** The traced model. */
  module: Module;
  /** Things the user should know (renamed inputs, dropped inputs, ...). */
  notes: string[];
  /** The model's inputs and outputs by their source names, for --check. */
  io: ImportedIo;
}

export interface ImportedIo {
  inputs: { name: string; source: string; dtype: 'f32' | 'i32'; sourceDtype: string; lengths: boolean; idRange?: number }[];
  outputs: { name: string; source: string }[];
}

const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/** What kind of file this is, by content (a folder holding model.json is a tfjs model). */
export function detectFormat(file: string): { format: SourceFormat; file: string } {
  let f = file;
  if (!fs.existsSync(f)) throw new ImportError(`${file}: no such file`);
  if (fs.statSync(f).isDirectory()) {
    const mj = path.join(f, 'model.json');
    if (!fs.existsSync(mj)) throw new ImportError(`${file}: a folder without model.json (rnnc import reads .onnx, .keras, .h5 or a TensorFlow.js model.json)`);
    f = mj;
  }
  const fd = fs.openSync(f, 'r');
  const head = new Uint8Array(512);
  const n = fs.readSync(fd, head, 0, 512, 0);
  fs.closeSync(fd);
  const h = head.subarray(0, n);
  if (h.length >= 8 && HDF5_SIGNATURE.every((b, i) => h[i] === b)) return { format: 'keras-h5', file: f };
  if (h.length >= 4 && h[0] === 0x50 && h[1] === 0x4b && h[2] === 0x03 && h[3] === 0x04) {
    const names: string[] = [];
    try {
      unzipSync(fs.readFileSync(f), {
        filter: (e) => {
          names.push(e.name);
          return false;
        },
      });
    } catch {
      // A damaged archive: the Keras reader says so.
    }
    if (names.some((n) => n === 'data.pkl' || n.endsWith('/data.pkl'))) {
      throw new ImportError(
        `${path.basename(f)}: a PyTorch checkpoint holds weights, not the model's architecture. Export the model with torch.onnx.export and import the .onnx, or write it in rnnc's DSL and load these weights with \`rnnc run --weights ${path.basename(f)} --layout pytorch\` (or create({ weights, layout: 'pytorch' }))`,
      );
    }
    return { format: 'keras', file: f };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(h).trimStart();
  if (text.startsWith('{')) return { format: 'tfjs', file: f };
  if (h.length === 0) throw new ImportError(`${file}: the file is empty`);
  return { format: 'onnx', file: f };
}

export interface Converted {
  format: SourceFormat;
  sourceFile: string;
  program: Program;
  notes: string[];
  producer: string;
}

/** The source file as a Program (no tracing yet). */
export async function convertFile(file: string): Promise<Converted> {
  const { format, file: f } = detectFormat(file);
  const shown = path.basename(f);
  if (format === 'onnx') {
    const model = decodeOnnx(fs.readFileSync(f), shown);
    const { program, notes } = importOnnx(model, shown, path.dirname(path.resolve(f)));
    return { format, sourceFile: f, program, notes, producer: model.producer ? `ONNX from ${model.producer}, opset ${model.opsets.get('') ?? model.opsets.get('ai.onnx')}` : 'ONNX' };
  }
  const { importKerasFile } = await import('./keras-import.js');
  return importKerasFile(f, format);
}

export async function importModel(file: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const conv = await convertFile(file);
  const name = opts.name ?? modelNameFrom(file.replace(/[\\/]model\.json$/, '').replace(/[\\/]+$/, ''));
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new ImportError(`--name '${name}' is not a valid model name (letters, digits and '_')`);
  const modelTs = emitModel(conv.program, {
    name,
    header: [
      `Imported by \`rnnc import\` from ${path.basename(file)} (${conv.producer}).`,
      'An ordinary rnnc model: compile it with `rnnc compile`, edit it, or add m.train(...) to fine-tune.',
      'Its weights are weights.safetensors beside it (rnnc layout).',
    ],
  });

  // Trace the model text before writing anything: what is written is known to compile.
  const dir = makeTempDir('rnnc-import-');
  let module: Module;
  try {
    const tmp = path.join(dir, 'model.ts');
    fs.writeFileSync(tmp, modelTs);
    const { loadModel } = await import('../frontend/load.js');
    try {
      module = await loadModel(tmp, { typecheck: true });
    } catch (e) {
      if (e instanceof RnncError && e.loc && e.related.length === 0) {
        // The DSL refused a size or option that came from the file (e.g. a layer too large for rnnc).
        const line = modelTs.split('\n')[e.loc.line - 1]?.trim() ?? '';
        throw new ImportError(`${path.basename(file)}: rnnc cannot build the imported model: ${e.message} (in: ${line.slice(0, 200)})`);
      }
      const msg = e instanceof RnncError ? e.format() : e instanceof Error ? e.message : String(e);
      throw new Error(`the model written for ${path.basename(file)} does not compile (a bug in rnnc import; please report it with the file):\n${msg}\n--- model.ts ---\n${modelTs}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const given = new Map<string, NamedTensor>();
  for (const [k, t] of conv.program.weights) given.set(k, { dtype: 'f32', shape: t.shape, data: t.data });
  const params = importWeights({ params: module.params, groups: module.groups }, given, 'keras', path.basename(file), () => {});
  const out = new Map<string, NamedTensor>();
  for (const p of module.params) {
    const data = params.get(p.name);
    if (!data) throw new Error(`internal: no weights for parameter '${p.name}'`);
    out.set(p.name, { dtype: 'f32', shape: [...p.shape], data });
  }
  return {
    format: conv.format,
    sourceFile: conv.sourceFile,
    producer: conv.producer,
    modelTs,
    weights: writeSafetensors(out, { format: 'rnnc', source: path.basename(file) }),
    module,
    notes: conv.notes,
    io: {
      inputs: conv.program.inputs.map((i) => ({ name: i.name, source: i.source ?? i.name, dtype: i.dtype, sourceDtype: i.sourceDtype ?? (i.dtype === 'f32' ? 'float' : 'int32'), lengths: i.inline === true, ...(i.idRange ? { idRange: i.idRange } : {}) })),
      outputs: conv.program.outputs.map((o) => ({ name: o.name, source: o.source ?? o.name })),
    },
  };
}
