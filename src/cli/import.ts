// `rnnc import FILE`: a trained ONNX / TensorFlow.js / Keras model -> DIR/model.ts + DIR/weights.safetensors.

import * as path from 'node:path';
import { writeFilesAtomic } from '../compiler/write-atomic.js';
import { modelNameFrom } from '../import/emit-model.js';
import { importModel } from '../import/import-model.js';
import { IMPORT_HELP, parse, str, UsageError } from './args.js';
import { shownPath } from './compile.js';
import type { Io } from './io.js';

export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('import', args, {
    out: { type: 'string' },
    name: { type: 'string' },
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('missing FILE (an .onnx, .keras, .h5 or TensorFlow.js model.json)', 'import');
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}' (one model file per call)`, 'import');
  const file = positionals[0];
  const name = str(values.name);
  const r = await importModel(file, name ? { name } : {});
  const outDir = path.resolve(str(values.out) ?? (name ?? modelNameFrom(file.replace(/[\\/]model\.json$/, '').replace(/[\\/]+$/, ''))));

  // Check before writing: a model that computes something else is not written either.
  let failed = false;
  if (values.check) {
    const { checkImport, formatCheck, referenceFor } = await import('../import/check.js');
    const reference = await referenceFor(r.format, r.sourceFile);
    const report = await checkImport(r.modelTs, r.weights, r.module, r.io, reference);
    io.stdout(formatCheck(report, r.format === 'onnx' ? 'onnxruntime-node' : '@tensorflow/tfjs-layers'));
    failed = !report.ok;
  }
  for (const n of r.notes) io.stderr(`note: ${n}\n`);
  if (failed) {
    io.stderr('error: the imported model does not match the source; nothing was written\n');
    return 1;
  }
  const model = path.join(outDir, 'model.ts');
  const weights = path.join(outDir, 'weights.safetensors');
  writeFilesAtomic([
    { path: model, data: r.modelTs },
    { path: weights, data: r.weights },
  ]);
  const params = r.module.params.reduce((a, p) => a + p.shape.reduce((x, y) => x * y, 1), 0);
  const layers = new Set(r.module.groups.map((g) => ('layer' in g ? g.layer : g.path))).size;
  io.stdout(`imported ${shownPath(path.resolve(file))} (${r.producer}): ${layers} layer(s), ${params.toLocaleString('en-US')} parameters\n`);
  io.stdout(`wrote ${shownPath(model)}\nwrote ${shownPath(weights)}\n`);
  io.stdout(`next: npx rnnc compile ${shownPath(model)} --target wasm\n`);
  return 0;
}
