// fold: elementwise ops on constants become constants (with the interpreter's own definitions); x * 1, x + 0, x - 0 and x / 1 become x
// (when x already has the result's shape), in every graph. The identity may also be a `fill` of a shape x already has, on either
// side of add and mul: hoist writes `init + sum` for accumulators whose init is autodiff's zero fill.

import { GraphBuilder } from '../ir/graph.js';
import { sameShape } from '../ir/shapes.js';
import type { BinaryFn, Graph, Module, Node, ValueId } from '../ir/types.js';
import { BINARY, UNARY } from '../ir/interpret.js';
import { copyNodes, must, withGraph } from './rewrite.js';

/** Identity element of `fn` on the right. */
const RIGHT_IDENTITY: Partial<Record<BinaryFn, number>> = { add: 0, sub: 0, mul: 1, div: 1 };

export function fold(mod: Module): Module {
  const gb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  copyNodes(mod.graph, gb, map, foldHook());
  return withGraph(mod, gb.finish([]), (v) => must(map, v));
}

function foldGraph(g: Graph): Graph {
  const gb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  copyNodes(g, gb, map, foldHook());
  return gb.finish(g.results.map((v) => must(map, v)));
}

function foldHook() {
  const consts = new Map<ValueId, number>(); // new id -> value of a const node
  const fills = new Map<ValueId, number>(); // new id -> value of a fill node
  return (n: Node, ins: ValueId[], gb: GraphBuilder): ValueId[] | undefined => {
    const op = n.op;
    const emitConst = (value: number) => {
      const v = gb.add1({ op: 'const', value }, [], n.loc);
      consts.set(v, value);
      return [v];
    };
    switch (op.op) {
      case 'const':
        return emitConst(op.value);
      case 'fill': {
        const [v] = gb.add(op, ins, n.loc);
        fills.set(v, op.value);
        return [v];
      }
      case 'scan':
        return gb.add({ ...op, body: foldGraph(op.body) }, ins, n.loc);
      case 'unary': {
        const x = consts.get(ins[0]);
        if (x !== undefined && Number.isFinite(UNARY[op.fn](x))) return emitConst(UNARY[op.fn](x));
        return undefined;
      }
      case 'binary': {
        const a = consts.get(ins[0]);
        const b = consts.get(ins[1]);
        if (a !== undefined && b !== undefined && Number.isFinite(BINARY[op.fn](a, b))) return emitConst(BINARY[op.fn](a, b));
        const id = RIGHT_IDENTITY[op.fn];
        // b broadcasts into a, so the result has a's shape: a op identity is a itself.
        if (b !== undefined && b === id) return [ins[0]];
        // A fill of x's own shape: x op fill is x; for add and mul also fill op x.
        const fillOf = (v: ValueId, other: ValueId) => (fills.has(v) && sameShape(gb.type(v).shape, gb.type(other).shape) ? fills.get(v) : undefined);
        if (id !== undefined && fillOf(ins[1], ins[0]) === id) return [ins[0]];
        if ((op.fn === 'add' || op.fn === 'mul') && fillOf(ins[0], ins[1]) === id) return [ins[1]];
        return undefined;
      }
      default:
        return undefined;
    }
  };
}
