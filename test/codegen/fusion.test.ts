// The kernel-level passes: fuse-pointwise (one elementwise kernel per step), plan-buffers (shared
// scratch buffers), operand transposition, and the stats. Numbers must not change (beyond float32
// rounding of intermediates): every example and the masked / bidirectional / stacked / stateful
// cases, forward and gradients, fused vs unfused vs the float64 reference interpreter.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { defineModel, type ModelBuilder, type ModelDef } from 'rnnc';
import { trace } from '../../src/frontend/trace.js';
import { loadModel } from '../../src/frontend/load.js';
import { GraphBuilder } from '../../src/ir/graph.js';
import { interpret } from '../../src/ir/interpret.js';
import type { Module, Op } from '../../src/ir/types.js';
import { addGradients } from '../../src/passes/autodiff.js';
import { withoutLoss } from '../../src/passes/dce.js';
import { optimize, passNames } from '../../src/passes/pipeline.js';
import { schedule, type KernelOptions } from '../../src/codegen/schedule.js';
import { disjointViews, fusePointwise, shareSubexpressions } from '../../src/codegen/fuse-pointwise.js';
import { allocatedBytes, planBuffers, sizeFits } from '../../src/codegen/plan-buffers.js';
import { evalStats, formatStats, moduleStats, programStats } from '../../src/codegen/stats.js';
import { evalIExpr, exprViews as exprViewsOf, fmtIExpr, fmtProgram, kernelCounts, load as loadExpr, mapKernel, mul, walkStmts, type Expr, type Program } from '../../src/codegen/kernel-ir.js';
import { inputsFor, paramsFor } from '../helpers/models.js';
import { ModBuilder, load, rand } from './helpers.js';

const ALL_ON: KernelOptions = {};
const ALL_OFF: KernelOptions = { fusePointwise: false, planBuffers: false, transposeOperands: false };
const B = 4;
const T = 6;
const root = path.resolve(new URL('../..', import.meta.url).pathname);

/** max |a - b| / max(1, max |b|). */
function rel(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let scale = 1;
  for (let i = 0; i < b.length; i++) scale = Math.max(scale, Math.abs(b[i]));
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    const d = Math.abs(a[i] - b[i]) / scale;
    worst = Number.isNaN(d) ? Infinity : Math.max(worst, d);
  }
  return worst;
}

const seq = (name: string, f: (m: ModelBuilder, x: ReturnType<ModelBuilder['sequence']>, mask: ReturnType<ModelBuilder['mask']>) => void): ModelDef =>
  defineModel(name, (m) => f(m, m.sequence('x', 5), m.mask('mask')));

/** Forward through the full IR pipeline, scheduled with `k`. */
function forwardProgram(mod: Module, k: KernelOptions = ALL_ON): Program {
  return schedule(optimize(withoutLoss(mod)), { ...k, training: false });
}

function gradProgram(mod: Module, k: KernelOptions = ALL_ON): Program {
  const opt = optimize(mod);
  return schedule(optimize(addGradients(opt, { loss: mod.training!.loss })), { ...k, training: true });
}

describe('fuse-pointwise: kernels per step', () => {
  const trainable = (name: string, units: number, layer: (m: ModelBuilder, x: never, mask: never) => { output: never }) =>
    seq(name, (m, x, mask) => {
      const y = layer(m, x as never, mask as never).output;
      m.output('y', y);
      m.train({ loss: m.meanSquaredError(y, m.sequence('target', units)), optimizer: { kind: 'sgd', lr: 0.1 } });
    });
  const lstm = trainable('k_lstm', 8, (m, x, mask) => m.lstm(x, { units: 8, returnSequences: true, mask }) as never);
  const gruAfter = trainable('k_gru_after', 8, (m, x, mask) => m.gru(x, { units: 8, returnSequences: true, mask }) as never);
  const gruBefore = trainable('k_gru_before', 8, (m, x, mask) => m.gru(x, { units: 8, returnSequences: true, mask, resetAfter: false }) as never);

  test('LSTM and GRU (reset after): one recurrent matmul and one fused kernel per forward step', () => {
    for (const def of [lstm, gruAfter]) {
      const mod = trace(def);
      for (const p of [forwardProgram(mod), gradProgram(mod)]) {
        const fwd = programStats(p).loops.filter((l) => l.role === 'forward');
        expect(fwd.length, def.name).toBe(1);
        // Exactly 2 (1 recurrent matmul + 1 fused map) with fuse-gates and hoist in the pipeline.
        expect(fwd[0].kernelsPerStep, def.name).toBeLessThanOrEqual(2);
        expect(fwd[0].byKind.map, def.name).toBe(1);
      }
      // Without the kernel passes the same step is one kernel per elementwise op.
      const raw = programStats(forwardProgram(mod, ALL_OFF)).loops[0];
      expect(raw.byKind.map!, def.name).toBeGreaterThanOrEqual(8);
    }
  });

  test('GRU with the reset gate before the recurrent matmul: two matmuls, two fused kernels', () => {
    const mod = trace(gruBefore);
    for (const p of [forwardProgram(mod), gradProgram(mod)]) {
      const fwd = programStats(p).loops.filter((l) => l.role === 'forward')[0];
      // r must be ready before (r * h) U_h: a fused kernel on each side of that matmul.
      expect(fwd.byKind).toEqual({ matmul: 2, map: 2 });
    }
  });

  test('backward steps: the recurrent matmul_nt and one fused kernel per matmul, no per-step reductions', () => {
    // hoist sums the bias gradients after the scan (one reduction of the stacked gate gradients) and
    // split-carries moves the d.h = pass-through + dG U^T add into the next step's fused kernel.
    // GRU (reset before): r's gradient needs the first matmul_nt's result, so two of each.
    const expected: Record<string, Partial<Record<string, number>>> = { k_lstm: { map: 1, matmul: 1 }, k_gru_after: { map: 1, matmul: 1 }, k_gru_before: { map: 2, matmul: 2 } };
    for (const def of [lstm, gruAfter, gruBefore]) {
      const mod = trace(def);
      const fused = programStats(gradProgram(mod)).loops.filter((l) => l.role === 'backward');
      const raw = programStats(gradProgram(mod, ALL_OFF)).loops.filter((l) => l.role === 'backward');
      expect(fused.length).toBe(1);
      expect(fused[0].byKind, def.name).toEqual(expected[def.name]);
      expect(raw[0].byKind.map!, def.name).toBeGreaterThan(10 * (fused[0].byKind.map ?? 0));
      // Without split-carries the add is a kernel of its own, after the matmul.
      const unsplit = programStats(schedule(optimize(addGradients(optimize(mod), { loss: mod.training!.loss }), { passes: passNames().filter((p) => p !== 'split-carries') }), { training: true }));
      expect(unsplit.loops.filter((l) => l.role === 'backward')[0].byKind.map, def.name).toBe(expected[def.name].map! + 1);
    }
  });

  test('a fused LSTM step computes c\' once and stores it to the carry; nothing is stored twice', () => {
    const mod = trace(seq('k_lstm_plain', (m, x) => m.output('y', m.lstm(x, { units: 8, returnSequences: true }).output)));
    const p = forwardProgram(mod);
    const loop = p.body.find((s) => s.kind === 'loop')!;
    if (loop.kind !== 'loop') throw new Error('no loop');
    const k = loop.body.find((s) => s.kind === 'map')!;
    if (k.kind !== 'map') throw new Error('no map');
    // Outputs: the step output h, the carries h and c (the gates, c' and tanh(c') are not stored).
    expect(k.outs.map((o) => p.buffers[o.out.buf].role)).toHaveLength(3);
    const text = fmtProgram(p);
    expect(text.match(/tanh\(/g)!.length).toBe(2); // tanh(g) and tanh(c'), each once
    expect(text.match(/sigmoid\(/g)!.length).toBe(3);
  });
});

// ---------------------------------------------------------------------------
// Numbers: fused vs unfused vs the interpreter

const cases: ModelDef[] = [
  seq('n_lstm_mask', (m, x, mask) => m.output('y', m.lstm(x, { units: 6, returnSequences: true, mask }).output)),
  seq('n_lstm_prev', (m, x, mask) => m.output('y', m.lstm(x, { units: 6, returnSequences: true, mask, maskOutput: 'previous', peepholes: true }).output)),
  seq('n_lstm_bi_stacked', (m, x, mask) => {
    const r = m.lstm(x, { units: 4, numLayers: 2, bidirectional: 'concat', returnSequences: true, returnState: true, mask });
    m.output('y', r.output);
    m.output('h_last', r.states[3].h);
    m.output('c_last', r.states[3].c);
  }),
  seq('n_gru_after', (m, x, mask) => m.output('y', m.gru(x, { units: 5, returnSequences: true, mask, goBackwards: true }).output)),
  seq('n_gru_before_bi', (m, x, mask) => m.output('y', m.gru(x, { units: 3, bidirectional: 'sum', resetAfter: false, mask }).output)),
  seq('n_rnn', (m, x, mask) => m.output('y', m.simpleRNN(x, { units: 4, activation: 'relu', returnSequences: true, mask }).output)),
];

async function forwardOf(mod: Module, k: KernelOptions, inputs: ReturnType<typeof inputsFor>, params: Record<string, Float32Array>) {
  const { mod: gen } = await load(mod, { kernels: k });
  const model = gen.create();
  model.setParams(params);
  return model.forward(inputs) as Record<string, { data: Float32Array }>;
}

describe('fused == unfused == interpreter (forward)', () => {
  for (const def of cases) {
    test(def.name, async () => {
      const mod = trace(def);
      const params = paramsFor(mod);
      const inputs = inputsFor(mod, B, T);
      const on = await forwardOf(mod, ALL_ON, inputs, params);
      const off = await forwardOf(mod, ALL_OFF, inputs, params);
      const want = interpret(mod, inputs, params).outputs;
      for (const o of mod.outputs) {
        expect(rel(on[o.name].data, off[o.name].data), `${def.name}.${o.name} fused vs unfused`).toBeLessThanOrEqual(1e-6);
        expect(rel(on[o.name].data, want[o.name].data), `${def.name}.${o.name} vs interpreter`).toBeLessThanOrEqual(1e-5);
      }
    });
  }

  test('every example (fused vs unfused vs interpreter, forward and gradients)', async () => {
    const examples = fs.readdirSync(path.join(root, 'examples')).filter((d) => fs.existsSync(path.join(root, 'examples', d, 'model.ts')));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const ex of examples) {
      const mod = await loadModel(path.join(root, 'examples', ex, 'model.ts'));
      const params = paramsFor(mod, 3, 0.4);
      const inputs = inputsFor(mod, B, T, 4, 30, { labels: 2 });
      const gens = await Promise.all([ALL_ON, ALL_OFF].map((k) => load(mod, { kernels: k })));
      const models = gens.map((g) => {
        const x = g.mod.create();
        x.setParams(params);
        return x;
      });
      const lossName = mod.training?.loss;
      const want = interpret(mod, inputs, params).outputs;
      const [on, off] = models.map((x) => x.forward(inputs));
      for (const o of mod.outputs.filter((o) => o.name !== lossName)) {
        expect(rel(on[o.name].data, off[o.name].data), `${ex}.${o.name} fused vs unfused`).toBeLessThanOrEqual(1e-6);
        expect(rel(on[o.name].data, want[o.name].data), `${ex}.${o.name} vs interpreter`).toBeLessThanOrEqual(1e-5);
      }
      if (!lossName) continue;
      const wantG = interpret(addGradients(mod, { loss: lossName }), inputs, params).outputs;
      // (A stateful model kept the state of the forward call: start the gradient pass from zeros too.)
      const [gOn, gOff] = models.map((x) => {
        x.resetState();
        return x.gradients(inputs) as { loss: number; grads: Record<string, Float32Array> };
      });
      expect(Math.abs(gOn.loss - wantG[lossName].data[0]), `${ex} loss`).toBeLessThanOrEqual(1e-5);
      expect(Object.keys(gOn.grads).length).toBeGreaterThan(0);
      for (const name of Object.keys(gOn.grads)) {
        expect(rel(gOn.grads[name], gOff.grads[name]), `${ex} ${name} fused vs unfused`).toBeLessThanOrEqual(1e-6);
        expect(rel(gOn.grads[name], wantG[name].data), `${ex} ${name} vs interpreter`).toBeLessThanOrEqual(1e-5);
      }
    }
  });

  test('gradients of masked, bidirectional, stacked and peephole models', async () => {
    const defs = [
      seq('g_lstm_bi', (m, x, mask) => {
        const y = m.lstm(x, { units: 4, numLayers: 2, bidirectional: 'concat', returnSequences: true, mask, peepholes: true }).output;
        m.train({ loss: m.meanSquaredError(y, m.sequence('target', 8)), optimizer: { kind: 'sgd', lr: 0.1 } });
      }),
      seq('g_gru_bi2', (m, x, mask) => {
        const y = m.gru(x, { units: 3, numLayers: 2, bidirectional: 'concat', returnSequences: true, mask }).output;
        m.train({ loss: m.meanSquaredError(y, m.sequence('target', 6)), optimizer: { kind: 'sgd', lr: 0.1 } });
      }),
      seq('g_gru_before', (m, x, mask) => {
        // (maskOutput 'previous' is left out: autodiff cannot differentiate it yet.)
        const y = m.gru(x, { units: 3, resetAfter: false, returnSequences: true, mask, goBackwards: true }).output;
        m.train({ loss: m.meanSquaredError(y, m.sequence('target', 3)), optimizer: { kind: 'sgd', lr: 0.1 } });
      }),
    ];
    for (const def of defs) {
      const mod = trace(def);
      const params = paramsFor(mod, 3, 0.4);
      const inputs = inputsFor(mod, B, T, 4);
      const want = interpret(addGradients(mod, { loss: mod.training!.loss }), inputs, params).outputs;
      const got = await Promise.all(
        [ALL_ON, ALL_OFF].map(async (k) => {
          const x = (await load(mod, { kernels: k })).mod.create();
          x.setParams(params);
          return x.gradients(inputs) as { grads: Record<string, Float32Array> };
        }),
      );
      for (const name of Object.keys(got[0].grads)) {
        expect(rel(got[0].grads[name], got[1].grads[name]), `${def.name} ${name} fused vs unfused`).toBeLessThanOrEqual(1e-6);
        expect(rel(got[0].grads[name], want[name].data), `${def.name} ${name} vs interpreter`).toBeLessThanOrEqual(1e-5);
      }
    }
  });

  test('stateful: carried state across calls is the same fused and unfused', async () => {
    const def = seq('n_stateful', (m, x) => m.output('y', m.lstm(x, { units: 4, stateful: true, returnSequences: true }).output));
    const mod = trace(def);
    const params = paramsFor(mod);
    const runs = await Promise.all(
      [ALL_ON, ALL_OFF].map(async (k) => {
        const x = (await load(mod, { kernels: k })).mod.create();
        x.setParams(params);
        const a = x.forward(inputsFor(mod, 2, 3, 5)).y.data as Float32Array;
        const b = x.forward(inputsFor(mod, 2, 3, 6)).y.data as Float32Array;
        return { a, b, state: x.getState() as Record<string, Float32Array> };
      }),
    );
    expect(rel(runs[0].a, runs[1].a)).toBeLessThanOrEqual(1e-6);
    expect(rel(runs[0].b, runs[1].b)).toBeLessThanOrEqual(1e-6);
    for (const k of Object.keys(runs[1].state)) expect(rel(runs[0].state[k], runs[1].state[k])).toBeLessThanOrEqual(1e-6);
    const r1 = interpret(mod, inputsFor(mod, 2, 3, 5), params);
    const r2 = interpret(mod, inputsFor(mod, 2, 3, 6), params, { states: r1.states });
    expect(rel(runs[0].b, r2.outputs.y.data)).toBeLessThanOrEqual(1e-5);
  });
});

// ---------------------------------------------------------------------------
// Hazards

function scanOp(o: { carries: string[]; sequences: string[]; invariants: number; steps: string[] }, body: ReturnType<GraphBuilder['finish']>): Op {
  return { op: 'scan', ...o, reverse: false, masked: false, maskOutput: 'zero', truncate: null, body };
}

describe('hazards', () => {
  const H = 4;
  const T3 = { dtype: 'f32', shape: ['B', H] } as const;

  async function bothAgree(m: Module, inputs: Record<string, { data: Float32Array; shape: number[] }>) {
    const want = interpret(m, inputs, {});
    for (const k of [ALL_ON, ALL_OFF]) {
      const { mod } = await load(m, { kernels: k });
      const got = mod.create().forward(inputs);
      for (const o of m.outputs) expect(rel(got[o.name].data, want.outputs[o.name].data), `${o.name} ${JSON.stringify(k)}`).toBeLessThanOrEqual(1e-6);
    }
  }

  test('carries that swap, and one read flipped while it is rewritten, keep their staging', async () => {
    const b = new ModBuilder('hz_swap');
    const x = b.input('x', 'f32', ['B', 'T', H]);
    const a0 = b.input('a0', 'f32', ['B', H], 'state');
    const c0 = b.input('c0', 'f32', ['B', H], 'state');
    const g = new GraphBuilder();
    const [a, c, xt] = [0, 1, 2].map((index) => g.leaf({ op: 'arg', index }, T3));
    // a' = flip(c) (reads c at other indices while c is rewritten), c' = a + x_t; emit a flipped copy of the old a.
    const an = g.add1({ op: 'flip', axis: 1 }, [c]);
    const cn = g.add1({ op: 'binary', fn: 'add' }, [a, xt]);
    const body = g.finish([an, cn, g.add1({ op: 'flip', axis: 1 }, [a])]);
    const [aT, cT, ys] = b.g.add(scanOp({ carries: ['a', 'c'], sequences: ['x'], invariants: 0, steps: ['y'] }, body), [a0, c0, x]);
    b.output('a', aT);
    b.output('c', cT);
    b.output('y', ys);
    const m = b.finish();
    await bothAgree(m, { x: { data: rand(2 * 5 * H, 1), shape: [2, 5, H] }, a0: { data: rand(2 * H, 2), shape: [2, H] }, c0: { data: rand(2 * H, 3), shape: [2, H] } });
    // No kernel reads a carry flipped while writing it: a' = flip(c) is stored before c is rewritten
    // (the scheduler's staging copy is forwarded into a), and y = flip(a) before a is rewritten.
    const p = schedule(m);
    const loop = p.body.find((s) => s.kind === 'loop');
    if (!loop || loop.kind !== 'loop') throw new Error('no loop');
    expect(loop.body.length).toBe(3);
    for (const k of loop.body) {
      if (k.kind !== 'map') continue;
      const written = new Set(k.outs.map((o) => o.out.buf));
      for (const o of k.outs) for (const v of exprViewsOf(o.expr)) if (written.has(v.buf)) expect(v).toEqual(k.outs.find((q) => q.out.buf === v.buf)!.out);
    }
  });

  test('a shift register of states reads the old values', async () => {
    const b = new ModBuilder('hz_shift');
    const x = b.input('x', 'f32', ['B', 2]);
    const s1 = b.state('s1', ['B', 2]);
    const s2 = b.state('s2', ['B', 2]);
    const s3 = b.state('s3', ['B', 2]);
    b.update('s1', x);
    b.update('s2', s1);
    b.update('s3', b.g.add1({ op: 'flip', axis: 1 }, [s2]));
    b.output('y', b.g.add1({ op: 'binary', fn: 'add' }, [s1, b.g.add1({ op: 'binary', fn: 'mul' }, [s2, s3])]));
    const m = b.finish();
    for (const k of [ALL_ON, ALL_OFF]) {
      const { mod } = await load(m, { kernels: k });
      const model = mod.create();
      const ys: number[][] = [];
      for (const d of [[1, 2], [3, 4], [5, 6], [7, 8]]) ys.push([...model.forward({ x: { data: Float32Array.from(d), shape: [1, 2] } }).y.data]);
      // s1 = x(t-1), s2 = x(t-2), s3 = flip(x(t-3)); y = s1 + s2 * s3
      expect(ys).toEqual([
        [0, 0],
        [1, 2],
        [3, 4],
        [5 + 3 * 2, 6 + 4 * 1],
      ]);
      expect(model.getState()).toEqual({ s1: Float32Array.from([7, 8]), s2: Float32Array.from([5, 6]), s3: Float32Array.from([4, 3]) });
    }
  });

  test('a consumer reading the producer at another element is not inlined', () => {
    // y = x + 1 over [B, 4]; z = y shifted by one element (reads y[b, j + 1] for j < 3).
    const prog: Program = {
      name: 'shift',
      buffers: [
        { id: 0, name: 'in_x', dtype: 'f32', size: mul('B', 4), role: 'input', shape: ['B', 4] },
        { id: 1, name: 'y', dtype: 'f32', size: mul('B', 4), role: 'scratch', shape: ['B', 4] },
        { id: 2, name: 'out_z', dtype: 'f32', size: mul('B', 3), role: 'output', shape: ['B', 3] },
        { id: 3, name: 'out_w', dtype: 'f32', size: mul('B', 3), role: 'output', shape: ['B', 3] },
      ],
      body: [
        mapKernel('y = x + 1', ['B', 4], { buf: 1, offset: 0, strides: [4, 1] }, { op: 'binary', fn: 'add', a: loadExpr({ buf: 0, offset: 0, strides: [4, 1] }), b: { op: 'const', value: 1, dtype: 'f32' } }),
        mapKernel('z = y[:, 1:]', ['B', 3], { buf: 2, offset: 0, strides: [3, 1] }, loadExpr({ buf: 1, offset: 1, strides: [4, 1] })),
        mapKernel('w = y[:, :3] * 2', ['B', 3], { buf: 3, offset: 0, strides: [3, 1] }, { op: 'binary', fn: 'mul', a: loadExpr({ buf: 1, offset: 0, strides: [4, 1] }), b: { op: 'const', value: 2, dtype: 'f32' } }),
      ],
      inputs: [{ name: 'x', buf: 0, dtype: 'f32', shape: ['B', 4] }],
      params: [],
      states: [],
      outputs: [
        { name: 'z', buf: 2, dtype: 'f32', shape: ['B', 3] },
        { name: 'w', buf: 3, dtype: 'f32', shape: ['B', 3] },
      ],
      randoms: [],
    };
    const f = fusePointwise(prog);
    // y ([B, 4]) differs in shape from its readers ([B, 3]): it stays; z and w merge into one kernel.
    expect(kernelCounts(f).map).toBe(2);
    expect(f.buffers.map((b) => b.name)).toContain('y');
  });

  test('disjoint views: concat pieces are, shifted overlapping windows are not', () => {
    const v = (offset: number) => ({ buf: 0, offset, strides: ['T' as const, 1] });
    expect(disjointViews(v(0), v(8), ['B', 8])).toBe(false); // not provable: T = 1 makes them overlap
    const st = (offset: number) => ({ buf: 0, offset, strides: [mul('T', 32), 1] });
    expect(disjointViews(st(8), st(16), ['B', 8])).toBe(true); // pieces of a step output row at t
    expect(disjointViews(st(8), st(12), ['B', 8])).toBe(false);
    const w = (offset: number) => ({ buf: 0, offset, strides: [32, 1] });
    expect(disjointViews(w(0), w(8), ['B', 8])).toBe(true);
    expect(disjointViews(w(0), w(32), ['B', 8])).toBe(false); // the next row
    expect(disjointViews(w(0), w(4), ['B', 8])).toBe(false); // overlapping columns
    expect(disjointViews(w(8), w(24), ['B', 8])).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// Buffers, expressions, stats, generated code

describe('plan-buffers', () => {
  test('the same numbers with and without, and fewer bytes (sentiment, B = 32, T = 100)', async () => {
    const mod = await loadModel(path.join(root, 'examples/sentiment/model.ts'));
    const params = paramsFor(mod);
    const inputs = inputsFor(mod, B, T);
    const a = await forwardOf(mod, { planBuffers: true }, inputs, params);
    const b = await forwardOf(mod, { planBuffers: false }, inputs, params);
    expect(a.logits.data).toEqual(b.logits.data);
    const at = { B: 32, T: 100 };
    const planned = schedule(optimize(withoutLoss(mod)));
    const unplanned = schedule(optimize(withoutLoss(mod)), { planBuffers: false });
    const bytes = (p: Program) => evalIExpr(allocatedBytes(p), at);
    expect(bytes(planned)).toBeLessThan(bytes(unplanned));
    expect(planned.buffers.length).toBeLessThan(unplanned.buffers.length);
    // Gradient program: reuse is bigger there.
    const g1 = gradProgram(mod);
    const g0 = gradProgram(mod, { planBuffers: false });
    expect(bytes(g1)).toBeLessThan(0.85 * bytes(g0));
  });

  test('input, param, state, output and random buffers are never shared', () => {
    const mod = trace(seq('pb_roles', (m, x, mask) => {
      const y = m.gru(x, { units: 3, returnSequences: true, mask, dropout: 0.3 }).output;
      m.train({ loss: m.meanSquaredError(y, m.sequence('target', 3)), optimizer: { kind: 'sgd', lr: 0.1 } });
    }));
    const raw = gradProgram(mod, { planBuffers: false });
    const planned = planBuffers(raw);
    for (const role of ['input', 'param', 'state', 'output', 'random'] as const) {
      expect(planned.buffers.filter((b) => b.role === role).map((b) => b.name)).toEqual(raw.buffers.filter((b) => b.role === role).map((b) => b.name));
    }
    expect(planned.buffers.length).toBeLessThan(raw.buffers.length);
  });

  test('sizes fit when provably ordered for all B, T', () => {
    expect(sizeFits(mul('B', 32), mul('B', 128))).toBe(true);
    expect(sizeFits(mul('B', 128), mul('B', 32))).toBe(false);
    expect(sizeFits(mul('B', 32), mul('B', 'T', 32))).toBe(false); // T may be 0
    expect(sizeFits(32, mul('B', 32))).toBe(false); // B may be 0
  });
});

describe('expressions and generated code', () => {
  test('shared subexpressions become lets, computed once', () => {
    const x = loadExpr({ buf: 0, offset: 0, strides: [1] });
    const s: Expr = { op: 'unary', fn: 'sigmoid', x };
    const { lets, roots } = shareSubexpressions([{ op: 'binary', fn: 'mul', a: s, b: s }, { op: 'unary', fn: 'sigmoid', x: loadExpr({ buf: 0, offset: 0, strides: [1] }) }]);
    // The two sigmoids of the same load are one node, used three times: one let (its load is used once).
    expect(lets).toEqual([s]);
    expect(roots).toEqual([{ op: 'binary', fn: 'mul', a: { op: 'ref', id: 0 }, b: { op: 'ref', id: 0 } }, { op: 'ref', id: 0 }]);
  });

  test('no helper calls per element; no allocation in any kernel', async () => {
    const mod = trace(seq('js_lstm', (m, x, mask) => {
      const y = m.lstm(x, { units: 6, returnSequences: true, mask, recurrentActivation: 'hard_sigmoid' }).output;
      m.output('y', y);
      m.train({ loss: m.meanSquaredError(y, m.sequence('target', 6)), optimizer: { kind: 'sgd', lr: 0.1 } });
    }));
    const { js } = await load(mod);
    expect(js).not.toMatch(/\b(sigmoid|hard_sigmoid|relu|square|reciprocal)\(/);
    expect(js).toContain('Math.tanh(');
    const fns = js.match(/^function (run|runEval|runTrain)_\d+_\w+\([^)]*\) \{[\s\S]*?^\}/gm)!;
    expect(fns.length).toBeGreaterThan(5);
    for (const f of fns) expect(f).not.toMatch(/\bnew\b|\.slice\(|\.map\(|Array\.from|\[\.\.\./);
  });

  test('a large recurrent weight is transposed once per call, before the loop', async () => {
    const def = seq('tr_lstm', (m, x) => m.output('y', m.lstm(x, { units: 64, returnSequences: true }).output));
    const mod = trace(def);
    const p = forwardProgram(mod);
    const top = p.body.filter((s) => s.kind === 'map' && /k contiguous/.test(s.src));
    expect(top.length).toBeGreaterThanOrEqual(1);
    const loop = p.body.find((s) => s.kind === 'loop');
    if (!loop || loop.kind !== 'loop') throw new Error('no loop');
    const mm = loop.body.find((s) => s.kind === 'matmul');
    if (!mm || mm.kind !== 'matmul') throw new Error('no matmul');
    expect(fmtIExpr(mm.w.strides[0])).toBe('1'); // k contiguous
    const params = paramsFor(mod);
    const inputs = inputsFor(mod, 3, 5);
    const on = await forwardOf(mod, ALL_ON, inputs, params);
    const off = await forwardOf(mod, ALL_OFF, inputs, params);
    expect(rel(on.y.data, off.y.data)).toBeLessThanOrEqual(1e-6);
    expect(rel(on.y.data, interpret(mod, inputs, params).outputs.y.data)).toBeLessThanOrEqual(1e-5);
  });
});

describe('stats', () => {
  test('kernels per step, launches in T, matmul FLOPs and peak bytes in B and T', () => {
    const def = seq('st_rnn', (m, x) => m.output('y', m.simpleRNN(x, { units: 6, returnSequences: true }).output));
    const mod = trace(def);
    const s = programStats(forwardProgram(mod));
    expect(s.loops).toHaveLength(1);
    expect(s.loops[0]).toMatchObject({ role: 'forward', kernelsPerStep: 2, byKind: { matmul: 1, map: 1 } });
    expect(fmtIExpr(s.launches)).toMatch(/^T \* 2 \+ \d+$/);
    // The hoisted input projection [B * T, 5] x [5, 6] and the recurrent [B, 6] x [6, 6] per step.
    expect(fmtIExpr(s.matmulFlops)).toBe('B * T * 132');
    const v = evalStats(s, { B: 2, T: 10 });
    expect(v.matmulFlops).toBe(2 * 10 * 132);
    expect(v.peakBytes).toBe(evalIExpr(s.peakBytes, { B: 2, T: 10 }));
    const text = formatStats(moduleStats(mod), { B: 2, T: 10 });
    expect(text).toContain('forward loop t: 2 kernels per step (1 matmul, 1 map)');
    expect(text).toContain('kernel launches per call: T * 2');
    expect(text).toContain('matmul FLOPs per call: B * T * 132 = 2.64 KFLOP at B=2, T=10');
  });

  test('moduleStats lists run, runEval and runTrain for a trainable model, with the backward loop', async () => {
    const mod = await loadModel(path.join(root, 'examples/sentiment/model.ts'));
    const all = moduleStats(mod);
    expect(all.map((x) => x.fn)).toEqual(['run', 'runEval', 'runTrain']);
    const train = all[2].stats;
    expect(train.loops.map((l) => l.role)).toEqual(['forward', 'backward']);
    expect(formatStats(all)).toContain('backward loop t (reverse)');
  });

  test("trainStep's program (runStep) drops the input's gradient: one matmul fewer, B * T * I * 4H * 2 fewer FLOPs", () => {
    // sentiment (above) reads token ids: no float input, so no runStep. This one reads floats.
    const mod = trace(
      defineModel('step_regress', (m) => {
        const x = m.sequence('x', 8);
        const { output } = m.lstm(x, { units: 16, returnSequences: true, name: 'rnn' });
        m.train({ loss: m.meanSquaredError(output, m.sequence('target', 16)), optimizer: { kind: 'sgd', lr: 0.1 } });
      }),
    );
    const all = moduleStats(mod);
    expect(all.map((x) => x.fn)).toEqual(['run', 'runEval', 'runTrain', 'runStep']);
    const [train, step] = [all[2], all[3]];
    const inputGrads = ['grad.x', 'grad.target'];
    expect(train.program.outputs.map((o) => o.name)).toEqual(expect.arrayContaining(inputGrads));
    expect(step.program.outputs.map((o) => o.name)).toEqual(train.program.outputs.map((o) => o.name).filter((n) => !inputGrads.includes(n)));
    const v = { B: 2, T: 10 };
    const matmuls = (p: Program) => {
      let n = 0;
      walkStmts(p.body, (s) => (n += s.kind === 'matmul' ? 1 : 0));
      return n;
    };
    expect(matmuls(step.program)).toBe(matmuls(train.program) - 1);
    // dL/dx = dG [B*T, 4H] x W^T [4H, I]: 2 * B * T * 64 * 8 FLOPs.
    expect(evalIExpr(train.stats.matmulFlops, v) - evalIExpr(step.stats.matmulFlops, v)).toBe(2 * 2 * 10 * 64 * 8);
  });
});
