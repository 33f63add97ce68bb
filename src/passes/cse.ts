// cse: a node equal to an earlier one (same op, same attributes, same inputs) is replaced by it,
// in every graph (scan bodies too). Leaves (inputs, params, states, args) and scans are never merged.

import { GraphBuilder } from '../ir/graph.js';
import type { Graph, Module, Node, ValueId } from '../ir/types.js';
import { copyNodes, must, withGraph } from './rewrite.js';

export function cse(mod: Module): Module {
  const gb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  copyNodes(mod.graph, gb, map, cseHook());
  return withGraph(mod, gb.finish([]), (v) => must(map, v));
}

function cseHook() {
  const seen = new Map<string, ValueId[]>();
  return (n: Node, ins: ValueId[], gb: GraphBuilder): ValueId[] | undefined => {
    const op = n.op;
    if (op.op === 'scan') return gb.add({ ...op, body: cseGraph(op.body) }, ins, n.loc);
    if (op.op === 'input' || op.op === 'param' || op.op === 'state' || op.op === 'arg') return undefined;
    const key = `${JSON.stringify(op)}(${ins.join(',')})`;
    const hit = seen.get(key);
    if (hit) return hit;
    const outs = gb.add(op, ins, n.loc);
    seen.set(key, outs);
    return outs;
  };
}

function cseGraph(g: Graph): Graph {
  const gb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  copyNodes(g, gb, map, cseHook());
  return gb.finish(g.results.map((v) => must(map, v)));
}

