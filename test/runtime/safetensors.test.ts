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

describe('strict to the format (issue 19, item 9)', () => {
  const f32 = (n: number) => new Uint8Array(4 * n);

  it('refuses a duplicate tensor name (JSON.parse would keep the last)', () => {
    const text = '{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}';
    const e = readError(build(text, f32(2)), 'dup.safetensors');
    expect(e.message).toBe("dup.safetensors: tensor 'a' appears twice in the header (the safetensors format forbids duplicate keys)");
  });

  it('refuses a duplicate key inside an entry and a duplicate __metadata__', () => {
    const inner = '{"a":{"dtype":"I32","dtype":"F32","shape":[1],"data_offsets":[0,4]}}';
    expect(readError(build(inner, f32(1))).message).toMatch(/^weights: tensor 'a': key 'dtype' appears twice/);
    const meta = '{"__metadata__":{"k":"1"},"__metadata__":{"k":"2"}}';
    expect(readError(build(meta)).message).toMatch(/^weights: __metadata__ appears twice/);
  });

  it('refuses overlapping data_offsets, naming both tensors', () => {
    const header = { a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] }, b: { dtype: 'F32', shape: [2], data_offsets: [4, 12] } };
    const e = readError(build(header, f32(3)), 'o.safetensors');
    expect(e.message).toMatch(/^o\.safetensors: tensor 'b': data_offsets \[4, 12\] overlap tensor 'a''s \[0, 8\]/);
    // Two names for the same bytes (aliasing) is an overlap too.
    const alias = { a: { dtype: 'F32', shape: [1], data_offsets: [0, 4] }, b: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } };
    expect(readError(build(alias, f32(1))).message).toMatch(/overlap/);
  });

  it('refuses a hole between tensors and before the first one', () => {
    const gap = { a: { dtype: 'F32', shape: [1], data_offsets: [0, 4] }, b: { dtype: 'F32', shape: [1], data_offsets: [8, 12] } };
    expect(readError(build(gap, f32(3))).message).toMatch(/^weights: tensor 'b': data_offsets \[8, 12\] leave bytes \[4, 8\) of the data unused after tensor 'a' \(the safetensors format forbids holes\)/);
    const lead = { a: { dtype: 'F32', shape: [1], data_offsets: [4, 8] } };
    expect(readError(build(lead, f32(2))).message).toMatch(/tensor 'a': .*leave bytes \[0, 4\)/);
  });

  it('refuses trailing bytes after the last tensor', () => {
    const header = { a: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } };
    const e = readError(build(header, f32(2)), 't.safetensors');
    expect(e.message).toMatch(/^t\.safetensors: 4 trailing bytes after the last tensor's data \(tensor 'a' ends at 4, the data is 8 bytes/);
    expect(readError(build({}, [1, 2, 3])).message).toMatch(/3 trailing bytes .*no tensor holds data/);
  });

  it('still accepts empty tensors anywhere between the others, and tensors in any header order', () => {
    const header = {
      z: { dtype: 'F32', shape: [1], data_offsets: [4, 8] },
      e: { dtype: 'F32', shape: [0, 3], data_offsets: [4, 4] },
      a: { dtype: 'F32', shape: [1], data_offsets: [0, 4] },
      s: { dtype: 'F32', shape: [0], data_offsets: [8, 8] },
    };
    const t = readSafetensors(build(header, f32(2)));
    expect([...t.keys()]).toEqual(['z', 'e', 'a', 's']);
    expect(t.get('e')!.data.length).toBe(0);
  });

  it('refuses a header that does not start with "{" and non-string metadata', () => {
    expect(readError(build(' {}')).message).toMatch(/header is not a JSON object \(a safetensors header must start with '\{'\)/);
    expect(readError(build({ __metadata__: { epoch: 3 } })).message).toMatch(/^weights: __metadata__ entry 'epoch' is 3, not a string/);
    expect(readError(build({ __metadata__: [1] })).message).toMatch(/__metadata__ is \[1\], not an object of strings/);
  });

  it('accepts trailing space padding and returns the metadata', async () => {
    const { readSafetensorsFile } = await import('../../src/runtime/safetensors.js');
    const f = readSafetensorsFile(build('{"__metadata__":{"format":"pt","__proto__":"x"}}     '));
    expect(f.tensors.size).toBe(0);
    expect([...f.metadata!]).toEqual([['format', 'pt'], ['__proto__', 'x']]);
  });
});

describe('prototype names (issue 19, item 8)', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('refuses dtype %s as unsupported, not "needs NaN"', (dtype) => {
    const e = readError(build({ a: { dtype, shape: [1], data_offsets: [0, 4] } }, new Uint8Array(4)));
    expect(e.message).toBe(`weights: tensor 'a': unsupported dtype ${dtype} (supported: F32, I32, F64, I64, F16, BF16)`);
  });

  it('round-trips tensors named __proto__, constructor and toString', () => {
    const t = (v: number): NamedTensor => ({ dtype: 'f32', shape: [1], data: new Float32Array([v]) });
    const tensors = new Map([['__proto__', t(1)], ['constructor', t(2)], ['toString', t(3)]]);
    const back = readSafetensors(writeSafetensors(tensors, { __proto__: 'meta' } as unknown as Record<string, string>));
    expect([...back.keys()].sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Array.from(back.get('__proto__')!.data)).toEqual([1]);
    expect(Array.from(back.get('toString')!.data)).toEqual([3]);
  });
});

describe('resource bounds (issue 19, item 7)', () => {
  it('refuses a header length over the format cap of 100,000,000 bytes', () => {
    const bytes = new Uint8Array(16);
    new DataView(bytes.buffer).setUint32(0, 100_000_001, true);
    expect(readError(bytes).message).toMatch(/^weights: header length 100000001 is absurd \(over the safetensors format's limit of 100000000 bytes\)/);
  });

  it('refuses a header listing absurdly many tensors for its data, fast and with a short message', () => {
    // 300,000 empty tensors in a 16 MB header over 1 KB of data: the shape of the 100 MB attack.
    const parts = ['{'];
    for (let i = 0; i < 300_000; i++) parts.push(`${i ? ',' : ''}"t${i}":{"dtype":"F32","shape":[0],"data_offsets":[0,0]}`);
    parts.push('}');
    const file = build(parts.join(''), new Uint8Array(1024));
    const t0 = performance.now();
    const e = readError(file, 'many.safetensors');
    const ms = performance.now() - t0;
    expect(e.message).toBe(
      'many.safetensors: header lists more than 1040 tensors for 1024 bytes of data (at most 1024 + 1 per 64 data bytes); not a real weights file?',
    );
    expect(ms).toBeLessThan(3000); // it stops at tensor 1041 (a few ms), not after parsing 16 MB
  });

  it('allows as many tensors as the data can hold', () => {
    const tensors = new Map<string, NamedTensor>();
    for (let i = 0; i < 3000; i++) tensors.set(`t${i}`, { dtype: 'f32', shape: [16], data: new Float32Array(16) });
    expect(readSafetensors(writeSafetensors(tensors)).size).toBe(3000);
  });

  it('refuses a header nested deeper than the format needs, without a stack overflow', () => {
    const deep = `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(readError(build(deep)).message).toMatch(/^weights: header is not valid UTF-8 JSON \(nested deeper than a safetensors header \(3 levels\) at byte \d+\)/);
  });

  it('keeps messages short whatever the file names', () => {
    const name = 'n'.repeat(1_000_000);
    const e = readError(build({ [name]: { dtype: 'Q'.repeat(1_000_000), shape: [1], data_offsets: [0, 4] } }, new Uint8Array(4)));
    expect(e.message.length).toBeLessThan(400);
    expect(e.message).toMatch(/^weights: tensor 'n{120}\.\.\. \(1000000 chars\)': unsupported dtype Q{120}\.\.\. \(1000000 chars\)/);
    const shape = Array.from({ length: 60 }, () => 100000);
    expect(readError(build({ a: { dtype: 'F32', shape, data_offsets: [0, 4] } }, new Uint8Array(4))).message.length).toBeLessThan(400);
  });
});
