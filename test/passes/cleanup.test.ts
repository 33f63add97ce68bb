// fold, cse and dce, each run alone on a traced model: the printed IR after the pass, and the
// numbers unchanged (reference interpreter).
import { describe, expect, it } from 'vitest';
import { defineModel, type F32 } from 'rnnc';
import { trace } from '../../src/frontend/trace.js';
import { printModule } from '../../src/ir/printer.js';
import { verifyModule } from '../../src/ir/verify.js';
import { interpret } from '../../src/ir/interpret.js';
import { cse } from '../../src/passes/cse.js';
import { fold } from '../../src/passes/fold.js';
import { dce } from '../../src/passes/dce.js';
import type { Module } from '../../src/ir/types.js';
import { inputsFor, paramsFor } from '../helpers/models.js';
import { TestModule } from '../ir/util.js';
import { checks, filecheck } from './filecheck.js';

const ir = (m: Module) => printModule(m, { locs: false });
const count = (text: string, re: RegExp) => (text.match(new RegExp(re.source, 'g')) ?? []).length;

function sameNumbers(a: Module, b: Module): void {
  const inputs = inputsFor(a, 3, 4, 1);
  const params = paramsFor(a, 2);
  const ra = interpret(a, inputs, params).outputs;
  const rb = interpret(b, Object.fromEntries(b.inputs.map((i) => [i.name, inputs[i.name]])), params).outputs;
  for (const k of Object.keys(ra)) expect(Array.from(rb[k].data)).toEqual(Array.from(ra[k].data));
}

describe('fold', () => {
  it('folds constant arithmetic and drops x * 1 and x + 0', () => {
    const m = trace(defineModel('f', (b) => {
      const x = b.sequence('x', 2);
      const two = b.add(b.constant(1), b.constant(1));
      b.output('y', b.add(b.mul(b.mul(x, two), 1), 0));
    }));
    const before = ir(m);
    expect(count(before, /= const /)).toBe(4);
    const after = fold(m);
    verifyModule(after);
    const text = ir(after);
    expect(text).toMatch(/%\d+ = const 2 : f32\[\]/);
    expect(count(text, /= mul /)).toBe(1); // x * 2 stays, * 1 is gone
    expect(count(text, /= add /)).toBe(0);
    sameNumbers(m, after);
  });
  it('drops zero fills of the same shape on either side of add (and x * ones), keeps broadcasting ones', () => {
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 3]);
    const zeros = tm.op({ op: 'fill', value: 0, shape: ['B', 3] });
    const ones = tm.op({ op: 'fill', value: 1, shape: ['B', 3] });
    const wide = tm.op({ op: 'fill', value: 0, shape: [2, 'B', 3] });
    tm.output('a', tm.op({ op: 'binary', fn: 'add' }, zeros, x)); // 0 + x: x
    tm.output('b', tm.op({ op: 'binary', fn: 'mul' }, x, ones)); // x * 1: x
    tm.output('c', tm.op({ op: 'binary', fn: 'sub' }, zeros, x)); // 0 - x: not x
    tm.output('d', tm.op({ op: 'binary', fn: 'add' }, wide, x)); // x broadcasts to [2, B, 3]: stays
    const after = fold(tm.module('fills'));
    verifyModule(after);
    filecheck(ir(after), checks(String.raw`
      CHECK: input [[X:%\d+]] x
      CHECK-NOT: add [[X]]
      CHECK: = sub {{%\d+}}, [[X]] : f32[B, 3]
      CHECK-NEXT: = add {{%\d+}}, [[X]] : f32[2, B, 3]
      CHECK-NEXT: output a = [[X]]
      CHECK-NEXT: output b = [[X]]
    `));
  });
});

describe('cse', () => {
  it('merges repeated nodes, inside scan bodies too', () => {
    const m = trace(defineModel('c', (b) => {
      const x = b.sequence('x', 3);
      const w = b.param('w', [3, 3]);
      const r = b.scan({ carries: { h: b.zeros(['B', 3]) }, sequences: { x }, body: ({ h }, { x: xt }) => {
        const a = b.tanh(b.matmul(xt as F32 as never, w)) as F32;
        const c = b.tanh(b.matmul(xt as F32 as never, w)) as F32;
        return { carries: { h: b.add(h, b.add(a, c)) } };
      } });
      b.output('y', b.add(b.tanh(r.finals.h), b.tanh(r.finals.h)));
    }));
    const text = ir(cse(m));
    expect(count(ir(m), /= matmul /)).toBe(2);
    expect(count(text, /= matmul /)).toBe(1);
    expect(count(text, /= tanh /)).toBe(2); // one in the body, one outside
    sameNumbers(m, cse(m));
  });
});

describe('dce', () => {
  it('drops dead nodes and scan step outputs nobody reads', () => {
    const m = trace(defineModel('d', (b) => {
      const x = b.sequence('x', 3);
      const r = b.lstm(x, { units: 2, returnSequences: true, name: 'l' });
      void b.exp(r.output); // dead
      b.output('last', b.pool(r.output, { mode: 'last' }));
      const s = b.scan({ carries: { h: b.zeros(['B', 3]) }, sequences: { x }, body: ({ h }, { x: xt }) => {
        const hn = b.tanh(b.add(h, xt as F32));
        return { carries: { h: hn }, steps: { kept: hn, unread: b.exp(hn) } };
      } });
      b.output('seq', s.steps.kept);
    }));
    const after = dce(m);
    verifyModule(after);
    const before = ir(m);
    const text = ir(after);
    expect(count(text, /= exp /)).toBe(0);
    expect(before).toMatch(/steps\(kept=%\d+, unread=%\d+\)/);
    expect(text).toMatch(/steps\(kept=%\d+\)/);
    expect(count(before, /= exp /)).toBe(2);
    expect(after.params.length).toBe(m.params.length); // weights interface unchanged
    sameNumbers(m, after);
  });

  it('drops inputs nothing reads once the loss is gone', () => {
    const m = trace(defineModel('l', (b) => {
      const x = b.sequence('x', 3);
      const labels = b.input('labels', 'i32', ['B']);
      const logits = b.dense(b.gru(x, { units: 2 }).output, { units: 2 });
      b.output('logits', logits);
      b.train({ loss: b.softmaxCrossEntropy(logits, labels), optimizer: { kind: 'sgd', lr: 0.1 } });
    }));
    const noLoss = dce({ ...m, outputs: m.outputs.filter((o) => o.name !== 'loss') });
    expect(noLoss.inputs.map((i) => i.name)).toEqual(['x']);
    expect(count(ir(noLoss), /one_hot/)).toBe(0);
  });
});
