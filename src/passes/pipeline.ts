// The pass pipeline: which IR -> IR passes run, in which order. Every pass can be switched off
// (`rnnc compile --passes`, and the bench's ablation), and each one is also usable alone. A name may
// appear more than once (fold and cse run again after hoist); switching a name off skips all its entries.

import type { Module } from '../ir/types.js';
import { cse } from './cse.js';
import { dce } from './dce.js';
import { fold } from './fold.js';
import { fuseGates } from './fuse-gates.js';
import { hoist, pruneScans } from './hoist.js';
import { linearScans } from './linear-scans.js';
import { splitCarries } from './split-carries.js';

export interface Pass {
  readonly name: string;
  readonly summary: string;
  readonly run: (m: Module) => Module;
}

/** IR passes in pipeline order. Kernel-level passes (fuse-pointwise, plan-buffers) are options of the scheduler. */
export const IR_PASSES: readonly Pass[] = [
  { name: 'fold', summary: 'fold constants and drop x*1, x+0', run: fold },
  { name: 'cse', summary: 'merge identical nodes', run: cse },
  { name: 'linear-scans', summary: 'a scan whose carries are linear in themselves (h = a * h + b) -> linear_scan, a parallel scan, with a and b computed for all steps', run: linearScans },
  { name: 'fuse-gates', summary: 'matmuls sharing a left operand -> one matmul on concatenated weights + slices', run: fuseGates },
  { name: 'hoist', summary: 'invariant and sequence-only work leaves scan bodies (one batched op over all steps)', run: hoist },
  { name: 'split-carries', summary: 'a carry updated as x + matmul becomes two carries summed where the next step reads them (no add kernel per step)', run: splitCarries },
  { name: 'fold', summary: 'fold again: the zero init + sum that hoist writes for pulled-out accumulators', run: fold },
  { name: 'cse', summary: 'merge identical nodes (again, over what hoist moved out)', run: cse },
  { name: 'prune-scan-args', summary: 'drop scan sequences and invariants the body does not read; merge repeated args and step outputs', run: pruneScans },
  { name: 'dce', summary: 'drop dead nodes and unread scan step outputs', run: dce },
];

export interface OptimizeOptions {
  /** Names of the passes to run; default: all. */
  passes?: readonly string[];
}

/** The distinct pass names, in pipeline order of first appearance. */
export function passNames(): string[] {
  return [...new Set(IR_PASSES.map((p) => p.name))];
}

export function optimize(mod: Module, opts: OptimizeOptions = {}): Module {
  const enabled = new Set(opts.passes ?? passNames());
  let m = mod;
  for (const p of IR_PASSES) if (enabled.has(p.name)) m = p.run(m);
  return m;
}
