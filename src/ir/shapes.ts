// Type inference for every op: given the input types and the op, the output types, or a
// ShapeError saying what is wrong. The tracer calls it to report mistakes where the user
// wrote them; the verifier calls it to check a graph built or rewritten by anything else.

import { scanOperandCount, scanParts, scanResultParts } from './scan-parts.js';
import type { Dim, Op, Shape, TensorType } from './types.js';

export class ShapeError extends Error {
  override name = 'ShapeError';
}

export function fmtShape(s: Shape): string {
  return `[${s.join(', ')}]`;
}

export function fmtType(t: TensorType): string {
  return `${t.dtype}${fmtShape(t.shape)}`;
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function sameType(a: TensorType, b: TensorType): boolean {
  return a.dtype === b.dtype && sameShape(a.shape, b.shape);
}

/** Numpy broadcasting aligned at the trailing axis; b must broadcast into a (the result has a's shape). */
export function broadcastInto(a: Shape, b: Shape): Shape {
  if (b.length > a.length) {
    throw new ShapeError(`cannot broadcast ${fmtShape(b)} into ${fmtShape(a)}: the second operand has more axes`);
  }
  const off = a.length - b.length;
  for (let i = 0; i < b.length; i++) {
    const da = a[off + i];
    const db = b[i];
    if (db !== da && db !== 1) {
      throw new ShapeError(`cannot broadcast ${fmtShape(b)} into ${fmtShape(a)}: axis ${off + i} is ${String(da)} vs ${String(db)}`);
    }
  }
  return a;
}

function normAxis(axis: number, rank: number, what: string): number {
  const a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) throw new ShapeError(`${what}: axis ${axis} is out of range for rank ${rank}`);
  return a;
}

function expectDtype(t: TensorType, dtype: string, what: string): void {
  if (t.dtype !== dtype) throw new ShapeError(`${what} must be ${dtype}, got ${fmtType(t)}`);
}

function expectArity(ins: readonly TensorType[], n: number, what: string): void {
  if (ins.length !== n) throw new ShapeError(`${what} takes ${n} operand(s), got ${ins.length}`);
}

export function numel(shape: Shape): number | null {
  let n = 1;
  for (const d of shape) {
    if (typeof d !== 'number') return null;
    n *= d;
  }
  return n;
}

/** Element count as a product of static size and symbolic factors, for comparing reshapes. */
function sizeSignature(shape: Shape): string {
  let n = 1;
  const syms: string[] = [];
  for (const d of shape) {
    if (typeof d === 'number') n *= d;
    else syms.push(d);
  }
  return `${n}*${syms.sort().join('*')}`;
}

/**
 * Output types of a node. `scan` is checked against its body here (the body's own
 * nodes are checked by the verifier).
 */
export function inferTypes(op: Op, ins: readonly TensorType[]): TensorType[] {
  switch (op.op) {
    case 'input':
    case 'param':
    case 'state':
    case 'arg':
      throw new ShapeError(`${op.op} nodes carry their own type`);
    case 'const':
      expectArity(ins, 0, 'const');
      return [{ dtype: 'f32', shape: [] }];
    case 'fill':
      expectArity(ins, 0, 'fill');
      return [{ dtype: op.dtype ?? 'f32', shape: op.shape }];
    case 'dropout':
      expectArity(ins, 0, 'dropout');
      if (!(op.rate >= 0 && op.rate < 1)) throw new ShapeError(`dropout rate must be in [0, 1), got ${op.rate}`);
      return [{ dtype: 'f32', shape: op.shape }];
    case 'select': {
      expectArity(ins, 3, 'select');
      const [c, a, b] = ins;
      expectDtype(c, 'f32', 'select condition');
      if (!sameType(a, b)) throw new ShapeError(`select branches differ: ${fmtType(a)} vs ${fmtType(b)}`);
      broadcastInto(a.shape, c.shape);
      return [a];
    }
    case 'matmul_nt': {
      expectArity(ins, 2, 'matmul_nt');
      const [g, w] = ins;
      expectDtype(g, 'f32', 'matmul_nt left operand');
      expectDtype(w, 'f32', 'matmul_nt right operand');
      if (w.shape.length !== 2 || g.shape.length < 1) throw new ShapeError(`matmul_nt takes [..., N] and [K, N], got ${fmtType(g)} and ${fmtType(w)}`);
      if (g.shape[g.shape.length - 1] !== w.shape[1]) throw new ShapeError(`matmul_nt sizes differ: ${fmtShape(g.shape)} x ${fmtShape(w.shape)}^T`);
      return [{ dtype: 'f32', shape: [...g.shape.slice(0, -1), w.shape[0]] }];
    }
    case 'matmul_tn': {
      expectArity(ins, 2, 'matmul_tn');
      const [a, g] = ins;
      expectDtype(a, 'f32', 'matmul_tn left operand');
      expectDtype(g, 'f32', 'matmul_tn right operand');
      if (a.shape.length < 1 || a.shape.length !== g.shape.length || !sameShape(a.shape.slice(0, -1), g.shape.slice(0, -1))) {
        throw new ShapeError(`matmul_tn takes [..., K] and [..., N] with the same leading axes, got ${fmtType(a)} and ${fmtType(g)}`);
      }
      const k = a.shape[a.shape.length - 1];
      const n = g.shape[g.shape.length - 1];
      if (typeof k !== 'number' || typeof n !== 'number') throw new ShapeError(`matmul_tn needs static last axes, got ${fmtType(a)} and ${fmtType(g)}`);
      return [{ dtype: 'f32', shape: [k, n] }];
    }
    case 'scatter_add': {
      expectArity(ins, 2, 'scatter_add');
      const [ids, g] = ins;
      expectDtype(ids, 'i32', 'scatter_add ids');
      expectDtype(g, 'f32', 'scatter_add values');
      if (g.shape.length !== ids.shape.length + 1 || !sameShape(g.shape.slice(0, -1), ids.shape)) {
        throw new ShapeError(`scatter_add values must be [...ids, D], got ids ${fmtType(ids)} and values ${fmtType(g)}`);
      }
      const d = g.shape[g.shape.length - 1];
      if (typeof d !== 'number') throw new ShapeError(`scatter_add rows must have a static size, got ${fmtType(g)}`);
      return [{ dtype: 'f32', shape: [op.vocab, d] }];
    }
    case 'one_hot': {
      expectArity(ins, 1, 'one_hot');
      expectDtype(ins[0], 'i32', 'one_hot ids');
      if (!Number.isInteger(op.depth) || op.depth < 1) throw new ShapeError(`one_hot depth must be a positive integer, got ${op.depth}`);
      return [{ dtype: 'f32', shape: [...ins[0].shape, op.depth] }];
    }
    case 'unary': {
      expectArity(ins, 1, op.fn);
      expectDtype(ins[0], 'f32', `${op.fn} operand`);
      return [ins[0]];
    }
    case 'binary': {
      expectArity(ins, 2, op.fn);
      expectDtype(ins[0], 'f32', `${op.fn} first operand`);
      expectDtype(ins[1], 'f32', `${op.fn} second operand`);
      return [{ dtype: 'f32', shape: broadcastInto(ins[0].shape, ins[1].shape) }];
    }
    case 'matmul': {
      expectArity(ins, 2, 'matmul');
      const [a, w] = ins;
      expectDtype(a, 'f32', 'matmul left operand');
      expectDtype(w, 'f32', 'matmul right operand');
      if (a.shape.length < 1) throw new ShapeError(`matmul left operand must have at least one axis, got ${fmtType(a)}`);
      if (w.shape.length !== 2) throw new ShapeError(`matmul right operand must be a matrix [K, N], got ${fmtType(w)}`);
      const k = a.shape[a.shape.length - 1];
      if (k !== w.shape[0]) {
        throw new ShapeError(`matmul inner sizes differ: ${fmtShape(a.shape)} x ${fmtShape(w.shape)} (${String(k)} vs ${String(w.shape[0])})`);
      }
      return [{ dtype: 'f32', shape: [...a.shape.slice(0, -1), w.shape[1]] }];
    }
    case 'slice': {
      expectArity(ins, 1, 'slice');
      const x = ins[0];
      const ax = normAxis(op.axis, x.shape.length, 'slice');
      const d = x.shape[ax];
      if (typeof d !== 'number') throw new ShapeError(`slice: axis ${ax} has symbolic size ${d}; only static axes can be sliced`);
      if (op.start < 0 || op.size < 1 || op.start + op.size > d) {
        throw new ShapeError(`slice [${op.start}, ${op.start + op.size}) is out of range for axis ${ax} of size ${d}`);
      }
      const shape = [...x.shape];
      shape[ax] = op.size;
      return [{ dtype: x.dtype, shape }];
    }
    case 'concat': {
      if (ins.length < 1) throw new ShapeError('concat needs at least one operand');
      const first = ins[0];
      const ax = normAxis(op.axis, first.shape.length, 'concat');
      let total = 0;
      for (const [i, t] of ins.entries()) {
        if (t.dtype !== first.dtype || t.shape.length !== first.shape.length) {
          throw new ShapeError(`concat operand ${i} is ${fmtType(t)}, expected ${first.dtype} with rank ${first.shape.length}`);
        }
        for (let j = 0; j < t.shape.length; j++) {
          if (j !== ax && t.shape[j] !== first.shape[j]) {
            throw new ShapeError(`concat operand ${i} has shape ${fmtShape(t.shape)}, which differs from ${fmtShape(first.shape)} off axis ${ax}`);
          }
        }
        const d = t.shape[ax];
        if (typeof d !== 'number') throw new ShapeError(`concat: axis ${ax} must be static, got ${d}`);
        total += d;
      }
      const shape = [...first.shape];
      shape[ax] = total;
      return [{ dtype: first.dtype, shape }];
    }
    case 'reduce': {
      expectArity(ins, 1, `reduce_${op.fn}`);
      expectDtype(ins[0], 'f32', `reduce_${op.fn} operand`);
      const ax = normAxis(op.axis, ins[0].shape.length, `reduce_${op.fn}`);
      return [{ dtype: 'f32', shape: ins[0].shape.filter((_, i) => i !== ax) }];
    }
    case 'gather': {
      expectArity(ins, 2, 'gather');
      const [table, ids] = ins;
      expectDtype(table, 'f32', 'gather table');
      expectDtype(ids, 'i32', 'gather ids');
      if (table.shape.length !== 2) throw new ShapeError(`gather table must be [V, D], got ${fmtType(table)}`);
      return [{ dtype: 'f32', shape: [...ids.shape, table.shape[1]] }];
    }
    case 'reshape': {
      expectArity(ins, 1, 'reshape');
      if (sizeSignature(ins[0].shape) !== sizeSignature(op.shape)) {
        throw new ShapeError(`reshape from ${fmtShape(ins[0].shape)} to ${fmtShape(op.shape)} changes the element count`);
      }
      return [{ dtype: ins[0].dtype, shape: op.shape }];
    }
    case 'flip': {
      expectArity(ins, 1, 'flip');
      normAxis(op.axis, ins[0].shape.length, 'flip');
      return [ins[0]];
    }
    case 'transpose': {
      expectArity(ins, 1, 'transpose');
      const r = ins[0].shape.length;
      if (op.perm.length !== r || [...op.perm].sort((a, b) => a - b).some((p, i) => p !== i)) {
        throw new ShapeError(`transpose perm [${op.perm.join(', ')}] is not a permutation of the ${r} axes of ${fmtShape(ins[0].shape)}`);
      }
      return [{ dtype: ins[0].dtype, shape: op.perm.map((p) => ins[0].shape[p]) }];
    }
    case 'cast': {
      expectArity(ins, 1, 'cast');
      return [{ dtype: op.to, shape: ins[0].shape }];
    }
    case 'seq_mask': {
      expectArity(ins, 2, 'seq_mask');
      const [len, like] = ins;
      expectDtype(len, 'i32', 'lengths');
      if (!sameShape(len.shape, ['B'])) throw new ShapeError(`lengths must be i32[B], got ${fmtType(len)}`);
      if (like.shape[0] !== 'B' || like.shape[1] !== 'T') {
        throw new ShapeError(`seq_mask needs a [B, T, ...] sequence to take T from, got ${fmtType(like)}`);
      }
      return [{ dtype: 'f32', shape: ['B', 'T'] }];
    }
    case 'linear_scan': {
      expectArity(ins, 3, 'linear_scan');
      const [a, b, h0] = ins;
      for (const [t, what] of [
        [a, 'linear_scan coefficients a'],
        [b, 'linear_scan inputs b'],
        [h0, 'linear_scan initial state h0'],
      ] as const) {
        expectDtype(t, 'f32', what);
      }
      if (b.shape[0] !== 'B' || b.shape[1] !== 'T') throw new ShapeError(`linear_scan inputs b must be [B, T, ...], got ${fmtType(b)}`);
      try {
        broadcastInto(b.shape, a.shape);
      } catch {
        throw new ShapeError(`linear_scan: the coefficients a (${fmtType(a)}) do not broadcast into b's shape ${fmtShape(b.shape)}`);
      }
      const step = stepType(b);
      if (!sameShape(h0.shape, step.shape)) throw new ShapeError(`linear_scan initial state h0 must be ${fmtType(step)} (b's shape without T), got ${fmtType(h0)}`);
      return [step, b];
    }
    case 'shift': {
      expectArity(ins, 2, 'shift');
      const [x, first] = ins;
      if (x.shape[0] !== 'B' || x.shape[1] !== 'T') throw new ShapeError(`shift needs a [B, T, ...] sequence, got ${fmtType(x)}`);
      if (!sameType(first, stepType(x))) throw new ShapeError(`shift: the first step must be ${fmtType(stepType(x))}, got ${fmtType(first)}`);
      return [x];
    }
    case 'scan':
      return inferScan(op, ins);
  }
}

export function stepType(seq: TensorType): TensorType {
  return { dtype: seq.dtype, shape: [seq.shape[0], ...seq.shape.slice(2)] };
}

export function stackedType(step: TensorType): TensorType {
  return { dtype: step.dtype, shape: [step.shape[0], 'T', ...step.shape.slice(1)] };
}

function inferScan(op: Extract<Op, { op: 'scan' }>, ins: readonly TensorType[]): TensorType[] {
  const nc = op.carries.length;
  const expected = scanOperandCount(op);
  if (ins.length !== expected) throw new ShapeError(`scan expects ${expected} operands, got ${ins.length}`);
  const { carries, sequences: seqs, mask } = scanParts(op, ins);
  for (const [i, s] of seqs.entries()) {
    if (s.shape[0] !== 'B' || s.shape[1] !== 'T') {
      throw new ShapeError(`scan sequence '${op.sequences[i]}' must be [B, T, ...], got ${fmtType(s)}`);
    }
  }
  if (mask !== null) {
    if (mask.dtype !== 'f32' || !sameShape(mask.shape, ['B', 'T'])) throw new ShapeError(`scan mask must be f32[B, T], got ${fmtType(mask)}`);
    for (const [i, c] of carries.entries()) {
      if (c.shape[0] !== 'B') throw new ShapeError(`a masked scan needs carries with a leading batch axis; carry '${op.carries[i]}' is ${fmtType(c)}`);
    }
  }
  const body = op.body;
  const results = body.results.map((v) => body.values[v]);
  if (results.length !== nc + op.steps.length) {
    throw new ShapeError(`scan body returns ${results.length} values, expected ${nc} carries and ${op.steps.length} step outputs`);
  }
  const { carries: newCarries, steps } = scanResultParts(op, results);
  for (const [i, c] of newCarries.entries()) {
    if (!sameType(c, carries[i])) {
      throw new ShapeError(`scan body returns carry '${op.carries[i]}' as ${fmtType(c)}, but it enters the scan as ${fmtType(carries[i])}`);
    }
  }
  for (const [i, s] of steps.entries()) {
    if (s.shape[0] !== 'B') throw new ShapeError(`scan step output '${op.steps[i]}' must have a leading batch axis, got ${fmtType(s)}`);
  }
  return [...carries, ...steps.map(stackedType)];
}

export function isSym(d: Dim): d is 'B' | 'T' {
  return d === 'B' || d === 'T';
}
