// A scan's flat lists by role: the one place that knows their order.
//   operands:     [...carry inits, ...sequences, ...invariants, mask?]
//   body args:    [...carries, ...sequence slices, ...invariants]
//   body results: [...new carries, ...step outputs]     node outputs: [...finals, ...stacked steps]
// Splitting slices by the op's counts (a short list gives short parts, as `slice` does); building
// concatenates the parts in that order.

import type { Op, ValueId } from './types.js';

type ScanOp = Extract<Op, { op: 'scan' }>;

export type ScanArgRole = 'carry' | 'sequence' | 'invariant';

/** The body's args (or any list in their order) by role. */
export interface ScanArgParts<T> {
  readonly carries: T[];
  readonly sequences: T[];
  readonly invariants: T[];
}

/** A scan node's operands by role; `mask` is null when the scan is not masked. */
export interface ScanParts<T> extends ScanArgParts<T> {
  readonly mask: T | null;
}

/** Carries (new carries, or finals) and step outputs (per step, or stacked). */
export interface ScanResultParts<T> {
  readonly carries: T[];
  readonly steps: T[];
}

/** Number of body args: carries, sequences and invariants. */
export function scanArgCount(op: ScanOp): number {
  return op.carries.length + op.sequences.length + op.invariants;
}

/** Number of operands: the body's args, and the mask when the scan is masked. */
export function scanOperandCount(op: ScanOp): number {
  return scanArgCount(op) + (op.masked ? 1 : 0);
}

/** A list in body-arg order (args, or the first operands) split by role. */
export function scanArgParts<T>(op: ScanOp, args: readonly T[]): ScanArgParts<T> {
  const nc = op.carries.length;
  const ni = nc + op.sequences.length;
  return { carries: args.slice(0, nc), sequences: args.slice(nc, ni), invariants: args.slice(ni, ni + op.invariants) };
}

/** A scan node's operands split by role. */
export function scanParts<T>(op: ScanOp, inputs: readonly T[]): ScanParts<T> {
  return { ...scanArgParts(op, inputs), mask: op.masked ? inputs[scanArgCount(op)] : null };
}

/** The flat body-arg list of its parts. */
export function scanArgList<T>(parts: ScanArgParts<T>): T[] {
  return [...parts.carries, ...parts.sequences, ...parts.invariants];
}

/** The flat operand list of its parts (the mask last, when there is one). */
export function scanInputs<T>(parts: { readonly carries: readonly T[]; readonly sequences: readonly T[]; readonly invariants: readonly T[]; readonly mask?: T | null }): T[] {
  const mask = parts.mask;
  return [...parts.carries, ...parts.sequences, ...parts.invariants, ...(mask === null || mask === undefined ? [] : [mask])];
}

/** Body results or node outputs split into carries and step outputs. */
export function scanResultParts<T>(op: ScanOp, results: readonly T[]): ScanResultParts<T> {
  const nc = op.carries.length;
  return { carries: results.slice(0, nc), steps: results.slice(nc) };
}

/** The role of body arg `index` and its place among that role's args; null past the args. */
export function scanArgRole(op: ScanOp, index: number): { readonly role: ScanArgRole; readonly k: number } | null {
  const nc = op.carries.length;
  const ns = op.sequences.length;
  if (index < 0) return null;
  if (index < nc) return { role: 'carry', k: index };
  if (index < nc + ns) return { role: 'sequence', k: index - nc };
  if (index < nc + ns + op.invariants) return { role: 'invariant', k: index - nc - ns };
  return null;
}

/** The flat index (in the body's args and in the operands) of the `k`-th arg of `role`. */
export function scanArgIndex(op: ScanOp, role: ScanArgRole, k: number): number {
  const nc = op.carries.length;
  return role === 'carry' ? k : role === 'sequence' ? nc + k : nc + op.sequences.length + k;
}

/** The arg value ids of the scan's body by role (the last node where an index has several; undefined where none). */
export function scanBodyArgs(op: ScanOp): ScanArgParts<ValueId | undefined> {
  const ids: (ValueId | undefined)[] = new Array(scanArgCount(op)).fill(undefined);
  for (const n of op.body.nodes) if (n.op.op === 'arg' && n.op.index >= 0 && n.op.index < ids.length) ids[n.op.index] = n.outputs[0];
  return scanArgParts(op, ids);
}
