// Kernels that read only parameters (the concatenated and transposed copies of the weights that
// the scheduler makes) give the same result on every call until the parameters change: for a
// B = 1 model called once per step (streaming) they cost more than the step itself. This pass gives
// their outputs buffers of their own, so a backend can keep them between calls and skip those
// kernels while the parameters are unchanged: the wasm target (wasm/prep.ts: fixed addresses and
// `params_same`) and the GLSL target (PlanKernel.params: the engine compares the parameters'
// textures and their write counts).

import { kernelReads, kernelWrites, mapKernelViews, simplify, stmtBuffers, type BufferDecl, type Kernel, type Program, type Stmt } from './kernel-ir.js';
import { kernelArgs } from './kernel-args.js';

export interface ParamPrep {
  /** The kernels a cached call skips (top level, no B or T in them, reading only parameters and each other's outputs). */
  readonly kernels: ReadonlySet<Kernel>;
  /** Their output buffers (static sizes, written by nothing else). */
  readonly buffers: readonly number[];
}

/**
 * The program with the kernels of the parameters alone given buffers of their own, and those
 * kernels. The scheduler's buffer planning shares a buffer between values whose lifetimes do not
 * overlap (W3: the input weights' concatenation, then the recurrent weights'), so a cached value
 * would be overwritten by the next call's other use: each such kernel (top level, no B, T or
 * loop variable in it, reading only parameters and earlier such values) writes a new buffer
 * instead, and the reads up to the old buffer's next write read the new one. A program where
 * that cannot be done safely is returned as it is, without cached kernels.
 */
export function separateParamPrep(
  p: Program,
  opts: {
    zeroedPerCall?: (p: Program) => ReadonlySet<number>;
    /**
     * Kernels that write pieces of one buffer (a concatenation written by several kernels) write
     * pieces of one kept buffer. For backends whose kept buffers start zeroed and are never
     * cleared (JS): every piece is rewritten whenever the parameters change, as a fresh buffer would be.
     */
    mergePieces?: boolean;
  } = {},
): { program: Program; prep: ParamPrep } {
  const none = { program: p, prep: { kernels: new Set<Kernel>(), buffers: [] } };
  const buffers: BufferDecl[] = [...p.buffers];
  const derived = new Set(p.buffers.filter((b) => b.role === 'param').map((b) => b.id));
  const alias = new Map<number, number>();
  const kernels = new Set<Kernel>();
  const made: number[] = [];
  // The static offsets each kept buffer's writes start at (mergePieces: pieces start elsewhere).
  const offsets = new Map<number, Set<number>>();
  const startsOf = (k: Kernel, b: number): number[] | undefined => {
    const xs = kernelWrites(k).filter((v) => v.buf === b).map((v) => simplify(v.offset));
    return xs.every((x) => typeof x === 'number') ? (xs as number[]) : undefined;
  };
  let unsafe = false;
  const visit = (ss: readonly Stmt[], top: boolean): Stmt[] =>
    ss.map((s): Stmt => {
      if (s.kind === 'loop') {
        // A value carried through the loop in an aliased buffer (read, then written) is not handled.
        const { reads, writes } = stmtBuffers(s);
        if ([...alias.keys()].some((b) => reads.has(b) && writes.has(b))) unsafe = true;
        return { ...s, body: visit(s.body, false) };
      }
      const writes = new Set(kernelWrites(s).map((v) => v.buf));
      // Reads follow the aliases; a kernel that reads and writes an aliased buffer is not handled.
      if (kernelReads(s).some((v) => alias.has(v.buf) && writes.has(v.buf))) unsafe = true;
      const writeViews = new Set(kernelWrites(s));
      let k = mapKernelViews(s, (v) => (!writeViews.has(v) && alias.has(v.buf) ? { ...v, buf: alias.get(v.buf)! } : v));
      const before = new Map([...writes].map((b) => [b, alias.get(b)]));
      for (const b of writes) alias.delete(b);
      const cacheable =
        top &&
        kernelArgs(k).vars.length === 0 &&
        kernelReads(k).every((v) => derived.has(v.buf)) &&
        [...writes].every((b) => p.buffers[b].role === 'scratch' && typeof simplify(p.buffers[b].size) === 'number');
      if (!cacheable) return k;
      const renamed = new Map<number, number>();
      for (const b of writes) {
        // A piece of the value a kept buffer is still being assembled from (a concatenation
        // written by several kernels: each piece starts at an offset of its own), not a new value
        // that buffer planning put in the same buffer (it starts where the first one did).
        const had = before.get(b);
        const starts = startsOf(k, b);
        const seen = had === undefined ? undefined : offsets.get(had);
        if (opts.mergePieces && had !== undefined && made.includes(had) && starts && seen && starts.every((o) => !seen.has(o))) {
          renamed.set(b, had);
          alias.set(b, had);
          for (const o of starts) seen.add(o);
          continue;
        }
        const id = buffers.length;
        offsets.set(id, new Set(starts ?? [Number.NaN]));
        buffers.push({ ...p.buffers[b], id, name: `${p.buffers[b].name}_params${id}` });
        renamed.set(b, id);
        alias.set(b, id);
        derived.add(id);
        made.push(id);
      }
      const outs = new Set(kernelWrites(k));
      k = mapKernelViews(k, (v) => (outs.has(v) ? { ...v, buf: renamed.get(v.buf)! } : v));
      kernels.add(k);
      return k;
    });
  const body = visit(p.body, true);
  if (unsafe || !made.length) return none;
  const program: Program = { ...p, buffers, body };
  // Each must be written in full by its kernel (a backend that zeroes some buffers per call, as the
  // wasm target does, says which: a cached one must not be among them).
  const zero = opts.zeroedPerCall?.(program) ?? new Set<number>();
  if (made.some((b) => zero.has(b))) return none;
  return { program, prep: { kernels, buffers: made } };
}

