import { describe, it, expect } from 'vitest';
import {
  CheckpointError,
  decodeCheckpoint,
  encodeCheckpoint,
  type Checkpoint,
  type CheckpointExpectation,
} from '../../src/runtime/checkpoint.js';
import { Optimizer, type OptimizerSpec } from '../../src/runtime/optimizers.js';
import { readSafetensors, writeSafetensors, type NamedTensor } from '../../src/runtime/safetensors.js';
import { metadataOf } from './optim-fixtures.js';

const ADAM: OptimizerSpec = { kind: 'adam', lr: 0.01, weightDecay: 0.1 };
const SHAPES = { 'lstm.W_i': [3, 4], 'lstm.b': [5] } as const;
const EXPECT: CheckpointExpectation = {
  model: 'tagger',
  params: Object.entries(SHAPES).map(([name, shape]) => ({ name, shape })),
  optimizer: ADAM,
};

/** A checkpoint after 3 real Adam steps (non-zero state, odd step count). */
function trained(spec: OptimizerSpec = ADAM, shapes: Record<string, readonly number[]> = SHAPES): Checkpoint {
  const params: Record<string, Float32Array> = {};
  const grads: Record<string, Float32Array> = {};
  for (const [name, shape] of Object.entries(shapes)) {
    const n = shape.reduce((a, b) => a * b, 1);
    params[name] = Float32Array.from({ length: n }, (_, i) => Math.sin(i + name.length));
    grads[name] = Float32Array.from({ length: n }, (_, i) => Math.cos(3 * i));
  }
  const opt = new Optimizer(spec, Object.entries(params).map(([name, v]) => ({ name, size: v.length })));
  for (let k = 0; k < 3; k++) opt.step(params, grads);
  return {
    model: 'tagger',
    params,
    paramShapes: shapes,
    optimizer: spec,
    slots: opt.slots(),
    step: opt.stepCount,
    rngState: [0x12345678, 0xffffffff, 0, 7],
    extra: { note: 'epoch 2', loss: '0.125' },
  };
}

function decodeError(bytes: Uint8Array, expect_: CheckpointExpectation = EXPECT, source?: string): string {
  try {
    decodeCheckpoint(bytes, expect_, source);
  } catch (e) {
    expect(e).toBeInstanceOf(CheckpointError);
    expect((e as Error).name).toBe('CheckpointError');
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('expected decodeCheckpoint to throw');
}

/** Re-encodes a checkpoint's bytes with tensors and metadata edited (for corruptions encode refuses). */
function edit(
  bytes: Uint8Array,
  f: (tensors: Map<string, NamedTensor>, meta: Record<string, string>) => void,
): Uint8Array {
  const tensors = readSafetensors(bytes);
  const meta = metadataOf(bytes);
  f(tensors, meta);
  return writeSafetensors(tensors, meta);
}

describe('checkpoint round trip', () => {
  it('decode(encode(c)) is identical, and encoding is deterministic', () => {
    const c = trained();
    const bytes = encodeCheckpoint(c);
    const d = decodeCheckpoint(bytes, EXPECT);
    expect(d.model).toBe('tagger');
    expect(d.step).toBe(3);
    expect(d.rngState).toEqual([0x12345678, 0xffffffff, 0, 7]);
    expect(d.optimizer).toEqual(ADAM);
    expect(d.extra).toEqual({ note: 'epoch 2', loss: '0.125' });
    expect(d.paramShapes).toEqual({ 'lstm.W_i': [3, 4], 'lstm.b': [5] });
    expect(Object.keys(d.params).sort()).toEqual(Object.keys(c.params).sort());
    for (const [k, v] of Object.entries(c.params)) expect(d.params[k]).toEqual(v);
    expect(Object.keys(d.slots).sort()).toEqual(['exp_avg.lstm.W_i', 'exp_avg.lstm.b', 'exp_avg_sq.lstm.W_i', 'exp_avg_sq.lstm.b']);
    for (const [k, v] of Object.entries(c.slots)) expect(d.slots[k]).toEqual(v);
    expect(encodeCheckpoint(d)).toEqual(bytes);
  });

  it('lays out tensors and metadata as documented (readable by any safetensors reader)', () => {
    const bytes = encodeCheckpoint(trained());
    const t = readSafetensors(bytes);
    expect([...t.keys()].sort()).toEqual([
      'opt.exp_avg.lstm.W_i', 'opt.exp_avg.lstm.b', 'opt.exp_avg_sq.lstm.W_i', 'opt.exp_avg_sq.lstm.b', 'param.lstm.W_i', 'param.lstm.b',
    ]);
    expect(t.get('param.lstm.W_i')!.shape).toEqual([3, 4]);
    expect(t.get('opt.exp_avg.lstm.W_i')!.shape).toEqual([12]);
    expect(metadataOf(bytes)).toEqual({
      format: 'rnnc-checkpoint',
      version: '1',
      model: 'tagger',
      step: '3',
      optimizer: JSON.stringify(ADAM),
      rng: '[305419896,4294967295,0,7]',
      extra: '{"note":"epoch 2","loss":"0.125"}',
    });
  });

  it('resumes an Optimizer from decoded slots', () => {
    const d = decodeCheckpoint(encodeCheckpoint(trained()), EXPECT);
    const opt = new Optimizer(ADAM, EXPECT.params.map((p) => ({ name: p.name, size: p.shape.reduce((a, b) => a * b, 1) })));
    opt.loadSlots(d.slots, d.step);
    expect(opt.stepCount).toBe(3);
    expect(opt.slots()).toEqual(d.slots);
  });

  it('round-trips an optimizer without state (plain SGD) and stores signed rng words as u32', () => {
    const spec: OptimizerSpec = { kind: 'sgd', lr: 0.1 };
    const c = { ...trained(spec), rngState: [-1, 5, 0, -2147483648], extra: undefined };
    const d = decodeCheckpoint(encodeCheckpoint(c), { ...EXPECT, optimizer: spec });
    expect(d.slots).toEqual({});
    expect(d.rngState).toEqual([0xffffffff, 5, 0, 0x80000000]);
    expect(d.extra).toEqual({});
  });
});

describe('checkpoint errors', () => {
  const good = encodeCheckpoint(trained());

  it('truncated bytes', () => {
    expect(decodeError(good.subarray(0, good.length - 10))).toMatch(
      /^checkpoint: tensor '[^']+': data_offsets \[\d+, \d+\] run past the end of the data \(\d+ bytes\); file truncated\?$/,
    );
    expect(decodeError(good.subarray(0, 5), EXPECT, 'run/ckpt-3.safetensors')).toBe(
      'run/ckpt-3.safetensors: not a safetensors file: 5 bytes, shorter than the 8-byte header length',
    );
  });

  it('garbage bytes', () => {
    const garbage = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff);
    expect(decodeError(garbage)).toMatch(/^checkpoint: header length \d+ is absurd/);
    const text = new Uint8Array(16);
    new DataView(text.buffer).setUint32(0, 8, true);
    text.set(new TextEncoder().encode('{{{{{{{{'), 8);
    expect(decodeError(text)).toMatch(/^checkpoint: header is not valid UTF-8 JSON/);
  });

  it('a safetensors file that is not a checkpoint', () => {
    const plain = writeSafetensors({ w: { dtype: 'f32', shape: [1], data: new Float32Array(1) } });
    expect(decodeError(plain)).toBe('checkpoint: not an rnnc checkpoint (no safetensors metadata)');
    expect(decodeError(edit(good, (_, m) => void (m.format = 'pt')))).toBe(
      `checkpoint: not an rnnc checkpoint (metadata format is "pt", expected 'rnnc-checkpoint')`,
    );
    expect(decodeError(edit(good, (_, m) => void (m.version = '2')))).toBe(
      'checkpoint: unsupported checkpoint version "2" (this rnnc reads version 1)',
    );
    expect(decodeError(edit(good, (_, m) => void (m.epoch = '4')))).toBe("checkpoint: unexpected metadata key 'epoch'");
  });

  it('wrong model', () => {
    expect(decodeError(good, { ...EXPECT, model: 'parser' })).toBe(`checkpoint: checkpoint is for model "tagger", not 'parser'`);
  });

  it('text quoted from the file is bounded: a 1 MB model name or metadata key gives a short one-line message', () => {
    const long = 'x'.repeat(1_000_000);
    const byModel = decodeError(edit(good, (_, m) => void (m.model = long)));
    expect(byModel).toMatch(/^checkpoint: checkpoint is for model "x{59}\.\.\. \(1000002 chars\), not 'tagger'$/);
    const byKey = decodeError(edit(good, (_, m) => void (m[`${long}\n`] = '1')));
    expect(byKey.length).toBeLessThan(200);
    expect(byKey).not.toContain('\n');
  });

  it('missing param', () => {
    const fewer = encodeCheckpoint(trained(ADAM, { 'lstm.W_i': [3, 4] }));
    expect(decodeError(fewer)).toBe("checkpoint: missing parameter 'lstm.b' (tensor 'param.lstm.b')");
  });

  it('wrong shape', () => {
    const transposed = encodeCheckpoint(trained(ADAM, { 'lstm.W_i': [4, 3], 'lstm.b': [5] }));
    expect(decodeError(transposed)).toBe("checkpoint: parameter 'lstm.W_i' has shape [4, 3], expected [3, 4]");
    const wrongSlot = edit(good, (t) => void t.set('opt.exp_avg.lstm.b', { dtype: 'f32', shape: [4], data: new Float32Array(4) }));
    expect(decodeError(wrongSlot)).toBe("checkpoint: optimizer slot 'exp_avg.lstm.b' has shape [4], expected [5]");
    const intParam = edit(good, (t) => void t.set('param.lstm.b', { dtype: 'i32', shape: [5], data: new Int32Array(5) }));
    expect(decodeError(intParam)).toBe("checkpoint: parameter 'lstm.b' is i32, expected f32");
  });

  it('extra tensor', () => {
    const more = encodeCheckpoint(trained(ADAM, { ...SHAPES, 'out.W': [2, 2] }));
    expect(decodeError(more)).toBe("checkpoint: unexpected parameter 'out.W' (the model has no such parameter)");
    const stray = edit(good, (t) => void t.set('ema.lstm.b', { dtype: 'f32', shape: [5], data: new Float32Array(5) }));
    expect(decodeError(stray)).toBe("checkpoint: unexpected tensor 'ema.lstm.b'");
  });

  it('extra slot: the checkpoint keeps state the resumed optimizer does not', () => {
    const momentum = encodeCheckpoint(trained({ kind: 'sgd', lr: 0.1, momentum: 0.9 }));
    expect(decodeError(momentum, { ...EXPECT, optimizer: { kind: 'sgd', lr: 0.1 } })).toBe(
      "checkpoint: unexpected optimizer slot 'momentum_buffer.lstm.W_i' (not kept by sgd with these options)",
    );
  });

  it('wrong optimizer kind', () => {
    expect(decodeError(good, { ...EXPECT, optimizer: { kind: 'adamw', lr: 0.01 } })).toBe(
      'checkpoint: checkpoint optimizer is adam, but the model trains with adamw',
    );
    expect(decodeError(edit(good, (_, m) => void (m.optimizer = '{"kind":"adam","lr":-1}')))).toBe(
      "checkpoint: stored optimizer adam: option 'lr' is -1, outside [0, inf)",
    );
    expect(decodeError(edit(good, (_, m) => void (m.optimizer = '{kind: adam}')))).toBe(
      "checkpoint: metadata 'optimizer' is not valid JSON: {kind: adam}",
    );
  });

  it('missing slot', () => {
    const noSq = edit(good, (t) => void t.delete('opt.exp_avg_sq.lstm.b'));
    expect(decodeError(noSq)).toBe("checkpoint: missing optimizer slot 'exp_avg_sq.lstm.b' (tensor 'opt.exp_avg_sq.lstm.b') that adam keeps");
    // Same kind, but centered RMSprop keeps a slot plain RMSprop never wrote.
    const plain = encodeCheckpoint(trained({ kind: 'rmsprop', lr: 0.01 }));
    expect(decodeError(plain, { ...EXPECT, optimizer: { kind: 'rmsprop', lr: 0.01, centered: true } })).toBe(
      "checkpoint: missing optimizer slot 'grad_avg.lstm.W_i' (tensor 'opt.grad_avg.lstm.W_i') that rmsprop keeps",
    );
  });

  it('bad step or rng state', () => {
    for (const step of ['-1', '1.5', '', '01', 'x']) {
      expect(decodeError(edit(good, (_, m) => void (m.step = step)))).toBe(`checkpoint: step ${JSON.stringify(step)} is not a non-negative integer`);
    }
    // Exactly four u32 words: "[5]", "[1,2,3]" and "[1,2,3,4,5]" were accepted before.
    for (const rng of ['[]', '[5]', '[1,2,3]', '[1,2,3,4,5]', '[1,2,-3,4]', '[4294967296,1,1,1]', '[1.5,1,1,1]', '["1",1,1,1]', '{"a":1}', 'null']) {
      expect(decodeError(edit(good, (_, m) => void (m.rng = rng)), EXPECT, 'run/ckpt.safetensors')).toBe(
        `run/ckpt.safetensors: metadata 'rng' ${rng} is not 4 u32 integers (the dropout stream's xoshiro128** state)`,
      );
    }
    // The all-zero state was a plain Error from Rng.fromState, after decoding had succeeded.
    expect(decodeError(edit(good, (_, m) => void (m.rng = '[0,0,0,0]')), EXPECT, 'run/ckpt.safetensors')).toBe(
      "run/ckpt.safetensors: metadata 'rng' [0,0,0,0] is all zero, which is not a valid xoshiro128** state",
    );
    expect(decodeError(edit(good, (_, m) => void delete m.rng))).toBe("checkpoint: metadata has no 'rng'");
    expect(decodeError(edit(good, (_, m) => void delete m.step))).toBe('checkpoint: step null is not a non-negative integer');
    expect(decodeError(edit(good, (_, m) => void (m.step = '9007199254740993')))).toBe(
      'checkpoint: step "9007199254740993" is not a non-negative integer',
    );
  });

  it('non-finite parameters and optimizer state', () => {
    const put = (name: string, i: number, v: number) =>
      edit(good, (t) => {
        const data = (t.get(name)!.data as Float32Array).slice();
        data[i] = v;
        t.set(name, { ...t.get(name)!, data });
      });
    expect(decodeError(put('param.lstm.b', 2, Number.NaN), EXPECT, 'c.safetensors')).toBe(
      "c.safetensors: parameter 'lstm.b' (tensor 'param.lstm.b') holds NaN at element 2",
    );
    expect(decodeError(put('param.lstm.W_i', 11, -Infinity))).toBe("checkpoint: parameter 'lstm.W_i' (tensor 'param.lstm.W_i') holds -Infinity at element 11");
    expect(decodeError(put('opt.exp_avg.lstm.b', 0, Infinity))).toBe("checkpoint: optimizer slot 'exp_avg.lstm.b' (tensor 'opt.exp_avg.lstm.b') holds Infinity at element 0");
    // A negative first moment is fine (it is an average of gradients); a negative second moment is not.
    expect(decodeCheckpoint(put('opt.exp_avg.lstm.b', 0, -1), EXPECT).slots['exp_avg.lstm.b'][0]).toBe(-1);
  });

  it('negative second moments and accumulators', () => {
    const negate = (bytes: Uint8Array, name: string) =>
      edit(bytes, (t) => {
        const data = (t.get(name)!.data as Float32Array).slice();
        data[1] = -1;
        t.set(name, { ...t.get(name)!, data });
      });
    expect(decodeError(negate(good, 'opt.exp_avg_sq.lstm.b'), EXPECT, 'c.safetensors')).toBe(
      "c.safetensors: optimizer slot 'exp_avg_sq.lstm.b' (tensor 'opt.exp_avg_sq.lstm.b') holds -1 at element 1 (adam's exp_avg_sq is a sum of squares and is never negative)",
    );
    const cases: [OptimizerSpec, string, string][] = [
      [{ kind: 'adamw', lr: 0.01 }, 'exp_avg_sq', 'exp_avg'],
      [{ kind: 'adagrad', lr: 0.1 }, 'sum', ''],
      [{ kind: 'rmsprop', lr: 0.01, momentum: 0.5, centered: true }, 'square_avg', 'grad_avg'],
      [{ kind: 'adadelta' }, 'square_avg', ''],
      [{ kind: 'adadelta' }, 'acc_delta', ''],
      [{ kind: 'sgd', lr: 0.1, momentum: 0.9 }, '', 'momentum_buffer'],
    ];
    for (const [spec, squares, signed] of cases) {
      const bytes = encodeCheckpoint(trained(spec));
      const ex = { ...EXPECT, optimizer: spec };
      if (squares) {
        expect(decodeError(negate(bytes, `opt.${squares}.lstm.W_i`), ex)).toBe(
          `checkpoint: optimizer slot '${squares}.lstm.W_i' (tensor 'opt.${squares}.lstm.W_i') holds -1 at element 1 (${spec.kind}'s ${squares} is a sum of squares and is never negative)`,
        );
      }
      if (signed) expect(decodeCheckpoint(negate(bytes, `opt.${signed}.lstm.W_i`), ex).slots[`${signed}.lstm.W_i`][1]).toBe(-1);
    }
  });

  it('metadata values that are not strings, and a stored optimizer of the right kind with bad options', () => {
    expect(decodeError(edit(good, (_, m) => void (m.optimizer = '{"kind":"adam","lr":0.01,"beta2":1}')))).toBe(
      "checkpoint: stored optimizer adam: option 'beta2' is 1, outside [0, 1)",
    );
    expect(decodeError(edit(good, (_, m) => void (m.optimizer = '"adam"')))).toBe('checkpoint: stored optimizer spec must be an object, got "adam"');
    expect(decodeError(edit(good, (_, m) => void (m.extra = '{"a":1}')))).toBe('checkpoint: metadata extra is not a JSON object of strings');
    expect(decodeError(edit(good, (_, m) => void (m.model = '')))).toBe(`checkpoint: checkpoint is for model "", not 'tagger'`);
  });

  it('encode refuses what decode would reject', () => {
    const fail = (c: Checkpoint) => {
      try {
        encodeCheckpoint(c);
      } catch (e) {
        expect(e).toBeInstanceOf(CheckpointError);
        return (e as Error).message;
      }
      throw new Error('expected encodeCheckpoint to throw');
    };
    const c = trained();
    expect(fail({ ...c, step: -1 })).toBe('checkpoint: step must be a non-negative integer, got -1');
    expect(fail({ ...c, paramShapes: { ...SHAPES, 'lstm.b': [6] } })).toBe(
      "checkpoint: parameter 'lstm.b' has 5 elements, but shape [6] needs 6",
    );
    const { 'exp_avg.lstm.b': _dropped, ...fewer } = c.slots;
    expect(fail({ ...c, slots: fewer })).toBe("checkpoint: optimizer slot 'exp_avg.lstm.b' is missing");
    expect(fail({ ...c, slots: { ...c.slots, 'sum.lstm.b': new Float32Array(5) } })).toBe(
      "checkpoint: optimizer slot 'sum.lstm.b' is not one that adam keeps for these params",
    );
    expect(fail({ ...c, rngState: [1.5] })).toBe('checkpoint: rng state must be 4 32-bit integers, got [1.5]');
    expect(fail({ ...c, rngState: [1, 2, 3] })).toBe('checkpoint: rng state must be 4 32-bit integers, got [1,2,3]');
    expect(fail({ ...c, rngState: [0, 0, 0, 0] })).toBe('checkpoint: rng state must not be all zero (xoshiro128** would stay at zero)');
    expect(fail({ ...c, params: { ...c.params, 'lstm.b': Float32Array.of(0, 0, Number.NaN, 0, 0) } })).toBe("checkpoint: parameter 'lstm.b' holds NaN at element 2");
    expect(fail({ ...c, slots: { ...c.slots, 'exp_avg_sq.lstm.b': Float32Array.of(0, -2, 0, 0, 0) } })).toBe(
      "checkpoint: optimizer slot 'exp_avg_sq.lstm.b' holds -2 at element 1 (it must not be negative)",
    );
    expect(fail({ ...c, optimizer: { kind: 'adam', lr: 0.01, amsgrad: true } as unknown as OptimizerSpec })).toBe(
      "checkpoint: optimizer adam: unknown option 'amsgrad' (expected lr, beta1, beta2, eps, weightDecay)",
    );
  });
});
