// The JS renderer's reduce kernels with expressions that need temporaries: `square` of a compound
// operand is rendered through a temporary (so the operand is evaluated once), which must be
// declared inside the reduction loop (a regression: it was dropped, and the code threw ReferenceError).
import { describe, expect, it } from 'vitest';
import { renderPrelude, renderProgram } from '../../src/codegen/js/render.js';
import type { Expr, Program } from '../../src/codegen/kernel-ir.js';

const load = (buf: number): Expr => ({ op: 'load', view: { buf, offset: 0, strides: [3, 1] } });

function program(fn: 'sum' | 'max' | 'mean'): Program {
  const sq: Expr = { op: 'unary', fn: 'square', x: { op: 'binary', fn: 'add', a: load(0), b: load(1) } };
  return {
    name: 'run',
    buffers: [
      { id: 0, name: 'in_a', dtype: 'f32', size: 6, role: 'input', shape: [2, 3] },
      { id: 1, name: 'in_b', dtype: 'f32', size: 6, role: 'input', shape: [2, 3] },
      { id: 2, name: 'out', dtype: 'f32', size: 2, role: 'output', shape: [2] },
    ],
    body: [{ kind: 'reduce', src: 'test', fn, shape: [2], size: 3, out: { buf: 2, offset: 0, strides: [1, 0] }, expr: sq }],
    inputs: [
      { name: 'a', buf: 0, dtype: 'f32', shape: [2, 3] },
      { name: 'b', buf: 1, dtype: 'f32', shape: [2, 3] },
    ],
    params: [],
    states: [],
    outputs: [{ name: 'out', buf: 2, dtype: 'f32', shape: [2] }],
    randoms: [],
  };
}

describe('JS reduce kernels', () => {
  const a = Float32Array.of(1, 2, 3, -4, 5, 0.5);
  const b = Float32Array.of(0.5, -1, 2, 1, 1, 1);
  const rows = [0, 1].map((r) => [0, 1, 2].map((c) => (a[r * 3 + c] + b[r * 3 + c]) ** 2));
  const expected = { sum: rows.map((r) => r[0] + r[1] + r[2]), max: rows.map((r) => Math.max(...r)), mean: rows.map((r) => (r[0] + r[1] + r[2]) / 3) };
  for (const fn of ['sum', 'max', 'mean'] as const) {
    it(`reduce_${fn} of square(a + b) declares its temporary in the loop`, () => {
      const run = new Function(`${renderPrelude()}\n${renderProgram(program(fn))}\nreturn run;`)() as (...args: unknown[]) => Float32Array[];
      const [out] = run(2, 3, [a, b], [], []);
      expect([...out].map((x) => Math.fround(x))).toEqual(expected[fn].map((x) => Math.fround(x)));
    });
  }
});
