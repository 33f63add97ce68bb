// Renders a scheduled Program (kernel-ir.ts) as WGSL compute kernels plus a plan for the host:
// where each buffer lives (arena and base offset, see common.ts), which kernel each statement
// dispatches and how many invocations it needs, and the time loops around them. One kernel per
// file under kernels/ (tfjs-style); this file places buffers and walks the statements.

import { add, kernelReads, simplify, walkStmts, type IExpr, type Kernel, type Loop, type Program, type Stmt } from '../kernel-ir.js';
import { MAX_LOOP_DEPTH, type Grid, type KernelEnv, type Placement, type WgslKernel } from './common.js';
import { renderMap } from './kernels/map.js';
import { renderMatmul } from './kernels/matmul.js';
import { renderReduce } from './kernels/reduce.js';
import { renderGather, renderOneHot, renderScatterAdd } from './kernels/embedding.js';
import { renderLinearScan } from './kernels/linear-scan.js';
import { MAX_SEGMENTS, renderSequence, sequenceKernels, type GroupWork } from './kernels/sequence.js';

/**
 * A statement of the host plan: dispatch kernel `k`, or run a loop (its variable's value goes to
 * uniform field l<depth>). A loop with `whole` may instead dispatch that kernel once: the whole
 * loop in one workgroup (kernels/sequence.ts), `work` being what each step's kernels need.
 */
export type PlanStmt =
  | { readonly k: number }
  | { readonly loop: PlanLoop }
  /** A loop and the kernels around it that may run as whole-sequence kernel `k` (the engine chooses per call). */
  | { readonly group: { readonly k: number; readonly pre: readonly number[]; readonly loop: PlanLoop; readonly post: readonly number[]; readonly work: GroupWork } };

export interface PlanLoop {
  readonly count: IExpr;
  readonly reverse: boolean;
  readonly depth: number;
  readonly body: readonly PlanStmt[];
}

/**
 * Statements as loops with the kernels around them that their whole-sequence kernel may take
 * (up to MAX_SEGMENTS each side; not the parameter kernels, which the engine may skip), loops
 * that have none (`body` null), and the other kernels. Kernels between two such loops go with the
 * later one (a layer's state copy and input projection before its loop), those after the last
 * with it (pooling, a dense head).
 */
function groupLoops(ss: readonly Stmt[], isPrep: (k: Kernel) => boolean): ({ kernel: Kernel } | { loop: Loop; body: readonly Kernel[] | null; pre: Kernel[]; post: Kernel[] })[] {
  const out: ({ kernel: Kernel } | { loop: Loop; body: readonly Kernel[] | null; pre: Kernel[]; post: Kernel[] })[] = [];
  let pending: Kernel[] = [];
  let last: { post: Kernel[] } | null = null;
  const flushPending = (into: Kernel[] | null) => {
    // The kernels nearest the loop may join it; a parameter kernel ends the run.
    let cut = pending.length;
    while (cut > 0 && !isPrep(pending[cut - 1]) && pending.length - cut < MAX_SEGMENTS) cut--;
    for (const k of pending.slice(0, cut)) out.push({ kernel: k });
    if (into) into.push(...pending.slice(cut));
    else for (const k of pending.slice(cut)) out.push({ kernel: k });
    pending = [];
  };
  for (const s of ss) {
    if (s.kind !== 'loop') {
      pending.push(s);
      continue;
    }
    const body = sequenceKernels(s);
    const g = { loop: s, body, pre: [] as Kernel[], post: [] as Kernel[] };
    flushPending(body ? g.pre : null);
    out.push(g);
    last = body ? g : null;
  }
  if (last && pending.length) {
    // After the last loop: the run nearest it joins its group.
    let cut = 0;
    while (cut < pending.length && !isPrep(pending[cut]) && cut < MAX_SEGMENTS) cut++;
    last.post.push(...pending.slice(0, cut));
    for (const k of pending.slice(cut)) out.push({ kernel: k });
  } else for (const k of pending) out.push({ kernel: k });
  return out;
}

export interface PlanBuffer {
  readonly name: string;
  readonly dtype: 'f32' | 'i32';
  readonly size: IExpr;
  readonly role: string;
  readonly arena: 'M' | 'W';
  readonly base: IExpr;
}

/** An input whose ids a gather / scatter_add / one_hot reads: the host checks them before upload. */
export interface IdCheck {
  readonly input: number;
  readonly limit: number;
  /** The message around the bad id, as the JS target words it. */
  readonly before: string;
  readonly after: string;
}

export interface ProgramPlan {
  readonly name: string;
  /** `prep`: a kernel of the parameters alone, whose output the engine may keep between calls. */
  readonly kernels: readonly { readonly name: string; readonly grid: Grid; readonly prep?: true }[];
  readonly body: readonly PlanStmt[];
  readonly buffers: readonly PlanBuffer[];
  /** Words of the W arena this program needs (from word 0). */
  readonly workWords: IExpr;
  /** End of the program's buffers in the model arena (RenderWgslOptions.modelStart; 0 without). */
  readonly modelEnd: number;
  /** Buffer ids of the bindings, in the Program's order. */
  readonly inputs: readonly number[];
  readonly params: readonly number[];
  readonly states: readonly number[];
  readonly outputs: readonly number[];
  readonly randoms: readonly number[];
  readonly idChecks: readonly IdCheck[];
}

export interface RenderedProgram {
  readonly plan: ProgramPlan;
  /** The WGSL of each kernel, in plan order (plan.kernels[i].name names it). */
  readonly shaders: readonly WgslKernel[];
}

export interface RenderWgslOptions {
  /** Kernel name prefix (default the program's name). */
  readonly prefix?: string;
  /** Placement of buffers fixed from outside (params in the model arena, states at the start of W, another program's outputs). */
  readonly fixed: (buf: number) => Placement | undefined;
  /** First free word of W for the buffers not fixed (every fixed W buffer lies below it). */
  readonly workStart: IExpr;
  /**
   * Where scratch and output buffers of a static size go instead: the model arena from this word,
   * each on a 16-byte boundary (so that a matmul can read a concatenated weight four columns at a
   * time). Programs that never run in one call may share the region.
   */
  readonly modelStart?: number;
  /** Kernels of the parameters alone (param-prep.ts): marked in the plan, so the engine can skip them while the parameters and their outputs are unchanged. */
  readonly prep?: ReadonlySet<Kernel>;
  /** Render whole-sequence kernels for the loops that can have one (kernels/sequence.ts). */
  readonly sequences?: boolean;
}

export function renderWgslProgram(p: Program, opts: RenderWgslOptions): RenderedProgram {
  const prefix = opts.prefix ?? p.name;
  const places: Placement[] = [];
  // Fixed buffers of W lie below workStart (the states; another program's outputs), so the
  // program's end of W is where its own buffers end.
  let next: IExpr = opts.workStart;
  let modelNext = opts.modelStart ?? 0;
  for (const b of p.buffers) {
    const f = opts.fixed(b.id);
    if (f) {
      places.push(f);
      continue;
    }
    if (b.role === 'param') throw new Error(`wgsl: parameter buffer ${b.name} has no place in the model arena`);
    const size = simplify(b.size);
    if (opts.modelStart !== undefined && (b.role === 'scratch' || b.role === 'output') && typeof size === 'number') {
      places.push({ arena: 'M', base: modelNext });
      modelNext += Math.ceil(size / 4) * 4;
      continue;
    }
    places.push({ arena: 'W', base: next });
    next = add(next, b.size);
  }

  const shaders: WgslKernel[] = [];
  const kernels: { name: string; grid: Grid; prep?: true }[] = [];
  const envOf = (loops: Map<string, number>): KernelEnv => ({ p, place: (buf) => places[buf], loops, wg: 64, mwg: 8 });
  const push = (sh: WgslKernel, prep: boolean): number => {
    shaders.push(sh);
    kernels.push({ name: sh.name, grid: sh.grid, ...(prep ? { prep: true as const } : {}) });
    return shaders.length - 1;
  };
  const emit = (k: Kernel, loops: Map<string, number>): number => {
    const kind = k.kind === 'map' && k.parts ? 'fused' : k.kind;
    return push(renderKernel(`${prefix}_${shaders.length}_${kind}`, k, envOf(loops)), opts.prep?.has(k) ?? false);
  };
  const walkLoop = (s: Loop, loops: Map<string, number>): { loop: PlanLoop } => {
    const depth = loops.size;
    if (depth >= MAX_LOOP_DEPTH) throw new Error(`wgsl: loops nested deeper than ${MAX_LOOP_DEPTH} (${s.src})`);
    const inner = new Map(loops);
    inner.set(s.var, depth);
    return { loop: { count: simplify(s.count), reverse: s.reverse, depth, body: walk(s.body, inner) } };
  };
  const walk = (ss: readonly Stmt[], loops: Map<string, number>): PlanStmt[] => {
    const out: PlanStmt[] = [];
    if (!opts.sequences) return ss.map((s) => (s.kind === 'loop' ? walkLoop(s, loops) : { k: emit(s, loops) }));
    for (const g of groupLoops(ss, (k) => opts.prep?.has(k) ?? false)) {
      if ('kernel' in g) out.push({ k: emit(g.kernel, loops) });
      else if (!g.body) out.push(walkLoop(g.loop, loops));
      else {
        const pre = g.pre.map((k) => emit(k, loops));
        const loop = walkLoop(g.loop, loops).loop;
        const post = g.post.map((k) => emit(k, loops));
        const sq = renderSequence(`${prefix}_${shaders.length}_sequence`, { pre: g.pre, loop: g.loop, body: g.body, post: g.post }, envOf(loops), loop.depth);
        out.push({ group: { k: push(sq, false), pre, loop, post, work: sq.work } });
      }
    }
    return out;
  };
  // The kernels of the parameters alone first (they read parameters and write buffers of their
  // own, so any place before their readers is theirs): the kernels around a loop are then the
  // call's own work, which a whole-sequence kernel can take in.
  const top = [...p.body.filter((s) => s.kind !== 'loop' && opts.prep?.has(s)), ...p.body.filter((s) => !(s.kind !== 'loop' && opts.prep?.has(s)))];
  const body = walk(top, new Map());

  const idChecks: IdCheck[] = [];
  walkStmts(p.body, (s) => {
    if (s.kind !== 'gather' && s.kind !== 'scatter_add' && s.kind !== 'one_hot') return;
    const ids = kernelReads(s)[0];
    const input = p.inputs.findIndex((x) => x.buf === ids.buf);
    if (input < 0) return;
    const limit = s.kind === 'one_hot' ? s.depth : s.vocab;
    const what = s.kind === 'one_hot' ? 'one_hot of depth' : 'a vocabulary of size';
    idChecks.push({ input, limit, before: `${s.src}: id `, after: ` is out of range for ${what} ${limit} (valid ids are 0 to ${limit - 1})` });
  });

  const plan: ProgramPlan = {
    name: p.name,
    kernels,
    body,
    buffers: p.buffers.map((b, i) => ({ name: b.name, dtype: b.dtype, size: simplify(b.size), role: b.role, arena: places[i].arena, base: simplify(places[i].base) })),
    workWords: simplify(next),
    modelEnd: modelNext,
    inputs: p.inputs.map((x) => x.buf),
    params: p.params.map((x) => x.buf),
    states: p.states.map((x) => x.buf),
    outputs: p.outputs.map((x) => x.buf),
    randoms: p.randoms.map((x) => x.buf),
    idChecks,
  };
  return { plan, shaders };
}

function renderKernel(name: string, k: Kernel, env: KernelEnv): WgslKernel {
  switch (k.kind) {
    case 'map':
      return renderMap(name, k, env);
    case 'reduce':
      return renderReduce(name, k, env);
    case 'matmul':
      // Matmul-epilogue fusion (fuse-matmul-epilogue.ts) is switched on by the GLSL target only.
      if (k.epilogue) throw new Error(`wgsl: ${name}: a matmul with a fused epilogue has no WGSL rendering`);
      return renderMatmul(name, k, env);
    case 'gather':
      return renderGather(name, k, env);
    case 'scatter_add':
      return renderScatterAdd(name, k, env);
    case 'one_hot':
      return renderOneHot(name, k, env);
    case 'linear_scan':
      return renderLinearScan(name, k, env);
  }
}
