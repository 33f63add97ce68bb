// The setParams / setState record checks every generated module calls (src/runtime/validate.ts):
// each problem is one error naming the model, the call and the tensor; a valid state record
// gives its batch size.
import { describe, expect, it } from 'vitest';
import { checkParamRecord, InputError, stateRecordBatch, WeightsError } from '../../src/runtime/index.js';

const params = [
  { name: 'W', shape: [3, 4] },
  { name: 'b', shape: [4] },
];
const states = [
  { name: 'h', dtype: 'f32' as const, shape: ['B', 4] as const },
  { name: 'n', dtype: 'i32' as const, shape: [2] as const },
];

describe('setParams records', () => {
  it('accepts known parameters of the right size, any subset', () => {
    expect(() => checkParamRecord('m', params, { b: new Float32Array(4) })).not.toThrow();
  });
  it('names the unknown parameter, the wrong array type and the wrong size', () => {
    expect(() => checkParamRecord('m', params, { x: new Float32Array(4) })).toThrow(new WeightsError("m: setParams: unknown parameter 'x' (parameters: W, b)"));
    expect(() => checkParamRecord('m', params, { W: new Float64Array(12) })).toThrow("m: setParams: parameter 'W' must be a Float32Array");
    expect(() => checkParamRecord('m', params, { W: new Float32Array(11) })).toThrow("m: setParams: parameter 'W' has 11 elements, expected 12 for shape [3, 4]");
  });
});

describe('setState records', () => {
  it('gives the batch size of the states with a B axis, else the kept one, else 1', () => {
    expect(stateRecordBatch('m', states, { h: new Float32Array(12) }, null)).toBe(3);
    expect(stateRecordBatch('m', states, { n: new Int32Array(2) }, { B: 5, T: 7 })).toBe(5);
    expect(stateRecordBatch('m', states, {}, null)).toBe(1);
  });
  it('names the unknown state, the wrong array type, a size that does not fit and a batch size that differs', () => {
    expect(() => stateRecordBatch('m', states, { q: new Float32Array(4) }, null)).toThrow(new InputError("m: setState: unknown state 'q' (states: h, n)"));
    expect(() => stateRecordBatch('m', states, { n: new Float32Array(2) }, null)).toThrow("m: setState: state 'n' must be a Int32Array");
    expect(() => stateRecordBatch('m', states, { h: new Float32Array(6) }, null)).toThrow("m: setState: state 'h' has 6 elements, which does not fit shape [B, 4]");
    expect(() => stateRecordBatch('m', states, { n: new Int32Array(3) }, null)).toThrow("m: setState: state 'n' has 3 elements, which does not fit shape [2]");
    expect(() => stateRecordBatch('m', [...states, { name: 'c', dtype: 'f32', shape: ['B', 2] }], { h: new Float32Array(8), c: new Float32Array(6) }, null)).toThrow(
      "m: setState: state 'c' has batch size 3 but 2 elsewhere",
    );
  });
});
