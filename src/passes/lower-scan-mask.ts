// lower-scan-mask: a masked scan becomes a plain scan whose body does the masking with
// `select`, reading the mask as one more sequence:
//   carry'  = select(m, body carry, carry)
//   output  = select(m, body output, 0)            (maskOutput 'zero')
//   output  = select(m, body output, previous)     (maskOutput 'previous'; `previous` is an added carry)
// After it, masking needs nothing special anywhere: its gradient is select's gradient, and the
// values saved for the backward pass are the ones really computed (a masked row keeps finite values).

import { GraphBuilder } from '../ir/graph.js';
import { stepType } from '../ir/shapes.js';
import { scanBodyArgs, scanInputs, scanParts, scanResultParts } from '../ir/scan-parts.js';
import type { Graph, Module, Node, TensorType, ValueId } from '../ir/types.js';
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
  const { carries: inits, sequences: seqs, invariants: invs, mask } = scanParts(op, ins);
  const previous = op.masked && op.maskOutput === 'previous';

  const body = new GraphBuilder();
  const e = new Emitter(body, n.loc);
  const old = op.body;
  const oldArgs = scanBodyArgs(op);
  const map = new Map<ValueId, ValueId>();
  const stepTypes = scanResultParts(op, old.results).steps.map((v) => old.values[v]);
  // The new body's args, made in their order: carries, previous step outputs, sequences, mask, invariants.
  let nextArg = 0;
  const arg = (type: TensorType, oldArg?: ValueId): ValueId => {
    const a = body.leaf({ op: 'arg', index: nextArg++ }, type, n.loc);
    if (oldArg !== undefined) map.set(oldArg, a);
    return a;
  };
  const carryArgs = inits.map((v, i) => arg(gb.type(v), oldArgs.carries[i]));
  const prevArgs = previous ? stepTypes.map((t) => arg(t)) : [];
  seqs.forEach((v, j) => arg(stepType(gb.type(v)), oldArgs.sequences[j]));
  const maskArg = mask !== null ? arg({ dtype: 'f32', shape: ['B'] }) : undefined;
  invs.forEach((v, k) => arg(gb.type(v), oldArgs.invariants[k]));
  copyNodes(old, body, map, lowerHook);

  const { carries: newCarries, steps } = scanResultParts(op, old.results.map((v) => must(map, v)));
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
    sequences: [...op.sequences, ...(mask !== null ? ['mask'] : [])],
    masked: false,
    maskOutput: 'zero',
    body: body.finish(results),
  };
  const e0 = new Emitter(gb, n.loc);
  const prevInits = previous ? stepTypes.map((t) => e0.fill(t)) : [];
  const operands = scanInputs({ carries: [...inits, ...prevInits], sequences: [...seqs, ...(mask !== null ? [mask] : [])], invariants: invs });
  const outs = scanResultParts(lowered, gb.add(lowered, operands, n.loc));
  // Drop the added carries' finals: the scan's users see the original outputs.
  return [...outs.carries.slice(0, inits.length), ...outs.steps];
}

