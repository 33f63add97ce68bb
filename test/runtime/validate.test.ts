// Input value checks of the generated modules' shared validation (src/runtime/validate.ts, issue 19):
// a mask holds only 0 and 1, lengths only 0..T, records are read through own properties only,
// and parameters set with setParams must be finite.
import { describe, expect, it } from 'vitest';
import { bindInputs, checkParamRecord, InputError, type InputSpec, stateRecordBatch, WeightsError } from '../../src/runtime/index.js';

const x: InputSpec = { name: 'x', dtype: 'f32', shape: ['B', 'T', 2], role: 'data' };
const mask: InputSpec = { name: 'mask', dtype: 'f32', shape: ['B', 'T'], role: 'mask' };
const len: InputSpec = { name: 'len', dtype: 'i32', shape: ['B'], role: 'lengths' };
const B = 2;
const T = 3;
const xs = { data: new Float32Array(B * T * 2), shape: [B, T, 2] };

function inputError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    // By name: a generated module throws the InputError of its own bundled runtime copy.
    expect((e as Error).name).toBe('InputError');
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('mask inputs', () => {
  it('accepts 0 and 1 (and -0)', () => {
    const m = { data: Float32Array.from([1, 1, 0, 1, -0, 0]), shape: [B, T] };
    expect(bindInputs([x, mask], { x: xs, mask: m })).toEqual({ B, T });
  });

  it('refuses any other value, naming the input, the position [b, t] and the count', () => {
    const m = { data: Float32Array.from([1, 1, 0, 1, 0.5, 2]), shape: [B, T] };
    expect(inputError(() => bindInputs([x, mask], { x: xs, mask: m }))).toBe(
      "input 'mask': value 0.5 at [1, 1] is not 0 or 1 (a mask holds 1 for a valid step, 0 for padding) (2 values are out of range in all)",
    );
    const nan = { data: Float32Array.from([1, Number.NaN, 1, 1, 1, 1]), shape: [B, T] };
    expect(inputError(() => bindInputs([x, mask], { x: xs, mask: nan }))).toBe("input 'mask': value NaN at [0, 1] is not 0 or 1 (a mask holds 1 for a valid step, 0 for padding)");
  });
});

describe('lengths inputs', () => {
  it('accepts 0..T', () => {
    expect(bindInputs([len, x], { x: xs, len: { data: Int32Array.from([0, T]), shape: [B] } })).toEqual({ B, T });
  });

  it('refuses a length over T, checked against the T that a later input binds', () => {
    expect(inputError(() => bindInputs([len, x], { x: xs, len: { data: Int32Array.from([2, 4]), shape: [B] } }))).toBe(
      "input 'len': value 4 at [1] is out of range: lengths must be between 0 and T = 3",
    );
  });

  it('refuses a negative length', () => {
    expect(inputError(() => bindInputs([x, len], { x: xs, len: { data: Int32Array.from([-1, -5]), shape: [B] } }))).toBe(
      "input 'len': value -1 at [0] is out of range: lengths must be between 0 and T = 3 (2 values are out of range in all)",
    );
  });

  it('without an input that binds T, refuses only negative lengths', () => {
    expect(bindInputs([len], { len: { data: Int32Array.from([7, 0]), shape: [B] } })).toEqual({ B, T: null });
    expect(inputError(() => bindInputs([len], { len: { data: Int32Array.from([7, -1]), shape: [B] } }))).toBe(
      "input 'len': value -1 at [1] is out of range: lengths must be 0 or more",
    );
  });

  it('leaves data inputs alone (no role, or role data)', () => {
    const ids: InputSpec = { name: 'ids', dtype: 'i32', shape: ['B', 'T'] };
    expect(bindInputs([ids], { ids: { data: Int32Array.from([-7, 99, 3, 4, 5, 6]), shape: [B, T] } })).toEqual({ B, T });
  });
});

describe('own properties only (issue 19, item 8)', () => {
  it.each(['constructor', 'toString', '__proto__'])('reports a missing input named %s as missing', (name) => {
    const spec: InputSpec = { name, dtype: 'f32', shape: ['B'] };
    expect(inputError(() => bindInputs([spec], {}))).toBe(`missing input '${name}' (f32 [B]; expected inputs: ${name})`);
  });

  it('reads an input named __proto__ given as an own property', () => {
    const spec: InputSpec = { name: '__proto__', dtype: 'f32', shape: ['B'] };
    const rec = {};
    Object.defineProperty(rec, '__proto__', { value: { data: new Float32Array(2), shape: [2] }, enumerable: true });
    expect(bindInputs([spec], rec)).toEqual({ B: 2, T: null });
  });

  it('refuses a setParams or setState record that is not an object with the runtime error, not a TypeError', () => {
    expect(() => checkParamRecord('m', [{ name: 'W', shape: [1] }], null as never)).toThrow(WeightsError);
    expect(() => stateRecordBatch('m', [], undefined as never, null)).toThrow(InputError);
  });
});

describe('finite parameters (issue 19, item 9)', () => {
  it('setParams refuses NaN and infinite values, naming the parameter and element', () => {
    const params = [{ name: 'W', shape: [2, 2] }];
    expect(() => checkParamRecord('m', params, { W: Float32Array.from([0, 1, Number.NaN, 2]) })).toThrow(
      new WeightsError("m: setParams: parameter 'W' element 2 is NaN; parameters must be finite"),
    );
    expect(() => checkParamRecord('m', params, { W: Float32Array.from([0, Number.NEGATIVE_INFINITY, 1, 2]) })).toThrow(/element 1 is -Infinity/);
    expect(() => checkParamRecord('m', params, { W: Float32Array.from([0, -0, 1e38, -1e-45]) })).not.toThrow();
  });
});

describe('generated modules check mask and lengths values (end to end)', () => {
  it('a compiled JS module refuses a mask of 0.5 and a length past T, naming the input', async () => {
    const { defineModel } = await import('rnnc');
    const { trace } = await import('../../src/frontend/trace.js');
    const { compileJs } = await import('../helpers/models.js');
    const def = defineModel('value_checks', (m) => {
      const x = m.sequence('x', 2);
      const ids = m.tokens('ids');
      const mask = m.mask('mask');
      const lengths = m.lengths('lengths', ids as never);
      m.output('a', m.lstm(x, { units: 2, mask }).output);
      m.output('b', m.gru(m.embedding(ids, { vocab: 5, dim: 2 }), { units: 2, mask: lengths }).output);
    });
    const { module } = await compileJs(trace(def));
    const model = module.create({ seed: 1 });
    const good = {
      x: { data: new Float32Array(B * T * 2), shape: [B, T, 2] },
      ids: { data: new Int32Array(B * T), shape: [B, T] },
      mask: { data: Float32Array.from([1, 1, 0, 1, 0, 0]), shape: [B, T] },
      lengths: { data: Int32Array.from([3, 0]), shape: [B] },
    };
    expect(model.forward(good).a.shape).toEqual([B, 2]);
    const halfMask = { ...good, mask: { data: Float32Array.from([1, 0.5, 0, 1, 0, 0]), shape: [B, T] } };
    expect(inputError(() => model.forward(halfMask))).toMatch(/^input 'mask': value 0\.5 at \[0, 1\] is not 0 or 1/);
    const longer = { ...good, lengths: { data: Int32Array.from([3, 4]), shape: [B] } };
    expect(inputError(() => model.forward(longer))).toBe("input 'lengths': value 4 at [1] is out of range: lengths must be between 0 and T = 3");
    model.dispose();
  });
});
