import { describe, expect, it } from 'vitest';
import { GraphBuilder, walkNodes } from '../../src/ir/graph.js';
import { ShapeError } from '../../src/ir/shapes.js';
import type { Op } from '../../src/ir/types.js';
import * as ir from '../../src/ir/index.js';

describe('GraphBuilder', () => {
  it('infers types, numbers values in order and records locations', () => {
    const b = new GraphBuilder();
    const x = b.leaf({ op: 'input', name: 'x' }, { dtype: 'f32', shape: ['B', 4] });
    const w = b.leaf({ op: 'param', name: 'w' }, { dtype: 'f32', shape: [4, 3] });
    const [y] = b.add({ op: 'matmul' }, [x, w], { file: 'm.ts', line: 3, col: 9 });
    expect([x, w, y]).toEqual([0, 1, 2]);
    expect(b.type(y)).toEqual({ dtype: 'f32', shape: ['B', 3] });
    expect(b.size).toBe(3);
    const g = b.finish();
    expect(g.nodes[2]).toEqual({ op: { op: 'matmul' }, inputs: [0, 1], outputs: [2], loc: { file: 'm.ts', line: 3, col: 9 } });
    expect('loc' in g.nodes[0]).toBe(false);
    expect(g.results).toEqual([]);
  });

  it('hands out frozen data that later building does not change', () => {
    const b = new GraphBuilder();
    const shape = ['B', 2] as ('B' | number)[];
    const x = b.leaf({ op: 'input', name: 'x' }, { dtype: 'f32', shape });
    const attrs = { op: 'reshape', shape: [2, 'B'] } as { op: 'reshape'; shape: ('B' | number)[] };
    b.add(attrs, [x]);
    const g = b.finish();
    shape.push(7);
    attrs.shape.push(9);
    b.add({ op: 'unary', fn: 'tanh' }, [x]);
    expect(g.values[0].shape).toEqual(['B', 2]);
    expect((g.nodes[1].op as Extract<Op, { op: 'reshape' }>).shape).toEqual([2, 'B']);
    expect(g.nodes).toHaveLength(2);
    expect(Object.isFrozen(g) && Object.isFrozen(g.nodes) && Object.isFrozen(g.nodes[0]) && Object.isFrozen(g.values[0].shape)).toBe(true);
  });

  it('rejects misuse', () => {
    const b = new GraphBuilder();
    const x = b.leaf({ op: 'input', name: 'x' }, { dtype: 'i32', shape: [3] });
    expect(() => b.add({ op: 'unary', fn: 'exp' }, [x])).toThrow(/exp operand must be f32/);
    expect(() => b.add({ op: 'input', name: 'y' }, [])).toThrow(ShapeError);
    expect(() => b.leaf({ op: 'const', value: 1 } as never, { dtype: 'f32', shape: [] })).toThrow(ShapeError);
    expect(() => b.type(5)).toThrow(/%5 is not defined/);
    expect(() => b.finish([3])).toThrow(ShapeError);
    expect(() => b.add1({ op: 'scan', carries: [], sequences: [], invariants: 0, steps: [], reverse: false, masked: false, maskOutput: 'zero', truncate: null, body: new GraphBuilder().finish() }, [])).toThrow(/defines 0 values/);
  });

  it('walkNodes visits nested bodies right after their scan, with depth', () => {
    const inner = new GraphBuilder();
    const s = inner.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B'] });
    const ib = inner.finish([inner.add1({ op: 'unary', fn: 'neg' }, [s])]);
    const outer = new GraphBuilder();
    const a = outer.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B'] });
    const scan = (body: ir.Graph): Op => ({ op: 'scan', carries: ['c'], sequences: [], invariants: 0, steps: [], reverse: false, masked: false, maskOutput: 'zero', truncate: null, body });
    const ob = outer.finish(outer.add(scan(ib), [a]));
    const top = new GraphBuilder();
    const x = top.leaf({ op: 'input', name: 'x' }, { dtype: 'f32', shape: ['B'] });
    top.add(scan(ob), [x]);
    top.add1({ op: 'unary', fn: 'exp' }, [x]);
    const seen: string[] = [];
    walkNodes(top.finish(), (n, _g, d) => seen.push(`${d}:${n.op.op === 'unary' ? n.op.fn : n.op.op}`));
    expect(seen).toEqual(['0:input', '0:scan', '1:arg', '1:scan', '2:arg', '2:neg', '0:exp']);
  });

  it('index re-exports the IR API', () => {
    for (const name of ['GraphBuilder', 'walkNodes', 'printModule', 'printGraph', 'verifyModule', 'VerifyError', 'interpret', 'inferTypes', 'ShapeError', 'GROUP_PARAMS']) {
      expect(ir).toHaveProperty(name);
    }
  });
});
