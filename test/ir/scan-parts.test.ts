import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/ir/graph.js';
import {
  scanArgCount,
  scanArgIndex,
  scanArgList,
  scanArgParts,
  scanArgRole,
  scanBodyArgs,
  scanInputs,
  scanOperandCount,
  scanParts,
  scanResultParts,
} from '../../src/ir/scan-parts.js';
import { verifyModule } from '../../src/ir/verify.js';
import type { Node, Op, TensorType } from '../../src/ir/types.js';
import { TestModule } from './util.js';

type ScanOp = Extract<Op, { op: 'scan' }>;

/** A masked scan with two carries, two sequences and two invariants, each operand a distinct value. */
function build(): { node: Node; op: ScanOp; ids: Record<string, number> } {
  const tm = new TestModule();
  const x = tm.input('x', 'f32', ['B', 'T', 2]);
  const y = tm.input('y', 'f32', ['B', 'T', 2]);
  const mask = tm.input('mask', 'f32', ['B', 'T'], 'mask');
  const w = tm.param('w', [2, 2]);
  const bias = tm.param('bias', [2]);
  const h0 = tm.op({ op: 'fill', value: 0, shape: ['B', 2] });
  const c0 = tm.op({ op: 'fill', value: 1, shape: ['B', 2] });

  const body = new GraphBuilder();
  const row: TensorType = { dtype: 'f32', shape: ['B', 2] };
  // Made out of index order, so a split by creation order would not pass.
  const bArg = body.leaf({ op: 'arg', index: 5 }, { dtype: 'f32', shape: [2] });
  const h = body.leaf({ op: 'arg', index: 0 }, row);
  const yt = body.leaf({ op: 'arg', index: 3 }, row);
  const c = body.leaf({ op: 'arg', index: 1 }, row);
  const xt = body.leaf({ op: 'arg', index: 2 }, row);
  const wArg = body.leaf({ op: 'arg', index: 4 }, { dtype: 'f32', shape: [2, 2] });
  const h1 = body.add1({ op: 'binary', fn: 'add' }, [h, xt]);
  const c1 = body.add1({ op: 'binary', fn: 'add' }, [c, yt]);
  const z = body.add1({ op: 'binary', fn: 'add' }, [body.add1({ op: 'matmul' }, [h1, wArg]), bArg]);
  const op: ScanOp = {
    op: 'scan',
    carries: ['h', 'c'],
    sequences: ['x', 'y'],
    invariants: 2,
    steps: ['z', 'hs'],
    reverse: false,
    masked: true,
    maskOutput: 'zero',
    truncate: null,
    body: body.finish([h1, c1, z, h1]),
  };
  const outs = tm.b.add(op, [h0, c0, x, y, w, bias, mask]);
  outs.forEach((v, i) => tm.output(`o${i}`, v));
  const m = tm.module();
  verifyModule(m);
  const node = m.graph.nodes.find((n) => n.op.op === 'scan')!;
  return { node, op, ids: { x, y, mask, w, bias, h0, c0, h, c, xt, yt, wArg, bArg, h1, c1, z } };
}

describe('scan parts', () => {
  const { node, op, ids } = build();

  it('splits the operands by role, the mask last', () => {
    const p = scanParts(op, node.inputs);
    expect(p).toEqual({ carries: [ids.h0, ids.c0], sequences: [ids.x, ids.y], invariants: [ids.w, ids.bias], mask: ids.mask });
    expect(scanOperandCount(op)).toBe(7);
    expect(scanInputs(p)).toEqual(node.inputs);
  });

  it('gives no mask for an unmasked scan, and builds the list without one', () => {
    const unmasked: ScanOp = { ...op, masked: false };
    const p = scanParts(unmasked, node.inputs.slice(0, 6));
    expect(p.mask).toBeNull();
    expect(p.invariants).toEqual([ids.w, ids.bias]);
    expect(scanOperandCount(unmasked)).toBe(6);
    expect(scanInputs(p)).toEqual(node.inputs.slice(0, 6));
  });

  it('splits and numbers the body args', () => {
    expect(scanArgCount(op)).toBe(6);
    expect(scanBodyArgs(op)).toEqual({ carries: [ids.h, ids.c], sequences: [ids.xt, ids.yt], invariants: [ids.wArg, ids.bArg] });
    expect(scanArgParts(op, [0, 1, 2, 3, 4, 5, 6])).toEqual({ carries: [0, 1], sequences: [2, 3], invariants: [4, 5] });
    expect(scanArgList({ carries: ['a'], sequences: ['b', 'c'], invariants: ['d'] })).toEqual(['a', 'b', 'c', 'd']);
    const roles = [0, 1, 2, 3, 4, 5, 6, -1].map((i) => scanArgRole(op, i));
    expect(roles).toEqual([
      { role: 'carry', k: 0 },
      { role: 'carry', k: 1 },
      { role: 'sequence', k: 0 },
      { role: 'sequence', k: 1 },
      { role: 'invariant', k: 0 },
      { role: 'invariant', k: 1 },
      null,
      null,
    ]);
    for (const [i, r] of roles.entries()) if (r) expect(scanArgIndex(op, r.role, r.k)).toBe(i);
  });

  it('splits the body results and the node outputs into carries and steps', () => {
    expect(scanResultParts(op, op.body.results)).toEqual({ carries: [ids.h1, ids.c1], steps: [ids.z, ids.h1] });
    const outs = scanResultParts(op, node.outputs);
    expect(outs.carries).toEqual(node.outputs.slice(0, 2));
    expect(outs.steps).toEqual(node.outputs.slice(2));
    expect(outs.steps).toHaveLength(2);
  });
});
