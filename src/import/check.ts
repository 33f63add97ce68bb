// `rnnc import --check`: the source model, run by its own runtime, against the imported model's
// generated JS module, on the same random inputs at a few batch sizes and lengths.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { importOptional } from '../codegen/optional-package.js';
import { compile } from '../compiler/compile.js';
import { writeCompiled } from '../compiler/write.js';
import { makeTempDir } from '../compiler/write-atomic.js';
import type { Module } from '../ir/types.js';
import { Rng } from '../runtime/rng.js';
import { ImportError } from './import-error.js';
import type { ImportedIo, SourceFormat } from './import-model.js';

export interface HostTensor {
  data: Float32Array | Int32Array;
  shape: number[];
}

/** Runs the source model: inputs by source name -> outputs by source name. */
export type Reference = (inputs: Map<string, HostTensor>) => Promise<Map<string, Float32Array>>;

export interface CheckRow {
  output: string;
  B: number;
  T: number;
  maxAbs: number;
  maxRel: number;
}

export interface CheckReport {
  rows: CheckRow[];
  ok: boolean;
  tolerance: number;
}

const SIZES: readonly [number, number][] = [
  [1, 1],
  [3, 7],
  [2, 16],
];
export const CHECK_TOLERANCE = 1e-4;

/** The reference runtime for a source format; an ImportError when it is not installed or there is none. */
export async function referenceFor(format: SourceFormat, file: string): Promise<Reference> {
  if (format === 'onnx') {
    const ort = await importOptional('onnxruntime-node', 'rnnc import --check of an ONNX model', () => import('onnxruntime-node'));
    let session: Awaited<ReturnType<typeof ort.InferenceSession.create>>;
    try {
      session = await ort.InferenceSession.create(path.resolve(file)); // by path: external data is read beside it
    } catch (e) {
      const why = (e instanceof Error ? e.message : String(e)).split('\n')[0].replace(/^.*?\.h:\d+ [^ ]+ /, '');
      throw new ImportError(`--check: onnxruntime-node cannot run ${path.basename(file)} (${why}), so there is nothing to compare with`);
    }
    return async (inputs) => {
      const feeds: Record<string, InstanceType<typeof ort.Tensor>> = {};
      for (const [name, t] of inputs) {
        const dt = (t as HostTensor & { sourceDtype?: string }).sourceDtype;
        feeds[name] = dt === 'int64' ? new ort.Tensor('int64', BigInt64Array.from(t.data, (v) => BigInt(v)), t.shape) : t.data instanceof Int32Array ? new ort.Tensor('int32', t.data, t.shape) : new ort.Tensor('float32', t.data, t.shape);
      }
      const out = await session.run(feeds);
      return new Map(Object.entries(out).map(([k, v]) => [k, Float32Array.from(v.data as Float32Array)]));
    };
  }
  if (format === 'tfjs') {
    const { tfjsReference } = await import('./tfjs-reference.js');
    return tfjsReference(file);
  }
  throw new ImportError(`--check: no JavaScript runtime reads ${format === 'keras' ? '.keras' : '.h5'} files, so there is nothing to compare with here; --check supports ONNX (onnxruntime-node) and TensorFlow.js (tfjs-layers) models`);
}

/** Compile the imported model for js and compare it with `reference` on random inputs. */
export async function checkImport(modelTs: string, weights: Uint8Array, module: Module, io: ImportedIo, reference: Reference): Promise<CheckReport> {
  const dir = makeTempDir('rnnc-check-');
  try {
    fs.writeFileSync(path.join(dir, 'model.ts'), modelTs);
    const c = await compile(path.join(dir, 'model.ts'), { targets: ['js'], training: false });
    if (!c.ok) throw new Error(`--check: the imported model does not compile: ${c.diagnostics.map((d) => d.text).join('; ')}`);
    writeCompiled(c.files, path.join(dir, 'gen'));
    const mod = (await import(pathToFileURL(path.join(dir, 'gen', c.entries.js!)).href)) as { create(o: { weights: Uint8Array }): { forward(i: Record<string, HostTensor>): Record<string, HostTensor> } };
    const model = mod.create({ weights });
    const rows: CheckRow[] = [];
    const stream = new Rng(1234);
    const random = () => stream.uniform();
    for (const [B, T] of SIZES) {
      const ours: Record<string, HostTensor> = {};
      const theirs = new Map<string, HostTensor>();
      for (const i of io.inputs) {
        const info = module.inputs.find((x) => x.name === i.name);
        if (!info) throw new Error(`internal: no model input '${i.name}'`);
        const shape = info.type.shape.map((d) => (d === 'B' ? B : d === 'T' ? T : d));
        const n = shape.reduce((a, b) => a * b, 1);
        let data: Float32Array | Int32Array;
        if (i.lengths) data = Int32Array.from({ length: n }, () => 1 + Math.floor(random() * T));
        else if (i.dtype === 'i32') data = Int32Array.from({ length: n }, () => Math.floor(random() * (i.idRange ?? 2)));
        else data = Float32Array.from({ length: n }, () => random() * 2 - 1);
        ours[i.name] = { data, shape };
        theirs.set(i.source, Object.assign({ data, shape }, { sourceDtype: i.sourceDtype }));
      }
      const got = model.forward(ours);
      const want = await reference(theirs);
      for (const o of io.outputs) {
        const a = got[o.name]?.data;
        const b = want.get(o.source);
        if (!a || !b) throw new Error(`--check: output '${o.source}' is missing from ${a ? 'the reference' : 'the imported model'}`);
        if (a.length !== b.length) throw new ImportError(`--check: output '${o.source}' has ${a.length} values in rnnc and ${b.length} in the reference (B=${B}, T=${T})`);
        let maxAbs = 0;
        let maxRel = 0;
        for (let k = 0; k < a.length; k++) {
          const d = Math.abs(a[k] - b[k]);
          maxAbs = Math.max(maxAbs, Number.isNaN(d) ? Infinity : d);
          maxRel = Math.max(maxRel, Number.isNaN(d) ? Infinity : d / Math.max(1, Math.abs(b[k])));
        }
        rows.push({ output: o.source, B, T, maxAbs, maxRel });
      }
    }
    return { rows, ok: rows.every((r) => r.maxRel <= CHECK_TOLERANCE), tolerance: CHECK_TOLERANCE };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The report as a table: the worst differences per output over all sizes. */
export function formatCheck(r: CheckReport, referenceName: string): string {
  const outputs = [...new Set(r.rows.map((x) => x.output))];
  const lines = [`check against ${referenceName} (B, T in ${SIZES.map(([b, t]) => `${b}x${t}`).join(', ')}; random inputs):`];
  const w = Math.max(6, ...outputs.map((o) => o.length));
  lines.push(`  ${'output'.padEnd(w)}  max abs diff  max rel diff`);
  for (const o of outputs) {
    const rows = r.rows.filter((x) => x.output === o);
    const abs = Math.max(...rows.map((x) => x.maxAbs));
    const rel = Math.max(...rows.map((x) => x.maxRel));
    lines.push(`  ${o.padEnd(w)}  ${abs.toExponential(2).padStart(12)}  ${rel.toExponential(2).padStart(12)}  ${rel <= r.tolerance ? 'ok' : `DIFFERS (> ${r.tolerance})`}`);
  }
  lines.push(r.ok ? 'the imported model computes what the source computes' : `the imported model differs from the source by more than ${r.tolerance}`);
  return `${lines.join('\n')}\n`;
}
