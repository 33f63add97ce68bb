// Building IR graphs. The tracer, the passes and the tests all construct graphs through
// this one mutable builder; what it hands out (`finish`) is frozen plain data, so a graph
// can be shared, printed and compared without anyone mutating it behind another's back.

import { inferTypes, ShapeError } from './shapes.js';
import type { Graph, Node, Op, SourceLoc, TensorType, ValueId } from './types.js';

type LeafOp = Extract<Op, { op: 'input' | 'param' | 'state' | 'arg' }>;

export class GraphBuilder {
  private readonly values: TensorType[] = [];
  private readonly nodes: Node[] = [];

  /** Adds a node whose output types follow from its inputs; throws inferTypes' ShapeError when they don't fit. */
  add(op: Op, inputs: readonly ValueId[], loc?: SourceLoc): ValueId[] {
    if (op.op === 'input' || op.op === 'param' || op.op === 'state' || op.op === 'arg') {
      throw new ShapeError(`${op.op} nodes carry their own type; add them with leaf()`);
    }
    const ins = inputs.map((v) => this.type(v));
    const types = inferTypes(op, ins);
    const outputs = types.map((t) => this.newValue(t));
    this.push({ op, inputs: [...inputs], outputs }, loc);
    return outputs;
  }

  /** `add` for the common single-output case. */
  add1(op: Op, inputs: readonly ValueId[], loc?: SourceLoc): ValueId {
    const outs = this.add(op, inputs, loc);
    if (outs.length !== 1) throw new ShapeError(`${op.op} defines ${outs.length} values, not one`);
    return outs[0];
  }

  /** Adds a node without inputs whose type is given rather than inferred (input, param, state, arg). */
  leaf(op: LeafOp, type: TensorType, loc?: SourceLoc): ValueId {
    if (op.op !== 'input' && op.op !== 'param' && op.op !== 'state' && op.op !== 'arg') {
      throw new ShapeError(`leaf() takes input, param, state or arg nodes, not ${(op as Op).op}`);
    }
    const v = this.newValue(type);
    this.push({ op, inputs: [], outputs: [v] }, loc);
    return v;
  }

  type(v: ValueId): TensorType {
    const t = Number.isInteger(v) ? this.values[v] : undefined;
    if (!t) throw new ShapeError(`value %${v} is not defined in this graph`);
    return t;
  }

  /** Number of values defined so far. */
  get size(): number {
    return this.values.length;
  }

  /** A frozen snapshot; `results` are the region results of a scan body (empty at top level). */
  finish(results: readonly ValueId[] = []): Graph {
    for (const r of results) this.type(r);
    return Object.freeze({
      values: Object.freeze([...this.values]),
      nodes: Object.freeze([...this.nodes]),
      results: Object.freeze([...results]),
    });
  }

  private newValue(t: TensorType): ValueId {
    this.values.push(Object.freeze({ dtype: t.dtype, shape: Object.freeze([...t.shape]) }));
    return this.values.length - 1;
  }

  private push(n: { op: Op; inputs: ValueId[]; outputs: ValueId[] }, loc?: SourceLoc): void {
    const node: Node = {
      op: freezeOp(n.op),
      inputs: Object.freeze(n.inputs),
      outputs: Object.freeze(n.outputs),
      ...(loc ? { loc: Object.freeze({ ...loc }) } : {}),
    };
    this.nodes.push(Object.freeze(node));
  }
}

// Ops are copied so that a caller reusing an attribute object cannot change a built graph.
function freezeOp(op: Op): Op {
  const copy: Record<string, unknown> = { ...op };
  for (const [k, v] of Object.entries(copy)) if (Array.isArray(v)) copy[k] = Object.freeze([...v]);
  return Object.freeze(copy) as unknown as Op;
}

/** Visits every node in order, descending into scan bodies right after the scan node (depth 0 at top level). */
export function walkNodes(g: Graph, f: (n: Node, g: Graph, depth: number) => void, depth = 0): void {
  for (const n of g.nodes) {
    f(n, g, depth);
    if (n.op.op === 'scan') walkNodes(n.op.body, f, depth + 1);
  }
}
