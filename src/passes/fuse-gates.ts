// fuse-gates (Appleyard's GROUP_GEMM): matmuls that share their left operand and whose right
// operands are weights become one matmul on the weights concatenated along N, plus one slice per
// original result. In every graph: the top level and every scan body, recursively.
//
//   pattern:      y1 = matmul a, W1 : [.., N1]   ...   yn = matmul a, Wn : [.., Nn]
//   replacement:  Wc = concat W1, .., Wn axis=1 : [K, N1+..+Nn]
//                 yc = matmul a, Wc
//                 yk = slice yc axis=<last> start=N1+..+N(k-1) size=Nk
//
// A weight is a value computed only from parameters (top level) or invariant args (scan body) and
// constants, with a static [K, N] shape: its concat is a computation on the weights, so `hoist`
// moves it out of the scan and it runs once per call. Parameters keep their names and layouts
// (weights files and grad.<param> are unchanged); autodiff differentiates through concat and slice.
// The LSTM's x W_i..W_o become one x [I, 4H] and h U_i..U_o one h [H, 4H]; a GRU's three gates one
// [., 3H] each, except that reset-before's (r h) U_h has a left operand of its own (h side: 2H).
//
// And the transposed pattern, which autodiff writes for those slices (the cotangent of a slice is
// the cotangent padded with zeros to the full width, and the gates' cotangents are summed):
//   pattern:      add(concat(0, g1, 0), concat(g2, 0, 0)) ...   (pieces that do not overlap)
//   replacement:  concat(g2, g1, 0)
// so a backward step builds the [B, 4H] gate cotangent as one concat, with no adds of zeros.

import { GraphBuilder } from '../ir/graph.js';
import { scanArgIndex } from '../ir/scan-parts.js';
import { sameShape } from '../ir/shapes.js';
import type { Graph, Module, Node, SourceLoc, ValueId } from '../ir/types.js';
import { emitLike, must, withGraph } from './rewrite.js';

export function fuseGates(mod: Module): Module {
  const { graph, map } = fuseGraph(mod.graph, 'top');
  return withGraph(mod, graph, (v) => must(map, v));
}

/** A set of matmuls sharing left operand `a`, in graph order; `weights` are their distinct right operands. */
interface GateGroup {
  readonly a: ValueId;
  readonly members: readonly Node[];
  readonly weights: readonly ValueId[];
}

/**
 * The pattern: every left operand used by matmuls with at least two distinct weight right operands.
 * `top` says where the graph sits: params are weights at the top level, invariant args in a body.
 */
export function findGateGroups(g: Graph, where: 'top' | { invariantsFrom: number }): GateGroup[] {
  const weight = weightValues(g, where);
  const byLeft = new Map<ValueId, Node[]>();
  for (const n of g.nodes) {
    if (n.op.op !== 'matmul') continue;
    const [a, w] = n.inputs;
    const wt = g.values[w];
    if (!weight.has(w) || wt.shape.length !== 2 || !wt.shape.every((d) => typeof d === 'number')) continue;
    byLeft.set(a, [...(byLeft.get(a) ?? []), n]);
  }
  const groups: GateGroup[] = [];
  for (const [a, members] of byLeft) {
    const weights = [...new Set(members.map((n) => n.inputs[1]))];
    if (weights.length >= 2) groups.push({ a, members, weights });
  }
  return groups;
}

/** Values computed only from weights (params at top level, invariant args in a body) and constants. */
function weightValues(g: Graph, where: 'top' | { invariantsFrom: number }): Set<ValueId> {
  const out = new Set<ValueId>();
  for (const n of g.nodes) {
    const op = n.op;
    let isWeight: boolean;
    switch (op.op) {
      case 'param':
        isWeight = where === 'top';
        break;
      case 'arg':
        isWeight = where !== 'top' && op.index >= where.invariantsFrom;
        break;
      case 'const':
      case 'fill':
        isWeight = true;
        break;
      case 'input':
      case 'state':
      case 'dropout':
      case 'scan':
        isWeight = false;
        break;
      default:
        isWeight = n.inputs.every((v) => out.has(v));
    }
    if (isWeight) for (const o of n.outputs) out.add(o);
  }
  return out;
}

/** The replacement: one concat of the weights, one matmul, one slice per distinct weight. */
function emitGroup(gb: GraphBuilder, a: ValueId, weights: readonly ValueId[], loc: SourceLoc | undefined): Map<number, ValueId> {
  const wc = gb.add1({ op: 'concat', axis: 1 }, weights, loc);
  const yc = gb.add1({ op: 'matmul' }, [a, wc], loc);
  // The last axis, counted from the front: autodiff's slice rule reads the axis as an index.
  const axis = gb.type(yc).shape.length - 1;
  const slices = new Map<number, ValueId>();
  let start = 0;
  weights.forEach((w, k) => {
    const size = gb.type(w).shape[1] as number;
    slices.set(k, gb.add1({ op: 'slice', axis, start, size }, [yc], loc));
    start += size;
  });
  return slices;
}

/**
 * Copies `g` applying the rule. A group is emitted where its first member was; weights defined
 * later than that (e.g. a concat of invariants written after the first gate) are emitted early,
 * which is valid since a weight depends on nothing computed per step.
 */
function fuseGraph(g: Graph, where: 'top' | { invariantsFrom: number }): { graph: Graph; map: Map<ValueId, ValueId> } {
  const gb = new GraphBuilder();
  const map = new Map<ValueId, ValueId>();
  const def = new Map<ValueId, Node>();
  for (const n of g.nodes) for (const o of n.outputs) def.set(o, n);
  const memberOf = new Map<Node, GateGroup>();
  for (const grp of findGateGroups(g, where)) for (const n of grp.members) memberOf.set(n, grp);
  const built = new Map<GateGroup, Map<number, ValueId>>();
  const done = new Set<Node>();
  const pieces = new ZeroPieces(gb);

  const ensure = (v: ValueId): ValueId => {
    if (!map.has(v)) {
      const n = def.get(v);
      if (!n) throw new Error(`internal: value %${v} has no defining node`);
      emit(n);
    }
    return must(map, v);
  };
  const emit = (n: Node): void => {
    if (done.has(n)) return;
    done.add(n);
    const grp = memberOf.get(n);
    if (grp) {
      let slices = built.get(grp);
      if (!slices) {
        slices = emitGroup(gb, ensure(grp.a), grp.weights.map(ensure), grp.members[0].loc);
        built.set(grp, slices);
      }
      map.set(n.outputs[0], must(slices, grp.weights.indexOf(n.inputs[1])));
      return;
    }
    const ins = n.inputs.map(ensure);
    const op = n.op;
    const sum = op.op === 'binary' && op.fn === 'add' ? pieces.sum(ins[0], ins[1], n.loc) : undefined;
    const outs =
      sum !== undefined
        ? [sum]
        : op.op === 'scan'
          ? gb.add({ ...op, body: fuseGraph(op.body, { invariantsFrom: scanArgIndex(op, 'invariant', 0) }).graph }, ins, n.loc)
          : emitLike(gb, n, ins, g);
    if (sum === undefined) pieces.note(n, outs[0], ins);
    n.outputs.forEach((o, i) => map.set(o, outs[i]));
  };
  for (const n of g.nodes) emit(n);
  return { graph: gb.finish(g.results.map((v) => must(map, v))), map };
}

/** A value known piece by piece along one axis; a null piece is zeros. */
interface Layout {
  readonly axis: number;
  readonly pieces: readonly { readonly size: number; readonly v: ValueId | null }[];
}

/** The transposed rule: tracks zero fills and concats as they are emitted, and sums non-overlapping ones as one concat. */
class ZeroPieces {
  private readonly zeros = new Set<ValueId>();
  private readonly layouts = new Map<ValueId, Layout>();

  constructor(private readonly gb: GraphBuilder) {}

  /** Records what node `n`, emitted as `out` with inputs `ins`, is when it is a zero fill or a concat. */
  note(n: Node, out: ValueId, ins: readonly ValueId[]): void {
    const op = n.op;
    if (op.op === 'fill' && op.value === 0 && (op.dtype ?? 'f32') === 'f32') this.zeros.add(out);
    if (op.op === 'concat') this.record(out, op.axis, ins);
  }

  /** a + b as a concat of their nonzero pieces, or undefined when they overlap (or are not known piecewise). */
  sum(a: ValueId, b: ValueId, loc: SourceLoc | undefined): ValueId | undefined {
    const ta = this.gb.type(a);
    if (ta.dtype !== 'f32' || !sameShape(ta.shape, this.gb.type(b).shape)) return undefined;
    if (this.zeros.has(a)) return b;
    if (this.zeros.has(b)) return a;
    const la = this.layouts.get(a);
    const lb = this.layouts.get(b);
    if (!la || !lb || la.axis !== lb.axis) return undefined;
    const nonzero = [...spans(la), ...spans(lb)].sort((x, y) => x.start - y.start);
    for (let i = 1; i < nonzero.length; i++) if (nonzero[i - 1].start + nonzero[i - 1].size > nonzero[i].start) return undefined;
    const width = ta.shape[la.axis] as number;
    if (nonzero.length === 1 && nonzero[0].size === width) return nonzero[0].v;
    const zeros = (size: number) => {
      const z = this.gb.add1({ op: 'fill', value: 0, shape: ta.shape.map((d, i) => (i === la.axis ? size : d)) }, [], loc);
      this.zeros.add(z);
      return z;
    };
    const parts: ValueId[] = [];
    let at = 0;
    for (const s of nonzero) {
      if (s.start > at) parts.push(zeros(s.start - at));
      parts.push(s.v);
      at = s.start + s.size;
    }
    if (at < width) parts.push(zeros(width - at));
    const out = this.gb.add1({ op: 'concat', axis: la.axis }, parts, loc);
    this.record(out, la.axis, parts);
    return out;
  }

  private record(out: ValueId, axis: number, ins: readonly ValueId[]): void {
    const ax = axis < 0 ? axis + this.gb.type(out).shape.length : axis;
    this.layouts.set(out, { axis: ax, pieces: ins.map((v) => ({ size: this.gb.type(v).shape[ax] as number, v: this.zeros.has(v) ? null : v })) });
  }
}

/** The nonzero pieces of a layout with their offsets. */
function spans(l: Layout): { start: number; size: number; v: ValueId }[] {
  const out: { start: number; size: number; v: ValueId }[] = [];
  let at = 0;
  for (const p of l.pieces) {
    if (p.v !== null) out.push({ start: at, size: p.size, v: p.v });
    at += p.size;
  }
  return out;
}
