// linear-scans alone and in the pipeline: scans whose carries are linear in themselves become a
// linear_scan with their a and b computed for all steps; every other scan stays, and explainScans
// says why. Printed IR checked FileCheck style; every rewrite keeps the numbers (reference
// interpreter, T from 1 to 33), and the gradients of the parallel form equal BPTT's.
import { describe, expect, it } from 'vitest';
import { defineModel, type F32, type ModelBuilder } from 'rnnc';
import { trace } from '../../src/frontend/trace.js';
import { interpret, type HostTensor } from '../../src/ir/interpret.js';
import { verifyModule } from '../../src/ir/verify.js';
import { addGradients } from '../../src/passes/autodiff.js';
import { explainScans, formatVerdicts, linearScans } from '../../src/passes/linear-scans.js';
import { optimize } from '../../src/passes/pipeline.js';
import type { Module } from '../../src/ir/types.js';
import { inputsFor, paramsFor } from '../helpers/data.js';
import { checks, filecheck } from './filecheck.js';
import { caseFor, expectSameOutputs, ir, opCounts, run } from './util.js';

const model = (build: (m: ModelBuilder) => void) => trace(defineModel('t', build));

/** `pass` on the traced model, verified, with the same outputs as before at several T. */
function apply(pass: (m: Module) => Module, before: Module): { after: Module; text: string } {
  const after = pass(before);
  verifyModule(after);
  for (const [T, seed] of [
    [1, 1],
    [2, 2],
    [5, 3],
    [33, 4],
  ]) {
    expectSameOutputs(run(after, caseFor(before, 3, T, seed)), run(before, caseFor(before, 3, T, seed)), `${before.name}: T=${T}`);
  }
  return { after, text: ir(after) };
}

/** minGRU as the paper writes it (sequential mode): h' = (1 - z) * h + z * h~. */
function minGru(m: ModelBuilder, x: F32, opts: { mask?: F32; reverse?: boolean; maskOutput?: 'zero' | 'previous'; extra?: boolean } = {}) {
  const Wz = m.param('Wz', [3, 4]);
  const Wh = m.param('Wh', [3, 4]);
  return m.scan({
    carries: { h: m.zeros(['B', 4]) },
    sequences: { x },
    ...(opts.mask ? { mask: opts.mask as never } : {}),
    ...(opts.reverse ? { reverse: true } : {}),
    ...(opts.maskOutput ? { maskOutput: opts.maskOutput } : {}),
    body: ({ h }, { x: xt }) => {
      const z = m.sigmoid(m.matmul(xt as never, Wz));
      const hn = m.add(m.mul(m.rsub(1, z), h), m.mul(z, m.matmul(xt as never, Wh))) as unknown as F32<readonly ['B', 4]>;
      const steps = opts.extra ? { h: hn, y: m.tanh(m.add(hn, h)) } : { h: hn };
      return { carries: { h: hn }, steps: steps as { h: typeof hn; y: typeof hn } };
    },
  });
}

describe('linear-scans: linear carries become a linear_scan', () => {
  it('minGRU: a and b come from a carry-free scan, the recurrence is one linear_scan, the steps are its steps', () => {
    const m = model((b) => {
      const r = minGru(b, b.sequence('x', 3));
      b.output('h', r.steps.h);
      b.output('f', r.finals.h);
    });
    const { text } = apply(linearScans, m);
    filecheck(text, checks(String.raw`
      CHECK: [[H0:%\d+]] = fill 0 shape=[B, 4]
      CHECK: [[AB:%\d+]], [[B:%\d+]] = scan carries() sequences(x={{%\d+}})
      CHECK-NOT: arg 0 : f32[B, 4]
      CHECK: yield carries() steps(y0={{%\d+}}, y1={{%\d+}})
      CHECK: [[F:%\d+]], [[S:%\d+]] = linear_scan [[AB]], [[B]], [[H0]] : f32[B, 4], f32[B, T, 4]
      CHECK: output h = [[S]]
      CHECK: output f = [[F]]
    `));
  });

  it('after the whole pipeline no scan is left: the coefficients are batched ops over all steps', () => {
    const m = model((b) => {
      const r = minGru(b, b.sequence('x', 3), { mask: b.mask('mask'), extra: true });
      b.output('h', r.steps.h);
      b.output('y', r.steps.y);
    });
    const { after, text } = apply((x) => optimize(x), m);
    expect(opCounts(after, 'scan')).toEqual({ top: 0, bodies: [] });
    filecheck(text, checks(String.raw`
      CHECK: [[P:%\d+]] = matmul {{%\d+}}, {{%\d+}} : f32[B, T, 8]
      CHECK: [[F:%\d+]], [[S:%\d+]] = linear_scan
      CHECK: = shift [[S]], {{%\d+}} : f32[B, T, 4]
      CHECK: tanh
      CHECK-NOT: scan
    `));
  });

  it('masks (zero and previous), reverse, a constant coefficient and a select on the inputs keep the numbers', () => {
    for (const maskOutput of ['zero', 'previous'] as const) {
      for (const reverse of [false, true]) {
        const m = model((b) => {
          const x = b.sequence('x', 3);
          const mask = b.mask('mask');
          const r = minGru(b, x, { mask, reverse, maskOutput, extra: true });
          b.output('h', r.steps.h);
          b.output('y', r.steps.y);
          b.output('f', r.finals.h);
          const e = b.scan({ carries: { s: b.zeros(['B', 3]) }, sequences: { x }, mask, maskOutput, reverse, body: ({ s }, { x: xt }) => {
            const upd = b.add(b.mul(s, 0.9), b.mul(xt, 0.1));
            return { carries: { s: b.where(b.sub(xt, 0.2), upd, b.neg(s)) }, steps: { s: upd, t: b.sub(s, 1) } };
          } });
          b.output('s', e.steps.s);
          b.output('t', e.steps.t);
        });
        const { after } = apply(linearScans, m);
        expect(opCounts(after, 'linear_scan').top).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('the gradients of the parallel form equal those of BPTT through the sequential scan', () => {
    const def = defineModel('g', (b) => {
      const x = b.sequence('x', 3);
      const r = minGru(b, x, { mask: b.mask('mask'), maskOutput: 'previous', extra: true });
      const probe = b.input('probe', 'f32', ['B', 'T', 4]);
      b.output('loss', b.add(b.sumAll(b.mul(r.steps.y, probe)), b.sumAll(b.mul(r.finals.h, r.finals.h))));
    });
    const seq = trace(def);
    const par = linearScans(seq);
    expect(opCounts(par, 'scan').top).toBe(2);
    const gSeq = addGradients(seq, { loss: 'loss' });
    const gPar = addGradients(par, { loss: 'loss' });
    verifyModule(gPar);
    const inputs = inputsFor(seq, 3, 6, 5) as Record<string, HostTensor>;
    const params = paramsFor(seq, 6, 0.7);
    const want = interpret(gSeq, inputs, params).outputs;
    const got = interpret(gPar, inputs, params).outputs;
    for (const name of ['grad.Wz', 'grad.Wh', 'grad.x']) {
      const a = got[name].data;
      const w = want[name].data;
      expect(a.length).toBe(w.length);
      for (let i = 0; i < a.length; i++) expect(Math.abs(a[i] - w[i]), `${name}[${i}]`).toBeLessThan(1e-12 + 1e-9 * Math.abs(w[i]));
    }
  });
});

describe('linear-scans: what stays sequential, and why', () => {
  const verdict = (build: (b: ModelBuilder) => void) => {
    const m = model(build);
    const after = linearScans(m);
    expect(ir(after)).toBe(ir(m)); // left alone
    const [v] = explainScans(m);
    expect(v.parallel).toBe(false);
    return v.reason!;
  };
  const cell = (b: ModelBuilder, update: (h: F32, x: F32) => F32, opts: { truncate?: number } = {}, name = 'x') => {
    const x = b.sequence(name, 4);
    const h0 = b.zeros(['B', 4]) as F32;
    const r = b.scan({ carries: { h: h0 }, sequences: { x }, ...opts, body: ({ h }, { x: xt }) => ({ carries: { h: update(h, xt as F32) }, steps: { h: update(h, xt as F32) } }) });
    b.output('y', r.steps.h);
  };

  it('h * h', () => {
    expect(verdict((b) => cell(b, (h, x) => b.add(b.mul(h, h), x)))).toMatch(/carry 'h' is not linear in itself: carry 'h' times carry 'h' \(.*mul/);
  });
  it('tanh(h)', () => {
    expect(verdict((b) => cell(b, (h, x) => b.add(b.tanh(h), x)))).toMatch(/carry 'h' goes through tanh/);
  });
  it('a coefficient that reads the carry: sigmoid(h) * h', () => {
    expect(verdict((b) => cell(b, (h, x) => b.add(b.mul(b.sigmoid(h), h), x)))).toMatch(/carry 'h' goes through sigmoid/);
  });
  it('a dense recurrence (an RNN: h U)', () => {
    const reason = verdict((b) => {
      const U = b.param('U', [4, 4]);
      cell(b, (h, x) => b.add(b.matmul(h as never, U) as F32, x));
    });
    expect(reason).toMatch(/multiplied by a matrix/);
  });
  it('an LSTM layer', () => {
    const reason = verdict((b) => b.output('y', b.lstm(b.sequence('x', 3), { units: 2 }).output));
    expect(reason).toMatch(/not linear in itself/);
  });
  it('coupled carries', () => {
    const reason = verdict((b) => {
      const x = b.sequence('x', 4);
      const r = b.scan({ carries: { h: b.zeros(['B', 4]), c: b.zeros(['B', 4]) }, sequences: { x }, body: ({ h, c }, { x: xt }) => ({ carries: { h: b.add(b.mul(h, 0.5), c), c: b.add(c, xt) } }) });
      b.output('y', r.finals.h);
    });
    expect(reason).toMatch(/carries 'h' and 'c' are combined/);
  });
  it('truncated BPTT', () => {
    expect(verdict((b) => cell(b, (h, x) => b.add(b.mul(h, 0.5), x), { truncate: 3 }))).toMatch(/truncate: 3/);
  });

  it('formatVerdicts names the place and the form', () => {
    const m = model((b) => {
      const r = minGru(b, b.sequence('x', 3));
      b.output('h', r.steps.h);
      cell(b, (h, x) => b.add(b.tanh(h), x), {}, 'x2');
    });
    const text = formatVerdicts(explainScans(m));
    expect(text).toMatch(/linear-scans\.test\.ts:\d+:\d+ scan \(h\): parallel linear_scan, h' = a \* h \+ b/);
    expect(text).toMatch(/linear-scans\.test\.ts:\d+:\d+ scan \(h\): sequential: carry 'h' is not linear in itself: carry 'h' goes through tanh/);
  });
});
