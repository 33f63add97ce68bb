// lower-scan-mask: a masked scan becomes a plain scan whose body does the masking with
// `select`, reading the mask as one more sequence:
//   carry'  = select(m, body carry, carry)
//   output  = select(m, body output, 0)            (maskOutput 'zero')
//   output  = select(m, body output, previous)     (maskOutput 'previous'; `previous` is an added carry)
// After it, masking needs nothing special anywhere: its gradient is select's gradient, and the
// values saved for the backward pass are the ones really computed (a masked row keeps finite values).

import { GraphBuilder } from '../ir/graph.js';
import { stepType } from '../ir/shapes.js';
import type { Graph, Module, Node, ValueId } from '../ir/types.js';
import { copyNodes, Emitter, must, withGraph, type ScanOp } from './rewrite.js';

export function lowerScanMasks(mod: Module): Module {
  const gb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  copyNodes(mod.graph, gb, map, lowerHook);
  return withGraph(mod, gb.finish([]), (v) => must(map, v));
}

function lowerHook(n: Node, ins: ValueId[], gb: GraphBuilder): ValueId[] | undefined {
  return n.op.op === 'scan' ? lowerScan(n, n.op, ins, gb) : undefined;
}

/** Arg nodes of a body by index. */
export function argIds(body: Graph): Map<number, ValueId> {
  const out = new Map<number, ValueId>();
  for (const n of body.nodes) if (n.op.op === 'arg') out.set(n.op.index, n.outputs[0]);
  return out;
}

function lowerScan(n: Node, op: ScanOp, ins: ValueId[], gb: GraphBuilder): ValueId[] {
  const nc = op.carries.length;
  const ns = op.sequences.length;
  const ni = op.invariants;
  const nsteps = op.steps.length;
  const inits = ins.slice(0, nc);
  const seqs = ins.slice(nc, nc + ns);
  const invs = ins.slice(nc + ns, nc + ns + ni);
  const mask = op.masked ? ins[nc + ns + ni] : undefined;
  const previous = op.masked && op.maskOutput === 'previous';
  const np = previous ? nsteps : 0;
  const nm = mask !== undefined ? 1 : 0;

  const body = new GraphBuilder();
  const e = new Emitter(body, n.loc);
  const old = op.body;
  const oldArgs = argIds(old);
  const map = new Map<ValueId, ValueId>();
  const stepTypes = old.results.slice(nc).map((v) => old.values[v]);
  const carryArgs: ValueId[] = [];
  for (let i = 0; i < nc; i++) {
    const a = body.leaf({ op: 'arg', index: i }, gb.type(inits[i]), n.loc);
    carryArgs.push(a);
    const o = oldArgs.get(i);
    if (o !== undefined) map.set(o, a);
  }
  const prevArgs = stepTypes.slice(0, np).map((t, j) => body.leaf({ op: 'arg', index: nc + j }, t, n.loc));
  for (let j = 0; j < ns; j++) {
    const a = body.leaf({ op: 'arg', index: nc + np + j }, stepType(gb.type(seqs[j])), n.loc);
    const o = oldArgs.get(nc + j);
    if (o !== undefined) map.set(o, a);
  }
  const maskArg = mask !== undefined ? body.leaf({ op: 'arg', index: nc + np + ns }, { dtype: 'f32', shape: ['B'] }, n.loc) : undefined;
  for (let k = 0; k < ni; k++) {
    const a = oldArgs.get(nc + ns + k);
    const arg = body.leaf({ op: 'arg', index: nc + np + ns + nm + k }, gb.type(invs[k]), n.loc);
    if (a !== undefined) map.set(a, arg);
  }
  copyNodes(old, body, map, lowerHook);

  const newCarries = old.results.slice(0, nc).map((v) => must(map, v));
  const steps = old.results.slice(nc).map((v) => must(map, v));
  let results: ValueId[];
  if (maskArg === undefined) {
    results = [...newCarries, ...steps];
  } else {
    const kept = newCarries.map((c, i) => e.select(e.rowsLike(maskArg, c), c, carryArgs[i]));
    const outs = steps.map((y, j) => e.select(e.rowsLike(maskArg, y), y, previous ? prevArgs[j] : e.zerosLike(y)));
    results = [...kept, ...(previous ? outs : []), ...outs];
  }

  const lowered: ScanOp = {
    ...op,
    carries: [...op.carries, ...(previous ? op.steps.map((s) => `${s}.previous`) : [])],
    sequences: [...op.sequences, ...(mask !== undefined ? ['mask'] : [])],
    masked: false,
    maskOutput: 'zero',
    body: body.finish(results),
  };
  const e0 = new Emitter(gb, n.loc);
  const prevInits = previous ? stepTypes.map((t) => e0.fill(t)) : [];
  const outs = gb.add(lowered, [...inits, ...prevInits, ...seqs, ...(mask !== undefined ? [mask] : []), ...invs], n.loc);
  // Drop the added carries' finals: the scan's users see the original outputs.
  return [...outs.slice(0, nc), ...outs.slice(nc + np)];
}

