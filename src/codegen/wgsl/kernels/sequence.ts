// A whole-sequence kernel: a time loop whose body is kernels only (the forward step of an LSTM,
// GRU or custom cell: the recurrent matmul and the fused step kernel), run as ONE dispatch of one
// workgroup that walks the steps itself, with the kernels around the loop that the engine lets in
// (a streaming call's input projection and state copies: the whole call one dispatch). Each kernel of the body becomes a function of its
// invocation index; the workgroup's invocations stride over those indices, and a storageBarrier
// between kernels stands where a dispatch boundary stood (every invocation of the kernel before
// has written; the one workgroup sees its own storage writes after the barrier). The state stays
// in the work arena on the device, the loop variable is a local, and nothing per step goes through
// the uniform. WebGPU has no barrier across workgroups, so one workgroup does the whole step: the
// engine uses this kernel when the step is small enough for one workgroup (its rule in engine.ts),
// and the per-step dispatches otherwise.

import type { IExpr, Kernel, Loop, MatmulKernel } from '../../kernel-ir.js';
import { comment, headerFor, ix, type KernelEnv, type LinearBody, type WgslKernel } from '../common.js';
import { expandWgsl } from '../expand.js';
import { mapBody } from './map.js';
import { reduceBody } from './reduce.js';
import { gatherBody, oneHotBody, scatterAddBody } from './embedding.js';
import { linearScanBody } from './linear-scan.js';
import { matmulFunction, SEQ_BLOCK, vec4Weights } from './matmul.js';

/** The name of the time step inside the kernel (the loop variable's value). */
const STEP = 'ts';

/** How many invocations one kernel of the step needs (for the engine's rule). */
export type StepWork = { readonly count: IExpr } | { readonly rows: IExpr; readonly rowBlock: number; readonly colBlocks: number };

/** The kernels of a loop that can run as one whole-sequence kernel (a forward loop of kernels, no nested loop), else null. */
export function sequenceKernels(loop: Loop): readonly Kernel[] | null {
  const ks = loop.body.filter((s): s is Kernel => s.kind !== 'loop' && !(s.kind === 'matmul' && s.epilogue));
  return loop.role !== 'backward' && ks.length > 0 && ks.length === loop.body.length ? ks : null;
}

function linearBody(k: Exclude<Kernel, MatmulKernel>, env: KernelEnv): LinearBody {
  switch (k.kind) {
    case 'map':
      return mapBody(k, env);
    case 'reduce':
      return reduceBody(k, env);
    case 'gather':
      return gatherBody(k, env);
    case 'scatter_add':
      return scatterAddBody(k, env);
    case 'one_hot':
      return oneHotBody(k, env);
    case 'linear_scan':
      return linearScanBody(k, env);
  }
}

/** A whole-sequence kernel's statements: the loop, and the kernels right before and after it that it may run too. */
export interface SequenceGroup {
  readonly pre: readonly Kernel[];
  readonly loop: Loop;
  /** sequenceKernels(loop). */
  readonly body: readonly Kernel[];
  readonly post: readonly Kernel[];
}

/** What each kernel of the group needs (for the engine's rule). */
export interface GroupWork {
  readonly pre: readonly StepWork[];
  readonly body: readonly StepWork[];
  readonly post: readonly StepWork[];
}

export interface SequenceKernel extends WgslKernel {
  readonly work: GroupWork;
}

/**
 * The kernels before and after the loop (the copy of a kept state into the carries, the input
 * projection of a one-step call, the pooling and dense head after it) run inside the kernel when
 * the engine says so: bit j of `u.l<depth>` (the uniform field of this loop's variable, free here,
 * as the variable is a local) switches segment j on (pre first, then post). The engine includes
 * those nearest the loop that fit its rule and dispatches the others around it, in order.
 */
export function renderSequence(name: string, g: SequenceGroup, env0: KernelEnv, depth: number): SequenceKernel {
  const all = [...g.pre, ...g.body, ...g.post];
  // One declaration of M for the whole kernel: vec4 words when any matmul loads weights four at a time.
  const m4 = all.some((k) => k.kind === 'matmul' && vec4Weights(k, env0, Math.min(SEQ_BLOCK.C, k.n)));
  const env: KernelEnv = { ...env0, m4, localLoops: new Map([[g.loop.var, STEP]]) };
  const fns: string[] = [];
  let fn = 0;
  /** The kernel as a function; the loop that calls it for each invocation index, and its work. */
  const kernel = (k: Kernel, ind: string): { call: string[]; work: StepWork } => {
    const name = `k${fn++}`;
    let count: string;
    let work: StepWork;
    if (k.kind === 'matmul') {
      const mf = matmulFunction(k, env, name, STEP);
      fns.push(...mf.lines);
      count = mf.count;
      work = { rows: k.m, rowBlock: mf.rowBlock, colBlocks: Math.ceil(k.n / mf.colBlock) };
    } else {
      const b = linearBody(k, env);
      fns.push(...b.notes, `fn ${name}(gid: i32, ${STEP}: i32) {`, ...b.lines, '}');
      count = ix(b.count, env);
      work = { count: b.count };
    }
    return { call: [`${ind}for (var g = i32(lid); g < ${count}; g += i32(SWG)) { ${name}(g, ${STEP}); }`, `${ind}storageBarrier();`], work };
  };
  const segment = (ks: readonly Kernel[], bit0: number): { lines: string[]; work: StepWork[] } => {
    const lines: string[] = [];
    const work: StepWork[] = [];
    ks.forEach((k, j) => {
      const c = kernel(k, '    ');
      lines.push(`  if ((on & ${1 << (bit0 + j)}) != 0) {`, ...c.call, '  }');
      work.push(c.work);
    });
    return { lines, work };
  };
  const pre = segment(g.pre, 0);
  const body = g.body.map((k) => kernel(k, '    '));
  const post = segment(g.post, g.pre.length);
  const L = [headerFor(env), '', comment(`${g.loop.src}: the whole loop${g.loop.reverse ? ' (reverse)' : ''}, ${g.body.length} kernels a step, in one workgroup; ${g.pre.length} kernels before it, ${g.post.length} after`), ...fns];
  // SWG: the one workgroup's size (the host sets it from the device's limits).
  L.push(`override SWG: u32 = 64u;`, '@compute @workgroup_size(SWG)', 'fn main(@builtin(local_invocation_index) lid: u32) {');
  L.push(`  let on = u.l${depth};`, `  let ${STEP} = 0;`, ...pre.lines);
  L.push(`  let n = ${ix(g.loop.count, env)};`, '  for (var s = 0; s < n; s++) {', `    let ${STEP} = ${g.loop.reverse ? 'n - 1 - s' : 's'};`, ...body.flatMap((b) => b.call), '  }');
  L.push(...post.lines, '}');
  const text = L.join('\n') + '\n';
  const templated = text.includes('//@');
  return { name, code: templated ? expandWgsl(text) : text, ...(templated ? { template: text } : {}), grid: { kind: 'single' }, work: { pre: pre.work, body: body.map((b) => b.work), post: post.work } };
}

/** The most kernels a group takes before and after its loop (their switches are bits of one i32). */
export const MAX_SEGMENTS = 15;
