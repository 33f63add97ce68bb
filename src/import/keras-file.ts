// Keras files: Keras 3 `.keras` (a zip of config.json, metadata.json and model.weights.h5) and
// Keras 2 full-model `.h5` (model_config in the root's attributes, weights under model_weights/).
// HDF5 is read with h5wasm, the HDF5 library itself compiled to WebAssembly: it reads whatever
// h5py/libhdf5 writes (chunked, compressed, any superblock version), which a re-implementation
// of the format (jsfive) does not promise. It is an optional peer dependency, loaded only here.
//
// Weight locations follow Keras' own saving code:
//   Keras 2 (keras/src/legacy/saving/legacy_h5_format.py): model_weights/<layer>/ has attribute
//     weight_names ('lstm/lstm_cell/kernel:0', ...), each a dataset at model_weights/<layer>/<name>;
//   Keras 3 (keras/src/saving/saving_lib.py): layers/<snake_case(class)>[_k]/ (k counts earlier
//     layers of the same class), an RNN's variables in cell/vars/0.., Bidirectional's in
//     forward_layer/ and backward_layer/, TimeDistributed's in layer/vars/, others in vars/0...

import * as fs from 'node:fs';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import { importOptional } from '../codegen/optional-package.js';
import { makeTempDir } from '../compiler/write-atomic.js';
import { ImportError } from './import-error.js';
import { inboundOf, type KerasLayer, type KerasModel, type KerasProducer, refsOf, weightRole } from './keras-model.js';
import type { ForeignTensor } from './program.js';
import type { SourceFormat } from './import-model.js';

type H5 = typeof import('h5wasm');
type H5Group = InstanceType<H5['Group']>;
type H5Dataset = InstanceType<H5['Dataset']>;

async function loadH5(): Promise<H5> {
  const h5 = (await importOptional('h5wasm', 'rnnc import of a Keras .keras / .h5 file', () => import('h5wasm/node'))) as unknown as H5;
  await h5.ready;
  return h5;
}

/** Keras' to_snake_case, which names a layer's folder in model.weights.h5. */
export function snakeCase(name: string): string {
  return name
    .replace(/\W+/g, '')
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

function layersOf(config: Record<string, unknown>, shown: string): { sequential: boolean; layers: KerasLayer[]; inputs: ReturnType<typeof refsOf>; outputs: ReturnType<typeof refsOf> } {
  const cls = String(config.class_name ?? '');
  const cfg = (config.config ?? {}) as Record<string, unknown>;
  const raw = cfg.layers as Record<string, unknown>[] | undefined;
  if (!Array.isArray(raw)) throw new ImportError(`${shown}: the model config has no layer list (class ${cls || '?'}); rnnc imports Sequential and functional models`);
  const layers = raw.map((l) => {
    const c = (l.config ?? {}) as Record<string, unknown>;
    const { first, calls } = inboundOf(l.inbound_nodes);
    return { name: String(l.name ?? c.name ?? ''), className: String(l.class_name ?? ''), config: c, inbound: first, calls };
  });
  return { sequential: cls === 'Sequential', layers, inputs: refsOf(cfg.input_layers), outputs: refsOf(cfg.output_layers) };
}

function datasetTensor(d: H5Dataset, what: string): ForeignTensor {
  const v = d.value;
  const shape = (d.shape ?? []).map(Number);
  if (!(v instanceof Float32Array) && !(v instanceof Float64Array)) throw new ImportError(`${what}: weights of type ${String(d.dtype)}; rnnc imports float weights`);
  return { shape, data: v instanceof Float32Array ? v : Float32Array.from(v) };
}

function strings(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') return [v];
  return [];
}

/** Keras 2: weights by their weight_names. */
function keras2Weights(h5f: H5Group, layers: KerasLayer[], shown: string): Map<string, Map<string, ForeignTensor>> {
  const root = h5f.get('model_weights') as H5Group | null;
  if (!root) throw new ImportError(`${shown}: no model_weights group (a Keras 2 full-model file has one)`);
  const out = new Map<string, Map<string, ForeignTensor>>();
  for (const l of layers) {
    const g = root.get(l.name) as H5Group | null;
    if (!g || !('keys' in g)) continue;
    const names = strings(g.attrs.weight_names?.value);
    const m = new Map<string, ForeignTensor>();
    for (const n of names) {
      const d = g.get(n) as H5Dataset | null;
      if (!d) throw new ImportError(`${shown}: layer '${l.name}' lists weight '${n}', which the file does not hold`);
      const role = weightRole(n);
      if (role) m.set(role, datasetTensor(d, `${shown}: weight '${n}'`));
    }
    out.set(l.name, m);
  }
  return out;
}

const ROLES: Record<string, string[]> = {
  rnn: ['kernel', 'recurrent_kernel', 'bias'],
  dense: ['kernel', 'bias'],
  embedding: ['embeddings'],
};

/** Keras 3: positional variables under layers/<snake>[_k]/. */
function keras3Weights(h5f: H5Group, layers: KerasLayer[], shown: string): Map<string, Map<string, ForeignTensor>> {
  const out = new Map<string, Map<string, ForeignTensor>>();
  const counts = new Map<string, number>();
  const vars = (g: H5Group | null, roles: string[], prefix: string, into: Map<string, ForeignTensor>, what: string): void => {
    if (!g) return;
    const keys = g.keys().filter((k) => /^\d+$/.test(k)).sort((a, b) => Number(a) - Number(b));
    keys.forEach((k, i) => {
      const role = roles[i];
      if (role) into.set(prefix + role, datasetTensor(g.get(k) as H5Dataset, `${shown}: ${what}/${k}`));
    });
  };
  for (const l of layers) {
    if (l.className === 'InputLayer') continue;
    const base = snakeCase(l.className);
    const k = counts.get(base);
    counts.set(base, k === undefined ? 0 : k + 1);
    const folder = `layers/${k === undefined ? base : `${base}_${k + 1}`}`;
    const g = (h5f.get(folder) as H5Group | null) ?? (h5f.get(`layers/${l.name}`) as H5Group | null);
    if (!g) continue;
    const m = new Map<string, ForeignTensor>();
    const get = (p: string) => g.get(p) as H5Group | null;
    if (l.className === 'Bidirectional') {
      for (const dir of ['forward', 'backward']) vars(get(`${dir}_layer/cell/vars`), ROLES.rnn, `${dir}.`, m, `${folder}/${dir}_layer/cell/vars`);
    } else if (['LSTM', 'GRU', 'SimpleRNN'].includes(l.className)) {
      vars(get('cell/vars'), ROLES.rnn, '', m, `${folder}/cell/vars`);
    } else if (l.className === 'TimeDistributed') {
      vars(get('layer/vars'), ROLES.dense, '', m, `${folder}/layer/vars`);
    } else if (l.className === 'Embedding') {
      vars(get('vars'), ROLES.embedding, '', m, `${folder}/vars`);
    } else if (l.className === 'Dense') {
      vars(get('vars'), ROLES.dense, '', m, `${folder}/vars`);
    }
    out.set(l.name, m);
  }
  return out;
}

export async function readKerasFile(file: string, format: SourceFormat): Promise<KerasModel> {
  const shown = path.basename(file);
  const bytes = fs.readFileSync(file);
  let config: Record<string, unknown>;
  let h5bytes: Uint8Array;
  let producer: KerasProducer;
  let producerText: string;
  if (format === 'keras') {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes, { filter: (f) => ['config.json', 'metadata.json', 'model.weights.h5'].includes(f.name) });
    } catch (e) {
      throw new ImportError(`${shown}: not a readable .keras archive (${e instanceof Error ? e.message : String(e)}); the file may be truncated`);
    }
    for (const need of ['config.json', 'model.weights.h5']) if (!files[need]) throw new ImportError(`${shown}: the archive has no ${need} (a Keras 3 .keras file holds config.json and model.weights.h5)`);
    try {
      config = JSON.parse(new TextDecoder().decode(files['config.json']));
    } catch (e) {
      throw new ImportError(`${shown}: config.json is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    let version = '3';
    try {
      version = String(JSON.parse(new TextDecoder().decode(files['metadata.json'] ?? new Uint8Array())).keras_version ?? '3');
    } catch {
      // metadata is informative only
    }
    h5bytes = files['model.weights.h5'];
    producer = 'keras3';
    producerText = `Keras ${version} (.keras)`;
  } else {
    h5bytes = bytes;
    producer = 'keras2';
    producerText = 'Keras 2 (.h5)';
    config = {};
  }
  const h5 = await loadH5();
  const dir = makeTempDir('rnnc-h5-');
  const tmp = path.join(dir, 'weights.h5');
  fs.writeFileSync(tmp, h5bytes);
  let f: InstanceType<H5['File']>;
  try {
    f = new h5.File(tmp, 'r');
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new ImportError(`${shown}: ${format === 'keras' ? 'model.weights.h5 in the archive' : 'the file'} is not a readable HDF5 file (${e instanceof Error ? e.message : String(e)}); it may be truncated`);
  }
  try {
    if (format === 'keras-h5') {
      const mc = f.attrs.model_config?.value;
      if (typeof mc !== 'string') {
        throw new ImportError(`${shown}: no model_config attribute: this is a weights-only file (model.save_weights); rnnc import needs the whole model (model.save('model.h5') or model.save('model.keras'))`);
      }
      try {
        config = JSON.parse(mc);
      } catch (e) {
        throw new ImportError(`${shown}: model_config is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
      }
      const kv = f.attrs.keras_version?.value;
      producerText = `Keras ${typeof kv === 'string' ? kv : '2'} (.h5)`;
    }
    const { sequential, layers, inputs, outputs } = layersOf(config, shown);
    const weights = format === 'keras' ? keras3Weights(f, layers, shown) : keras2Weights(f, layers, shown);
    return { sequential, layers, inputs, outputs, producer, producerText, weights };
  } finally {
    f.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
