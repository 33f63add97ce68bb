// safetensors reader and writer (https://github.com/huggingface/safetensors):
// 8-byte little-endian u64 header length N, N bytes of UTF-8 JSON header, then the raw
// little-endian data buffer that the header's data_offsets index into.
// Pure ArrayBuffer/DataView code so it runs in browsers as well as Node.
//
// The reader treats a file as hostile and is as strict as the format (see docs/weights.md):
// the header is at most 100 MB, starts with '{', is parsed by a small strict JSON parser that
// refuses duplicate keys and keeps objects in Maps (no prototype lookups: a dtype or tensor
// named "__proto__" or "toString" is just a string), and its size is bounded by the file's
// (tensor and value counts). The tensors' byte ranges must tile the data buffer exactly: no
// overlap, no hole, no trailing bytes. Every problem is one short line naming the file and
// the tensor; nothing is decoded until the whole header is known to be good, so memory stays
// proportional to the file.

import { clipText, WeightsError } from './errors.js';

export interface NamedTensor {
  dtype: 'f32' | 'i32';
  shape: number[];
  data: Float32Array | Int32Array;
}

/** A safetensors file: its tensors and its optional `__metadata__` (string -> string). */
export interface SafetensorsFile {
  tensors: Map<string, NamedTensor>;
  /** null when the header has no `__metadata__`. */
  metadata: Map<string, string> | null;
}

/** The format's cap on the header (the reference implementation's MAX_HEADER_SIZE). */
export const MAX_HEADER_BYTES = 100_000_000;

/**
 * At most this many tensors, plus one per MIN_BYTES_PER_TENSOR bytes of data: a header listing
 * more is not a real weights file (e.g. a 100 MB header of 1.5 million empty tensors).
 */
export const BASE_TENSOR_COUNT = 1024;
export const MIN_BYTES_PER_TENSOR = 64;

/** At most this many `__metadata__` entries. */
export const MAX_METADATA_ENTRIES = 65536;

/** NumPy and PyTorch tensors have at most 64 dimensions. */
export const MAX_RANK = 64;

/** Bytes per element of every dtype we read; others are rejected by name. A Map: no prototype keys. */
const DTYPE_BYTES: ReadonlyMap<string, number> = new Map([
  ['F32', 4],
  ['I32', 4],
  ['F64', 8],
  ['I64', 8],
  ['F16', 2],
  ['BF16', 2],
]);

const HOST_LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const q = (s: string): string => `'${clipText(s)}'`;
const fmtArray = (a: readonly unknown[]): string => clipText(`[${a.map((x) => (typeof x === 'string' ? JSON.stringify(x) : String(x))).join(', ')}]`);

// ---------------------------------------------------------------------------------------------
// A strict JSON parser for the header. Objects become Maps (insertion order kept), duplicate keys
// are errors, nesting is at most HEADER_DEPTH deep, and the number of values is capped, so a
// hostile header fails fast instead of building gigabytes of objects.

type Json = null | boolean | number | string | Json[] | JsonObject;
type JsonObject = Map<string, Json>;

/** header object -> tensor entry (or __metadata__) -> shape / data_offsets array. */
const HEADER_DEPTH = 3;

class HeaderSyntax extends Error {}

interface ParseLimits {
  /** Most values (of every kind, at every depth) the header may hold. */
  maxValues: number;
  /** Most keys the top-level object may hold. */
  maxTopKeys: number;
  /** Called for each duplicate key: `path` is the keys of the enclosing objects. */
  duplicate: (path: readonly string[], key: string) => never;
  tooMany: (what: 'values' | 'keys', limit: number) => never;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Parses `b` (the header's bytes) as JSON: only string contents may be non-ASCII, and are checked as UTF-8. */
function parseHeader(b: Uint8Array, limits: ParseLimits): Json {
  let i = 0;
  let values = 0;
  const n = b.length;
  const path: string[] = [];
  const syntax = (what: string): never => {
    throw new HeaderSyntax(`${what} at byte ${i}`);
  };
  const ws = () => {
    for (; i < n; i++) {
      const c = b[i];
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    }
  };
  const count = () => {
    if (++values > limits.maxValues) limits.tooMany('values', limits.maxValues);
  };
  const str = (): string => {
    // b[i] is '"'. UTF-8 continuation and lead bytes are >= 0x80, so never a quote or backslash.
    const start = ++i;
    let escaped = false;
    let ascii = true;
    for (; i < n; i++) {
      const c = b[i];
      if (c === 0x22) break;
      if (c < 0x20) syntax('control character in a string');
      if (c >= 0x80) ascii = false;
      else if (c === 0x5c) {
        escaped = true;
        i++; // skip the escaped character (checked below)
      }
    }
    if (i >= n) syntax('unterminated string');
    const end = i;
    i++; // closing quote
    let raw = '';
    if (ascii && end - start <= 64) for (let k = start; k < end; k++) raw += String.fromCharCode(b[k]);
    else {
      try {
        raw = UTF8.decode(b.subarray(start, end));
      } catch {
        return syntax('invalid UTF-8 in a string');
      }
    }
    if (!escaped) return raw;
    let out = '';
    for (let k = 0; k < raw.length; k++) {
      const c = raw[k];
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = raw[++k];
      if (e === 'u') {
        const hex = raw.slice(k + 1, k + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) syntax('bad \\u escape');
        out += String.fromCharCode(Number.parseInt(hex, 16));
        k += 4;
      } else {
        const m = ESCAPES.get(e);
        if (m === undefined) syntax(`bad escape \\${e ?? ''}`);
        out += m;
      }
    }
    return out;
  };
  const num = (): number => {
    const start = i;
    for (; i < n; i++) {
      const c = b[i];
      // digits, '+', '-', '.', 'e', 'E'
      if (!((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x65 || c === 0x45)) break;
    }
    let text = '';
    for (let k = start; k < i; k++) text += String.fromCharCode(b[k]);
    if (!NUMBER.test(text)) {
      i = start;
      return syntax(text === '' ? 'unexpected character' : `bad number ${clipText(text, 40)}`);
    }
    return Number(text);
  };
  const word = (w: string, v: Json): Json => {
    for (let k = 0; k < w.length; k++) if (b[i + k] !== w.charCodeAt(k)) syntax('unexpected character');
    i += w.length;
    return v;
  };
  const value = (depth: number): Json => {
    ws();
    if (i >= n) syntax('unexpected end of the header');
    count();
    const c = b[i];
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth >= HEADER_DEPTH) syntax(`nested deeper than a safetensors header (${HEADER_DEPTH} levels)`);
      i++;
      ws();
      if (c === 0x5b) {
        const arr: Json[] = [];
        if (b[i] === 0x5d) {
          i++;
          return arr;
        }
        for (;;) {
          arr.push(value(depth + 1));
          ws();
          const d = b[i++];
          if (d === 0x5d) return arr;
          if (d !== 0x2c) syntax("expected ',' or ']'");
        }
      }
      const obj: JsonObject = new Map();
      if (b[i] === 0x7d) {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (b[i] !== 0x22) syntax('expected a string key');
        const key = str();
        ws();
        if (b[i++] !== 0x3a) syntax("expected ':'");
        if (obj.has(key)) limits.duplicate(path, key);
        if (depth === 0 && obj.size >= limits.maxTopKeys) limits.tooMany('keys', limits.maxTopKeys);
        path.push(key);
        obj.set(key, value(depth + 1));
        path.pop();
        ws();
        const d = b[i++];
        if (d === 0x7d) return obj;
        if (d !== 0x2c) syntax("expected ',' or '}'");
      }
    }
    if (c === 0x22) return str();
    if (c === 0x74) return word('true', true);
    if (c === 0x66) return word('false', false);
    if (c === 0x6e) return word('null', null);
    return num();
  };
  const v = value(0);
  ws();
  if (i < n) syntax('unexpected text after the header object');
  return v;
}

const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);

const isObj = (x: Json | undefined): x is JsonObject => x instanceof Map;
const isDimList = (x: Json | undefined): x is number[] => Array.isArray(x) && x.every((d) => Number.isSafeInteger(d) && (d as number) >= 0);
const describeJson = (x: Json | undefined): string =>
  x === undefined ? 'missing' : Array.isArray(x) ? fmtArray(x.map((e) => (isObj(e) ? '{...}' : Array.isArray(e) ? '[...]' : e))) : isObj(x) ? 'an object' : clipText(JSON.stringify(x));

// ---------------------------------------------------------------------------------------------

export function readSafetensors(bytes: Uint8Array, source = 'weights'): Map<string, NamedTensor> {
  return readSafetensorsFile(bytes, source).tensors;
}

/** Reads a safetensors file: its tensors and its `__metadata__`. Throws WeightsError naming `source`. */
export function readSafetensorsFile(bytes: Uint8Array, source = 'weights'): SafetensorsFile {
  const src = clipText(source);
  const fail = (msg: string): never => {
    throw new WeightsError(`${src}: ${msg}`);
  };
  if (!(bytes instanceof Uint8Array)) fail(`expected the file's bytes as a Uint8Array, got ${bytes === null ? 'null' : typeof bytes}`);
  if (bytes.byteLength < 8) fail(`not a safetensors file: ${bytes.byteLength} bytes, shorter than the 8-byte header length`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // u64 read as two u32s: a high word above zero is already absurd, and this avoids BigInt.
  const lenLo = view.getUint32(0, true);
  const lenHi = view.getUint32(4, true);
  const headerLen = lenHi * 2 ** 32 + lenLo;
  if (headerLen > MAX_HEADER_BYTES) {
    fail(`header length ${headerLen} is absurd (over the safetensors format's limit of ${MAX_HEADER_BYTES} bytes); not a safetensors file?`);
  }
  if (8 + headerLen > bytes.byteLength) {
    fail(`header length ${headerLen} runs past the end of the file (${bytes.byteLength} bytes); file truncated?`);
  }
  if (headerLen === 0 || bytes[8] !== 0x7b) fail(`header is not a JSON object (a safetensors header must start with '{')`);

  const dataStart = 8 + headerLen;
  const dataLen = bytes.byteLength - dataStart;
  const maxTensors = BASE_TENSOR_COUNT + Math.floor(dataLen / MIN_BYTES_PER_TENSOR);
  // A tensor entry is at most 6 + MAX_RANK values (itself, dtype, shape and its dims, data_offsets
  // and its two numbers); the metadata is itself plus one per entry.
  const maxValues = 1 + maxTensors * (6 + MAX_RANK) + 1 + MAX_METADATA_ENTRIES;

  let header: Json;
  try {
    header = parseHeader(new Uint8Array(bytes.buffer, bytes.byteOffset + 8, headerLen), {
      maxValues,
      maxTopKeys: maxTensors + 1,
      duplicate: (path, key) =>
        path.length === 0
          ? fail(`${key === '__metadata__' ? '__metadata__' : `tensor ${q(key)}`} appears twice in the header (the safetensors format forbids duplicate keys)`)
          : fail(`${path[0] === '__metadata__' ? '__metadata__' : `tensor ${q(path[0])}`}: key ${q(key)} appears twice (the safetensors format forbids duplicate keys)`),
      tooMany: (what, limit) =>
        fail(
          what === 'keys'
            ? `header lists more than ${maxTensors} tensors for ${dataLen} bytes of data (at most ${BASE_TENSOR_COUNT} + 1 per ${MIN_BYTES_PER_TENSOR} data bytes); not a real weights file?`
            : `header holds more than ${limit} JSON values for ${dataLen} bytes of data; not a real weights file?`,
        ),
    });
  } catch (e) {
    if (e instanceof HeaderSyntax) return fail(`header is not valid UTF-8 JSON (${e.message})`);
    throw e;
  }
  if (!isObj(header)) return fail('header is not a JSON object');

  let metadata: Map<string, string> | null = null;
  const meta = header.get('__metadata__');
  if (meta !== undefined) {
    if (!isObj(meta)) return fail(`__metadata__ is ${describeJson(meta)}, not an object of strings`);
    if (meta.size > MAX_METADATA_ENTRIES) fail(`__metadata__ has ${meta.size} entries, more than ${MAX_METADATA_ENTRIES}`);
    metadata = new Map();
    for (const [k, v] of meta) {
      if (typeof v !== 'string') fail(`__metadata__ entry ${q(k)} is ${describeJson(v)}, not a string (the safetensors format allows only strings)`);
      metadata.set(k, v as string);
    }
  }

  // Check every entry, and that the byte ranges tile the data buffer, before decoding anything.
  interface Checked {
    name: string;
    dtype: string;
    shape: number[];
    count: number;
    begin: number;
    end: number;
  }
  const entries: Checked[] = [];
  for (const [name, entry] of header) {
    if (name === '__metadata__') continue;
    const bad = (msg: string): never => fail(`tensor ${q(name)}: ${msg}`);
    if (!isObj(entry)) return bad(`header entry is not an object (got ${describeJson(entry)})`);
    const dtype = entry.get('dtype');
    const shape = entry.get('shape');
    const offsets = entry.get('data_offsets');
    if (typeof dtype !== 'string') return bad(`header entry has no string "dtype" (got ${describeJson(dtype)})`);
    if (!isDimList(shape)) return bad(`"shape" ${describeJson(shape)} is not an array of non-negative integers`);
    if (shape.length > MAX_RANK) bad(`"shape" has ${shape.length} dimensions, more than ${MAX_RANK}`);
    if (!isDimList(offsets) || offsets.length !== 2) return bad(`"data_offsets" ${describeJson(offsets)} is not a pair of non-negative integers`);
    const elemBytes = DTYPE_BYTES.get(dtype);
    if (elemBytes === undefined) return bad(`unsupported dtype ${clipText(dtype)} (supported: F32, I32, F64, I64, F16, BF16)`);
    const [begin, end] = offsets;
    if (begin > end) bad(`data_offsets [${begin}, ${end}] are reversed`);
    if (end > dataLen) bad(`data_offsets [${begin}, ${end}] run past the end of the data (${dataLen} bytes); file truncated?`);
    let count = 1;
    for (const d of shape) count *= d;
    if (end - begin !== count * elemBytes) {
      bad(`data_offsets [${begin}, ${end}] hold ${end - begin} bytes but shape ${fmtArray(shape)} of ${dtype} needs ${count * elemBytes}`);
    }
    entries.push({ name, dtype, shape, count, begin, end });
  }

  // The format: the byte buffer is entirely indexed, without holes or overlaps.
  const sorted = entries.slice().sort((a, b) => a.begin - b.begin || a.end - b.end);
  let pos = 0;
  let prev: Checked | null = null;
  for (const t of sorted) {
    if (t.begin < pos && prev !== null) {
      fail(`tensor ${q(t.name)}: data_offsets [${t.begin}, ${t.end}] overlap tensor ${q(prev.name)}'s [${prev.begin}, ${prev.end}] (the safetensors format forbids overlapping tensors)`);
    }
    if (t.begin > pos) {
      fail(
        `tensor ${q(t.name)}: data_offsets [${t.begin}, ${t.end}] leave bytes [${pos}, ${t.begin}) of the data unused${prev ? ` after tensor ${q(prev.name)}` : ''} (the safetensors format forbids holes)`,
      );
    }
    pos = t.end;
    prev = t;
  }
  if (pos !== dataLen) {
    fail(
      `${dataLen - pos} trailing bytes after the last tensor's data (${prev ? `tensor ${q(prev.name)} ends at ${pos}` : 'no tensor holds data'}, the data is ${dataLen} bytes; the safetensors format forbids trailing bytes)`,
    );
  }

  const tensors = new Map<string, NamedTensor>();
  for (const t of entries) {
    const bad = (msg: string): never => fail(`tensor ${q(t.name)}: ${msg}`);
    tensors.set(t.name, decode(t.dtype, t.shape, bytes.subarray(dataStart + t.begin, dataStart + t.end), t.count, bad));
  }
  return { tensors, metadata };
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
export function halfToFloat(h: number): number {
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

  // A prototype-free object: a tensor named "__proto__" is an own key like any other.
  const header: Record<string, unknown> = Object.create(null);
  if (metadata !== undefined) {
    const meta: Record<string, string> = Object.create(null);
    for (const [k, v] of Object.entries(metadata)) {
      if (typeof v !== 'string') throw new WeightsError(`metadata ${clipText(`'${k}'`)} must be a string, got ${typeof v}`);
      meta[k] = v;
    }
    header.__metadata__ = meta;
  }
  let offset = 0;
  for (const [name, t] of entries) {
    if (name === '__metadata__') throw new WeightsError(`tensor name '__metadata__' is reserved by safetensors`);
    const count = t.shape.reduce((a, b) => a * b, 1);
    if (t.data.length !== count) {
      throw new WeightsError(`tensor ${clipText(`'${name}'`)}: ${t.data.length} elements do not match shape [${clipText(t.shape.join(', '))}] (${count})`);
    }
    const isF32 = t.data instanceof Float32Array;
    if ((t.dtype === 'f32') !== isF32) {
      throw new WeightsError(`tensor ${clipText(`'${name}'`)}: dtype ${t.dtype} does not match its ${t.data.constructor.name} data`);
    }
    header[name] = { dtype: t.dtype === 'f32' ? 'F32' : 'I32', shape: [...t.shape], data_offsets: [offset, offset + count * 4] };
    offset += count * 4;
  }

  let json = new TextEncoder().encode(JSON.stringify(header));
  if (json.length > MAX_HEADER_BYTES) {
    throw new WeightsError(`the header would be ${json.length} bytes, over the safetensors format's limit of ${MAX_HEADER_BYTES}`);
  }
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
