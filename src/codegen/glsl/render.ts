// Renders a scheduled kernel Program (kernel-ir.ts) as a GlslPlan: the statement tree with each
// kernel replaced by its draws, the GLSL ES 3.00 shaders of those draws, and what the host must
// check before uploading (ids of gather, scatter_add and one_hot: a shader cannot throw). A matmul
// that carries an epilogue (fuse-matmul-epilogue.ts) is drawn fused with it (epilogue.ts).

import { withChunkBuffers } from './linear-scan.js';
import { kernelReads, mul, type BufferDecl, type Kernel, type MatmulEpilogue, type MatmulKernel, type Program, type Stmt } from '../kernel-ir.js';
import { coversAll, geometryOf, renderDraw, wholeTexels, type DrawSpec } from './draw.js';
import { layersOf, multipleOf, widthLog2, type Packing } from './expr.js';
import { blockableMatmul, blockTargets, kernelDraws, matmulBlockSize, MAX_SAMPLERS } from './kernels.js';
import { epilogueBlockSize, epilogueComputeDraw, epilogueCopyDraws, epilogueTargets, glslEpilogueOptions, type Epilogue } from './epilogue.js';
import { findMatmulEpilogues, withMatmulEpilogues } from '../fuse-matmul-epilogue.js';
import { blockBufferName, isBlockBuffer, type GlslPlan, type PlanDraw, type PlanIdCheck, type PlanShader, type PlanStmt } from './plan.js';

function kernelName(n: number, k: Kernel): string {
  return `k${n}_${k.kind === 'map' && k.parts ? 'fused' : k.kind}`;
}

/**
 * Elements per texel of each buffer: 4 (RGBA32F) when its size is a multiple of 4 and every
 * kernel that writes it writes 4-aligned runs of whole texels (a fragment writes a whole texel
 * and cannot keep the old value of the components it does not write), else 1 (R32F).
 */
function choosePacking(p: Program, specs: readonly DrawSpec[]): Packing {
  const ok = p.buffers.map((b) => multipleOf(b.size, 4));
  for (const spec of specs) {
    if (!wholeTexels(spec.dims, spec.outs[0].view)) for (const o of spec.outs) ok[o.buf] = false;
  }
  return (buf) => (ok[buf] ? 4 : 1);
}

/** Kernels with their enclosing loop variables, in program order. */
function kernelsOf(ss: readonly Stmt[], vars: readonly string[], into: { k: Kernel; vars: readonly string[] }[] = []) {
  for (const s of ss) {
    if (s.kind === 'loop') kernelsOf(s.body, [...vars, s.var], into);
    else into.push({ k: s, vars });
  }
  return into;
}

/** Kernels of the program before fusion that a kernel stands for: a matmul with an epilogue, two (names count both). */
function width(k: Kernel): number {
  return k.kind === 'matmul' && k.epilogue ? 2 : 1;
}

/**
 * The program with an RGBA32F scratch buffer added for each matmul drawn as blocks
 * (kernels.ts blockedMatmulDraws): a texture array, one layer per render target (4 or 8); for a
 * matmul with an epilogue, a layer per target of the epilogue's values.
 */
function withBlockBuffers(p: Program, pk: Packing): { p: Program; pk: Packing; blocks: Map<Kernel, number> } {
  const buffers: BufferDecl[] = [...p.buffers];
  const blocks = new Map<Kernel, number>();
  let n = 0;
  for (const { k } of kernelsOf(p.body, [])) {
    if (k.kind === 'matmul' && blockableMatmul(pk, k)) {
      const e = k.epilogue;
      const layers = e ? epilogueTargets(e) : blockTargets(k);
      const perLayer = e ? epilogueBlockSize(k, e) : matmulBlockSize(k);
      buffers.push({ id: buffers.length, name: blockBufferName(n), dtype: 'f32', size: mul(layers, perLayer), role: 'scratch', shape: [layers] });
      blocks.set(k, buffers.length - 1);
    }
    n += width(k);
  }
  const base = p.buffers.length;
  return { p: { ...p, buffers }, pk: (buf) => (buf >= base ? 4 : pk(buf)), blocks };
}

/**
 * The kernel program the GLSL target draws (`program`: `p` after the matmul-epilogue pass with the
 * GLSL conditions; print it with fmtProgram), the packing of its buffers, and the fused pairs by
 * the matmul of `p` they came from. Pass 1 of rendering finds what each kernel of `p` writes and
 * how (the packing that allows); fusion is decided on that packing, and pass 2 renders with it.
 */
export function glslKernels(p: Program): { program: Program; packing: Packing; found: ReadonlyMap<MatmulKernel, MatmulEpilogue> } {
  const all = kernelsOf(p.body, ['B', 'T']);
  const packing = choosePacking(
    p,
    all.flatMap(({ k, vars }, n) => kernelDraws(p, () => 1, k, kernelName(n, k), vars)),
  );
  const found = findMatmulEpilogues(p, glslEpilogueOptions(packing));
  return { program: withMatmulEpilogues(p, found), packing, found };
}

/**
 * `prep`: the kernels of the parameters alone (param-prep.ts), marked for the engine to skip while
 * the parameters are unchanged. The GLSL target switches the matmul-epilogue pass on here
 * (glslKernels).
 */
export function renderPlan(scheduled: Program, prep: ReadonlySet<Kernel> = new Set()): GlslPlan {
  // Linear scans keep per-chunk results in textures of their own (the one kernel that needs scratch the scheduler does not give).
  const p0 = withChunkBuffers(scheduled);
  const shaders: PlanShader[] = [];
  const idChecks: PlanIdCheck[] = [];
  const { program, packing, found } = glslKernels(p0);
  // A fused matmul is marked for the engine to skip when the matmul it came from was.
  const prepFused = new Set([...found].filter(([mm]) => prep.has(mm)).map(([, e]) => e));
  const { p, pk, blocks } = withBlockBuffers(program, packing);
  let count = 0;

  const idCheck = (buf: number, limit: number, src: string, what: string): void => {
    if (p.buffers[buf].role !== 'input' || idChecks.some((c) => c.buf === buf && c.limit === limit)) return;
    idChecks.push({ buf, limit, before: `${src}: id `, after: ` is out of range for ${what} ${limit} (valid ids are 0 to ${limit - 1})` });
  };

  const kernel = (k: Kernel, vars: readonly string[]): PlanStmt[] => {
    if (k.kind === 'matmul' && k.epilogue) {
      // The fused pair: the matmul's draw computes the map's values into the block buffer, the map's
      // draws copy them into its outputs (two statements, named as the two kernels).
      const { epilogue, ...mm } = k;
      const e: Epilogue = { ...epilogue, mm };
      const b = blocks.get(k)!;
      return [
        drawKernel(mm, prepFused.has(epilogue), (name) => [epilogueComputeDraw(p, pk, e, name, vars, b)]),
        drawKernel(epilogue.map, prep.has(epilogue.map), (name) => epilogueCopyDraws(p, pk, e, name, vars, b)),
      ];
    }
    return [drawKernel(k, prep.has(k), (name) => kernelDraws(p, pk, k, name, vars, blocks.get(k)))];
  };

  const drawKernel = (k: Kernel, params: boolean, drawsOf: (name: string) => DrawSpec[]): PlanStmt => {
    const name = kernelName(count++, k);
    if (k.kind === 'gather') idCheck(k.ids.buf, k.vocab, k.src, 'a vocabulary of size');
    if (k.kind === 'scatter_add') idCheck(k.ids.buf, k.vocab, k.src, 'a vocabulary of size');
    if (k.kind === 'one_hot') idCheck(k.ids.buf, k.depth, k.src, 'one_hot of depth');
    const read = new Set(kernelReads(k).map((v) => v.buf));
    // Outputs of one draw share their packing: split a group whose buffers differ.
    const drawn = drawsOf(name);
    const specs = drawn.flatMap((spec) => {
      const by4 = spec.outs.filter((o) => pk(o.buf) === 4);
      const by1 = spec.outs.filter((o) => pk(o.buf) === 1);
      if (!by4.length || !by1.length) return [spec];
      return [
        { ...spec, name: `${spec.name}a`, outs: by4 },
        { ...spec, name: `${spec.name}b`, outs: by1, quad: undefined },
      ];
    });
    const drawOf = (spec: DrawSpec): PlanDraw => {
      if (spec.reads.length > MAX_SAMPLERS) {
        throw new Error(`rnnc glsl: ${p.name}: kernel ${spec.name} (${k.src}) reads ${spec.reads.length} buffers; a WebGL2 fragment shader can sample at most ${MAX_SAMPLERS}`);
      }
      const { geom } = geometryOf(spec.dims, spec.outs[0].view);
      const outs = spec.outs.map((o) =>
        read.has(o.buf) ? { buf: o.buf, via: coversAll(geom, p.buffers[o.buf].size) ? ('swap' as const) : ('copy' as const) } : { buf: o.buf, ...(o.layer !== undefined ? { layer: o.layer } : {}) },
      );
      const copied = outs.filter((o) => o.via === 'copy').map((o) => o.buf);
      const r = renderDraw(p, spec, copied, pk);
      shaders.push(r.shader);
      const draw: PlanDraw = { shader: shaders.length - 1, geom: r.geom, outs, reads: spec.reads, ...(spec.fallback ? { alt: spec.fallback.map(drawOf) } : {}) };
      if (!r.copy) return draw;
      shaders.push(r.copy);
      return { ...draw, copyShader: shaders.length - 1 };
    };
    const draws = specs.map(drawOf);
    return { kind: 'kernel', name, src: k.src, ...(params ? { params: true as const } : {}), draws };
  };

  const stmts = (ss: readonly Stmt[], vars: readonly string[]): PlanStmt[] =>
    ss.flatMap((s): PlanStmt[] => (s.kind === 'loop' ? [{ kind: 'loop', var: s.var, count: s.count, reverse: s.reverse, body: stmts(s.body, [...vars, s.var]) }] : kernel(s, vars)));

  const body = stmts(p.body, ['B', 'T']);
  return {
    name: p.name,
    buffers: p.buffers.map((b) => {
      const lw = widthLog2(p, pk, b.id);
      const layers = layersOf(p, b.id);
      return { name: b.name, dtype: b.dtype, size: b.size, role: b.role, shape: b.shape, packing: pk(b.id), narrow: isBlockBuffer(b.name), ...(layers > 1 ? { layers } : {}), lw: typeof lw === 'number' ? lw : null };
    }),
    body,
    shaders,
    inputs: p.inputs.map((x) => x.buf),
    params: p.params.map((x) => x.buf),
    states: p.states.map((x) => x.buf),
    outputs: p.outputs.map((x) => x.buf),
    randoms: p.randoms.map((x) => x.buf),
    names: { inputs: p.inputs.map((x) => x.name), params: p.params.map((x) => x.name), states: p.states.map((x) => x.name), outputs: p.outputs.map((x) => x.name) },
    idChecks,
  };
}

/** Every shader of a plan as [name, stage, source], for validation and golden files. */
export function planSources(plan: GlslPlan): { name: string; stage: 'vert' | 'frag'; source: string }[] {
  const out: { name: string; stage: 'vert' | 'frag'; source: string }[] = [];
  const seen = new Set<string>();
  for (const s of plan.shaders) {
    if (!seen.has(s.vs)) {
      seen.add(s.vs);
      out.push({ name: s.name, stage: 'vert', source: s.vs });
    }
    out.push({ name: s.name, stage: 'frag', source: s.fs });
  }
  return out;
}
