// dce: drop top-level nodes that no output or state update needs. Parameters always stay (they
// are the weights interface); inputs that nothing needs any more leave the module's input list,
// e.g. the labels once the loss is dropped for inference.

import { GraphBuilder } from '../ir/graph.js';
import type { Module, ValueId } from '../ir/types.js';
import { copyNodes, must } from './rewrite.js';

export function dce(mod: Module): Module {
  const g = mod.graph;
  const live = new Set<ValueId>([...mod.outputs.map((o) => o.value), ...mod.states.flatMap((s) => [s.value, s.update]), ...mod.params.map((p) => p.value)]);
  for (let i = g.nodes.length - 1; i >= 0; i--) {
    const n = g.nodes[i];
    if (n.outputs.some((o) => live.has(o))) for (const v of n.inputs) live.add(v);
  }
  const kept = { ...g, nodes: g.nodes.filter((n) => n.outputs.some((o) => live.has(o))) };
  const gb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  copyNodes(kept, gb, map);
  const remap = (v: ValueId) => must(map, v);
  return {
    ...mod,
    graph: gb.finish([]),
    inputs: mod.inputs.filter((i) => live.has(i.value)).map((i) => ({ ...i, value: remap(i.value) })),
    params: mod.params.map((p) => ({ ...p, value: remap(p.value) })),
    states: mod.states.map((s) => ({ ...s, value: remap(s.value), update: remap(s.update) })),
    outputs: mod.outputs.map((o) => ({ ...o, value: remap(o.value) })),
  };
}

/** The module without its training loss: what inference runs. */
export function withoutLoss(mod: Module): Module {
  if (!mod.training) return mod;
  const loss = mod.training.loss;
  return dce({ ...mod, outputs: mod.outputs.filter((o) => o.name !== loss) });
}
