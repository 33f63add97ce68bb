import { describe, it, expect } from 'vitest';
import { readSafetensors, writeSafetensors, type NamedTensor } from '../../src/runtime/safetensors.js';
import { WeightsError } from '../../src/runtime/errors.js';

/** Builds a safetensors file from a header object (or raw header text) and raw data bytes. */
function build(header: object | string, data: number[] | Uint8Array = [], headerLen?: number): Uint8Array {
  const json = new TextEncoder().encode(typeof header === 'string' ? header : JSON.stringify(header));
  const body = data instanceof Uint8Array ? data : new Uint8Array(data);
  const out = new Uint8Array(8 + json.length + body.length);
  new DataView(out.buffer).setUint32(0, headerLen ?? json.length, true);
  out.set(json, 8);
  out.set(body, 8 + json.length);
  return out;
}

function readError(bytes: Uint8Array, source?: string): WeightsError {
  try {
    readSafetensors(bytes, source);
  } catch (e) {
    expect(e).toBeInstanceOf(WeightsError);
    return e as WeightsError;
  }
  throw new Error('expected readSafetensors to throw');
}

describe('safetensors round trip', () => {
  it('round-trips f32 and i32 tensors of every rank, including scalars and empty dims', () => {
    const tensors = new Map<string, NamedTensor>([
      ['m', { dtype: 'f32', shape: [2, 3], data: new Float32Array([1, -2.5, 3e-8, Infinity, -0, 6]) }],
      ['ids', { dtype: 'i32', shape: [4], data: new Int32Array([0, -1, 2147483647, -2147483648]) }],
      ['scalar', { dtype: 'f32', shape: [], data: new Float32Array([42.5]) }],
      ['empty', { dtype: 'f32', shape: [0], data: new Float32Array(0) }],
      ['empty3', { dtype: 'i32', shape: [2, 0, 3], data: new Int32Array(0) }],
    ]);
    const back = readSafetensors(writeSafetensors(tensors));
    expect([...back.keys()].sort()).toEqual([...tensors.keys()].sort());
    for (const [name, t] of tensors) {
      const b = back.get(name)!;
      expect(b.dtype).toBe(t.dtype);
      expect(b.shape).toEqual(t.shape);
      expect(b.data.constructor).toBe(t.data.constructor);
      expect(Array.from(new Uint8Array(b.data.buffer, b.data.byteOffset, b.data.byteLength))).toEqual(
        Array.from(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength)),
      );
    }
  });

  it('writes a space-padded, 8-byte aligned header with sorted names and metadata', () => {
    const bytes = writeSafetensors(
      { zeta: { dtype: 'f32', shape: [1], data: new Float32Array([1]) }, alpha: { dtype: 'i32', shape: [2], data: new Int32Array([7, 8]) } },
      { format: 'pt', note: 'x' },
    );
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const n = view.getUint32(0, true);
    expect(view.getUint32(4, true)).toBe(0);
    expect(n % 8).toBe(0);
    const text = new TextDecoder().decode(bytes.subarray(8, 8 + n));
    expect(text.trimEnd().length).toBeLessThanOrEqual(n);
    expect(/^ *$/.test(text.slice(text.trimEnd().length))).toBe(true);
    const header = JSON.parse(text);
    expect(header.__metadata__).toEqual({ format: 'pt', note: 'x' });
    expect(header.alpha).toEqual({ dtype: 'I32', shape: [2], data_offsets: [0, 8] });
    expect(header.zeta).toEqual({ dtype: 'F32', shape: [1], data_offsets: [8, 12] });
    // data: alpha first (sorted), little-endian.
    expect(Array.from(bytes.subarray(8 + n))).toEqual([7, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0x80, 0x3f]);
  });

  it('is deterministic regardless of insertion order', () => {
    const a: NamedTensor = { dtype: 'f32', shape: [2], data: new Float32Array([1, 2]) };
    const b: NamedTensor = { dtype: 'i32', shape: [1], data: new Int32Array([3]) };
    const ab = new Map<string, NamedTensor>([['a', a], ['b', b]]);
    const ba = new Map<string, NamedTensor>([['b', b], ['a', a]]);
    expect(writeSafetensors(ab)).toEqual(writeSafetensors(ba));
  });

  it('rejects data that does not match the shape or dtype when writing', () => {
    expect(() => writeSafetensors({ x: { dtype: 'f32', shape: [3], data: new Float32Array(2) } })).toThrow(/tensor 'x'.*2 elements.*\[3\]/);
    expect(() => writeSafetensors({ y: { dtype: 'i32', shape: [1], data: new Float32Array(1) } })).toThrow(/tensor 'y': dtype i32/);
  });
});

describe('reading hand-written files', () => {
  it('reads a file built byte by byte', () => {
    const header = { a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] }, b: { dtype: 'I32', shape: [1, 1], data_offsets: [8, 12] }, __metadata__: { k: 'v' } };
    // 1.5f = 0x3FC00000, -2f = 0xC0000000, -1 = 0xFFFFFFFF, all little-endian.
    const bytes = build(header, [0x00, 0x00, 0xc0, 0x3f, 0x00, 0x00, 0x00, 0xc0, 0xff, 0xff, 0xff, 0xff]);
    const t = readSafetensors(bytes);
    expect([...t.keys()].sort()).toEqual(['a', 'b']);
    expect(t.get('a')).toEqual({ dtype: 'f32', shape: [2], data: new Float32Array([1.5, -2]) });
    expect(t.get('b')).toEqual({ dtype: 'i32', shape: [1, 1], data: new Int32Array([-1]) });
  });

  it('reads from an unaligned view and copies the data out', () => {
    const header = { a: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }; // header length 49: data starts unaligned
    const file = build(header, [0x00, 0x00, 0x80, 0x3f]);
    const backing = new Uint8Array(file.length + 3);
    backing.set(file, 3);
    const view = backing.subarray(3);
    const t = readSafetensors(view);
    expect(Array.from(t.get('a')!.data)).toEqual([1]);
    backing.fill(0);
    expect(Array.from(t.get('a')!.data)).toEqual([1]);
  });

  it('converts F64, I64, F16 and BF16 as PyTorch and NumPy write them', () => {
    const f64 = new Uint8Array(new Float64Array([0.1, -3, 1e300]).buffer);
    const i64 = new Uint8Array(new BigInt64Array([5n, -7n, 2147483647n, -2147483648n]).buffer);
    // f16: 1, -2, 0.5, smallest subnormal 2^-24, +inf
    const f16 = new Uint8Array(new Uint16Array([0x3c00, 0xc000, 0x3800, 0x0001, 0x7c00]).buffer);
    // bf16: 1, -2.5
    const bf16 = new Uint8Array(new Uint16Array([0x3f80, 0xc020]).buffer);
    const data = new Uint8Array([...f64, ...i64, ...f16, ...bf16]);
    let o = 0;
    const at = (n: number) => [o, (o += n)];
    const header = {
      d: { dtype: 'F64', shape: [3], data_offsets: at(24) },
      l: { dtype: 'I64', shape: [2, 2], data_offsets: at(32) },
      h: { dtype: 'F16', shape: [5], data_offsets: at(10) },
      bh: { dtype: 'BF16', shape: [2], data_offsets: at(4) },
    };
    const t = readSafetensors(build(header, data));
    expect(t.get('d')!.dtype).toBe('f32');
    expect(Array.from(t.get('d')!.data)).toEqual([Math.fround(0.1), -3, Infinity]);
    expect(t.get('l')).toEqual({ dtype: 'i32', shape: [2, 2], data: new Int32Array([5, -7, 2147483647, -2147483648]) });
    expect(Array.from(t.get('h')!.data)).toEqual([1, -2, 0.5, 2 ** -24, Infinity]);
    expect(t.get('h')!.dtype).toBe('f32');
    expect(Array.from(t.get('bh')!.data)).toEqual([1, -2.5]);
  });

  it('rejects I64 values outside the i32 range, naming the tensor', () => {
    const data = new Uint8Array(new BigInt64Array([1n, 2147483648n]).buffer);
    const e = readError(build({ ids: { dtype: 'I64', shape: [2], data_offsets: [0, 16] } }, data));
    expect(e.message).toMatch(/^weights: tensor 'ids': I64 element 1 \(2147483648\) does not fit in i32/);
    const neg = new Uint8Array(new BigInt64Array([-2147483649n]).buffer);
    expect(readError(build({ n: { dtype: 'I64', shape: [1], data_offsets: [0, 8] } }, neg)).message).toMatch(/-2147483649/);
  });
});

describe('malformed files', () => {
  const ok = { a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } };

  it('rejects a file shorter than 8 bytes', () => {
    const e = readError(new Uint8Array(5), 'model.safetensors');
    expect(e.message).toMatch(/^model\.safetensors: .*5 bytes.*shorter than the 8-byte header length/);
    expect(e.message).not.toContain('\n');
  });

  it('rejects a header length past the end of the file', () => {
    const e = readError(build(ok, new Uint8Array(8), 5000));
    expect(e.message).toMatch(/^weights: header length 5000 runs past the end of the file/);
  });

  it('rejects an absurd header length', () => {
    const bytes = build(ok, new Uint8Array(8));
    new DataView(bytes.buffer).setUint32(4, 1, true); // 2^32 + n
    expect(readError(bytes).message).toMatch(/header length \d+ is absurd/);
  });

  it('rejects a header that is not JSON, or not an object', () => {
    expect(readError(build('{"a": [1, 2')).message).toMatch(/^weights: header is not valid UTF-8 JSON/);
    expect(readError(build('[1, 2]')).message).toMatch(/header is not a JSON object/);
    expect(readError(build('null')).message).toMatch(/header is not a JSON object/);
  });

  it('rejects malformed entries', () => {
    expect(readError(build({ a: 3 })).message).toMatch(/tensor 'a': header entry is not an object/);
    expect(readError(build({ a: { shape: [1], data_offsets: [0, 4] } }, new Uint8Array(4))).message).toMatch(/tensor 'a': .*"dtype"/);
    expect(readError(build({ a: { dtype: 'F32', shape: [-1], data_offsets: [0, 4] } }, new Uint8Array(4))).message).toMatch(/tensor 'a': "shape" \[-1\]/);
    expect(readError(build({ a: { dtype: 'F32', shape: [1], data_offsets: [0] } }, new Uint8Array(4))).message).toMatch(/tensor 'a': "data_offsets" \[0\]/);
  });

  it('rejects data offsets out of range or reversed', () => {
    const e = readError(build({ a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }, new Uint8Array(4)));
    expect(e.message).toMatch(/^weights: tensor 'a': data_offsets \[0, 8\] run past the end of the data \(4 bytes\)/);
    expect(readError(build({ a: { dtype: 'F32', shape: [0], data_offsets: [4, 0] } }, new Uint8Array(4))).message).toMatch(/tensor 'a': data_offsets \[4, 0\] are reversed/);
  });

  it('rejects data offsets that do not match shape x dtype size', () => {
    const e = readError(build({ w: { dtype: 'F32', shape: [2, 2], data_offsets: [0, 12] } }, new Uint8Array(16)));
    expect(e.message).toMatch(/tensor 'w': data_offsets \[0, 12\] hold 12 bytes but shape \[2, 2\] of F32 needs 16/);
  });

  it('rejects unsupported dtypes, naming tensor and dtype', () => {
    const e = readError(build({ flags: { dtype: 'BOOL', shape: [4], data_offsets: [0, 4] } }, new Uint8Array(4)));
    expect(e.message).toMatch(/^weights: tensor 'flags': unsupported dtype BOOL/);
  });
});
