// Kernels that read only parameters (the concatenated and transposed copies of the weights that
// the scheduler makes) give the same result on every call until the parameters change: for a
// B = 1 model called once per step (streaming) they cost more than the step itself. Their
// outputs get fixed addresses right after the parameters; the host copies the parameters in
// through `params_same`, which says whether they were already there, and a call of the program
// that last ran on this memory, with the same parameters, skips them (the `cached` argument of
// the program function).

import { kernelReads, kernelWrites, mapKernelViews, stmtBuffers, type BufferDecl, type Kernel, type Program, type Stmt } from '../kernel-ir.js';
import { kernelArgs } from './args.js';
import { staticValue } from './wat.js';
import { buffersToZero } from './zeroing.js';

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
export function separateParamPrep(p: Program): { program: Program; prep: ParamPrep } {
  const none = { program: p, prep: { kernels: new Set<Kernel>(), buffers: [] } };
  const buffers: BufferDecl[] = [...p.buffers];
  const derived = new Set(p.buffers.filter((b) => b.role === 'param').map((b) => b.id));
  const alias = new Map<number, number>();
  const kernels = new Set<Kernel>();
  const made: number[] = [];
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
      for (const b of writes) alias.delete(b);
      const cacheable =
        top &&
        kernelArgs(k).vars.length === 0 &&
        kernelReads(k).every((v) => derived.has(v.buf)) &&
        [...writes].every((b) => p.buffers[b].role === 'scratch' && staticValue(p.buffers[b].size) !== null);
      if (!cacheable) return k;
      const renamed = new Map<number, number>();
      for (const b of writes) {
        const id = buffers.length;
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
  // Each must be written in full by its kernel (not zeroed per call: it lives outside that region).
  const zero = buffersToZero(program);
  if (made.some((b) => zero.has(b))) return none;
  return { program, prep: { kernels, buffers: made } };
}

/** Module-level wasm: `params_same(src, dst, bytes)`: 1 if equal, else copies src to dst and gives 0. */
export function paramsSameFunction(): string[] {
  return [
    '  ;; Whether the parameters staged at $src equal those at $dst; if not, copies them there (prep.ts).',
    '  (func $params_same (export "params_same") (param $src i32) (param $dst i32) (param $n i32) (result i32)',
    '    (local $i i32) (local $diff v128)',
    '    (block $done',
    '      (loop $v',
    '        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))',
    '        (local.set $diff (v128.or (local.get $diff) (v128.xor (v128.load (i32.add (local.get $src) (local.get $i))) (v128.load (i32.add (local.get $dst) (local.get $i))))))',
    '        (local.set $i (i32.add (local.get $i) (i32.const 16)))',
    '        (br $v)))',
    '    (block $tdone',
    '      (loop $t',
    '        (br_if $tdone (i32.ge_u (local.get $i) (local.get $n)))',
    '        (if (i32.ne (i32.load (i32.add (local.get $src) (local.get $i))) (i32.load (i32.add (local.get $dst) (local.get $i))))',
    '          (then (local.set $diff (v128.const i32x4 1 0 0 0))))',
    '        (local.set $i (i32.add (local.get $i) (i32.const 4)))',
    '        (br $t)))',
    '    (if (v128.any_true (local.get $diff)) (then (memory.copy (local.get $dst) (local.get $src) (local.get $n)) (return (i32.const 0))))',
    '    (i32.const 1))',
  ];
}
