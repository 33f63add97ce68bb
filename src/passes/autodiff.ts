// autodiff: reverse mode over the IR. `addGradients(module, { loss })` returns the module with one
// more output per parameter (`grad.<param>`) and per float data/state input (`grad.<input>`).
//
// The adjoint of a scan is a reverse scan (BPTT) whose body is the VJP of the forward body:
// - its carries are the adjoints of the forward carries and the running sums of the gradients of
//   the invariants (weights);
// - its sequences are the cotangents of the step outputs, the forward sequences, each carry as it
//   was before the step, and the body values the VJP reads (residuals) — saved by the forward scan
//   as extra step outputs, so only what the backward pass needs is kept (Theano's ScanSaveMem idea);
//   body values without a batch axis (e.g. functions of the weights) are recomputed instead;
// - truncate: k (Theano's truncate_gradient) runs the backward recurrence only over the last k
//   steps of the processing order: outside that window every cotangent is zero, so the gradient
//   flows back at most k steps and the initial state gets none when T > k.
// Masked scans are first lowered to selects (lower-scan-mask), so masking needs no rule of its own.

import { GraphBuilder } from '../ir/graph.js';
import { fmtType, stackedType, stepType } from '../ir/shapes.js';
import { scanArgList, scanArgParts, scanInputs, scanParts, scanResultParts } from '../ir/scan-parts.js';
import type { Graph, Module, Node, Op, Shape, TensorType, ValueId } from '../ir/types.js';
import { lowerScanMasks, argIds } from './lower-scan-mask.js';
import { copyNodes, Emitter, must, withGraph, type ScanOp } from './rewrite.js';

export class AutodiffError extends Error {
  override name = 'AutodiffError';
}

export interface GradOptions {
  /** Name of a scalar f32 output to differentiate. */
  loss: string;
  /**
   * Also the gradients of the float data and state inputs (default true). A training step needs
   * only the parameters': without these, DCE drops what computes only them (a first layer's
   * `dL/dx`, a matmul as big as its weight gradient).
   */
  inputs?: boolean;
}

export const gradName = (name: string) => `grad.${name}`;

export function addGradients(mod: Module, opts: GradOptions): Module {
  const lossOut = mod.outputs.find((o) => o.name === opts.loss);
  if (!lossOut) throw new AutodiffError(`no output named '${opts.loss}' to differentiate (outputs: ${mod.outputs.map((o) => o.name).join(', ')})`);
  if (lossOut.type.dtype !== 'f32' || lossOut.type.shape.length !== 0) {
    throw new AutodiffError(`the loss '${opts.loss}' must be a scalar f32[], got ${fmtType(lossOut.type)}`);
  }
  const lowered = lowerScanMasks(mod);
  // Lowering renumbers values: the loss must be looked up in the lowered module.
  const loss = lowered.outputs.find((o) => o.name === opts.loss)!;
  const gb = new GraphBuilder();
  const level = new Level(gb, gb, (v) => v);
  const map = new Map<ValueId, ValueId>();
  level.copy(lowered.graph, map);
  const grads = new Map<ValueId, ValueId>();
  const e = new Emitter(gb);
  grads.set(must(map, loss.value), e.const(1));
  level.backward(lowered.graph, map, grads);

  const extra: Module['outputs'][number][] = [];
  const gradOf = (v: ValueId, t: TensorType) => grads.get(must(map, v)) ?? e.fill(t);
  for (const p of lowered.params) {
    const t: TensorType = { dtype: 'f32', shape: p.shape };
    extra.push({ name: gradName(p.name), value: gradOf(p.value, t), type: t });
  }
  for (const i of opts.inputs === false ? [] : lowered.inputs) {
    if (i.type.dtype !== 'f32' || (i.role !== 'data' && i.role !== 'state')) continue;
    extra.push({ name: gradName(i.name), value: gradOf(i.value, i.type), type: i.type });
  }
  for (const o of extra) {
    if (mod.outputs.some((x) => x.name === o.name)) throw new AutodiffError(`output name '${o.name}' is taken; it is reserved for a gradient`);
  }
  return withGraph(lowered, gb.finish([]), (v) => must(map, v), extra);
}

interface ScanInfo {
  op: ScanOp;
  /** The augmented forward scan's inputs and outputs (ids in the forward graph of the level). */
  ins: ValueId[];
  outs: ValueId[];
  /** Backward body, with its argument layout. */
  body: Graph;
  dCarries: number[]; // indices of f32 carries (adjoint carries, in order)
  dInvs: number[]; // indices of f32 invariants (gradient accumulators)
  dSteps: number[]; // indices of f32 step outputs (cotangent sequences)
  dSeqs: number[]; // indices of f32 sequences (dx step outputs)
  residuals: number;
  window: boolean;
}

/**
 * One level of differentiation: the top-level graph, or a scan body. `aug` receives the forward
 * computation (with scans augmented to save what their backward needs), `bwd` the backward one;
 * `fwd` gives a forward value (an id in `aug`) as a value usable in `bwd`.
 */
class Level {
  private readonly scans = new Map<Node, ScanInfo>();

  constructor(
    readonly aug: GraphBuilder,
    readonly bwd: GraphBuilder,
    readonly fwd: (augId: ValueId) => ValueId,
  ) {}

  copy(g: Graph, map: Map<ValueId, ValueId>): void {
    copyNodes(g, this.aug, map, (n, ins) => (n.op.op === 'scan' ? this.augmentScan(n, n.op, ins) : undefined));
  }

  backward(g: Graph, map: Map<ValueId, ValueId>, grads: Map<ValueId, ValueId>): void {
    const e = new Emitter(this.bwd);
    for (let i = g.nodes.length - 1; i >= 0; i--) {
      const n = g.nodes[i];
      const gOut = n.outputs.map((o) => grads.get(must(map, o)));
      if (gOut.every((x) => x === undefined)) continue;
      const eLoc = new Emitter(this.bwd, n.loc);
      const fwdOrig = (v: ValueId) => this.fwd(must(map, v));
      const gIn = n.op.op === 'scan' ? this.scanVjp(n, gOut, eLoc) : vjp(n, g, gOut, eLoc, fwdOrig);
      n.inputs.forEach((v, k) => {
        const gv = gIn[k];
        if (gv === undefined || g.values[v].dtype !== 'f32') return;
        const key = must(map, v);
        const prev = grads.get(key);
        grads.set(key, prev === undefined ? gv : e.add(prev, gv));
      });
    }
  }

  /** Emit the forward scan with extra step outputs (carries before each step, residuals) and build its backward body. */
  private augmentScan(n: Node, op: ScanOp, ins: ValueId[]): ValueId[] {
    if (op.masked) throw new Error('internal: autodiff expects masks lowered first');
    const old = op.body;
    const oldArgs = argIds(old);
    const oldResults = scanResultParts(op, old.results);
    const inT = scanArgParts(op, ins.map((v) => this.aug.type(v)));
    const carryT = inT.carries;
    const seqT = inT.sequences.map(stepType);
    const invT = inT.invariants;
    const f32 = (ts: TensorType[]) => ts.flatMap((t, i) => (t.dtype === 'f32' ? [i] : []));
    const stepT = oldResults.steps.map((v) => old.values[v]);
    const dCarries = f32(carryT);
    const dInvs = f32(invT);
    const dSteps = f32(stepT);
    const dSeqs = f32(seqT);
    const window = op.truncate !== null;
    carryT.forEach((t, i) => {
      if (t.shape[0] !== 'B') throw new AutodiffError(`scan carry '${op.carries[i]}' (${fmtType(t)}) needs a leading batch axis to be differentiated`);
    });
    if (window && op.sequences.length === 0) throw new AutodiffError('a truncated scan needs a sequence to measure time by');

    // Forward body copy, args rebound by index.
    const abody = new GraphBuilder();
    const amap = new Map<ValueId, ValueId>();
    const aArgs: ValueId[] = scanArgList({ carries: carryT, sequences: seqT, invariants: invT }).map((t, i) => abody.leaf({ op: 'arg', index: i }, t, n.loc));
    oldArgs.forEach((v, i) => amap.set(v, aArgs[i]));

    // Backward body draft: args get their final indices when the residual count is known.
    const draft = new GraphBuilder();
    type Role = 'dC' | 'acc' | 'dy' | 'x' | 'cprev' | 'res' | 'window' | 'inv';
    const draftArgs: { role: Role; k: number; id: ValueId; type: TensorType }[] = [];
    const arg = (role: Role, k: number, type: TensorType) => {
      const id = draft.leaf({ op: 'arg', index: 10_000 + draftArgs.length }, type, n.loc);
      draftArgs.push({ role, k, id, type });
      return id;
    };
    const dC = dCarries.map((i) => arg('dC', i, carryT[i]));
    const acc = dInvs.map((k) => arg('acc', k, invT[k]));
    const dy = dSteps.map((j) => arg('dy', j, stepT[j]));
    const xs = seqT.map((t, j) => arg('x', j, t));
    const cprev = carryT.map((t, i) => arg('cprev', i, t));
    const w = window ? arg('window', 0, { dtype: 'f32', shape: ['B'] }) : undefined;
    const invs = invT.map((t, k) => arg('inv', k, t));
    // What stands in the backward body for each forward body arg.
    const bwdOfArg = scanArgList({ carries: cprev, sequences: xs, invariants: invs });
    const residuals: ValueId[] = []; // abody ids saved as step outputs
    const resArg = new Map<ValueId, ValueId>();
    const recomputed = new Map<ValueId, ValueId>();
    const defNode = new Map<ValueId, Node>();

    const inner = new Level(abody, draft, (v) => fwdInner(v));
    inner.copy(old, amap);
    const aGraph = abody.finish([]); // snapshot to look nodes up for recomputation
    for (const node of aGraph.nodes) for (const o of node.outputs) defNode.set(o, node);
    const fwdInner = (v: ValueId): ValueId => {
      const ai = aArgs.indexOf(v);
      if (ai >= 0) return bwdOfArg[ai];
      const t = aGraph.values[v] ?? abody.type(v);
      const node = defNode.get(v);
      const cheap = node !== undefined && (node.op.op === 'const' || node.op.op === 'fill');
      if (t.shape[0] === 'B' && !cheap) {
        let r = resArg.get(v);
        if (r === undefined) {
          r = arg('res', residuals.length, t);
          residuals.push(v);
          resArg.set(v, r);
        }
        return r;
      }
      // No batch axis: a function of the weights (or a constant): recompute it in the backward body.
      let r = recomputed.get(v);
      if (r !== undefined) return r;
      if (!node || node.op.op === 'scan' || node.op.op === 'arg') throw new AutodiffError(`cannot save or recompute body value %${v} (${fmtType(t)}) for the backward pass`);
      const rIns = node.inputs.map((x) => fwdInner(x));
      const outs = draft.add(node.op, rIns, node.loc);
      node.outputs.forEach((o, i) => recomputed.set(o, outs[i]));
      r = recomputed.get(v)!;
      return r;
    };

    // Seed the body's cotangents: adjoint carries and step cotangents, cut outside the window.
    const de = new Emitter(draft, n.loc);
    const cut = (g: ValueId) => (w === undefined ? g : de.select(de.rowsLike(w, g), g, de.zerosLike(g)));
    const bgrads = new Map<ValueId, ValueId>();
    const seed = (res: ValueId, g: ValueId) => {
      const key = must(amap, res);
      const prev = bgrads.get(key);
      bgrads.set(key, prev === undefined ? g : de.add(prev, g));
    };
    dCarries.forEach((i, k) => seed(oldResults.carries[i], cut(dC[k])));
    dSteps.forEach((j, k) => seed(oldResults.steps[j], cut(dy[k])));
    inner.backward(old, amap, bgrads);

    const gArgs = scanArgParts(op, aArgs.map((a) => bgrads.get(a)));
    const newDC = dCarries.map((i) => {
      const g = gArgs.carries[i];
      return g === undefined ? de.zerosLike(cprev[i]) : cut(g);
    });
    const newAcc = dInvs.map((k, j) => {
      const g = gArgs.invariants[k];
      return g === undefined ? acc[j] : de.add(acc[j], g);
    });
    const dx = dSeqs.map((j) => {
      const g = gArgs.sequences[j];
      return g === undefined ? de.zerosLike(xs[j]) : cut(g);
    });
    const draftGraph = draft.finish([...newDC, ...newAcc, ...dx]);

    // Final backward body: renumber the args into carries, sequences, invariants order.
    const order: Role[] = ['dC', 'acc', 'dy', 'x', 'cprev', 'res', 'window', 'inv'];
    const sorted = [...draftArgs].sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || a.k - b.k);
    const body = new GraphBuilder();
    const bmap = new Map<ValueId, ValueId>();
    sorted.forEach((a, i) => bmap.set(a.id, body.leaf({ op: 'arg', index: i }, a.type, n.loc)));
    copyNodes(draftGraph, body, bmap);
    const bodyGraph = body.finish(draftGraph.results.map((v) => must(bmap, v)));

    // The augmented forward scan: original outputs, then carries-before-step, then residuals.
    const aResults = [...old.results.map((v) => must(amap, v)), ...scanArgParts(op, aArgs).carries, ...residuals];
    const augOp: ScanOp = {
      ...op,
      steps: [...op.steps, ...op.carries.map((c) => `${c}.before`), ...residuals.map((_, r) => `residual.${r}`)],
      body: abody.finish(aResults),
    };
    const outs = this.aug.add(augOp, ins, n.loc);
    this.scans.set(n, { op, ins, outs, body: bodyGraph, dCarries, dInvs, dSteps, dSeqs, residuals: residuals.length, window });
    const augOuts = scanResultParts(op, outs);
    return [...augOuts.carries, ...augmentedSteps(op, augOuts.steps).steps];
  }

  private scanVjp(n: Node, gOut: (ValueId | undefined)[], e: Emitter): (ValueId | undefined)[] {
    const info = this.scans.get(n)!;
    const { op, ins, outs } = info;
    const f = (v: ValueId) => this.fwd(v);
    const fIns = scanParts(op, ins);
    const gOuts = scanResultParts(op, gOut);
    const saved = augmentedSteps(op, scanResultParts(op, outs).steps);
    const stepResults = scanResultParts(op, op.body.results).steps;
    const carryInits = info.dCarries.map((i) => gOuts.carries[i] ?? e.fill(this.aug.type(fIns.carries[i])));
    const accInits = info.dInvs.map((k) => e.fill(this.aug.type(fIns.invariants[k])));
    const dys = info.dSteps.map((j) => gOuts.steps[j] ?? e.fill(stackedType(op.body.values[stepResults[j]])));
    const xs = fIns.sequences.map(f);
    const cprev = saved.before.map(f);
    const res = saved.residuals.map(f);
    const window: ValueId[] = [];
    if (info.window) {
      const like = xs[0];
      const k = e.fill({ dtype: 'i32', shape: ['B'] }, op.truncate!);
      window.push(e.op({ op: 'seq_mask', fromEnd: !op.reverse }, k, like));
    }
    const invs = fIns.invariants.map(f);
    const bwdOp: ScanOp = {
      op: 'scan',
      carries: [...info.dCarries.map((i) => `d.${op.carries[i]}`), ...info.dInvs.map((k) => `d.invariant.${k}`)],
      sequences: [...info.dSteps.map((j) => `d.${op.steps[j]}`), ...op.sequences, ...op.carries.map((c) => `${c}.before`), ...res.map((_, r) => `residual.${r}`), ...(info.window ? ['window'] : [])],
      invariants: invs.length,
      steps: info.dSeqs.map((j) => `d.${op.sequences[j]}`),
      reverse: !op.reverse,
      masked: false,
      maskOutput: 'zero',
      truncate: null,
      body: info.body,
    };
    const bIns = scanInputs({ carries: [...carryInits, ...accInits], sequences: [...dys, ...xs, ...cprev, ...res, ...window], invariants: invs });
    // Finals: the carries' then the invariants' gradients; steps: the sequences' gradients.
    const bOuts = scanResultParts(bwdOp, this.bwd.add(bwdOp, bIns, n.loc));
    const none = (list: readonly unknown[]): (ValueId | undefined)[] => list.map(() => undefined);
    const gIn = { carries: none(fIns.carries), sequences: none(fIns.sequences), invariants: none(fIns.invariants) };
    info.dCarries.forEach((i, k) => (gIn.carries[i] = bOuts.carries[k]));
    info.dInvs.forEach((kInv, k) => (gIn.invariants[kInv] = bOuts.carries[info.dCarries.length + k]));
    info.dSeqs.forEach((j, k) => (gIn.sequences[j] = bOuts.steps[k]));
    return scanInputs(gIn);
  }
}

/** The step outputs of an augmented forward scan of `op`: its own, then each carry before the step, then the residuals. */
function augmentedSteps<T>(op: ScanOp, steps: readonly T[]): { steps: T[]; before: T[]; residuals: T[] } {
  const own = op.steps.length;
  const before = own + op.carries.length;
  return { steps: steps.slice(0, own), before: steps.slice(own, before), residuals: steps.slice(before) };
}

/** Sum `g` (of a broadcast result's shape) down to `target`'s shape: the adjoint of broadcasting. */
function unbroadcast(e: Emitter, g: ValueId, target: Shape): ValueId {
  let out = g;
  while (e.type(out).shape.length > target.length) out = e.op({ op: 'reduce', fn: 'sum', axis: 0 }, out);
  for (let ax = 0; ax < target.length; ax++) {
    const shape = e.type(out).shape;
    if (target[ax] === 1 && shape[ax] !== 1) {
      out = e.reshape(e.op({ op: 'reduce', fn: 'sum', axis: ax }, out), shape.map((d, i) => (i === ax ? 1 : d)));
    }
  }
  return out;
}

/** g reshaped with a size-1 axis at `axis` and broadcast to `shape`. */
function expandTo(e: Emitter, g: ValueId, axis: number, shape: Shape): ValueId {
  const gs = e.type(g).shape;
  const kept = e.reshape(g, [...gs.slice(0, axis), 1, ...gs.slice(axis)]);
  return e.add(e.fill({ dtype: 'f32', shape }), kept);
}

/**
 * The adjoint of h_t = a_t * h_{t-1} + b_t is the same recurrence run the other way: with v_t the
 * cotangent of h_t (its step output's plus what flows back from step t+1), w_t = a_t * v_t is what
 * flows back to h_{t-1}, so w_t = a_t * w_{t+1} + a_t * gy_t, a reverse linear_scan from the final
 * carry's cotangent; then v_t = gy_t + w_{t+1}, dL/db_t = v_t, dL/da_t = v_t * h_{t-1} and dL/dh0 is
 * the reverse scan's final carry. Everything is elementwise or a linear_scan, so it parallelizes
 * like the forward. In log space (H = log h) the step's derivatives are alpha_t = exp(a_t + H_{t-1}
 * - H_t) (to H_{t-1} and a_t) and beta_t = exp(b_t - H_t) (to b_t), and the adjoint is the plain
 * (not log) recurrence with coefficients alpha.
 */
function linearScanVjp(
  op: Extract<Op, { op: 'linear_scan' }>,
  e: Emitter,
  gOut: (ValueId | undefined)[],
  a: ValueId,
  b: ValueId,
  h0: ValueId,
  steps: ValueId,
): ValueId[] {
  const gy = gOut[1] ?? e.zerosLike(steps);
  const gFinal = gOut[0] ?? e.zerosLike(h0);
  const before = e.op({ op: 'shift', reverse: op.reverse }, steps, h0);
  // a may broadcast into the steps' shape: it is the second operand wherever shapes differ, and its cotangent is summed back down.
  const coef = op.log ? e.op({ op: 'unary', fn: 'exp' }, e.sub(e.add(before, a), steps)) : a;
  const back = e.gb.add({ op: 'linear_scan', reverse: !op.reverse, log: false }, [coef, e.mul(gy, coef), gFinal], e.loc);
  const v = e.add(gy, e.op({ op: 'shift', reverse: !op.reverse }, back[1], gFinal));
  const ga = (g: ValueId) => unbroadcast(e, g, e.type(a).shape);
  if (!op.log) return [ga(e.mul(v, before)), v, back[0]];
  const beta = e.op({ op: 'unary', fn: 'exp' }, e.sub(b, steps));
  return [ga(e.mul(v, coef)), e.mul(v, beta), back[0]];
}

/** The vector-Jacobian product of one node: cotangents of its inputs from those of its outputs. */
function vjp(n: Node, g0: Graph, gOut: (ValueId | undefined)[], e: Emitter, fwd: (v: ValueId) => ValueId): (ValueId | undefined)[] {
  const op = n.op;
  const g = gOut[0]!;
  const x = (i: number) => fwd(n.inputs[i]);
  const y = () => fwd(n.outputs[0]);
  const shapeOf = (i: number) => g0.values[n.inputs[i]].shape;
  // The IR allows negative axes (counted from the end); the rules below index shapes with them.
  const axisOf = (axis: number) => (axis < 0 ? axis + shapeOf(0).length : axis);
  switch (op.op) {
    case 'input':
    case 'param':
    case 'state':
    case 'arg':
    case 'const':
    case 'fill':
    case 'dropout':
    case 'cast':
    case 'seq_mask':
    case 'one_hot':
      return [];
    case 'unary':
      switch (op.fn) {
        case 'neg':
          return [e.neg(g)];
        case 'tanh':
          return [e.mul(g, e.oneMinus(e.mul(y(), y())))];
        case 'sigmoid':
          return [e.mul(g, e.mul(y(), e.oneMinus(y())))];
        case 'hard_sigmoid': {
          // 0.2 where 0 < y < 1 (the unclipped range), else 0.
          const inside = e.oneMinus(e.eq(e.mul(y(), e.oneMinus(y())), e.const(0)));
          return [e.mul(g, e.scale(inside, 0.2))];
        }
        case 'relu':
          return [e.mul(g, e.oneMinus(e.eq(y(), e.const(0))))];
        case 'exp':
          return [e.mul(g, y())];
        case 'log':
          return [e.div(g, x(0))];
        case 'sqrt':
          return [e.div(e.scale(g, 0.5), y())];
        case 'abs': {
          const sign = e.sub(e.eq(y(), x(0)), e.eq(y(), e.neg(x(0))));
          return [e.mul(g, sign)];
        }
        case 'square':
          return [e.mul(g, e.scale(x(0), 2))];
        case 'reciprocal':
          return [e.neg(e.mul(g, e.mul(y(), y())))];
      }
      break;
    case 'binary': {
      const sa = shapeOf(0);
      const sb = shapeOf(1);
      const ret = (ga: ValueId | undefined, gb: ValueId | undefined) => [ga === undefined ? undefined : unbroadcast(e, ga, sa), gb === undefined ? undefined : unbroadcast(e, gb, sb)];
      switch (op.fn) {
        case 'add':
          return ret(g, g);
        case 'sub':
          return ret(g, e.neg(g));
        case 'mul':
          return ret(e.mul(g, x(1)), e.mul(g, x(0)));
        case 'div':
          return ret(e.div(g, x(1)), e.neg(e.div(e.mul(g, y()), x(1))));
        case 'max':
        case 'min': {
          // Ties go to the first operand, so the cotangent is never counted twice.
          const first = e.eq(y(), x(0));
          return ret(e.mul(g, first), e.mul(g, e.oneMinus(first)));
        }
        case 'eq':
          return [];
      }
      break;
    }
    case 'matmul':
      return [e.op({ op: 'matmul_nt' }, g, x(1)), e.op({ op: 'matmul_tn' }, x(0), g)];
    case 'select':
      return [undefined, e.select(x(0), g, e.zerosLike(g)), e.select(x(0), e.zerosLike(g), g)];
    case 'slice': {
      const s = shapeOf(0);
      const axis = axisOf(op.axis);
      const d = s[axis] as number;
      const parts: ValueId[] = [];
      const zeros = (size: number) => e.fill({ dtype: 'f32', shape: s.map((v, i) => (i === axis ? size : v)) });
      if (op.start > 0) parts.push(zeros(op.start));
      parts.push(g);
      if (op.start + op.size < d) parts.push(zeros(d - op.start - op.size));
      return [parts.length === 1 ? g : e.op({ op: 'concat', axis }, ...parts)];
    }
    case 'concat': {
      let start = 0;
      const axis = axisOf(op.axis);
      return n.inputs.map((_, i) => {
        const size = shapeOf(i)[axis] as number;
        const piece = e.op({ op: 'slice', axis, start, size }, g);
        start += size;
        return piece;
      });
    }
    case 'reduce': {
      const s = shapeOf(0);
      const axis = axisOf(op.axis);
      if (op.fn === 'sum') return [expandTo(e, g, axis, s)];
      if (op.fn === 'mean') {
        const d = s[axis];
        const count = typeof d === 'number' ? e.const(d) : e.op({ op: 'reduce', fn: 'sum', axis }, e.fill({ dtype: 'f32', shape: s }, 1));
        return [expandTo(e, e.div(g, count), axis, s)];
      }
      // max: to the elements equal to the maximum
      return [e.mul(expandTo(e, g, axis, s), e.eq(x(0), expandTo(e, y(), axis, s)))];
    }
    case 'gather': {
      const vocab = shapeOf(0)[0] as number;
      return [e.op({ op: 'scatter_add', vocab }, x(1), g), undefined];
    }
    case 'reshape':
      return [e.reshape(g, shapeOf(0))];
    case 'flip':
      return [e.op({ op: 'flip', axis: op.axis }, g)];
    case 'transpose': {
      const inverse: number[] = [];
      op.perm.forEach((p, i) => {
        inverse[p] = i;
      });
      return [e.op({ op: 'transpose', perm: inverse }, g)];
    }
    case 'linear_scan':
      return linearScanVjp(op, e, gOut, x(0), x(1), x(2), fwd(n.outputs[1]));
    case 'shift': {
      // x_t moved to t + 1: its cotangent comes back from there (zero for the step that fell off);
      // `first`'s is the cotangent at the first step: the final carry of a linear_scan with a = 0,
      // run the other way (h_t = g_t, so the last step it takes is the shift's first).
      const gx = e.op({ op: 'shift', reverse: !op.reverse }, g, e.zerosLike(x(1)));
      const gFirst = e.gb.add({ op: 'linear_scan', reverse: !op.reverse, log: false }, [e.const(0), g, e.zerosLike(x(1))], e.loc)[0];
      return [gx, gFirst];
    }
    case 'matmul_nt':
    case 'matmul_tn':
    case 'scatter_add':
      throw new AutodiffError(`${op.op} has no gradient (it only appears in gradient graphs)`);
    case 'scan':
      throw new Error('internal: scans are differentiated by Level.scanVjp');
  }
  throw new Error(`internal: no gradient rule for ${(op as { op: string }).op}`);
}
