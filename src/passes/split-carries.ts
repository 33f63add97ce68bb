// split-carries: a carry whose new value is `x + matmul(...)` (the d.h update of a backward scan:
// what passes through the step plus dG U^T) becomes two carries, x and the matmul's result, and the
// body reads the old carry as their sum. The sum then runs where the next step reads the carry,
// inside that step's fused elementwise kernel, and the matmul writes its carry directly: the step
// loses the map kernel that only added the two (3 kernels -> 2 for an LSTM or GRU backward step).
// The kernel IR's matmul has no epilogue, so without this the add is a kernel of its own.
//
// Only in scans without mask (a masked step keeps each carry; the pair would still sum right, but
// the matmul could not write its carry directly) or truncation, and only where the sum feeds
// nothing but the carry and the matmul result nothing but the sum. After the scan the final value
// is the sum of the two finals; the new carry starts at zero. Float results are bitwise the same:
// the same two values are added, in the same operand order, one step later.

import { GraphBuilder } from '../ir/graph.js';
import { scanInputs, scanParts, scanResultParts } from '../ir/scan-parts.js';
import type { Graph, Module, Node, ValueId } from '../ir/types.js';
import { copyNodes, must, withGraph, type ScanOp } from './rewrite.js';

export function splitCarries(mod: Module): Module {
  const gb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  copyNodes(mod.graph, gb, map, hook);
  return withGraph(mod, gb.finish([]), (v) => must(map, v));
}

function hook(n: Node, ins: ValueId[], gb: GraphBuilder): ValueId[] | undefined {
  if (n.op.op !== 'scan') return undefined;
  // Nested scans first.
  const inner = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  copyNodes(n.op.body, inner, map, hook);
  const op: ScanOp = { ...n.op, body: inner.finish(n.op.body.results.map((v) => must(map, v))) };
  return splitScan(n, op, ins, gb);
}

interface Split {
  /** The carry's index. */
  readonly k: number;
  /** The add that makes the new value, and which of its operands is the matmul result. */
  readonly sum: Node;
  readonly mmSide: 0 | 1;
}

function splitScan(n: Node, op: ScanOp, ins: ValueId[], gb: GraphBuilder): ValueId[] {
  const same = () => gb.add(op, ins, n.loc);
  if (op.masked || op.truncate !== null) return same();
  const body = op.body;
  const nc = op.carries.length;
  const def = new Map<ValueId, Node>();
  const uses = new Map<ValueId, number>();
  const use = (v: ValueId) => uses.set(v, (uses.get(v) ?? 0) + 1);
  for (const b of body.nodes) {
    for (const o of b.outputs) def.set(o, b);
    b.inputs.forEach(use);
  }
  body.results.forEach(use);
  const isMatmul = (v: ValueId) => {
    const d = def.get(v);
    return d !== undefined && (d.op.op === 'matmul' || d.op.op === 'matmul_nt') && uses.get(v) === 1;
  };
  const splits: Split[] = [];
  for (let k = 0; k < nc; k++) {
    const r = body.results[k];
    const d = def.get(r);
    if (!d || d.op.op !== 'binary' || d.op.fn !== 'add' || uses.get(r) !== 1 || d.inputs[0] === d.inputs[1]) continue;
    const t = body.values[r].shape;
    const fits = (v: ValueId) => body.values[v].shape.length === t.length && body.values[v].shape.every((x, i) => x === t[i]);
    if (!d.inputs.every(fits)) continue;
    const mmSide = isMatmul(d.inputs[1]) ? 1 : isMatmul(d.inputs[0]) ? 0 : -1;
    if (mmSide >= 0) splits.push({ k, sum: d, mmSide: mmSide as 0 | 1 });
  }
  if (splits.length === 0) return same();

  // New body: args [carries, one new carry per split, sequences, invariants]; each split carry is read as the sum.
  const s = splits.length;
  const splitOf = new Map(splits.map((sp, j) => [sp.k, { ...sp, j }]));
  const nb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  const argNodes = body.nodes.filter((b) => b.op.op === 'arg');
  for (const b of argNodes) {
    if (b.op.op !== 'arg') continue;
    const i = b.op.index;
    const t = body.values[b.outputs[0]];
    if (i >= nc) {
      map.set(b.outputs[0], nb.leaf({ op: 'arg', index: i + s }, t, b.loc));
      continue;
    }
    const sp = splitOf.get(i);
    const carry = nb.leaf({ op: 'arg', index: i }, t, b.loc);
    if (!sp) {
      map.set(b.outputs[0], carry);
      continue;
    }
    const mm = nb.leaf({ op: 'arg', index: nc + sp.j }, t, b.loc);
    map.set(b.outputs[0], nb.add1({ op: 'binary', fn: 'add' }, sp.mmSide === 1 ? [carry, mm] : [mm, carry], sp.sum.loc));
  }
  // A split carry that the body never reads still needs its two args (the scan's signature).
  for (const sp of splits) {
    if (argNodes.some((b) => b.op.op === 'arg' && b.op.index === sp.k)) continue;
    const t = body.values[body.results[sp.k]];
    nb.leaf({ op: 'arg', index: sp.k }, t);
    nb.leaf({ op: 'arg', index: nc + splitOf.get(sp.k)!.j }, t);
  }
  const sums = new Set(splits.map((sp) => sp.sum));
  const rest: Graph = { ...body, nodes: body.nodes.filter((b) => b.op.op !== 'arg' && !sums.has(b)) };
  copyNodes(rest, nb, map);
  const bodyResults = scanResultParts(op, body.results);
  const carryResults = bodyResults.carries.map((r, k) => {
    const sp = splitOf.get(k);
    return must(map, sp ? sp.sum.inputs[1 - sp.mmSide] : r);
  });
  const mmResults = splits.map((sp) => must(map, sp.sum.inputs[sp.mmSide]));
  const newBody = nb.finish([...carryResults, ...mmResults, ...bodyResults.steps.map((v) => must(map, v))]);

  const zeros = splits.map((sp) => {
    const t = body.values[body.results[sp.k]];
    return gb.add1({ op: 'fill', value: 0, shape: t.shape, ...(t.dtype === 'i32' ? { dtype: 'i32' as const } : {}) }, [], n.loc);
  });
  const newOp: ScanOp = { ...op, carries: [...op.carries, ...splits.map((sp) => `${op.carries[sp.k]}.matmul`)], body: newBody };
  const parts = scanParts(op, ins);
  const outs = scanResultParts(newOp, gb.add(newOp, scanInputs({ ...parts, carries: [...parts.carries, ...zeros] }), n.loc));
  // The new scan's finals: the carries (split ones without the matmul term), then one per split.
  const finals = outs.carries.slice(0, nc).map((v, k) => {
    const sp = splitOf.get(k);
    if (!sp) return v;
    const mm = outs.carries[nc + sp.j];
    return gb.add1({ op: 'binary', fn: 'add' }, sp.mmSide === 1 ? [v, mm] : [mm, v], n.loc);
  });
  return [...finals, ...outs.steps];
}
