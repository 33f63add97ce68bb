// The numbers of an ONNX TensorProto: typed fields, raw little-endian bytes, or external data in a
// file beside the model (read only from inside the model's folder).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { halfToFloat } from '../runtime/safetensors.js';
import { ImportError } from './import-error.js';
import { DTYPE_NAMES, type OnnxTensor } from './onnx-schema.js';

export interface TensorData {
  dims: number[];
  /** 'float' for float types (float, double, float16, bfloat16), 'int' for integer and bool types. */
  kind: 'float' | 'int';
  values: Float64Array;
}

const BYTES: Record<number, number> = { 1: 4, 2: 1, 3: 1, 4: 2, 5: 2, 6: 4, 7: 8, 9: 1, 10: 2, 11: 8, 12: 4, 13: 8, 16: 2 };

/** Read external data: `location` relative to the model's folder, never outside it. */
function externalBytes(t: OnnxTensor, modelDir: string | undefined, what: string): Uint8Array {
  const kv = new Map(t.externalData.map((e) => [e.key, e.value]));
  const loc = kv.get('location');
  if (!loc) throw new ImportError(`${what}: external data without a 'location'`);
  if (!modelDir) throw new ImportError(`${what}: its data is in an external file ('${loc}'), which needs the model as a file`);
  const file = path.resolve(modelDir, loc);
  const rel = path.relative(modelDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new ImportError(`${what}: external data location '${loc}' is outside the model's folder; refused`);
  if (!fs.existsSync(file)) throw new ImportError(`${what}: external data file '${loc}' is missing (it must be beside the model)`);
  const offset = Number(kv.get('offset') ?? 0);
  const all = fs.readFileSync(file);
  const length = kv.has('length') ? Number(kv.get('length')) : all.length - offset;
  if (!(offset >= 0 && length >= 0 && offset + length <= all.length)) {
    throw new ImportError(`${what}: external data [${offset}, ${offset + length}) lies outside '${loc}' (${all.length} bytes)`);
  }
  return new Uint8Array(all.buffer, all.byteOffset + offset, length);
}

export function tensorData(t: OnnxTensor, modelDir: string | undefined, what: string): TensorData {
  const dims = t.dims;
  const count = dims.reduce((a, b) => a * b, 1);
  if (dims.some((d) => !Number.isSafeInteger(d) || d < 0) || count > 2 ** 28) throw new ImportError(`${what}: invalid dims [${dims.join(', ')}]`);
  const dt = t.dataType;
  const name = DTYPE_NAMES[dt] ?? `type ${dt}`;
  const kind = dt === 1 || dt === 10 || dt === 11 || dt === 16 ? 'float' : dt === 8 ? undefined : 'int';
  if (kind === undefined || BYTES[dt] === undefined) throw new ImportError(`${what}: tensors of ${name} are not supported`);
  const out = new Float64Array(count);
  let raw = t.rawData;
  if (t.dataLocation === 1) raw = externalBytes(t, modelDir, what);
  if (raw) {
    const w = BYTES[dt];
    if (raw.length !== count * w) throw new ImportError(`${what}: ${raw.length} bytes of data for ${name}[${dims.join(', ')}] (expected ${count * w})`);
    const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    for (let i = 0; i < count; i++) {
      const o = i * w;
      out[i] =
        dt === 1 ? dv.getFloat32(o, true)
        : dt === 11 ? dv.getFloat64(o, true)
        : dt === 10 ? halfToFloat(dv.getUint16(o, true))
        : dt === 16 ? new Float32Array(new Uint32Array([dv.getUint16(o, true) << 16]).buffer)[0]
        : dt === 7 ? Number(dv.getBigInt64(o, true))
        : dt === 13 ? Number(dv.getBigUint64(o, true))
        : dt === 6 ? dv.getInt32(o, true)
        : dt === 12 ? dv.getUint32(o, true)
        : dt === 5 ? dv.getInt16(o, true)
        : dt === 4 ? dv.getUint16(o, true)
        : dt === 3 ? dv.getInt8(o)
        : dv.getUint8(o);
    }
    return { dims, kind, values: out };
  }
  const src: number[] =
    dt === 1 ? t.floatData
    : dt === 11 ? t.doubleData
    : dt === 7 ? t.int64Data
    : t.int32Data;
  if (src.length !== count) throw new ImportError(`${what}: ${src.length} values for ${name}[${dims.join(', ')}] (expected ${count})`);
  for (let i = 0; i < count; i++) {
    const v = src[i];
    out[i] = dt === 10 ? halfToFloat(v) : dt === 16 ? new Float32Array(new Uint32Array([v << 16]).buffer)[0] : v;
  }
  return { dims, kind, values: out };
}
