// hoist (Theano's PushOutNonSeqScan + PushOutSeqScan + PushOutScanOutput): work in a scan body
// that does not need the recurrence leaves the scan.
//
// (a) invariant work: a node computed only from invariants and constants moves to the enclosing
//     graph and enters the scan as a new invariant (e.g. the concat of the gate weights that
//     fuse-gates writes). Cheap ops whose result has a batch axis stay (they cost the same inside,
//     and outside they would add a [B, ...] invariant).
// (b) sequence work: a node computed only from sequence slices and invariants, whose result has a
//     leading batch axis, moves out as ONE op over all steps: it runs on the stacked [B, T, ...]
//     values, and its result enters the scan as a new sequence that the body reads step by step.
//     The per-op rules (LIFT below) say how a step op becomes its all-steps op: matmul [B,T,K]x[K,N]
//     as is; elementwise ops as is, since invariants align at trailing axes (an invariant that
//     reaches the batch axis gets a [B, 1, ...] reshape); slice/concat/reduce/flip axes shift by +1;
//     reshape gets T inserted; gather and one_hot of ids as is. So the input projection x W of
//     every step becomes one [B*T, I] x [I, G] GEMM before the recurrence. Cheap ops (slices,
//     elementwise) go back into the body when that does not add sequences: the scan reads the one
//     [B, T, 4H] projection and slices its gates itself.
// (c) accumulators: a carry that only sums matmul_tn(a, g) over the steps (a weight gradient in a
//     backward scan) becomes one matmul_tn of the stacked a and g after the scan.
// Carry-dependent work, nested scans and dropout stay (a nested scan's own work is hoisted first,
// into this body, and may then leave it too). Hoisted ops are time-aligned, so `reverse` changes
// nothing; a masked step discards what its body computed, so masks change nothing either.
// Finally every scan's sequence and invariant args that its body no longer reads (or that repeat
// another arg) leave the scan (prune-scan-args, also a pass of its own).

import { GraphBuilder } from '../ir/graph.js';
import { sameShape, stackedType, stepType } from '../ir/shapes.js';
import { scanArgCount, scanArgIndex, scanArgList, scanArgParts, scanArgRole, scanInputs, scanParts, scanResultParts } from '../ir/scan-parts.js';
import type { Graph, Module, Node, Op, OpName, SourceLoc, TensorType, ValueId } from '../ir/types.js';
import { copyNodes, must, withGraph, type ScanOp } from './rewrite.js';

export function hoist(mod: Module): Module {
  const gb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  copyNodes(mod.graph, gb, map, hoistHook);
  return withGraph(mod, gb.finish([]), (v) => must(map, v));
}

function hoistHook(n: Node, ins: ValueId[], gb: GraphBuilder): ValueId[] | undefined {
  return n.op.op === 'scan' ? hoistScan(n, n.op, ins, gb) : undefined;
}

function hoistGraph(g: Graph): Graph {
  const gb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  copyNodes(g, gb, map, hoistHook);
  return gb.finish(g.results.map((v) => must(map, v)));
}

// ---------------------------------------------------------------- classification

/** C: stays in the body (needs a carry, or is a scan or a dropout); S: per-step work from sequences and invariants; I: invariant work. */
type Kind = 'C' | 'S' | 'I';

/** How a step op runs over all steps: the op, and its operands (an invariant that reaches the batch axis gets a [B, 1, ...] reshape). */
interface Plan {
  readonly op: Op;
  readonly operands: readonly { readonly v: ValueId; readonly expand: boolean }[];
}

type LiftRule = (n: Node, kind: (v: ValueId) => Kind, type: (v: ValueId) => TensorType) => Plan | null;

/** Ops whose body copy costs about as much as reading a hoisted result (elementwise, views). */
const CHEAP: ReadonlySet<OpName> = new Set<OpName>(['unary', 'binary', 'select', 'cast', 'slice', 'reshape', 'flip', 'concat', 'one_hot']);

const plain = (n: Node, op: Op = n.op): Plan => ({ op, operands: n.inputs.map((v) => ({ v, expand: false })) });
const isStatic = (t: TensorType) => t.shape.every((d) => typeof d === 'number');

/**
 * An axis of a step value ([B, ...]) as the same axis of the stacked value ([B, T, ...]), counted from
 * the front (autodiff's slice, concat and reduce rules read axes that way); null for the batch axis.
 */
function shiftAxis(axis: number, rank: number): number | null {
  const ax = axis < 0 ? axis + rank : axis;
  return ax <= 0 ? null : ax + 1;
}

const axisRule: LiftRule = (n, kind, type) => {
  const op = n.op as Extract<Op, { op: 'slice' | 'flip' | 'reduce' | 'concat' }>;
  if (!n.inputs.every((v) => kind(v) === 'S')) return null;
  const axis = shiftAxis(op.axis, type(n.inputs[0]).shape.length);
  return axis === null ? null : plain(n, { ...op, axis });
};

const elementwise: LiftRule = (n, kind) => (kind(n.inputs[0]) === 'S' ? plain(n) : null);

/** matmul / matmul_nt of a step value by an invariant matrix: the leading axes just gain T. */
const byMatrix: LiftRule = (n, kind, type) => (kind(n.inputs[0]) === 'S' && kind(n.inputs[1]) === 'I' && isStatic(type(n.inputs[1])) ? plain(n) : null);

/** The rules, one per liftable op. Any op not here stays in the body. */
const LIFT: Partial<Record<OpName, LiftRule>> = {
  unary: elementwise,
  cast: elementwise,
  one_hot: elementwise,
  binary: (n, kind, type) => {
    const op = n.op as Extract<Op, { op: 'binary' }>;
    const [a, b] = n.inputs;
    const ra = type(a).shape.length;
    const rb = type(b).shape.length;
    if (kind(a) === 'S') {
      if (kind(b) === 'S') return rb === ra ? plain(n) : null;
      return { op, operands: [{ v: a, expand: false }, { v: b, expand: rb === ra }] };
    }
    // invariant op step: the result would have the invariant's shape; swap when that is exact.
    if ((op.fn === 'add' || op.fn === 'mul') && sameShape(type(a).shape, type(b).shape)) {
      return { op, operands: [{ v: b, expand: false }, { v: a, expand: true }] };
    }
    return null;
  },
  select: (n, kind, type) => {
    const [c, a, b] = n.inputs;
    if (kind(a) !== 'S' || kind(b) !== 'S') return null;
    const r = type(a).shape.length;
    const rc = type(c).shape.length;
    if (kind(c) === 'S') return rc === r ? plain(n) : null;
    return { op: n.op, operands: [{ v: c, expand: rc === r }, { v: a, expand: false }, { v: b, expand: false }] };
  },
  matmul: byMatrix,
  matmul_nt: byMatrix,
  slice: axisRule,
  flip: axisRule,
  reduce: axisRule,
  concat: axisRule,
  reshape: (n, kind, type) => {
    const op = n.op as Extract<Op, { op: 'reshape' }>;
    const s = type(n.inputs[0]).shape;
    const o = op.shape;
    const oneBatch = (sh: readonly (number | string)[]) => sh[0] === 'B' && sh.slice(1).every((d) => typeof d === 'number');
    if (kind(n.inputs[0]) !== 'S' || !oneBatch(s) || !oneBatch(o)) return null;
    return plain(n, { ...op, shape: ['B', 'T', ...o.slice(1)] });
  },
  gather: (n, kind, type) => (kind(n.inputs[0]) === 'I' && kind(n.inputs[1]) === 'S' && isStatic(type(n.inputs[0])) ? plain(n) : null),
};

interface Analysis {
  readonly kind: Map<ValueId, Kind>;
  /** The plan of each S node. */
  readonly plans: Map<Node, Plan>;
  /** Whether an I value depends on an invariant arg (not constants only). */
  readonly touches: Set<ValueId>;
}

function analyze(scan: ScanOp): Analysis {
  const body = scan.body;
  const kind = new Map<ValueId, Kind>();
  const plans = new Map<Node, Plan>();
  const touches = new Set<ValueId>();
  const k = (v: ValueId): Kind => {
    const x = kind.get(v);
    if (x === undefined) throw new Error(`internal: body value %${v} used before it is defined`);
    return x;
  };
  const type = (v: ValueId) => body.values[v];
  const set = (n: Node, x: Kind) => n.outputs.forEach((o) => kind.set(o, x));
  for (const n of body.nodes) {
    const op = n.op;
    if (op.op === 'arg') {
      const role = scanArgRole(scan, op.index)?.role;
      set(n, role === 'carry' ? 'C' : role === 'sequence' ? 'S' : 'I');
      if (role !== 'carry' && role !== 'sequence') touches.add(n.outputs[0]);
    } else if (op.op === 'const' || op.op === 'fill') {
      set(n, 'I');
    } else if (op.op === 'scan' || op.op === 'dropout' || op.op === 'input' || op.op === 'param' || op.op === 'state') {
      set(n, 'C');
    } else {
      const kinds = n.inputs.map(k);
      if (kinds.includes('C')) set(n, 'C');
      else if (kinds.every((x) => x === 'I')) {
        set(n, 'I');
        if (n.inputs.some((v) => touches.has(v))) n.outputs.forEach((o) => touches.add(o));
      } else {
        const t = type(n.outputs[0]);
        const noT = [...n.inputs, n.outputs[0]].every((v) => !type(v).shape.includes('T'));
        const plan = noT && t.shape[0] === 'B' ? (LIFT[op.op]?.(n, k, type) ?? null) : null;
        if (plan) plans.set(n, plan);
        set(n, plan ? 'S' : 'C');
      }
    }
  }
  return { kind, plans, touches };
}

// ---------------------------------------------------------------- the rewrite of one scan

function hoistScan(n: Node, op0: ScanOp, ins0: ValueId[], gb: GraphBuilder): ValueId[] {
  // Nested scans first: what leaves them lands in this body, and may leave it in turn.
  const moved = pushOutWork(n, { ...op0, body: hoistGraph(op0.body) }, ins0, gb);
  const acc = pushOutAccumulators(n, moved.op, moved.ins, gb);
  const pruned = pruneScanArgs(acc.op, acc.ins);
  return acc.finish(gb.add(pruned.op, pruned.ins, n.loc));
}

/** Rules (a) and (b): the scan with its invariant and sequence work done outside (emitted into `gb`). */
function pushOutWork(n: Node, op: ScanOp, ins: ValueId[], gb: GraphBuilder): { op: ScanOp; ins: ValueId[] } {
  const body = op.body;
  const { kind, plans, touches } = analyze(op);

  const def = new Map<ValueId, Node>();
  const users = new Map<ValueId, Node[]>();
  for (const b of body.nodes) {
    for (const o of b.outputs) def.set(o, b);
    for (const v of b.inputs) users.set(v, [...(users.get(v) ?? []), b]);
  }
  const results = new Set(body.results);

  // (b) sequence work: every S node, minus cheap ones that can be recomputed per step from what the
  // body has anyway (walking back from the uses, so a slice of a hoisted matmul returns to the body
  // and the matmul's result becomes the sequence).
  const seqWork = new Set<Node>(plans.keys());
  const readInBody = (v: ValueId, out: ReadonlySet<Node>) => results.has(v) || (users.get(v) ?? []).some((u) => !out.has(u));
  // A scan without carries keeps nothing per step: all of its work leaves (linear-scans makes such scans).
  for (const s of op.carries.length === 0 ? [] : [...plans.keys()].reverse()) {
    if (!CHEAP.has(s.op.op) || !readInBody(s.outputs[0], seqWork)) continue;
    const added = new Set(s.inputs.filter((v) => seqWork.has(def.get(v)!) && !readInBody(v, seqWork)));
    if (added.size <= 1) seqWork.delete(s);
  }
  // (a) invariant work.
  const invWork = new Set<Node>();
  for (const b of body.nodes) {
    const v = b.outputs[0];
    if (b.op.op === 'arg' || b.op.op === 'const' || b.op.op === 'fill' || kind.get(v) !== 'I' || !touches.has(v)) continue;
    if (!body.values[v].shape.includes('B') || !CHEAP.has(b.op.op)) invWork.add(b);
  }
  const out = new Set<Node>([...seqWork, ...invWork]);
  if (out.size === 0) return { op, ins };
  const newSeqs = [...seqWork].filter((s) => readInBody(s.outputs[0], out));
  const newInvs = [...invWork].filter((s) => readInBody(s.outputs[0], out));

  // The enclosing graph computes the hoisted values (and clones the invariant work they read).
  const outer = new Map<ValueId, ValueId>();
  const outerOf = (v: ValueId): ValueId => {
    const hit = outer.get(v);
    if (hit !== undefined) return hit;
    const d = def.get(v);
    if (!d) throw new Error(`internal: body value %${v} has no defining node`);
    let r: ValueId;
    if (d.op.op === 'arg') {
      if (scanArgRole(op, d.op.index)?.role === 'carry') throw new Error('internal: hoisted work reads a carry');
      r = ins[d.op.index];
    } else {
      const plan = plans.get(d);
      if (plan) {
        const operands = plan.operands.map(({ v: x, expand }) => {
          const o = outerOf(x);
          if (!expand) return o;
          const s = gb.type(o).shape;
          return gb.add1({ op: 'reshape', shape: [s[0], 1, ...s.slice(1)] }, [o], d.loc);
        });
        r = gb.add1(plan.op, operands, d.loc);
      } else {
        r = gb.add1(d.op, d.inputs.map(outerOf), d.loc);
      }
    }
    outer.set(v, r);
    return r;
  };
  const seqOuter = newSeqs.map((s) => outerOf(s.outputs[0]));
  const invOuter = newInvs.map((s) => outerOf(s.outputs[0]));

  // The new body: args [carries, sequences, new sequences, invariants, new invariants], made in that order.
  const parts = scanParts(op, ins);
  const nb = new GraphBuilder();
  let nextArg = 0;
  const arg = (t: TensorType, loc: SourceLoc | undefined): ValueId => nb.leaf({ op: 'arg', index: nextArg++ }, t, loc);
  const carryArgs = parts.carries.map((v) => arg(gb.type(v), n.loc));
  const oldSeqArgs = parts.sequences.map((v) => arg(stepType(gb.type(v)), n.loc));
  const seqArgs = newSeqs.map((s) => arg(body.values[s.outputs[0]], s.loc));
  const oldInvArgs = parts.invariants.map((v) => arg(gb.type(v), n.loc));
  const invArgs = newInvs.map((s) => arg(body.values[s.outputs[0]], s.loc));
  // The new args of the old body's args, by their index.
  const args = scanArgList({ carries: carryArgs, sequences: oldSeqArgs, invariants: oldInvArgs });

  const map = new Map<ValueId, ValueId>();
  newSeqs.forEach((s, j) => map.set(s.outputs[0], seqArgs[j]));
  newInvs.forEach((s, k) => map.set(s.outputs[0], invArgs[k]));
  const kept: Graph = { ...body, nodes: body.nodes.filter((b) => !out.has(b)) };
  for (const b of kept.nodes) if (b.op.op === 'arg') map.set(b.outputs[0], args[b.op.index]);
  copyNodes(kept, nb, map);
  const newBody = nb.finish(body.results.map((v) => must(map, v)));

  const nameOf = freshNames(op.sequences);
  const hoisted: ScanOp = {
    ...op,
    sequences: [...op.sequences, ...newSeqs.map(() => nameOf())],
    invariants: op.invariants + newInvs.length,
    body: newBody,
  };
  const allIns = scanInputs({ ...parts, sequences: [...parts.sequences, ...seqOuter], invariants: [...parts.invariants, ...invOuter] });
  for (const [j, v] of seqOuter.entries()) {
    const want = stackedType(body.values[newSeqs[j].outputs[0]]);
    if (!sameShape(gb.type(v).shape, want.shape)) throw new Error(`internal: hoisted sequence is ${gb.type(v).shape.join(',')}, expected ${want.shape.join(',')}`);
  }
  return { op: hoisted, ins: allIns };
}

// ---------------------------------------------------------------- (c) accumulators

/** One summand of an accumulator: `matmul_tn a, g` (a weight gradient) or `reduce_sum x axis=0` over the batch (a bias gradient). */
type AccTerm = { readonly kind: 'matmul_tn'; readonly node: Node } | { readonly kind: 'batch_sum'; readonly node: Node };

/**
 * Rule (c) (Theano's PushOutScanOutput): a carry that only sums, over the steps, terms that are
 * sums over the batch axis (acc' = acc + sum of terms, the weight and bias gradients of a backward
 * scan) is the same sum taken once over the stacked values after the scan:
 *   - `matmul_tn a, g` (acc += a^T g): one matmul_tn of the stacked a and g, which sums over every
 *     leading axis, time included;
 *   - `reduce_sum x axis=0` over the batch (acc += sum_b x): a reduce_sum over B, then over T, of
 *     the stacked x.
 * The scan reads the operands where it has them already (a sequence, an existing step output, or a
 * slice of a step output that concatenates them: the gate gradients of a fused cell are pieces of
 * the one [B, 4H] gradient the recurrent matmul_nt reads) or saves them as new step outputs, and
 * drops the carry; its final value becomes init + the sums outside. Batch sums of pieces of one step
 * output share one reduction of the whole output, sliced. Unmasked, untruncated scans only (a masked
 * step or a truncation window would stop the sum at some steps).
 */
function pushOutAccumulators(n: Node, op: ScanOp, ins: ValueId[], gb: GraphBuilder): { op: ScanOp; ins: ValueId[]; finish: (outs: ValueId[]) => ValueId[] } {
  const same = { op, ins, finish: (outs: ValueId[]) => outs };
  if (op.masked || op.truncate !== null) return same;
  const body = op.body;
  const nc = op.carries.length;
  const parts = scanParts(op, ins);
  const bodyResults = scanResultParts(op, body.results);
  const def = new Map<ValueId, Node>();
  const uses = new Map<ValueId, number>();
  const users = new Map<ValueId, Node[]>();
  const use = (v: ValueId) => uses.set(v, (uses.get(v) ?? 0) + 1);
  for (const b of body.nodes) {
    for (const o of b.outputs) def.set(o, b);
    b.inputs.forEach(use);
    for (const v of b.inputs) users.set(v, [...(users.get(v) ?? []), b]);
  }
  body.results.forEach(use);
  const argOf = new Map<number, Node[]>();
  for (const b of body.nodes) if (b.op.op === 'arg') argOf.set(b.op.index, [...(argOf.get(b.op.index) ?? []), b]);
  const shape = (v: ValueId) => body.values[v].shape;
  const leadingB = (v: ValueId, minRank: number) => shape(v).length >= minRank && shape(v)[0] === 'B';

  /** The terms of a sum, or null when it is anything else. */
  const terms = (x: ValueId): AccTerm[] | null => {
    const d = def.get(x);
    if (!d) return null;
    if (d.op.op === 'matmul_tn' && d.inputs.every((v) => leadingB(v, 2))) return [{ kind: 'matmul_tn', node: d }];
    if (d.op.op === 'reduce' && d.op.fn === 'sum' && leadingB(d.inputs[0], 1) && (d.op.axis === 0 || d.op.axis === -shape(d.inputs[0]).length)) {
      return [{ kind: 'batch_sum', node: d }];
    }
    if (d.op.op === 'binary' && d.op.fn === 'add' && uses.get(x) === 1 && d.inputs.every((v) => sameShape(shape(v), shape(x)))) {
      const l = terms(d.inputs[0]);
      const r = terms(d.inputs[1]);
      return l && r ? [...l, ...r] : null;
    }
    return null;
  };
  const accs: { k: number; terms: AccTerm[] }[] = [];
  for (let k = 0; k < nc; k++) {
    const args = argOf.get(k);
    const r = body.results[k];
    const u = def.get(r);
    if (!args || args.length !== 1 || !u || u.op.op !== 'binary' || u.op.fn !== 'add' || uses.get(r) !== 1) continue;
    const av = args[0].outputs[0];
    if (uses.get(av) !== 1) continue;
    const x = u.inputs[0] === av ? u.inputs[1] : u.inputs[1] === av ? u.inputs[0] : undefined;
    if (x === undefined || x === av || !sameShape(shape(x), shape(av))) continue;
    const t = terms(x);
    if (t) accs.push({ k, terms: t });
  }
  if (accs.length === 0) return same;

  // Where each term operand comes from outside: a sequence, an existing step output, a slice of
  // one (a piece of a concat the body yields), or a new step output.
  const removed = new Set(accs.map((a) => a.k));
  const nsteps = op.steps.length;
  const newSteps: ValueId[] = [];
  type Source = { seq: ValueId } | { step: number } | { step: number; axis: number; start: number; size: number };
  const stepIndex = (v: ValueId): number => {
    const j = bodyResults.steps.indexOf(v);
    if (j >= 0) return j;
    const k = newSteps.indexOf(v);
    return k < 0 ? -1 : nsteps + k;
  };
  /** v as a piece of a concat (not along the batch axis) that is yielded as a step output. */
  const pieceOf = (v: ValueId): Source | null => {
    for (const c of users.get(v) ?? []) {
      if (c.op.op !== 'concat') continue;
      const rank = shape(v).length;
      const axis = c.op.axis < 0 ? c.op.axis + rank : c.op.axis;
      const j = stepIndex(c.outputs[0]);
      if (axis <= 0 || j < 0) continue;
      let start = 0;
      for (const piece of c.inputs) {
        const size = shape(piece)[axis];
        if (typeof size !== 'number') break;
        if (piece === v) return { step: j, axis, start, size };
        start += size;
      }
    }
    return null;
  };
  const sourceOf = (v: ValueId, asPiece: boolean): Source => {
    const d = def.get(v)!;
    const role = d.op.op === 'arg' ? scanArgRole(op, d.op.index) : null;
    if (role?.role === 'sequence') return { seq: parts.sequences[role.k] };
    const j = stepIndex(v);
    if (j >= 0) return { step: j };
    const piece = asPiece ? pieceOf(v) : null;
    if (piece) return piece;
    return { step: nsteps + newSteps.push(v) - 1 };
  };
  // matmul_tn operands first: a batch sum may then read a piece of what they saved.
  const sources = new Map<Node, Source[]>();
  for (const a of accs) for (const t of a.terms) if (t.kind === 'matmul_tn') sources.set(t.node, [sourceOf(t.node.inputs[0], false), sourceOf(t.node.inputs[1], false)]);
  for (const a of accs) for (const t of a.terms) if (t.kind === 'batch_sum') sources.set(t.node, [sourceOf(t.node.inputs[0], true)]);

  // The body without the accumulators (and what only they needed).
  const results = [...bodyResults.carries.filter((_, k) => !removed.has(k)), ...bodyResults.steps, ...newSteps];
  const live = new Set<ValueId>(results);
  for (let i = body.nodes.length - 1; i >= 0; i--) {
    const b = body.nodes[i];
    if (b.outputs.some((o) => live.has(o))) b.inputs.forEach((v) => live.add(v));
  }
  const shift = (i: number) => i - [...removed].filter((k) => k < i).length;
  const nb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  for (const b of body.nodes) {
    if (b.op.op === 'arg' && !removed.has(b.op.index)) map.set(b.outputs[0], nb.leaf({ op: 'arg', index: shift(b.op.index) }, body.values[b.outputs[0]], b.loc));
  }
  copyNodes({ ...body, nodes: body.nodes.filter((b) => b.op.op !== 'arg' && b.outputs.some((o) => live.has(o))) }, nb, map);
  const newOp: ScanOp = {
    ...op,
    carries: op.carries.filter((_, i) => !removed.has(i)),
    steps: [...op.steps, ...newSteps.map((_, j) => `accumulated.${j}`)],
    body: nb.finish(results.map((v) => must(map, v))),
  };
  const newIns = scanInputs({ ...parts, carries: parts.carries.filter((_, k) => !removed.has(k)) });
  const finish = (allOuts: ValueId[]): ValueId[] => {
    const outs = scanResultParts(newOp, allOuts);
    const stepOut = (j: number) => outs.steps[j];
    const outer = (s: Source) => ('seq' in s ? s.seq : stepOut(s.step));
    // [B, T, ...] -> [...]: over the batch, then over time.
    const sumBT = (v: ValueId) => {
      const overB = gb.add1({ op: 'reduce', fn: 'sum', axis: 0 }, [v], n.loc);
      return gb.add1({ op: 'reduce', fn: 'sum', axis: 0 }, [overB], n.loc);
    };
    const wholeSums = new Map<number, ValueId>();
    const batchSum = (s: Source): ValueId => {
      if (!('axis' in s)) return sumBT(outer(s));
      let whole = wholeSums.get(s.step);
      if (whole === undefined) wholeSums.set(s.step, (whole = sumBT(stepOut(s.step))));
      // The step value's axis `axis` is axis `axis - 1` of its sum over B and T.
      return gb.add1({ op: 'slice', axis: s.axis - 1, start: s.start, size: s.size }, [whole], n.loc);
    };
    const finals = new Map<number, ValueId>();
    for (const a of accs) {
      let sum: ValueId | undefined;
      for (const t of a.terms) {
        const src = sources.get(t.node);
        if (!src) throw new Error('internal: accumulator term without sources');
        const term = t.kind === 'matmul_tn' ? gb.add1({ op: 'matmul_tn' }, [outer(src[0]), outer(src[1])], n.loc) : batchSum(src[0]);
        sum = sum === undefined ? term : gb.add1({ op: 'binary', fn: 'add' }, [sum, term], n.loc);
      }
      finals.set(a.k, gb.add1({ op: 'binary', fn: 'add' }, [parts.carries[a.k], sum!], n.loc));
    }
    const carries: ValueId[] = [];
    let c = 0;
    for (let i = 0; i < nc; i++) carries.push(finals.get(i) ?? outs.carries[c++]);
    return [...carries, ...outs.steps.slice(0, nsteps)];
  };
  return { op: newOp, ins: newIns, finish };
}

function freshNames(taken: readonly string[]): () => string {
  const used = new Set(taken);
  let k = 0;
  return () => {
    while (used.has(`hoisted.${k}`)) k++;
    const name = `hoisted.${k}`;
    used.add(name);
    return name;
  };
}

// ---------------------------------------------------------------- prune-scan-args

/**
 * Every scan, at any depth, without the sequence and invariant args its body does not read or that
 * repeat another arg, and without repeated step outputs (one body value yielded twice).
 */
export function pruneScans(mod: Module): Module {
  const gb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  copyNodes(mod.graph, gb, map, pruneHook);
  return withGraph(mod, gb.finish([]), (v) => must(map, v));
}

function pruneHook(n: Node, ins: ValueId[], gb: GraphBuilder): ValueId[] | undefined {
  if (n.op.op !== 'scan') return undefined;
  const inner = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  copyNodes(n.op.body, inner, map, pruneHook);
  const through = passThroughSteps({ ...n.op, body: inner.finish(n.op.body.results.map((v) => must(map, v))) }, ins);
  const p = pruneScanArgs(through.op, ins);
  const d = mergeRepeatedSteps(p.op);
  if (through.op.carries.length === 0 && through.op.steps.length === 0) return through.expand([]);
  return through.expand(d.expand(gb.add(d.op, p.ins, n.loc)));
}

/**
 * An unmasked scan's step output that is one of its sequences, sliced, is that sequence: the scan
 * does not copy it step by step (what is left of a carry-free scan once hoist has lifted its work).
 */
function passThroughSteps(op: ScanOp, ins: readonly ValueId[]): { op: ScanOp; expand: (outs: ValueId[]) => ValueId[] } {
  const { carries, steps } = scanResultParts(op, op.body.results);
  const argOf = new Map<ValueId, number>();
  for (const b of op.body.nodes) if (b.op.op === 'arg') argOf.set(b.outputs[0], b.op.index);
  const seqOf = steps.map((v) => {
    const i = argOf.get(v);
    return !op.masked && i !== undefined && scanArgRole(op, i)?.role === 'sequence' ? ins[i] : undefined;
  });
  if (seqOf.every((x) => x === undefined)) return { op, expand: (outs) => outs };
  const keep = seqOf.map((x) => x === undefined);
  const kept: ScanOp = { ...op, steps: op.steps.filter((_, j) => keep[j]), body: { ...op.body, results: [...carries, ...steps.filter((_, j) => keep[j])] } };
  return {
    op: kept,
    expand: (outs) => {
      const o = outs.length === 0 ? { carries: [], steps: [] } : scanResultParts(kept, outs);
      let k = 0;
      return [...o.carries, ...seqOf.map((x) => x ?? o.steps[k++])];
    },
  };
}

/** A scan whose body yields one value as two step outputs (autodiff's residuals can) writes it once. */
function mergeRepeatedSteps(op: ScanOp): { op: ScanOp; expand: (outs: ValueId[]) => ValueId[] } {
  const { carries, steps } = scanResultParts(op, op.body.results);
  const first = steps.map((v) => steps.indexOf(v));
  if (first.every((f, j) => f === j)) return { op, expand: (outs) => outs };
  const keep = first.map((f, j) => f === j);
  const newIndex = new Map<number, number>();
  keep.forEach((k, j) => k && newIndex.set(j, newIndex.size));
  const body: Graph = { ...op.body, results: [...carries, ...steps.filter((_, j) => keep[j])] };
  const merged: ScanOp = { ...op, steps: op.steps.filter((_, j) => keep[j]), body };
  return {
    op: merged,
    expand: (outs) => {
      const o = scanResultParts(merged, outs);
      return [...o.carries, ...first.map((f) => o.steps[must(newIndex, f)])];
    },
  };
}

/**
 * One scan without its unread sequence and invariant args (a scan keeps at least one sequence, which
 * gives it T) and with each repeated one (the same outer value twice) merged into the first.
 */
export function pruneScanArgs(op: ScanOp, ins: readonly ValueId[]): { op: ScanOp; ins: ValueId[] } {
  const body = op.body;
  const nargs = scanArgCount(op);
  const read = new Set<ValueId>(body.results);
  for (const b of body.nodes) for (const v of b.inputs) read.add(v);
  const usedIdx = new Set<number>();
  for (const b of body.nodes) if (b.op.op === 'arg' && read.has(b.outputs[0])) usedIdx.add(b.op.index);

  // Each arg's representative: itself, or the first arg of its kind with the same outer value.
  const role = (i: number) => scanArgRole(op, i)?.role;
  const rep: number[] = [];
  for (let i = 0; i < nargs; i++) {
    let r = i;
    if (role(i) !== 'carry') {
      for (let j = 0; j < i; j++) {
        if (role(j) === role(i) && ins[j] === ins[i] && rep[j] === j) {
          r = j;
          break;
        }
      }
    }
    rep.push(r);
  }
  const keep = rep.map((r, i) => r === i && (role(i) === 'carry' || [...usedIdx].some((u) => rep[u] === i)));
  const keepSeqs = scanArgParts(op, keep).sequences;
  if (keepSeqs.length > 0 && !keepSeqs.some(Boolean)) keep[scanArgIndex(op, 'sequence', 0)] = true;
  if (keep.every(Boolean)) return { op, ins: [...ins] };

  const newIndex = new Map<number, number>();
  keep.forEach((k, i) => k && newIndex.set(i, newIndex.size));
  const argType = (i: number): TensorType | undefined => {
    const b = body.nodes.find((x) => x.op.op === 'arg' && x.op.index === i);
    return b ? body.values[b.outputs[0]] : undefined;
  };
  const nb = new GraphBuilder();
  const leaves = new Map<number, ValueId>();
  const leafOf = (i: number, t: TensorType): ValueId => {
    let l = leaves.get(i);
    if (l === undefined) {
      l = nb.leaf({ op: 'arg', index: must(newIndex, i) }, t);
      leaves.set(i, l);
    }
    return l;
  };
  const map = new Map<ValueId, ValueId>();
  for (const b of body.nodes) {
    if (b.op.op !== 'arg' || !read.has(b.outputs[0])) continue;
    map.set(b.outputs[0], leafOf(rep[b.op.index], body.values[b.outputs[0]]));
  }
  // Kept args nobody reads still get their leaf when the old body had one (carries, the T-giving sequence).
  for (const i of newIndex.keys()) {
    const t = argType(i);
    if (t && !leaves.has(i)) leafOf(i, t);
  }
  const kept: Graph = { ...body, nodes: body.nodes.filter((b) => b.op.op !== 'arg') };
  copyNodes(kept, nb, map);
  const newBody = nb.finish(body.results.map((v) => must(map, v)));

  const keptArgs = scanArgParts(op, keep);
  const parts = scanParts(op, ins);
  const only = <T>(xs: readonly T[], ks: readonly boolean[]): T[] => xs.filter((_, i) => ks[i]);
  return {
    op: { ...op, sequences: only(op.sequences, keptArgs.sequences), invariants: keptArgs.invariants.filter(Boolean).length, body: newBody },
    ins: scanInputs({ carries: only(parts.carries, keptArgs.carries), sequences: only(parts.sequences, keptArgs.sequences), invariants: only(parts.invariants, keptArgs.invariants), mask: parts.mask }),
  };
}
