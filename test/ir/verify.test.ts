import { describe, expect, it } from 'vitest';
import { GraphBuilder, walkNodes } from '../../src/ir/graph.js';
import { verifyModule, VerifyError } from '../../src/ir/verify.js';
import type { Graph, Module, Node, Op, TensorType } from '../../src/ir/types.js';
import { TestModule } from './util.js';

// A good module to break in one place per test: y = tanh(x W + b), plus a scan summing x over time
// with W as an invariant (so bodies can be broken too), and a state.
function good(): Module {
  const tm = new TestModule();
  const x = tm.input('x', 'f32', ['B', 'T', 2]);
  const W = tm.param('W', [2, 3]);
  const bias = tm.param('b', [3]);
  const h = tm.state('h', ['B', 3]);
  const y = tm.op({ op: 'unary', fn: 'tanh' }, tm.op({ op: 'binary', fn: 'add' }, tm.op({ op: 'matmul' }, x, W), bias));
  const body = new GraphBuilder();
  const s = body.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', 3] });
  const xt = body.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', 2] });
  const w = body.leaf({ op: 'arg', index: 2 }, { dtype: 'f32', shape: [2, 3] });
  const s1 = body.add1({ op: 'binary', fn: 'add' }, [s, body.add1({ op: 'matmul' }, [xt, w])]);
  const [fin] = tm.b.add(
    { op: 'scan', carries: ['s'], sequences: ['x'], invariants: 1, steps: ['y'], reverse: false, masked: false, maskOutput: 'zero', truncate: null, body: body.finish([s1, s1]) },
    [h, x, W],
  );
  tm.update('h', fin);
  tm.output('y', y);
  return tm.module('good');
}

/** Replaces node i of the top-level graph (or of the scan body when `body` is set). */
function withNode(m: Module, i: number, f: (n: Node) => Node, body = false): Module {
  if (!body) return { ...m, graph: { ...m.graph, nodes: m.graph.nodes.map((n, j) => (j === i ? f(n) : n)) } };
  return withBody(m, (g) => ({ ...g, nodes: g.nodes.map((n, j) => (j === i ? f(n) : n)) }));
}

function scanIndex(m: Module): number {
  return m.graph.nodes.findIndex((n) => n.op.op === 'scan');
}

function withBody(m: Module, f: (g: Graph) => Graph, op: (o: Extract<Op, { op: 'scan' }>) => Partial<Extract<Op, { op: 'scan' }>> = () => ({})): Module {
  return withNode(m, scanIndex(m), (n) => {
    const o = n.op as Extract<Op, { op: 'scan' }>;
    return { ...n, op: { ...o, ...op(o), body: f(o.body) } };
  });
}

function withValues(m: Module, f: (vs: TensorType[]) => void): Module {
  const values = [...m.graph.values];
  f(values);
  return { ...m, graph: { ...m.graph, values } };
}

function fails(m: Module, re: RegExp): void {
  expect(() => verifyModule(m)).toThrow(VerifyError);
  expect(() => verifyModule(m)).toThrow(re);
}

describe('verifyModule', () => {
  it('accepts a well-formed module', () => {
    expect(() => verifyModule(good())).not.toThrow();
  });

  describe('values', () => {
    it('use before definition', () => {
      const m = good();
      // Swap the matmul (node 4) and the add (node 5) that uses it.
      const nodes = [...m.graph.nodes];
      [nodes[4], nodes[5]] = [nodes[5], nodes[4]];
      fails({ ...m, graph: { ...m.graph, nodes } }, /node 4 \(%5 = add %4, %2\): uses %4 before it is defined/);
    });
    it('use out of range', () => {
      fails(withNode(good(), 6, (n) => ({ ...n, inputs: [42] })), /node 6 \(%6 = tanh %42\): uses %42, which is out of range \(the graph has \d+ values\)/);
    });
    it('defined twice', () => {
      fails(withNode(good(), 6, (n) => ({ ...n, outputs: [5] })), /node 6 \(%5 = tanh %5\): defines %5 a second time/);
    });
    it('recorded type differs from inference', () => {
      fails(
        withValues(good(), (vs) => (vs[6] = { dtype: 'f32', shape: ['B', 'T', 4] })),
        /node 6 \(%6 = tanh %5\): %6 is recorded as f32\[B, T, 4\], but its inputs give f32\[B, T, 3\]/,
      );
    });
    it('inference failure is reported as a VerifyError naming the node', () => {
      fails(withNode(good(), 4, (n) => ({ ...n, inputs: [0, 0] })), /node 4 \(%4 = matmul %0, %0\): matmul right operand must be a matrix/);
    });
    it('graph results at top level', () => {
      const m = good();
      fails({ ...m, graph: { ...m.graph, results: [6] } }, /graph results are only allowed in scan bodies/);
    });
  });

  describe('args and scan bodies', () => {
    it('arg outside a scan body', () => {
      fails(withNode(good(), 0, (n) => ({ ...n, op: { op: 'arg', index: 0 } })), /node 0 \(%0 = arg 0\): arg outside a scan body/);
    });
    it('arg index out of range', () => {
      fails(
        withNode(good(), 2, (n) => ({ ...n, op: { op: 'arg', index: 3 } }), true),
        /in the body of %7, %8 = scan .*: node 2 \(%2 = arg 3\): arg index 3 is out of range \(the body has 3 args\)/,
      );
    });
    it('arg type differs from what the scan passes (sequence slice)', () => {
      fails(
        withBody(good(), (g) => ({ ...g, values: g.values.map((t, i) => (i === 1 ? { dtype: 'f32', shape: ['B', 'T', 2] } : t)) })),
        /arg 1 is recorded as f32\[B, T, 2\], but the scan passes f32\[B, 2\]/,
      );
    });
    it('arg type differs (carry and invariant)', () => {
      fails(
        withBody(good(), (g) => ({ ...g, values: g.values.map((t, i) => (i === 0 ? { dtype: 'f32', shape: [3] } : t)) })),
        /arg 0 is recorded as f32\[3\], but the scan passes f32\[B, 3\]/,
      );
      // One invariant fewer: the body's arg 2 no longer exists.
      const m = good();
      fails(
        withNode(withBody(m, (g) => g, () => ({ invariants: 0 })), scanIndex(m), (n) => ({ ...n, inputs: n.inputs.slice(0, 2) })),
        /arg index 2 is out of range \(the body has 2 args\)/,
      );
    });
    it('operand count does not match the scan attributes', () => {
      const m = good();
      fails(withNode(m, scanIndex(m), (n) => ({ ...n, inputs: n.inputs.slice(0, 2) })), /scan expects 3 operands, got 2/);
    });
    it('body results do not match carries and steps', () => {
      fails(withBody(good(), (g) => ({ ...g, results: [g.results[0]] })), /scan body returns 1 values, expected 1 carries and 1 step outputs/);
      fails(withBody(good(), (g) => ({ ...g, results: [1, 4] })), /scan body returns carry 's' as f32\[B, 2\], but it enters the scan as f32\[B, 3\]/);
      fails(withBody(good(), (g) => ({ ...g, results: [9, 4] })), /body result %9 is not defined in the body/);
    });
    it('use before definition inside a body', () => {
      fails(
        withBody(good(), (g) => ({ ...g, nodes: [g.nodes[0], g.nodes[1], g.nodes[2], g.nodes[4], g.nodes[3]] })),
        /in the body of .*node 3 \(%4 = add %0, %3\): uses %3 before it is defined/,
      );
    });
    it('param node inside a body', () => {
      fails(withNode(good(), 2, (n) => ({ ...n, op: { op: 'param', name: 'W' } }), true), /param node inside a scan body/);
    });
    it('duplicate carry names', () => {
      const m = withBody(good(), (g) => g, () => ({ steps: ['y', 'y'] }));
      fails(m, /step name 'y' is used twice/);
    });
    it('checks nested bodies recursively', () => {
      // Wrap the good scan's body inside an outer scan whose body has the broken inner scan.
      const inner = good().graph.nodes[scanIndex(good())].op as Extract<Op, { op: 'scan' }>;
      const badInner = { ...inner, body: { ...inner.body, nodes: inner.body.nodes.slice(0, 3).concat([{ ...inner.body.nodes[3], inputs: [7, 2] }, inner.body.nodes[4]]) } };
      const ob = new GraphBuilder();
      const s = ob.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', 3] });
      const xs = ob.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', 'T', 2] });
      const w = ob.leaf({ op: 'arg', index: 2 }, { dtype: 'f32', shape: [2, 3] });
      const [fin] = ob.add(inner, [s, xs, w]);
      const outerBody = ob.finish([fin]);
      const brokenOuterBody: Graph = { ...outerBody, nodes: outerBody.nodes.map((n) => (n.op.op === 'scan' ? { ...n, op: badInner } : n)) };
      const tm = new TestModule();
      const x = tm.input('x', 'f32', ['B', 'T', 2]);
      const W = tm.param('W', [2, 3]);
      const h = tm.op({ op: 'fill', value: 0, shape: ['B', 3] });
      const outerOp = { op: 'scan', carries: ['s'], sequences: [], invariants: 2, steps: [], reverse: false, masked: false, maskOutput: 'zero', truncate: null, body: outerBody } as const;
      const [out] = tm.b.add(outerOp, [h, x, W]);
      tm.output('s', out);
      const m = tm.module();
      expect(() => verifyModule(m)).not.toThrow();
      let depth = 0;
      walkNodes(m.graph, (_n, _g, d) => (depth = Math.max(depth, d)));
      expect(depth).toBe(2);
      const broken = withBody(m, () => brokenOuterBody);
      fails(broken, /in the body of %3 = scan .*: in the body of %3, %4 = scan .*: node 3 \(%3 = matmul %7, %2\): uses %7, which is out of range/);
    });
  });

  describe('module lists', () => {
    it('duplicate input names', () => {
      const m = good();
      fails({ ...m, inputs: [m.inputs[0], m.inputs[0]] }, /input name 'x' is used twice/);
    });
    it('input refers to a missing value or to another node', () => {
      const m = good();
      fails({ ...m, inputs: [{ ...m.inputs[0], value: 99 }] }, /input 'x' refers to %99, which is not defined/);
      fails({ ...m, inputs: [{ ...m.inputs[0], value: 1 }] }, /input 'x' refers to %1, which is defined by param %1 W/);
    });
    it('input node not listed', () => {
      const m = good();
      fails({ ...m, inputs: [] }, /input %0 x is not listed in the module's inputs/);
    });
    it('input type differs from its node', () => {
      const m = good();
      fails({ ...m, inputs: [{ ...m.inputs[0], type: { dtype: 'f32', shape: ['B', 2] } }] }, /input 'x' is typed f32\[B, 2\], but its node %0 is f32\[B, T, 2\]/);
    });
    it('param shape differs from ParamInfo.shape', () => {
      const m = good();
      fails({ ...m, params: [{ ...m.params[0], shape: [3, 2] }, m.params[1]] }, /param 'W' has shape \[3, 2\], but its node %1 is f32\[2, 3\]/);
      fails({ ...m, params: [m.params[0]] }, /param %2 b is not listed in the module's params/);
    });
    it('state update type differs from the state type', () => {
      const m = good();
      fails({ ...m, states: [{ ...m.states[0], update: 6 }] }, /state 'h' is f32\[B, 3\], but its update %6 is f32\[B, T, 3\]/);
      fails({ ...m, states: [{ ...m.states[0], update: 50 }] }, /update of state 'h' refers to %50/);
    });
    it('outputs: names unique, values exist, types match', () => {
      const m = good();
      fails({ ...m, outputs: [m.outputs[0], m.outputs[0]] }, /output name 'y' is used twice/);
      fails({ ...m, outputs: [{ ...m.outputs[0], value: 77 }] }, /output 'y' refers to %77/);
      fails({ ...m, outputs: [{ ...m.outputs[0], type: { dtype: 'i32', shape: ['B', 'T', 3] } }] }, /output 'y' is typed i32\[B, T, 3\], but %6 is f32\[B, T, 3\]/);
    });
  });
});
