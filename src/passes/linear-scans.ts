// linear-scans: a scan whose every carry is updated linearly in itself, h' = a * h + b with a and
// b computed without any carry (minGRU, minLSTM, LRU, diagonal state spaces, exponential moving
// averages), becomes a `linear_scan`, which targets run as a parallel (associative) scan, and
// whose adjoint is another linear_scan (see autodiff.ts):
//
//   %f, %y = scan(h0, xs) { h' = (1 - z) * h + z * c; y = f(h, h') }
//     ->  a, b = scan(xs) { (1 - z), z * c }          (carry-free: hoist lifts it out whole)
//         %f, %hs = linear_scan(a, b, h0)
//         %y = scan(xs, shift(%hs, h0)) { f(h, h') }   (carry-free too; or %hs itself when y is h')
//
// The analysis gives every body value an affine form in the carries: free (reads no carry),
// coef * carry_i + off with coef and off free, or nonlinear. add, sub, neg, mul by a free value
// and select on a free condition keep forms affine; anything else that reads a carry (h * h,
// tanh(h), a matmul by a weight: a dense, not diagonal, recurrence) does not. A scan is rewritten
// when each new carry is affine in its own carry only. A masked step is a = 1, b = 0, still
// linear; masked step outputs are zeros, or (maskOutput 'previous') a linear scan of their own.
// Scans with truncated BPTT stay sequential (the parallel adjoint has no window). `explainScans`
// says, per scan, what was found and why a scan stays sequential (`rnnc compile --explain-scan`).

import { GraphBuilder } from '../ir/graph.js';
import { nodeHeader } from '../ir/printer.js';
import { broadcastInto, sameShape, stackedType } from '../ir/shapes.js';
import { scanArgRole, scanParts, scanResultParts } from '../ir/scan-parts.js';
import type { Graph, Module, Node, Op, Shape, SourceLoc, TensorType, ValueId } from '../ir/types.js';
import { copyNodes, must, withGraph, type ScanOp } from './rewrite.js';

/** A free expression: built from free body values only. */
type Sym =
  | { readonly k: 'num'; readonly value: number }
  | { readonly k: 'val'; readonly v: ValueId }
  | { readonly k: 'neg'; readonly x: Sym }
  | { readonly k: 'add' | 'mul'; readonly a: Sym; readonly b: Sym }
  | { readonly k: 'select'; readonly c: ValueId; readonly a: Sym; readonly b: Sym };

/** A body value's form: free of carries, affine in one carry, or neither (with the reason). */
type Form = { readonly k: 'free' } | { readonly k: 'affine'; readonly carry: number; readonly coef: Sym; readonly off: Sym } | { readonly k: 'nonlinear'; readonly why: string };

const FREE: Form = { k: 'free' };
const num = (value: number): Sym => ({ k: 'num', value });
const val = (v: ValueId): Sym => ({ k: 'val', v });

function sAdd(a: Sym, b: Sym): Sym {
  if (a.k === 'num' && a.value === 0) return b;
  if (b.k === 'num' && b.value === 0) return a;
  return { k: 'add', a, b };
}
function sMul(a: Sym, b: Sym): Sym {
  if (a.k === 'num' && a.value === 1) return b;
  if (b.k === 'num' && b.value === 1) return a;
  if ((a.k === 'num' && a.value === 0) || (b.k === 'num' && b.value === 0)) return num(0);
  return { k: 'mul', a, b };
}
function sNeg(x: Sym): Sym {
  if (x.k === 'num') return num(-x.value);
  return x.k === 'neg' ? x.x : { k: 'neg', x };
}

/** What the analysis found for one scan (or a linear_scan the model wrote itself). */
export interface ScanVerdict {
  readonly kind: 'scan' | 'linear_scan';
  readonly loc?: SourceLoc;
  readonly carries: readonly string[];
  /** Whether the scan becomes a linear_scan. */
  readonly parallel: boolean;
  /** Why it stays sequential. */
  readonly reason?: string;
  /** The per-carry forms, for a parallel scan: e.g. "h' = a * h + b". */
  readonly forms: readonly string[];
}

interface Analysis {
  readonly verdict: ScanVerdict;
  /** Per carry, its coefficient and offset (when parallel). */
  readonly affine: readonly { coef: Sym; off: Sym }[];
}

function analyzeScan(n: Node, op: ScanOp): Analysis {
  const body = op.body;
  const base = { kind: 'scan' as const, loc: n.loc, carries: op.carries };
  const no = (reason: string): Analysis => ({ verdict: { ...base, parallel: false, reason, forms: [] }, affine: [] });
  if (op.carries.length === 0) return no('it has no carries');
  if (op.sequences.length === 0) return no('it has no sequences to take T from');
  if (op.truncate !== null) return no(`truncate: ${op.truncate} (truncated BPTT) keeps it sequential: the parallel adjoint runs over every step`);
  const nc = op.carries.length;
  const carryTypes = body.results.slice(0, nc).map((v) => body.values[v]);
  for (const [i, t] of carryTypes.entries()) {
    if (t.dtype !== 'f32' || t.shape[0] !== 'B') return no(`carry '${op.carries[i]}' is ${t.dtype}[${t.shape.join(', ')}]; a linear scan needs f32 carries with a leading batch axis`);
  }
  const forms = new Map<ValueId, Form>();
  const form = (v: ValueId): Form => forms.get(v) ?? FREE;
  const shapeOf = (v: ValueId): Shape => body.values[v].shape;
  const name = (i: number) => `'${op.carries[i]}'`;
  for (const b of body.nodes) {
    const o = b.outputs[0];
    if (b.op.op === 'arg') {
      const role = scanArgRole(op, b.op.index);
      if (role?.role === 'carry') forms.set(o, { k: 'affine', carry: role.k, coef: num(1), off: num(0) });
      continue;
    }
    const ins = b.inputs.map(form);
    if (ins.every((f) => f.k === 'free')) continue;
    const bad = ins.find((f) => f.k === 'nonlinear');
    if (bad) {
      b.outputs.forEach((x) => forms.set(x, bad));
      continue;
    }
    const f = affineStep(b, ins, shapeOf, name);
    b.outputs.forEach((x) => forms.set(x, f));
  }
  const affine: { coef: Sym; off: Sym }[] = [];
  const shown: string[] = [];
  for (let i = 0; i < nc; i++) {
    const f = form(body.results[i]);
    if (f.k === 'nonlinear') return no(`carry ${name(i)} is not linear in itself: ${f.why}`);
    if (f.k === 'free') {
      affine.push({ coef: num(0), off: val(body.results[i]) });
      shown.push(`${op.carries[i]}' = b`);
      continue;
    }
    if (f.carry !== i) return no(`carry ${name(i)} is computed from carry ${name(f.carry)} (a coupled recurrence, not an elementwise one)`);
    affine.push({ coef: f.coef, off: f.off });
    shown.push(`${op.carries[i]}' = a * ${op.carries[i]} + b`);
  }
  return { verdict: { ...base, parallel: true, forms: shown }, affine };
}

/** The form of one node some of whose inputs read a carry (none nonlinearly). */
function affineStep(b: Node, ins: Form[], shapeOf: (v: ValueId) => Shape, name: (i: number) => string): Form {
  const op = b.op;
  const o = b.outputs[0];
  const what = nodeHeader(b);
  const full = (j: number) => sameShape(shapeOf(b.inputs[j]), shapeOf(o));
  const sym = (j: number): Sym => val(b.inputs[j]);
  const nonlinear = (why: string): Form => ({ k: 'nonlinear', why: `${why} (${what})` });
  const carryOf = (f: Form) => (f.k === 'affine' ? f.carry : -1);
  if (op.op === 'unary' && op.fn === 'neg') {
    const f = ins[0] as Extract<Form, { k: 'affine' }>;
    return { ...f, coef: sNeg(f.coef), off: sNeg(f.off) };
  }
  if (op.op === 'binary' && (op.fn === 'add' || op.fn === 'sub' || op.fn === 'mul')) {
    const [fa, fb] = ins;
    for (let j = 0; j < 2; j++) if (ins[j].k === 'affine' && !full(j)) return nonlinear(`a carry is broadcast`);
    if (op.fn === 'mul') {
      if (fa.k === 'affine' && fb.k === 'affine') return nonlinear(`carry ${name(fa.carry)} times carry ${name(fb.carry)}`);
      const [f, other] = fa.k === 'affine' ? [fa, sym(1)] : [fb as Extract<Form, { k: 'affine' }>, sym(0)];
      return { k: 'affine', carry: f.carry, coef: sMul(f.coef, other), off: sMul(f.off, other) };
    }
    const sign = (s: Sym) => (op.fn === 'sub' ? sNeg(s) : s);
    if (fa.k === 'affine' && fb.k === 'affine') {
      if (fa.carry !== fb.carry) return nonlinear(`carries ${name(fa.carry)} and ${name(fb.carry)} are combined`);
      return { k: 'affine', carry: fa.carry, coef: sAdd(fa.coef, sign(fb.coef)), off: sAdd(fa.off, sign(fb.off)) };
    }
    if (fa.k === 'affine') return { ...fa, off: sAdd(fa.off, sign(sym(1))) };
    const f = fb as Extract<Form, { k: 'affine' }>;
    return { k: 'affine', carry: f.carry, coef: sign(f.coef), off: sAdd(sym(0), sign(f.off)) };
  }
  if (op.op === 'select') {
    const [fc, fa, fb] = ins;
    if (fc.k !== 'free') return nonlinear('a select whose condition reads a carry');
    for (let j = 1; j < 3; j++) if (ins[j].k === 'affine' && !full(j)) return nonlinear(`a carry is broadcast`);
    const carries = [carryOf(fa), carryOf(fb)].filter((c) => c >= 0);
    if (carries.length === 2 && carries[0] !== carries[1]) return nonlinear(`carries ${name(carries[0])} and ${name(carries[1])} are combined`);
    const parts = (f: Form, j: number): { coef: Sym; off: Sym } => (f.k === 'affine' ? { coef: f.coef, off: f.off } : { coef: num(0), off: sym(j) });
    const pa = parts(fa, 1);
    const pb = parts(fb, 2);
    const c = b.inputs[0];
    return { k: 'affine', carry: carries[0], coef: { k: 'select', c, a: pa.coef, b: pb.coef }, off: { k: 'select', c, a: pa.off, b: pb.off } };
  }
  const carry = ins.map(carryOf).find((c) => c >= 0) ?? 0;
  if (op.op === 'binary') return nonlinear(`carry ${name(carry)} goes through ${op.fn}`);
  if (op.op === 'unary') return nonlinear(`carry ${name(carry)} goes through ${op.fn}`);
  if (op.op === 'matmul') return nonlinear(`carry ${name(carry)} is multiplied by a matrix (a dense recurrence, not an elementwise one)`);
  return nonlinear(`carry ${name(carry)} goes through ${op.op}`);
}

// ---------------------------------------------------------------- the rewrite

export function linearScans(mod: Module): Module {
  const gb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  copyNodes(mod.graph, gb, map, (n, ins, g) => (n.op.op === 'scan' ? rewriteScan(n, n.op, ins, g) : undefined));
  return withGraph(mod, gb.finish([]), (v) => must(map, v));
}

/**
 * Per recurrence of the top-level graph, in order (nested scans stay sequential): what the pass
 * decides for each scan and why, and the linear_scans written with m.linearScan.
 */
export function explainScans(mod: Module): ScanVerdict[] {
  const out: ScanVerdict[] = [];
  for (const n of mod.graph.nodes) {
    if (n.op.op === 'scan') out.push(analyzeScan(n, n.op).verdict);
    if (n.op.op === 'linear_scan') out.push({ kind: 'linear_scan', loc: n.loc, carries: [], parallel: true, forms: [n.op.log ? 'log' : 'linear'] });
  }
  return out;
}

/** The verdicts as lines: "model.ts:12:15 scan (h): parallel, h' = a * h + b" or "...: sequential: <why>". */
export function formatVerdicts(vs: readonly ScanVerdict[]): string {
  if (vs.length === 0) return 'no recurrences (no scan, no linear_scan)';
  return vs
    .map((v) => {
      const where = v.loc ? `${v.loc.file}:${v.loc.line}:${v.loc.col} ` : '';
      if (v.kind === 'linear_scan') return `${where}linear_scan (${v.forms[0]}): parallel, written with m.linearScan`;
      const what = `${where}scan (${v.carries.join(', ')})`;
      return v.parallel ? `${what}: parallel linear_scan, ${v.forms.join('; ')}` : `${what}: sequential: ${v.reason}`;
    })
    .join('\n');
}

function rewriteScan(n: Node, op: ScanOp, ins: ValueId[], gb: GraphBuilder): ValueId[] | undefined {
  const { verdict, affine } = analyzeScan(n, op);
  if (!verdict.parallel) return undefined;
  const loc = n.loc;
  const body = op.body;
  const nc = op.carries.length;
  const parts = scanParts(op, ins);
  const add1 = (o: Op, xs: ValueId[]) => gb.add1(o, xs, loc);
  const carryTypes = body.results.slice(0, nc).map((v) => body.values[v]);

  // 1. a and b of every carry for every step: a carry-free scan over the same sequences. A
  // coefficient that reads no sequence (an LRU's lambda, a constant decay) is computed once, outside,
  // and broadcast by the linear_scan itself.
  const outsideCoef = invariantCoefs(op, parts.invariants, gb, loc);
  const outside = affine.map(({ coef }, i) => outsideCoef(coef, stackedType(carryTypes[i]).shape));
  const coefScan = carryFreeScan(op, (bb, map) =>
    affine.flatMap(({ coef, off }, i) => [
      ...(outside[i] === null ? [materialize(bb, coef, (v) => must(map, v), carryTypes[i])] : []),
      materialize(bb, off, (v) => must(map, v), carryTypes[i]),
    ]),
  );
  const scanned = gb.add(coefScan.op, [...parts.sequences, ...parts.invariants], loc);
  let at = 0;
  const ab = affine.flatMap((_, i) => [outside[i] ?? scanned[at++], scanned[at++]]);

  // 2. The recurrences. A masked step keeps the carry: a = 1, b = 0.
  const maskOf = (t: TensorType): ValueId | null => {
    if (parts.mask === null) return null;
    const rank = t.shape.length;
    return rank === 2 ? parts.mask : add1({ op: 'reshape', shape: ['B', 'T', ...Array<number>(rank - 2).fill(1)] }, [parts.mask]);
  };
  const finals: ValueId[] = [];
  const steps: ValueId[] = [];
  carryTypes.forEach((t, i) => {
    const st = stackedType(t);
    let a = ab[2 * i];
    let b = ab[2 * i + 1];
    const m = maskOf(st);
    if (m !== null) {
      // The mask varies per row and step: a coefficient computed outside becomes full-size first.
      if (!sameShape(gb.type(a).shape, st.shape)) a = add1({ op: 'binary', fn: 'add' }, [add1({ op: 'fill', value: 0, shape: st.shape }, []), a]);
      a = add1({ op: 'select' }, [m, a, add1({ op: 'fill', value: 1, shape: st.shape }, [])]);
      b = add1({ op: 'select' }, [m, b, add1({ op: 'fill', value: 0, shape: st.shape }, [])]);
    }
    const [f, s] = gb.add({ op: 'linear_scan', reverse: op.reverse, log: false }, [a, b, parts.carries[i]], loc);
    finals.push(f);
    steps.push(s);
  });

  // 3. Step outputs: a new carry itself is the linear scan's steps; the rest come from a carry-free
  // scan that reads each carry as it was before the step.
  const { carries: newCarries, steps: stepResults } = scanResultParts(op, body.results);
  const outs: (ValueId | undefined)[] = stepResults.map((v) => {
    const i = newCarries.indexOf(v);
    return i >= 0 ? steps[i] : undefined;
  });
  const rest = outs.map((y, j) => (y === undefined ? j : -1)).filter((j) => j >= 0);
  if (rest.length > 0) {
    const before = carryTypes.map((_, i) => add1({ op: 'shift', reverse: op.reverse }, [steps[i], parts.carries[i]]));
    const outScan = carryFreeScan(op, (_bb, map) => rest.map((j) => must(map, stepResults[j])), true);
    const ys = gb.add(outScan.op, [...parts.sequences, ...before, ...steps, ...parts.invariants], loc);
    rest.forEach((j, k) => (outs[j] = ys[k]));
  }
  const stepOuts = outs.map((y) => {
    const v = y!;
    const m = maskOf(gb.type(v));
    if (m === null) return v;
    const t = gb.type(v);
    if (op.maskOutput === 'zero') return add1({ op: 'select' }, [m, v, add1({ op: 'fill', value: 0, shape: t.shape }, [])]);
    // 'previous': masked steps repeat the last output, zeros before the first: y'_t = (1 - m) y'_{t-1} + m y_t.
    const full = add1({ op: 'select' }, [m, add1({ op: 'fill', value: 1, shape: t.shape }, []), add1({ op: 'fill', value: 0, shape: t.shape }, [])]);
    const keep = add1({ op: 'binary', fn: 'sub' }, [add1({ op: 'fill', value: 1, shape: t.shape }, []), full]);
    const take = add1({ op: 'binary', fn: 'mul' }, [v, full]);
    const zero = add1({ op: 'fill', value: 0, shape: [t.shape[0], ...t.shape.slice(2)] }, []);
    return gb.add({ op: 'linear_scan', reverse: op.reverse, log: false }, [keep, take, zero], loc)[1];
  });
  return [...finals, ...stepOuts];
}

/**
 * A scan with no carries and no mask over the scan's sequences and invariants, whose body is a copy
 * of the old one with the step outputs `results` gives. With `withCarries`, the carries come in as
 * sequences too: each carry as it was before the step, then as it is after (the new carry's value
 * is then read, not recomputed).
 */
function carryFreeScan(op: ScanOp, results: (bb: GraphBuilder, map: Map<ValueId, ValueId>) => ValueId[], withCarries = false): { op: ScanOp } {
  const body = op.body;
  const nc = op.carries.length;
  const bb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  // New arg order: [...sequences, ...carries before, ...carries after, ...invariants].
  const ns = op.sequences.length;
  const extra = withCarries ? 2 * nc : 0;
  const newIndex = (old: number): number | null => {
    if (old < nc) return withCarries ? ns + old : null;
    if (old < nc + ns) return old - nc;
    return old - nc + extra;
  };
  for (const b of body.nodes) {
    if (b.op.op !== 'arg') continue;
    const idx = newIndex(b.op.index);
    if (idx !== null) map.set(b.outputs[0], bb.leaf({ op: 'arg', index: idx }, body.values[b.outputs[0]]));
  }
  if (withCarries) {
    body.results.slice(0, nc).forEach((v, i) => {
      if (!map.has(v)) map.set(v, bb.leaf({ op: 'arg', index: ns + nc + i }, body.values[v]));
    });
  }
  // Only what the new results read is copied; a node reading an unmapped carry is skipped (it is
  // never needed by a coefficient, which is free by construction).
  const kept: Graph = { ...body, nodes: body.nodes.filter((b) => b.op.op !== 'arg') };
  for (const b of kept.nodes) {
    if (b.inputs.some((v) => !map.has(v)) || b.outputs.every((v) => map.has(v))) continue;
    copyNodes({ ...kept, nodes: [b] }, bb, map);
  }
  const res = results(bb, map);
  const stepNames = res.map((_, k) => `y${k}`);
  const g = bb.finish(res);
  return {
    op: {
      op: 'scan',
      carries: [],
      sequences: [...op.sequences, ...(withCarries ? [...op.carries.map((c) => `${c}.before`), ...op.carries.map((c) => `${c}.after`)] : [])],
      invariants: op.invariants,
      steps: stepNames,
      reverse: false,
      masked: false,
      maskOutput: 'zero',
      truncate: null,
      body: g,
    },
  };
}

/** A free expression as nodes of `bb` (`resolve` gives the body values it reads), broadcast to type `t` when given. */
function materialize(bb: GraphBuilder, s: Sym, resolve: (v: ValueId) => ValueId, t: TensorType | null): ValueId {
  const go = (x: Sym): ValueId => {
    switch (x.k) {
      case 'num':
        return bb.add1({ op: 'const', value: x.value }, []);
      case 'val':
        return resolve(x.v);
      case 'neg':
        return bb.add1({ op: 'unary', fn: 'neg' }, [go(x.x)]);
      case 'add':
      case 'mul':
        return broadcastPair(bb, x.k, go(x.a), go(x.b));
      case 'select': {
        // Both branches take the condition's shape at least (select needs one type for both).
        const like = t ?? bb.type(resolve(x.c));
        return bb.add1({ op: 'select' }, [resolve(x.c), widen(bb, go(x.a), like), widen(bb, go(x.b), like)]);
      }
    }
  };
  const v = go(s);
  return t ? widen(bb, v, t) : v;
}

/** The body values computed from invariants and constants alone (the same at every step). */
function invariantValues(op: ScanOp): Set<ValueId> {
  const inv = new Set<ValueId>();
  for (const b of op.body.nodes) {
    const o = b.op;
    const yes =
      o.op === 'arg' ? scanArgRole(op, o.index)?.role === 'invariant' : o.op === 'const' || o.op === 'fill' || (o.op !== 'scan' && o.op !== 'dropout' && b.inputs.length > 0 && b.inputs.every((v) => inv.has(v)));
    if (yes) b.outputs.forEach((v) => inv.add(v));
  }
  return inv;
}

/**
 * For the scan's coefficients: one that reads no sequence, computed in the enclosing graph from the
 * scan's invariants (body values shared by several coefficients emitted once), shaped to broadcast
 * into the stacked [B, T, ...S] (a leading batch axis gets a unit time axis after it); null when it
 * reads a sequence or does not broadcast so.
 */
function invariantCoefs(op: ScanOp, invariants: readonly ValueId[], gb: GraphBuilder, loc: SourceLoc | undefined): (coef: Sym, stacked: Shape) => ValueId | null {
  const inv = invariantValues(op);
  const leaves = (x: Sym): ValueId[] =>
    x.k === 'num' ? [] : x.k === 'val' ? [x.v] : x.k === 'neg' ? leaves(x.x) : x.k === 'select' ? [x.c, ...leaves(x.a), ...leaves(x.b)] : [...leaves(x.a), ...leaves(x.b)];
  const def = new Map<ValueId, Node>();
  for (const b of op.body.nodes) for (const o of b.outputs) def.set(o, b);
  const outer = new Map<ValueId, ValueId>();
  const resolve = (v: ValueId): ValueId => {
    const hit = outer.get(v);
    if (hit !== undefined) return hit;
    const d = def.get(v)!;
    const r = d.op.op === 'arg' ? invariants[scanArgRole(op, d.op.index)!.k] : gb.add1(d.op, d.inputs.map(resolve), d.loc ?? loc);
    outer.set(v, r);
    return r;
  };
  return (coef, stacked) => {
    if (!leaves(coef).every((v) => inv.has(v))) return null;
    let v = materialize(gb, coef, resolve, null);
    const shape = gb.type(v).shape;
    if (shape[0] === 'B') v = gb.add1({ op: 'reshape', shape: ['B', 1, ...shape.slice(1)] }, [v], loc);
    try {
      broadcastInto(stacked, gb.type(v).shape);
    } catch {
      return null;
    }
    return v;
  };
}

/** a op b where either may be the smaller (the IR broadcasts the second operand into the first; both commute). */
function broadcastPair(bb: GraphBuilder, fn: 'add' | 'mul', a: ValueId, b: ValueId): ValueId {
  const into = (x: ValueId, y: ValueId) => {
    try {
      broadcastInto(bb.type(x).shape, bb.type(y).shape);
      return true;
    } catch {
      return false;
    }
  };
  if (into(a, b)) return bb.add1({ op: 'binary', fn }, [a, b]);
  if (into(b, a)) return bb.add1({ op: 'binary', fn }, [b, a]);
  throw new Error(`internal: linear-scans: operands ${bb.type(a).shape.join(',')} and ${bb.type(b).shape.join(',')} do not broadcast`);
}

function widen(bb: GraphBuilder, v: ValueId, t: TensorType): ValueId {
  if (sameShape(bb.type(v).shape, t.shape)) return v;
  return bb.add1({ op: 'binary', fn: 'add' }, [bb.add1({ op: 'fill', value: 0, shape: t.shape }, []), v]);
}
