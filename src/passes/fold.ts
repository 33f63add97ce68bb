// fold: elementwise ops on constants become constants (with the interpreter's own definitions); x * 1, x + 0, x - 0 and x / 1 become x
// (when x already has the result's shape), in every graph.

import { GraphBuilder } from '../ir/graph.js';
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
        return undefined;
      }
      default:
        return undefined;
    }
  };
}
