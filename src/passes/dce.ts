// dce: drop what no output or state update needs, in every graph: dead nodes, dead nodes inside
// scan bodies, and scan step outputs nobody reads (a scan computing only its final state stops
// writing a [B, T, ...] sequence). Parameters always stay (they are the weights interface); inputs
// nothing needs leave the module's input list, e.g. the labels once the loss is dropped.

import { GraphBuilder } from '../ir/graph.js';
import { scanResultParts } from '../ir/scan-parts.js';
import type { Graph, Module, Node, ValueId } from '../ir/types.js';
import { copyNodes, must, type ScanOp } from './rewrite.js';

export function dce(mod: Module): Module {
  const roots = [...mod.outputs.map((o) => o.value), ...mod.states.flatMap((s) => [s.value, s.update]), ...mod.params.map((p) => p.value)];
  const { graph, map } = dceGraph(mod.graph, roots, []);
  const remap = (v: ValueId) => must(map, v);
  return {
    ...mod,
    graph,
    inputs: mod.inputs.filter((i) => map.has(i.value)).map((i) => ({ ...i, value: remap(i.value) })),
    params: mod.params.map((p) => ({ ...p, value: remap(p.value) })),
    states: mod.states.map((s) => ({ ...s, value: remap(s.value), update: remap(s.update) })),
    outputs: mod.outputs.map((o) => ({ ...o, value: remap(o.value) })),
  };
}

/** Keep what `roots` need; `results` become the new graph's results. */
function dceGraph(g: Graph, roots: readonly ValueId[], results: readonly ValueId[]): { graph: Graph; map: Map<ValueId, ValueId> } {
  const live = new Set<ValueId>(roots);
  for (let i = g.nodes.length - 1; i >= 0; i--) {
    const n = g.nodes[i];
    // A live node needs all its inputs (a scan needs every carry, sequence and invariant whatever steps are read).
    if (n.outputs.some((o) => live.has(o))) for (const v of n.inputs) live.add(v);
  }
  const gb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  const kept: Graph = { ...g, nodes: g.nodes.filter((n) => n.outputs.some((o) => live.has(o))) };
  copyNodes(kept, gb, map, (n, ins) => (n.op.op === 'scan' ? pruneScan(n, n.op, ins, gb, live) : undefined));
  return { graph: gb.finish(results.map((v) => must(map, v))), map };
}

function pruneScan(n: Node, op: ScanOp, ins: ValueId[], gb: GraphBuilder, live: Set<ValueId>): ValueId[] {
  const stepOuts = scanResultParts(op, n.outputs).steps;
  const keepSteps = op.steps.map((_, j) => live.has(stepOuts[j]));
  const bodyResults = scanResultParts(op, op.body.results);
  const results = [...bodyResults.carries, ...bodyResults.steps.filter((_, j) => keepSteps[j])];
  const pruned = dceGraph(op.body, results, results).graph;
  const newOp: ScanOp = { ...op, steps: op.steps.filter((_, j) => keepSteps[j]), body: pruned };
  const outs = scanResultParts(newOp, gb.add(newOp, ins, n.loc));
  // Dead steps get no id; nothing reads them.
  const full: ValueId[] = outs.carries;
  let k = 0;
  keepSteps.forEach((keep) => full.push(keep ? outs.steps[k++] : -1));
  return full;
}

/** The module without its training loss: what inference runs. */
export function withoutLoss(mod: Module): Module {
  if (!mod.training) return mod;
  const loss = mod.training.loss;
  return dce({ ...mod, outputs: mod.outputs.filter((o) => o.name !== loss) });
}
