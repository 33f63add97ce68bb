// Seeded property-based fuzzing of the runtime's file readers (issue 19): random and mutated
// safetensors files and checkpoints must either load (and then be self-consistent) or throw the
// runtime's own error class with a short one-line message; never a TypeError, a RangeError or a hang.
//
// CI runs a few thousand cases with a fixed seed (well under 30 s). For a longer run:
//   RNNC_FUZZ_RUNS=200000 npx vitest run test/runtime/fuzz.test.ts
// (RNNC_FUZZ_SEED=<n> picks another seed; a failure prints the seed and path to replay it.)

import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CheckpointError, decodeCheckpoint, encodeCheckpoint, type Checkpoint, type CheckpointExpectation } from '../../src/runtime/checkpoint.js';
import { WeightsError } from '../../src/runtime/errors.js';
import { optimizerSlots, type OptimizerSpec } from '../../src/runtime/optimizers.js';
import { readSafetensors, writeSafetensors, type NamedTensor } from '../../src/runtime/safetensors.js';

/** RNNC_FUZZ_RUNS as a positive integer, else 0 (the CI defaults). */
const RUNS = Math.max(0, Math.floor(Number(process.env.RNNC_FUZZ_RUNS ?? 0)) || 0);
const SEED = Number.isSafeInteger(Number(process.env.RNNC_FUZZ_SEED)) && process.env.RNNC_FUZZ_SEED ? Number(process.env.RNNC_FUZZ_SEED) : 0x19f022;
/** Runs of one property: its CI default, or RNNC_FUZZ_RUNS for every property. */
const runs = (ci: number) => RUNS || ci;
/** Longest message a refusal may print (item 7: bounded messages). */
const MAX_MESSAGE = 2000;

type Tally = { tried: number; refused: number; accepted: number };
const tallies = new Map<string, Tally>();
function tally(area: string): Tally {
  let t = tallies.get(area);
  if (!t) tallies.set(area, (t = { tried: 0, refused: 0, accepted: 0 }));
  return t;
}

afterAll(() => {
  const rows = [...tallies].map(([area, t]) => `  ${area.padEnd(34)} tried ${String(t.tried).padStart(7)}  refused cleanly ${String(t.refused).padStart(7)}  accepted ${String(t.accepted).padStart(7)}`);
  console.log(`fuzz (seed ${SEED}):\n${rows.join('\n')}`);
});

/** Runs `f` on `bytes`: it must return or throw `ErrorClass` with a short one-line message. */
function outcome<T>(area: string, ErrorClass: new (m: string) => Error, f: () => T): T | null {
  const t = tally(area);
  t.tried++;
  try {
    const r = f();
    t.accepted++;
    return r;
  } catch (e) {
    if (!(e instanceof ErrorClass)) throw new Error(`${area}: expected a ${ErrorClass.name} or success, got ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    const msg = (e as Error).message;
    if (msg.includes('\n') || msg.length > MAX_MESSAGE) throw new Error(`${area}: message is not one short line (${msg.length} chars): ${msg.slice(0, 300)}`);
    t.refused++;
    return null;
  }
}

const product = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);

/** A loaded file must be self-consistent: each tensor's data fits its shape and dtype. */
function checkLoaded(tensors: Map<string, NamedTensor>) {
  for (const [name, t] of tensors) {
    expect(typeof name).toBe('string');
    expect(t.dtype === 'f32' ? t.data instanceof Float32Array : t.data instanceof Int32Array).toBe(true);
    expect(t.data.length).toBe(product(t.shape));
  }
}

// ---- building and mutating files ----------------------------------------------------------

const NAMES = ['w', 'b', 'enc.W_i', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '__metadata__x', 'é', '', 'a"b', 'x\\y'];
const DTYPES = ['F32', 'I32', 'F64', 'I64', 'F16', 'BF16', 'BOOL', 'U8', 'f32', '__proto__', 'constructor', 'toString', 'valueOf', ''];

const arbTensor: fc.Arbitrary<NamedTensor> = fc
  .tuple(fc.constantFrom<'f32' | 'i32'>('f32', 'i32'), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }))
  .chain(([dtype, shape]) => {
    const n = product(shape);
    const values = dtype === 'f32' ? fc.array(fc.float(), { minLength: n, maxLength: n }) : fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: n, maxLength: n });
    return values.map((v): NamedTensor => ({ dtype, shape, data: dtype === 'f32' ? Float32Array.from(v) : Int32Array.from(v) }));
  });

const arbTensors = fc.uniqueArray(fc.tuple(fc.constantFrom(...NAMES), arbTensor), { selector: ([n]) => n, maxLength: 4 }).map((e) => new Map(e));

/** A file split into its parts: header JSON text and data bytes. */
interface Parts {
  header: string;
  data: Uint8Array;
  /** Overrides the 8-byte length field: [low u32, high u32]. */
  len?: [number, number];
}

function split(file: Uint8Array): Parts {
  const n = new DataView(file.buffer, file.byteOffset).getUint32(0, true);
  return { header: new TextDecoder().decode(file.subarray(8, 8 + n)), data: file.slice(8 + n) };
}

function join(p: Parts): Uint8Array {
  const json = new TextEncoder().encode(p.header);
  const out = new Uint8Array(8 + json.length + p.data.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, p.len ? p.len[0] : json.length, true);
  v.setUint32(4, p.len ? p.len[1] : 0, true);
  out.set(json, 8);
  out.set(p.data, 8 + json.length);
  return out;
}

/** A random JSON value, or one of the values most likely to trip a reader. */
const arbNasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(...DTYPES),
  fc.constantFrom(-1, 0, 1, 2 ** 31, 2 ** 32, 2 ** 53, 2 ** 64, 1.5, -0, 1e308),
  fc.array(fc.oneof(fc.integer({ min: -2, max: 10 }), fc.constantFrom(2 ** 53 + 2, 1e300, 0.5, '1', null)), { maxLength: 4 }),
  fc.tuple(fc.integer({ min: -4, max: 64 }), fc.integer({ min: -4, max: 64 })),
);

type Mutation =
  | { kind: 'length'; len: [number, number] }
  | { kind: 'set'; entry: number; field: string; value: unknown }
  | { kind: 'delete'; entry: number; field: string }
  | { kind: 'entry'; entry: number; value: unknown }
  | { kind: 'metadata'; value: unknown }
  | { kind: 'shift'; entry: number; d0: number; d1: number }
  | { kind: 'duplicate'; entry: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'trailing'; bytes: Uint8Array }
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'pad'; text: string; front: boolean };

const FIELDS = ['dtype', 'shape', 'data_offsets', 'extra'];
const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('length' as const),
    len: fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 400 }), fc.constant(0)),
      fc.tuple(fc.constantFrom(100_000_000, 100_000_001, 104_857_600, 0xffffffff), fc.constant(0)),
      fc.tuple(fc.nat(), fc.constantFrom(1, 0xffffffff)),
    ),
  }),
  fc.record({ kind: fc.constant('set' as const), entry: fc.nat(8), field: fc.constantFrom(...FIELDS), value: arbNasty }),
  fc.record({ kind: fc.constant('delete' as const), entry: fc.nat(8), field: fc.constantFrom(...FIELDS) }),
  fc.record({ kind: fc.constant('entry' as const), entry: fc.nat(8), value: arbNasty }),
  fc.record({ kind: fc.constant('metadata' as const), value: fc.oneof(arbNasty, fc.dictionary(fc.constantFrom('format', '__proto__', 'k'), fc.oneof(fc.string(), arbNasty))) }),
  fc.record({ kind: fc.constant('shift' as const), entry: fc.nat(8), d0: fc.integer({ min: -8, max: 8 }), d1: fc.integer({ min: -8, max: 8 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), entry: fc.nat(8) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('trailing' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('pad' as const), text: fc.constantFrom(' ', '\n', '\t', '\0', '  x', '\uFEFF'), front: fc.boolean() }),
);

function mutate(file: Uint8Array, muts: readonly Mutation[]): Uint8Array {
  let bytes = file;
  for (const m of muts) {
    if (m.kind === 'truncate') {
      bytes = bytes.slice(0, Math.floor(m.at * bytes.length));
      continue;
    }
    if (m.kind === 'trailing') {
      const out = new Uint8Array(bytes.length + m.bytes.length);
      out.set(bytes);
      out.set(m.bytes, bytes.length);
      bytes = out;
      continue;
    }
    if (m.kind === 'flip') {
      if (bytes.length === 0) continue;
      bytes = bytes.slice();
      bytes[Math.min(bytes.length - 1, Math.floor(m.at * bytes.length))] = m.byte;
      continue;
    }
    if (bytes.length < 8) continue;
    const n = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
    if (8 + n > bytes.length) continue; // already broken beyond the JSON edits below
    const p = split(bytes);
    if (m.kind === 'length') {
      bytes = join({ ...p, len: m.len });
      continue;
    }
    if (m.kind === 'pad') {
      bytes = join({ ...p, header: m.front ? m.text + p.header : p.header + m.text });
      continue;
    }
    let header: Record<string, unknown>;
    try {
      header = JSON.parse(p.header);
    } catch {
      continue;
    }
    if (header === null || typeof header !== 'object' || Array.isArray(header)) continue;
    const names = Object.keys(header).filter((k) => k !== '__metadata__');
    const pick = (i: number) => (names.length ? names[i % names.length] : 'w');
    const entryOf = (name: string) => {
      const e = Object.hasOwn(header, name) ? header[name] : undefined;
      return e !== null && typeof e === 'object' && !Array.isArray(e) ? (e as Record<string, unknown>) : null;
    };
    let text: string | null = null;
    switch (m.kind) {
      case 'set': {
        const e = entryOf(pick(m.entry));
        if (e) e[m.field] = m.value;
        break;
      }
      case 'delete': {
        const e = entryOf(pick(m.entry));
        if (e) delete e[m.field];
        break;
      }
      case 'entry':
        Object.defineProperty(header, pick(m.entry), { value: m.value, enumerable: true, writable: true, configurable: true });
        break;
      case 'metadata':
        header.__metadata__ = m.value;
        break;
      case 'shift': {
        const e = entryOf(pick(m.entry));
        const o = e?.data_offsets;
        if (e && Array.isArray(o) && o.length === 2) e.data_offsets = [Number(o[0]) + m.d0, Number(o[1]) + m.d1];
        break;
      }
      case 'duplicate': {
        // JSON.stringify cannot write a duplicate key: splice a copy of one entry in front.
        const name = pick(m.entry);
        const body = JSON.stringify(header);
        if (body.length > 2 && Object.hasOwn(header, name)) text = `{${JSON.stringify(name)}:${JSON.stringify(header[name])},${body.slice(1)}`;
        break;
      }
    }
    bytes = join({ ...p, header: text ?? JSON.stringify(header) });
  }
  return bytes;
}

// ---- the properties -----------------------------------------------------------------------------

describe('fuzz: safetensors reader', () => {
  it('round-trips every file the writer writes', () => {
    fc.assert(
      fc.property(arbTensors, fc.option(fc.dictionary(fc.constantFrom('format', '__proto__', 'toString', 'k'), fc.string()), { nil: undefined }), (tensors, meta) => {
        const back = outcome('safetensors: written files', WeightsError, () => readSafetensors(writeSafetensors(tensors, meta)));
        expect(back).not.toBeNull();
        expect([...back!.keys()].sort()).toEqual([...tensors.keys()].sort());
        for (const [name, t] of tensors) {
          const b = back!.get(name)!;
          expect(b.shape).toEqual(t.shape);
          expect(new Uint8Array(b.data.buffer, b.data.byteOffset, b.data.byteLength)).toEqual(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength));
        }
      }),
      { seed: SEED, numRuns: runs(500) },
    );
  });

  it('loads or refuses mutated files with a WeightsError', () => {
    fc.assert(
      fc.property(arbTensors, fc.array(arbMutation, { minLength: 1, maxLength: 3 }), (tensors, muts) => {
        const file = mutate(writeSafetensors(tensors, { format: 'pt' }), muts);
        const r = outcome('safetensors: mutated files', WeightsError, () => readSafetensors(file, 'fuzz.safetensors'));
        if (r) checkLoaded(r);
      }),
      { seed: SEED, numRuns: runs(3000) },
    );
  });

  it('loads or refuses random bytes and random headers with a WeightsError', () => {
    const arbHeader = fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ t: v })), fc.dictionary(fc.constantFrom(...NAMES), arbNasty).map((d) => JSON.stringify(d)));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 64 }),
          fc.tuple(arbHeader, fc.uint8Array({ maxLength: 32 })).map(([h, d]) => join({ header: h, data: d })),
        ),
        (file) => {
          const r = outcome('safetensors: random bytes/headers', WeightsError, () => readSafetensors(file));
          if (r) checkLoaded(r);
        },
      ),
      { seed: SEED, numRuns: runs(1500) },
    );
  });
});

describe('fuzz: checkpoint decoder', () => {
  const ADAM: OptimizerSpec = { kind: 'adam', lr: 0.01 };
  const EXPECT: CheckpointExpectation = { model: 'fz', params: [{ name: 'w', shape: [2, 3] }, { name: 'b', shape: [3] }], optimizer: ADAM };
  const params = { w: Float32Array.from([1, -2, 3, 0.5, 0, -0.25]), b: Float32Array.from([0.1, 0.2, 0.3]) };
  const slots = Object.fromEntries(optimizerSlots(ADAM, [{ name: 'w', size: 6 }, { name: 'b', size: 3 }]).map((s) => [s.name, new Float32Array(s.size).fill(0.01)]));
  const good: Checkpoint = { model: 'fz', params, paramShapes: { w: [2, 3], b: [3] }, optimizer: ADAM, slots, step: 3, rngState: [1, 2, 3, 4], extra: { note: 'x' } };
  const file = encodeCheckpoint(good);

  const METADATA_VALUES = fc.oneof(
    fc.string(),
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    fc.constantFrom('[0,0,0,0]', '[5]', '[1,2,3]', '[1,2,3,4,5]', '[-1,0,0,0]', '[4294967296,0,0,0]', '-1', '1e3', '01', '9007199254740993', 'NaN', '{"kind":"adam","lr":-1}', '{"kind":"sgd","lr":0.1}', '{"kind":"__proto__"}', '{"__proto__":{"kind":"adam"}}', '{"a":1}', 'rnnc-checkpoint', '1', '2', 'fz'),
  );
  const arbMeta = fc.record({ key: fc.constantFrom('format', 'version', 'model', 'step', 'optimizer', 'rng', 'extra', '__proto__', 'constructor'), value: fc.option(METADATA_VALUES, { nil: undefined }) });

  /** Rewrites one metadata entry (undefined deletes it). */
  function editMetadata(bytes: Uint8Array, key: string, value: string | undefined): Uint8Array {
    const p = split(bytes);
    const header = JSON.parse(p.header);
    const meta = header.__metadata__;
    if (value === undefined) delete meta[key];
    else Object.defineProperty(meta, key, { value, enumerable: true, writable: true, configurable: true });
    return join({ ...p, header: JSON.stringify(header) });
  }

  it('decodes the checkpoint it encodes', () => {
    const back = outcome('checkpoint: written file', CheckpointError, () => decodeCheckpoint(file, EXPECT));
    expect(back?.step).toBe(3);
  });

  it('decodes or refuses mutated checkpoints with a CheckpointError', () => {
    fc.assert(
      fc.property(fc.array(arbMeta, { maxLength: 2 }), fc.array(arbMutation, { maxLength: 2 }), (edits, muts) => {
        let bytes = file;
        for (const e of edits) bytes = editMetadata(bytes, e.key, e.value);
        bytes = mutate(bytes, muts);
        const r = outcome('checkpoint: mutated files', CheckpointError, () => decodeCheckpoint(bytes, EXPECT, 'fuzz.ckpt'));
        if (r) {
          expect(Object.keys(r.params).sort()).toEqual(['b', 'w']);
          expect(r.params.w.length).toBe(6);
        }
      }),
      { seed: SEED, numRuns: runs(2000) },
    );
  });
});
