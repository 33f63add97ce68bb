// TensorFlow.js layers models as `model.save` writes them: model.json (the Keras-style topology
// and a weights manifest) and binary shards beside it, each manifest group's shards holding its
// weights back to back, little-endian.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ImportError } from './import-error.js';
import { inboundOf, type KerasLayer, type KerasModel, refsOf, weightRole } from './keras-model.js';
import type { ForeignTensor } from './program.js';

interface ManifestEntry {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: unknown;
}

export interface TfjsJson {
  modelTopology?: Record<string, unknown>;
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  weightsManifest?: { paths: string[]; weights: ManifestEntry[] }[];
}

export function readTfjsJson(file: string): TfjsJson {
  const shown = path.basename(file);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ImportError(`${shown}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const j = json as TfjsJson;
  if (!j || typeof j !== 'object' || !j.modelTopology || typeof j.modelTopology !== 'object') {
    throw new ImportError(`${shown}: not a TensorFlow.js layers model (no modelTopology)`);
  }
  if (j.format === 'graph-model') throw new ImportError(`${shown}: a TensorFlow.js graph model (from tensorflowjs_converter); rnnc imports layers models (tf.LayersModel.save)`);
  return j;
}

/** The weights of model.json's manifest, by name, read from the shards beside it. */
export function readTfjsWeights(file: string, j: TfjsJson): Map<string, ForeignTensor> {
  const shown = path.basename(file);
  const dir = path.dirname(path.resolve(file));
  const out = new Map<string, ForeignTensor>();
  const groups = Array.isArray(j.weightsManifest) ? j.weightsManifest : [];
  groups.forEach((g, gi) => {
    if (!g || !Array.isArray(g.paths) || !Array.isArray(g.weights)) throw new ImportError(`${shown}: weightsManifest group ${gi + 1} has no paths or weights`);
    const parts: Uint8Array[] = [];
    for (const p of g.paths) {
      const f = path.resolve(dir, String(p));
      const rel = path.relative(dir, f);
      if (rel.startsWith('..') || path.isAbsolute(rel)) throw new ImportError(`${shown}: weight file '${p}' is outside the model's folder; refused`);
      if (!fs.existsSync(f)) throw new ImportError(`${shown}: weight file '${p}' (manifest group ${gi + 1}) is missing; it must be beside model.json`);
      parts.push(fs.readFileSync(f));
    }
    const total = parts.reduce((a, b) => a + b.length, 0);
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    let offset = 0;
    for (const w of g.weights) {
      if (w.quantization) throw new ImportError(`${shown}: weight '${w.name}' is quantized; rnnc imports float32 weights (save the model without quantization)`);
      if (w.dtype !== 'float32') throw new ImportError(`${shown}: weight '${w.name}' has dtype ${w.dtype}; rnnc imports float32 weights`);
      const shape = Array.isArray(w.shape) ? w.shape.map(Number) : [];
      if (shape.some((d) => !Number.isSafeInteger(d) || d < 0)) throw new ImportError(`${shown}: weight '${w.name}' has an invalid shape [${shape.join(', ')}]`);
      const n = shape.reduce((a, b) => a * b, 1);
      if (offset + 4 * n > bytes.length) {
        throw new ImportError(`${shown}: the weight files of group ${gi + 1} (${g.paths.join(', ')}) hold ${bytes.length} bytes, but weight '${w.name}' [${shape.join(', ')}] ends at byte ${offset + 4 * n}: a shard is short or missing`);
      }
      const data = new Float32Array(n);
      const dv = new DataView(bytes.buffer, bytes.byteOffset + offset, 4 * n);
      for (let i = 0; i < n; i++) data[i] = dv.getFloat32(4 * i, true);
      out.set(w.name, { shape, data });
      offset += 4 * n;
    }
    if (offset !== bytes.length) throw new ImportError(`${shown}: the weight files of group ${gi + 1} hold ${bytes.length} bytes, but its weights take ${offset}`);
  });
  return out;
}

/** model.json as a KerasModel. */
export function readTfjsModel(file: string): KerasModel {
  const j = readTfjsJson(file);
  const topo = j.modelTopology as Record<string, unknown>;
  const model = ((topo.model_config as Record<string, unknown>) ?? topo) as Record<string, unknown>;
  const className = String(model.class_name ?? '');
  const config = (model.config ?? {}) as Record<string, unknown>;
  const layersRaw = (Array.isArray(config) ? config : config.layers) as Record<string, unknown>[] | undefined;
  if (!Array.isArray(layersRaw)) throw new ImportError(`${path.basename(file)}: modelTopology has no layer list (class ${className || '?'})`);
  const layers: KerasLayer[] = layersRaw.map((l) => {
    const cfg = (l.config ?? {}) as Record<string, unknown>;
    const { first, calls } = inboundOf(l.inbound_nodes);
    return { name: String(l.name ?? cfg.name ?? ''), className: String(l.class_name ?? ''), config: cfg, inbound: first, calls };
  });
  const byLayer = new Map<string, Map<string, ForeignTensor>>();
  for (const [name, t] of readTfjsWeights(file, j)) {
    const layer = name.split('/')[0];
    const role = weightRole(name);
    if (!role) continue;
    if (!byLayer.has(layer)) byLayer.set(layer, new Map());
    byLayer.get(layer)!.set(role, t);
  }
  // A Keras model converted by tensorflowjs_converter keeps Keras' semantics (keras_version says which).
  const kv = String(topo.keras_version ?? '');
  const producer = kv === '' || kv.startsWith('tfjs') ? 'tfjs' : kv.startsWith('3') ? 'keras3' : 'keras2';
  return {
    sequential: className === 'Sequential',
    layers,
    inputs: refsOf(config.input_layers),
    outputs: refsOf(config.output_layers),
    producer,
    producerText: producer === 'tfjs' ? String(j.generatedBy ?? kv ?? 'TensorFlow.js') : `Keras ${kv}, converted by ${String(j.convertedBy ?? j.generatedBy ?? 'tensorflowjs')}`,
    weights: byLayer,
  };
}
