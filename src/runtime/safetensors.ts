// safetensors reader and writer (https://github.com/huggingface/safetensors):
// 8-byte little-endian u64 header length N, N bytes of UTF-8 JSON header, then the raw
// little-endian data buffer that the header's data_offsets index into.
// Pure ArrayBuffer/DataView code so it runs in browsers as well as Node.

import { WeightsError } from './errors.js';

export interface NamedTensor {
  dtype: 'f32' | 'i32';
  shape: number[];
  data: Float32Array | Int32Array;
}

/** A header larger than this is a corrupt length field, not a real header. */
const MAX_HEADER_BYTES = 100 * 1024 * 1024;

/** Bytes per element of every dtype we read; others are rejected by name. */
const DTYPE_BYTES: Record<string, number> = { F32: 4, I32: 4, F64: 8, I64: 8, F16: 2, BF16: 2 };

const HOST_LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function readSafetensors(bytes: Uint8Array, source = 'weights'): Map<string, NamedTensor> {
  const fail = (msg: string): never => {
    throw new WeightsError(`${source}: ${msg}`);
  };
  if (bytes.byteLength < 8) fail(`not a safetensors file: ${bytes.byteLength} bytes, shorter than the 8-byte header length`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // u64 read as two u32s: a high word above zero is already absurd, and this avoids BigInt.
  const lenLo = view.getUint32(0, true);
  const lenHi = view.getUint32(4, true);
  const headerLen = lenHi * 2 ** 32 + lenLo;
  if (headerLen > MAX_HEADER_BYTES) fail(`header length ${headerLen} is absurd (over ${MAX_HEADER_BYTES} bytes); not a safetensors file?`);
  if (8 + headerLen > bytes.byteLength) {
    fail(`header length ${headerLen} runs past the end of the file (${bytes.byteLength} bytes); file truncated?`);
  }

  let header: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + headerLen));
    header = JSON.parse(text);
  } catch (e) {
    fail(`header is not valid UTF-8 JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (header === null || typeof header !== 'object' || Array.isArray(header)) fail('header is not a JSON object');

  const dataStart = 8 + headerLen;
  const dataLen = bytes.byteLength - dataStart;
  const out = new Map<string, NamedTensor>();
  for (const [name, entry] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') continue;
    const bad = (msg: string): never => fail(`tensor '${name}': ${msg}`);
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) bad('header entry is not an object');
    const { dtype, shape, data_offsets: offsets } = entry as Record<string, unknown>;
    if (typeof dtype !== 'string') bad('header entry has no string "dtype"');
    const dt = dtype as string;
    if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
      bad(`"shape" ${JSON.stringify(shape)} is not an array of non-negative integers`);
    }
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => Number.isSafeInteger(o) && o >= 0)) {
      bad(`"data_offsets" ${JSON.stringify(offsets)} is not a pair of non-negative integers`);
    }
    const elemBytes = DTYPE_BYTES[dt];
    if (elemBytes === undefined) bad(`unsupported dtype ${dt} (supported: F32, I32, F64, I64, F16, BF16)`);
    const dims = shape as number[];
    const [begin, end] = offsets as number[];
    if (begin > end) bad(`data_offsets [${begin}, ${end}] are reversed`);
    if (end > dataLen) bad(`data_offsets [${begin}, ${end}] run past the end of the data (${dataLen} bytes); file truncated?`);
    const count = dims.reduce((a, b) => a * b, 1);
    if (end - begin !== count * elemBytes) {
      bad(`data_offsets [${begin}, ${end}] hold ${end - begin} bytes but shape [${dims.join(', ')}] of ${dt} needs ${count * elemBytes}`);
    }
    out.set(name, decode(dt, dims, bytes.subarray(dataStart + begin, dataStart + end), count, bad));
  }
  return out;
}

function decode(dtype: string, shape: number[], raw: Uint8Array, count: number, bad: (m: string) => never): NamedTensor {
  const shapeCopy = shape.slice();
  if (dtype === 'F32' || dtype === 'I32') {
    // Copy into a fresh, aligned buffer; byte-swap only on a big-endian host.
    const copy = new Uint8Array(raw);
    if (!HOST_LITTLE_ENDIAN) swapBytes(copy, 4);
    const data = dtype === 'F32' ? new Float32Array(copy.buffer) : new Int32Array(copy.buffer);
    return { dtype: dtype === 'F32' ? 'f32' : 'i32', shape: shapeCopy, data };
  }
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  if (dtype === 'F64') {
    const data = new Float32Array(count);
    for (let i = 0; i < count; i++) data[i] = view.getFloat64(i * 8, true);
    return { dtype: 'f32', shape: shapeCopy, data };
  }
  if (dtype === 'I64') {
    const data = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const lo = view.getUint32(i * 8, true);
      const hi = view.getInt32(i * 8 + 4, true);
      // In i32 range iff the high word is the sign extension of the low word.
      if (hi !== (lo >= 0x80000000 ? -1 : 0)) {
        bad(`I64 element ${i} (${BigInt(hi) * 2n ** 32n + BigInt(lo)}) does not fit in i32`);
      }
      data[i] = lo | 0;
    }
    return { dtype: 'i32', shape: shapeCopy, data };
  }
  if (dtype === 'F16') {
    const data = new Float32Array(count);
    for (let i = 0; i < count; i++) data[i] = halfToFloat(view.getUint16(i * 2, true));
    return { dtype: 'f32', shape: shapeCopy, data };
  }
  if (dtype === 'BF16') {
    // bfloat16 is the top half of an IEEE f32.
    const bits = new Uint32Array(count);
    for (let i = 0; i < count; i++) bits[i] = view.getUint16(i * 2, true) << 16;
    return { dtype: 'f32', shape: shapeCopy, data: new Float32Array(bits.buffer) };
  }
  return bad(`unsupported dtype ${dtype}`); // unreachable: dtypes are checked before decode
}

/** IEEE 754 binary16 bits -> number. */
function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24; // zero or subnormal
  if (exp === 0x1f) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

function swapBytes(b: Uint8Array, width: number): void {
  for (let i = 0; i + width <= b.length; i += width) {
    for (let j = 0; j < width / 2; j++) {
      const t = b[i + j];
      b[i + j] = b[i + width - 1 - j];
      b[i + width - 1 - j] = t;
    }
  }
}

export function writeSafetensors(
  tensors: Map<string, NamedTensor> | Record<string, NamedTensor>,
  metadata?: Record<string, string>,
): Uint8Array {
  const entries = tensors instanceof Map ? [...tensors.entries()] : Object.entries(tensors);
  // Sorted names make the output byte-for-byte deterministic.
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const header: Record<string, unknown> = {};
  if (metadata !== undefined) header.__metadata__ = { ...metadata };
  let offset = 0;
  for (const [name, t] of entries) {
    if (name === '__metadata__') throw new WeightsError(`tensor name '__metadata__' is reserved by safetensors`);
    const count = t.shape.reduce((a, b) => a * b, 1);
    if (t.data.length !== count) {
      throw new WeightsError(`tensor '${name}': ${t.data.length} elements do not match shape [${t.shape.join(', ')}] (${count})`);
    }
    const isF32 = t.data instanceof Float32Array;
    if ((t.dtype === 'f32') !== isF32) {
      throw new WeightsError(`tensor '${name}': dtype ${t.dtype} does not match its ${t.data.constructor.name} data`);
    }
    header[name] = { dtype: t.dtype === 'f32' ? 'F32' : 'I32', shape: [...t.shape], data_offsets: [offset, offset + count * 4] };
    offset += count * 4;
  }

  let json = new TextEncoder().encode(JSON.stringify(header));
  // Pad with spaces so the data buffer starts 8-byte aligned (8 + N is a multiple of 8).
  const padded = Math.ceil(json.length / 8) * 8;
  if (padded !== json.length) {
    const p = new Uint8Array(padded).fill(0x20);
    p.set(json);
    json = p;
  }

  const out = new Uint8Array(8 + json.length + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, json.length, true);
  view.setUint32(4, Math.floor(json.length / 2 ** 32), true);
  out.set(json, 8);
  let pos = 8 + json.length;
  for (const [, t] of entries) {
    const bytes = new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength);
    out.set(bytes, pos);
    if (!HOST_LITTLE_ENDIAN) swapBytes(out.subarray(pos, pos + bytes.length), 4);
    pos += bytes.length;
  }
  return out;
}
