// The kernel IR and the scheduler, checked on the program itself (no code generation).
import { describe, expect, test } from 'vitest';
import { GraphBuilder } from '../../src/ir/graph.js';
import {
  add,
  collapseMap,
  evalIExpr,
  fmtIExpr,
  fmtProgram,
  imax,
  mul,
  kernelCounts,
  kernelWrites,
  sameIExpr,
  substitute,
  walkStmts,
  type MapKernel,
} from '../../src/codegen/kernel-ir.js';
import { schedule } from '../../src/codegen/schedule.js';
import { ModBuilder } from './helpers.js';

/** The scheduler's plain lowering, without the kernel-level passes. */
const RAW = { fusePointwise: false, planBuffers: false, transposeOperands: false } as const;

describe('index expressions', () => {
  test('canonical sums of products, folded and printed C-style', () => {
    expect(fmtIExpr(add(mul('B', 'T', 8), mul('t', -8), -3, 'T'))).toBe('B * T * 8 + T - t * 8 - 3');
    expect(fmtIExpr(mul(add('T', -1), 16))).toBe('T * 16 - 16');
    expect(fmtIExpr(imax(add('t', -1), 0))).toBe('max(t - 1, 0)');
    expect(fmtIExpr(imax(3, 5))).toBe('5');
    expect(sameIExpr(mul(add('T', 1), 'B'), add(mul('B', 'T'), 'B'))).toBe(true);
    expect(sameIExpr(mul('B', 4), mul(4, 'B'))).toBe(true);
    expect(sameIExpr(mul('B', 4), mul(4, 'T'))).toBe(false);
    expect(fmtIExpr(substitute(mul(add('t', -1), 'B'), { t: 3 }))).toBe('B * 2');
    expect(evalIExpr(add(mul('B', 'T', 8), imax(add('t', -1), 0)), { B: 2, T: 5, t: 0 })).toBe(80);
  });
});

describe('collapseMap', () => {
  test('merges axes every view walks as one, keeps broadcast axes apart', () => {
    const k: MapKernel = {
      kind: 'map',
      src: 'test',
      shape: ['B', 'T', 4],
      lets: [],
      outs: [
        {
          out: { buf: 0, offset: 0, strides: [mul('T', 4), 4, 1] },
          expr: {
            op: 'binary',
            fn: 'add',
            a: { op: 'load', view: { buf: 1, offset: 0, strides: [mul('T', 4), 4, 1] } },
            b: { op: 'load', view: { buf: 2, offset: 0, strides: [0, 0, 1] } },
          },
        },
      ],
    };
    const c = collapseMap(k);
    expect(c.shape.map((d) => fmtIExpr(d))).toEqual(['B * T', '4']);
    expect(c.outs[0].out.strides.map((d) => fmtIExpr(d))).toEqual(['4', '1']);
    const all: MapKernel = { ...k, outs: [{ out: k.outs[0].out, expr: { op: 'load', view: k.outs[0].out } }] };
    expect(collapseMap(all).shape.map((d) => fmtIExpr(d))).toEqual(['B * T * 4']);
  });
});

function rnn() {
  const b = new ModBuilder('rnn');
  const x = b.input('x', 'f32', ['B', 'T', 3]);
  const W = b.param('W', [3, 4]);
  const U = b.param('U', [4, 4]);
  const h0 = b.g.add1({ op: 'fill', value: 0, shape: ['B', 4] }, []);
  const g = new GraphBuilder();
  const h = g.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', 4] });
  const xt = g.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', 3] });
  const w = g.leaf({ op: 'arg', index: 2 }, { dtype: 'f32', shape: [3, 4] });
  const u = g.leaf({ op: 'arg', index: 3 }, { dtype: 'f32', shape: [4, 4] });
  const hn = g.add1({ op: 'unary', fn: 'tanh' }, [
    g.add1({ op: 'binary', fn: 'add' }, [g.add1({ op: 'matmul' }, [xt, w]), g.add1({ op: 'matmul' }, [h, u])]),
  ]);
  const xr = b.g.add1({ op: 'flip', axis: 1 }, [x]);
  const [hT, ys] = b.g.add(
    {
      op: 'scan',
      carries: ['h'],
      sequences: ['x'],
      invariants: 2,
      steps: ['y'],
      reverse: false,
      masked: false,
      maskOutput: 'zero',
      truncate: null,
      body: g.finish([hn, hn]),
    },
    [h0, xr, W, U],
  );
  b.output('h', hT);
  b.output('y', ys);
  return b.finish();
}

describe('schedule', () => {
  test('a scan becomes one loop; the flipped sequence and its per-step slice are views', () => {
    const p = schedule(rnn(), RAW);
    expect(kernelCounts(p)).toEqual({ map: 5, reduce: 0, matmul: 2, gather: 0, loop: 1 });
    // Fused: the carry init, and per step the two matmuls and one elementwise kernel (tanh, carry, step output).
    expect(kernelCounts(schedule(rnn()))).toEqual({ map: 2, reduce: 0, matmul: 2, gather: 0, loop: 1 });
    const text = fmtProgram(p);
    // The step's input slice reads the flipped input directly: offset (T - 1 - t) * 3, batch stride T * 3.
    expect(text).toContain('in_x[T * 3 - t * 3 - 3; T * 3, 1] @ p_W');
    // Finals and stacked steps are the outputs themselves: no copies.
    expect(p.outputs.map((o) => p.buffers[o.buf].name)).toEqual(['s5_h', 's5_y_steps']);
  });

  test('every kernel inside a loop writes a buffer declared at program level', () => {
    const p = schedule(rnn());
    const ids = new Set(p.buffers.map((b) => b.id));
    walkStmts(p.body, (s) => {
      if (s.kind !== 'loop') for (const v of kernelWrites(s)) expect(ids.has(v.buf)).toBe(true);
    });
  });

  test('slice, flip and contiguous reshape make no kernels; a non-contiguous reshape copies once', () => {
    const b = new ModBuilder('v');
    const x = b.input('x', 'f32', ['B', 6]);
    const s = b.g.add1({ op: 'slice', axis: 1, start: 2, size: 2 }, [x]);
    const r = b.g.add1({ op: 'reshape', shape: ['B', 2, 3] }, [x]);
    const f = b.g.add1({ op: 'flip', axis: 2 }, [r]);
    const rr = b.g.add1({ op: 'reshape', shape: ['B', 6] }, [f]);
    b.output('y', b.g.add1({ op: 'unary', fn: 'neg' }, [b.g.add1({ op: 'binary', fn: 'add' }, [rr, x])]));
    b.output('s', s);
    const m = b.finish();
    const p = schedule(m, RAW);
    // one copy for the reshape of the flipped view, add, neg, one copy for output 's' (a view of the input)
    expect(kernelCounts(p)).toEqual({ map: 4, reduce: 0, matmul: 0, gather: 0, loop: 0 });
    // Fused: add and neg over [B, 6] are one kernel; the copy over [B, 2, 3] is another, with the
    // cheap [B, 2] output copy lifted into it (stored once per point of the extra axis).
    expect(kernelCounts(schedule(m))).toEqual({ map: 2, reduce: 0, matmul: 0, gather: 0, loop: 0 });
  });
});
