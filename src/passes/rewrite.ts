// Shared machinery for passes: copying a graph node by node into a GraphBuilder (with a hook to
// replace nodes), and rebuilding a module around a new top-level graph.

import type { GraphBuilder } from '../ir/graph.js';
import type { Graph, Module, Node, Op, SourceLoc, TensorType, ValueId } from '../ir/types.js';

export type ScanOp = Extract<Op, { op: 'scan' }>;

/** A node hook: return the new ids of `n`'s outputs to replace it, or undefined to copy it as is. */
export type NodeHook = (n: Node, ins: ValueId[], gb: GraphBuilder) => ValueId[] | undefined;

/** Copy `src`'s nodes into `gb`; `map` takes old ids to new ones (pre-seed it to rebind args). */
export function copyNodes(src: Graph, gb: GraphBuilder, map: Map<ValueId, ValueId>, hook?: NodeHook): void {
  for (const n of src.nodes) {
    if (n.op.op === 'arg' && map.has(n.outputs[0])) continue;
    const ins = n.inputs.map((v) => {
      const m = map.get(v);
      if (m === undefined) throw new Error(`internal: value %${v} used before it is defined`);
      return m;
    });
    const replaced = hook?.(n, ins, gb);
    const outs = replaced ?? emitLike(gb, n, ins, src);
    n.outputs.forEach((o, i) => map.set(o, outs[i]));
  }
}

/** Re-emit node `n` with new inputs. */
export function emitLike(gb: GraphBuilder, n: Node, ins: ValueId[], src: Graph): ValueId[] {
  const op = n.op;
  if (op.op === 'input' || op.op === 'param' || op.op === 'state' || op.op === 'arg') {
    return [gb.leaf(op, src.values[n.outputs[0]], n.loc)];
  }
  return gb.add(op, ins, n.loc);
}

/** A small emitter over a GraphBuilder with the helpers the passes keep needing. */
export class Emitter {
  constructor(
    readonly gb: GraphBuilder,
    readonly loc?: SourceLoc,
  ) {}
  type(v: ValueId): TensorType {
    return this.gb.type(v);
  }
  op(op: Op, ...ins: ValueId[]): ValueId {
    return this.gb.add1(op, ins, this.loc);
  }
  const(value: number): ValueId {
    return this.op({ op: 'const', value });
  }
  fill(t: TensorType, value = 0): ValueId {
    return this.op({ op: 'fill', value, shape: t.shape, ...(t.dtype === 'i32' ? { dtype: 'i32' as const } : {}) });
  }
  zerosLike(v: ValueId): ValueId {
    return this.fill(this.type(v));
  }
  add(a: ValueId, b: ValueId): ValueId {
    return this.op({ op: 'binary', fn: 'add' }, a, b);
  }
  sub(a: ValueId, b: ValueId): ValueId {
    return this.op({ op: 'binary', fn: 'sub' }, a, b);
  }
  mul(a: ValueId, b: ValueId): ValueId {
    return this.op({ op: 'binary', fn: 'mul' }, a, b);
  }
  div(a: ValueId, b: ValueId): ValueId {
    return this.op({ op: 'binary', fn: 'div' }, a, b);
  }
  neg(a: ValueId): ValueId {
    return this.op({ op: 'unary', fn: 'neg' }, a);
  }
  eq(a: ValueId, b: ValueId): ValueId {
    return this.op({ op: 'binary', fn: 'eq' }, a, b);
  }
  scale(a: ValueId, c: number): ValueId {
    return this.mul(a, this.const(c));
  }
  /** 1 - x. */
  oneMinus(x: ValueId): ValueId {
    return this.add(this.neg(x), this.const(1));
  }
  select(cond: ValueId, a: ValueId, b: ValueId): ValueId {
    return this.op({ op: 'select' }, cond, a, b);
  }
  reshape(x: ValueId, shape: TensorType['shape']): ValueId {
    return this.op({ op: 'reshape', shape }, x);
  }
  /** A per-row [B] value shaped [B, 1, ...] so it broadcasts over a value of `like`'s rank. */
  rowsLike(row: ValueId, like: ValueId): ValueId {
    const rank = this.type(like).shape.length;
    return rank <= 1 ? row : this.reshape(row, ['B', ...Array<number>(rank - 1).fill(1)]);
  }
}

/** A module with a new top-level graph; `remap` takes the old top-level ids to new ones. */
export function withGraph(mod: Module, graph: Graph, remap: (v: ValueId) => ValueId, extraOutputs: Module['outputs'] = []): Module {
  return {
    ...mod,
    graph,
    inputs: mod.inputs.map((i) => ({ ...i, value: remap(i.value) })),
    params: mod.params.map((p) => ({ ...p, value: remap(p.value) })),
    states: mod.states.map((s) => ({ ...s, value: remap(s.value), update: remap(s.update) })),
    outputs: [...mod.outputs.map((o) => ({ ...o, value: remap(o.value) })), ...extraOutputs],
  };
}

/** Map lookup that fails loudly: a pass that loses track of a value is a compiler bug. */
export function must(map: Map<ValueId, ValueId>, v: ValueId): ValueId {
  const m = map.get(v);
  if (m === undefined) throw new Error(`internal: no mapping for value %${v}`);
  return m;
}
