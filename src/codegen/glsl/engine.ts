// The WebGL2 engine: runs any GlslPlan (a rendered kernel-IR Program) on a WebGL2 context.
// Browser-safe, no imports beyond the plan types and the index-expression evaluator: it is
// bundled beside generated modules as rnnc-glsl-engine.js.
//
// Every buffer is a texture holding the flat array row-major: R32F, or RGBA32F with four
// consecutive elements per texel (plan.ts PlanBuffer.packing), 2^lw texels wide with lw a function of
// its texel count (plan.ts texWidthLog2), so every program lays a tensor out alike. Tensors stay on the device
// between calls (DeviceTensor); nothing is read back until read() is called.

import type { HostArray } from '../../runtime/device-engine-api.js';
import { evalIExpr, type IExpr } from '../kernel-ir.js';
import { QUAD_VS } from './draw.js';
import { SHADER_HELPERS } from './expr.js';
import { TEX_ROWS, texWidthLog2, type GlslPlan, type PlanDraw, type PlanShader, type PlanStmt } from './plan.js';
import { webglGlobals, type Gl, type GlHandle } from './webgl.js';

/** A WebGL2 failure: missing features, a lost context, a shader that does not compile or link. */
export class GlslError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlslError';
  }
}

/** A flat f32 array resident in a texture (i32 data is held exactly as floats). */
export interface DeviceTensor {
  readonly tex: GlHandle;
  readonly rows: number;
  readonly size: number;
  /** Elements per texel: 1 (R32F) or 4 (RGBA32F). */
  readonly packing: 1 | 4;
  /** log2 of the texture width. */
  readonly lw: number;
  /** Layers of a texture array (a block scratch buffer, PlanBuffer.layers); absent: a 2D texture. */
  readonly layers?: number;
  /** As a render target: the layer drawn into. */
  readonly layer?: number;
}

/** Elements a tensor's texture has room for. */
function capacity(t: DeviceTensor): number {
  return t.rows * 2 ** t.lw * t.packing * (t.layers ?? 1);
}

/** log2 of the texture width for `size` elements at `packing` per texel over `layers` layers (narrow: a block scratch buffer). */
function lwFor(size: number, packing: 1 | 4, narrow = false, layers = 1): number {
  return texWidthLog2(Math.max(1, Math.ceil(size / layers / packing)), narrow);
}

export type { HostArray };
export type Binding = HostArray | DeviceTensor;

export interface RunArgs {
  readonly inputs: readonly Binding[];
  readonly params: readonly Binding[];
  /** Consumed: the program updates them in place or in their spares; use the returned states afterwards. */
  readonly states: readonly Binding[];
  readonly randoms: readonly Binding[];
}

export interface RunResult {
  readonly outputs: DeviceTensor[];
  readonly states: DeviceTensor[];
  /** The parameters' textures afterwards: those given, or for a program that updates them in place (the optimizer step) the new ones. */
  readonly params: DeviceTensor[];
}

interface LinkedShader {
  readonly prog: GlHandle;
  readonly uniforms: Map<string, GlHandle | null>;
}

/** A plan whose shaders are compiled and linked on one engine. */
export interface CompiledPlan {
  readonly plan: GlslPlan;
  /** null: a shader with more render targets than the context has draw buffers (its draws run their alt). */
  readonly shaders: readonly (LinkedShader | null)[];
  /** The buffers the kernels of the parameters alone (PlanKernel.params) write: static sizes, kept between runs. */
  readonly paramOuts: ReadonlySet<number>;
}

const MIN_TEXTURE_SIZE = 4096;

function isDevice(b: Binding): b is DeviceTensor {
  return typeof b === 'object' && b !== null && 'tex' in b;
}

/** The context from what the caller gives: a WebGL2 context, a canvas, or nothing (an OffscreenCanvas of our own). */
function contextOf(target: unknown): Gl {
  const attrs = { alpha: true, antialias: false, depth: false, stencil: false, premultipliedAlpha: false, preserveDrawingBuffer: false, powerPreference: 'high-performance' } as const;
  const { WebGL2RenderingContext: Ctx, OffscreenCanvas: Offscreen } = webglGlobals();
  if (Ctx && target instanceof Ctx) return target as Gl;
  type Canvas = { getContext?: (kind: string, attrs: object) => unknown };
  let canvas = target as Canvas | undefined | null;
  if (canvas === undefined || canvas === null) {
    if (!Offscreen) throw new GlslError('rnnc glsl: no WebGL2 context given and OffscreenCanvas is not available here; pass create({ gl })');
    canvas = new Offscreen(1, 1) as Canvas;
  }
  if (typeof canvas?.getContext !== 'function') throw new GlslError('rnnc glsl: `gl` must be a Gl, an OffscreenCanvas or a canvas element');
  const gl = canvas.getContext('webgl2', attrs) as Gl | null;
  if (!gl) throw new GlslError('rnnc glsl: WebGL2 is not available (getContext("webgl2") returned null)');
  return gl;
}

/** "ERROR: 0:56: message" lines of an info log, each with the source line it names. */
function explainLog(log: string, source: string): string {
  const lines = source.split('\n');
  return log
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const m = /(?:ERROR|WARNING):\s*\d+:(\d+):/.exec(l);
      const n = m ? Number(m[1]) : 0;
      return n > 0 && n <= lines.length ? `${l.trim()}\n    GLSL line ${n}: ${lines[n - 1].trim()}` : l.trim();
    })
    .join('\n');
}

export class GlslEngine {
  readonly gl: Gl;
  private readonly fbo: GlHandle;
  private readonly vao: GlHandle;
  private attached = 0;
  private lost = false;
  /**
   * Per compiled plan: the texture of each buffer (null until needed) and its spare; and the
   * parameters its last run read (texKey of each), to skip its kernels of the parameters alone
   * (PlanKernel.params) while they are the same.
   */
  private readonly textures = new WeakMap<CompiledPlan, { tex: (DeviceTensor | null)[]; spare: (DeviceTensor | null)[]; paramsKey: string | null }>();
  /** An id per texture, and how often it was written (uploads, draws into it, copies): a texture's content is (id, writes). */
  private readonly texIds = new WeakMap<GlHandle, number>();
  private readonly texWrites = new WeakMap<GlHandle, number>();
  private nextTexId = 1;
  private readonly maxSize: number;
  /** MAX_DRAW_BUFFERS: at least 4 in WebGL2, usually 8. */
  private readonly maxDrawBuffers: number;

  constructor(target?: unknown) {
    const gl = contextOf(target);
    this.gl = gl;
    if (gl.isContextLost()) throw new GlslError('rnnc glsl: the WebGL2 context is lost');
    if (!gl.getExtension('EXT_color_buffer_float')) {
      throw new GlslError('rnnc glsl: this WebGL2 context cannot render to float textures (extension EXT_color_buffer_float is missing)');
    }
    const max = gl.getParameter(gl.MAX_TEXTURE_SIZE) as number;
    if (max < MIN_TEXTURE_SIZE) throw new GlslError(`rnnc glsl: MAX_TEXTURE_SIZE is ${max}; the GLSL target needs at least ${MIN_TEXTURE_SIZE}`);
    this.maxSize = max;
    this.maxDrawBuffers = gl.getParameter(gl.MAX_DRAW_BUFFERS) as number;
    const canvas = gl.canvas as { addEventListener?: (t: string, f: (e: Event) => void) => void } | null;
    canvas?.addEventListener?.('webglcontextlost', (e: Event) => {
      e.preventDefault();
      this.lost = true;
    });
    this.fbo = gl.createFramebuffer()!;
    this.vao = gl.createVertexArray()!;
    gl.disable(gl.DITHER);
    gl.disable(gl.BLEND);
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.SCISSOR_TEST);
  }

  private live(): void {
    if (this.lost || this.gl.isContextLost()) throw new GlslError('rnnc glsl: the WebGL2 context was lost; create the model again');
  }

  /** Compiles and links every shader of a plan; a failure names the kernel and the GLSL line. */
  compile(plan: GlslPlan): CompiledPlan {
    this.live();
    const gl = this.gl;
    const vsCache = new Map<string, GlHandle>();
    const compileOne = (_s: PlanShader, stage: 'vertex' | 'fragment', source: string): GlHandle => {
      const sh = gl.createShader(stage === 'vertex' ? gl.VERTEX_SHADER : gl.FRAGMENT_SHADER)!;
      gl.shaderSource(sh, source);
      gl.compileShader(sh);
      return sh;
    };
    // Compile everything first, then check: drivers may compile in parallel meanwhile. Shaders
    // with more render targets than the context has are not compiled (their draws' alt run instead).
    // A shader pair already linked (for another program: the forward step recurs in run, runEval
    // and runTrain), or met earlier in this plan, is shared, not compiled again.
    const keyOf = (s: PlanShader) => `${s.vs}\0${s.fs}`;
    const fresh = new Map<string, { s: PlanShader; vs: GlHandle; fs: GlHandle; prog: GlHandle }>();
    for (const s of plan.shaders) {
      const key = keyOf(s);
      if (s.targets > this.maxDrawBuffers || this.linked.has(key) || fresh.has(key)) continue;
      let vs = vsCache.get(s.vs);
      if (!vs) {
        vs = compileOne(s, 'vertex', s.vs);
        vsCache.set(s.vs, vs);
      }
      const fs = compileOne(s, 'fragment', s.fs);
      const prog = gl.createProgram()!;
      gl.attachShader(prog, vs);
      gl.attachShader(prog, fs);
      gl.linkProgram(prog);
      fresh.set(key, { s, vs, fs, prog });
    }
    for (const [key, { s, vs, fs, prog }] of fresh) {
      if (!gl.getProgramParameter(prog, gl.LINK_STATUS)) {
        this.live();
        for (const [sh, stage, src] of [[vs, 'vertex', s.vs], [fs, 'fragment', s.fs]] as const) {
          if (!gl.getShaderParameter(sh, gl.COMPILE_STATUS)) {
            throw new GlslError(`rnnc glsl: ${plan.name}: the ${stage} shader of kernel ${s.name} does not compile:\n${explainLog(gl.getShaderInfoLog(sh) ?? '', src)}`);
          }
        }
        throw new GlslError(`rnnc glsl: ${plan.name}: the shaders of kernel ${s.name} do not link:\n${gl.getProgramInfoLog(prog) ?? ''}`);
      }
      this.linked.set(key, { entry: { prog, uniforms: new Map<string, GlHandle | null>() }, refs: 0 });
    }
    // Each use counts (dispose deletes a program when its last user goes).
    const shaders = plan.shaders.map((s) => {
      if (s.targets > this.maxDrawBuffers) return null;
      const l = this.linked.get(keyOf(s))!;
      l.refs++;
      return l.entry;
    });
    for (const x of fresh.values()) gl.deleteShader(x.fs);
    for (const vs of vsCache.values()) gl.deleteShader(vs);
    const paramOuts = new Set(plan.body.flatMap((s) => (s.kind === 'kernel' && s.params ? s.draws.flatMap((d) => d.outs.map((o) => o.buf)) : [])));
    const cp = { plan, shaders, paramOuts };
    this.textures.set(cp, { tex: plan.buffers.map(() => null), spare: plan.buffers.map(() => null), paramsKey: null });
    return cp;
  }

  /** A texture for `size` elements, `packing` per texel (R32F or RGBA32F); with layers > 1, a texture array of them (size over all layers). */
  private alloc(size: number, what: string, packing: 1 | 4, lw = lwFor(size, packing), layers = 1): DeviceTensor {
    const gl = this.gl;
    if (2 ** lw > this.maxSize) {
      throw new GlslError(`rnnc glsl: ${what} has ${size} elements, more than a ${this.maxSize} x ${TEX_ROWS} ${packing === 4 ? 'RGBA32F' : 'R32F'} texture holds (MAX_TEXTURE_SIZE ${this.maxSize})`);
    }
    const rows = Math.max(1, Math.ceil(size / layers / (2 ** lw * packing)));
    const tex = gl.createTexture()!;
    const target = layers > 1 ? gl.TEXTURE_2D_ARRAY : gl.TEXTURE_2D;
    gl.bindTexture(target, tex);
    if (layers > 1) gl.texStorage3D(target, 1, packing === 4 ? gl.RGBA32F : gl.R32F, 2 ** lw, rows, layers);
    else gl.texStorage2D(target, 1, packing === 4 ? gl.RGBA32F : gl.R32F, 2 ** lw, rows);
    gl.texParameteri(target, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(target, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    return layers > 1 ? { tex, rows, size, packing, lw, layers } : { tex, rows, size, packing, lw };
  }

  /** Counts a write into a texture (see texKey). */
  private wrote(t: GlHandle): void {
    this.texWrites.set(t, (this.texWrites.get(t) ?? 0) + 1);
  }

  /** The texture's identity and write count: equal keys, equal content. */
  private texKey(t: GlHandle): string {
    let id = this.texIds.get(t);
    if (id === undefined) this.texIds.set(t, (id = this.nextTexId++));
    return `${id}.${this.texWrites.get(t) ?? 0}`;
  }

  /** Whether a texture lays out `size` elements at `packing` (over `layers`) as a fresh one would (same width), with room for them. */
  private fitsLayout(t: DeviceTensor, size: number, packing: 1 | 4, narrow = false, layers = 1): boolean {
    return t.packing === packing && (t.layers ?? 1) === layers && t.lw === lwFor(size, packing, narrow, layers) && capacity(t) >= size;
  }

  /** A device copy of a host array (into `into` when it has room and the packing asked for). */
  upload(data: HostArray, into?: DeviceTensor, packing: 1 | 4 = into?.packing ?? 4): DeviceTensor {
    this.live();
    const gl = this.gl;
    const fits = into !== undefined && this.fitsLayout(into, data.length, packing);
    if (into && !fits) gl.deleteTexture(into.tex);
    const t = fits ? into : this.alloc(data.length, 'an array', packing);
    const W = 2 ** t.lw;
    const rows = Math.max(1, Math.ceil(data.length / (W * packing)));
    const padded = new Float32Array(rows * W * packing);
    padded.set(data);
    gl.bindTexture(gl.TEXTURE_2D, t.tex);
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
    gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, W, rows, packing === 4 ? gl.RGBA : gl.RED, gl.FLOAT, padded);
    this.wrote(t.tex);
    return { ...t, size: data.length };
  }

  /** Reads `n` elements back (the only readback there is). */
  read(t: DeviceTensor, dtype: 'f32' | 'i32' = 'f32', n = t.size): HostArray {
    this.live();
    const gl = this.gl;
    this.attach([t]);
    const texels = Math.max(1, Math.ceil(n / t.packing));
    const rows = Math.ceil(texels / 2 ** t.lw);
    const width = rows === 1 ? texels : 2 ** t.lw;
    const px = new Float32Array(width * rows * 4);
    gl.readBuffer(gl.COLOR_ATTACHMENT0);
    gl.readPixels(0, 0, width, rows, gl.RGBA, gl.FLOAT, px);
    const out = dtype === 'i32' ? new Int32Array(n) : new Float32Array(n);
    if (t.packing === 4) out.set(px.subarray(0, n));
    else for (let i = 0; i < n; i++) out[i] = px[i * 4];
    return out;
  }

  /** A device copy of a tensor. */
  clone(t: DeviceTensor): DeviceTensor {
    this.live();
    const gl = this.gl;
    const c = this.alloc(capacity(t), 'a copy', t.packing, t.lw);
    this.attach([t]);
    gl.readBuffer(gl.COLOR_ATTACHMENT0);
    gl.bindTexture(gl.TEXTURE_2D, c.tex);
    gl.copyTexSubImage2D(gl.TEXTURE_2D, 0, 0, 0, 0, 0, 2 ** t.lw, t.rows);
    this.wrote(c.tex);
    return { ...c, size: t.size };
  }

  /** A tensor of zeros. */
  zeros(size: number, packing: 1 | 4 = 4): DeviceTensor {
    return this.upload(new Float32Array(Math.max(1, size)), undefined, packing);
  }

  /**
   * The same elements in the packing and width a fresh texture for them would have (a tensor made
   * by one program, read by another that packs it differently, or laid out for another size).
   */
  repack(t: DeviceTensor, packing: 1 | 4): DeviceTensor {
    if (t.packing === packing && t.lw === lwFor(t.size, packing)) return t;
    const gl = this.gl;
    this.repackers ??= this.linkRepackers();
    const prog = this.repackers[(t.packing === 4 ? 2 : 0) + (packing === 4 ? 1 : 0)];
    const out = this.alloc(t.size, 'a repacked tensor', packing);
    gl.useProgram(prog);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, t.tex);
    gl.uniform1i(gl.getUniformLocation(prog, 'src'), 0);
    gl.uniform1i(gl.getUniformLocation(prog, 'n'), t.size);
    gl.uniform1i(gl.getUniformLocation(prog, 'lws'), t.lw);
    gl.uniform1i(gl.getUniformLocation(prog, 'lwd'), out.lw);
    this.attach([out]);
    gl.bindVertexArray(this.vao);
    gl.viewport(0, 0, 2 ** out.lw, out.rows);
    gl.drawArrays(gl.TRIANGLES, 0, 3);
    this.wrote(out.tex);
    return { ...out, size: t.size };
  }

  private repackers: GlHandle[] | null = null;

  private linkRepackers(): GlHandle[] {
    const plan: GlslPlan = { name: 'repack', buffers: [], body: [], shaders: repackShaders(), inputs: [], params: [], states: [], outputs: [], randoms: [], names: { inputs: [], params: [], states: [], outputs: [] }, idChecks: [] };
    return this.compile(plan).shaders.map((s) => s!.prog);
  }


  release(t: DeviceTensor): void {
    this.gl.deleteTexture(t.tex);
  }

  /** Frees a compiled plan's programs and textures. */
  dispose(cp: CompiledPlan): void {
    for (const s of cp.shaders) {
      if (!s) continue;
      for (const [key, l] of this.linked) {
        if (l.entry !== s) continue;
        if (--l.refs === 0) {
          this.gl.deleteProgram(s.prog);
          this.linked.delete(key);
        }
        break;
      }
    }
    const t = this.textures.get(cp);
    if (t) for (const x of [...t.tex, ...t.spare]) if (x) this.gl.deleteTexture(x.tex);
    this.textures.delete(cp);
  }

  /** Texture units with a texture array bound (besides whatever 2D texture). */
  private readonly arrayUnits = new Set<number>();

  /** Linked programs by shader source, shared by the plans that use them (counted). */
  private readonly linked = new Map<string, { entry: LinkedShader; refs: number }>();

  /**
   * Binds a tensor's texture to a texture unit for sampling: a 2D texture, or a texture array. A
   * unit keeps a binding of the other kind: an array left there is unbound first, so it can be a
   * render target later without counting as sampled.
   */
  private bindRead(unit: number, t: DeviceTensor): void {
    const gl = this.gl;
    gl.activeTexture(gl.TEXTURE0 + unit);
    if (t.layers !== undefined) {
      gl.bindTexture(gl.TEXTURE_2D_ARRAY, t.tex);
      this.arrayUnits.add(unit);
      return;
    }
    if (this.arrayUnits.delete(unit)) gl.bindTexture(gl.TEXTURE_2D_ARRAY, null);
    gl.bindTexture(gl.TEXTURE_2D, t.tex);
  }

  /** Attaches a target at color attachment k: a texture, or one layer of a texture array; null detaches. */
  private attachAt(k: number, t: DeviceTensor | null): void {
    const gl = this.gl;
    if (t && t.layer !== undefined) gl.framebufferTextureLayer(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0 + k, t.tex, 0, t.layer);
    else gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0 + k, gl.TEXTURE_2D, t ? t.tex : null, 0);
  }

  private attach(targets: readonly DeviceTensor[]): void {
    const gl = this.gl;
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.fbo);
    targets.forEach((t, k) => this.attachAt(k, t));
    for (let k = targets.length; k < this.attached; k++) this.attachAt(k, null);
    this.attached = targets.length;
    gl.drawBuffers(targets.map((_, k) => gl.COLOR_ATTACHMENT0 + k));
  }

  /** Attaches only target `only` of a draw's targets (at its own location; the others draw nowhere). */
  private attachOnly(targets: readonly DeviceTensor[], only: number): void {
    const gl = this.gl;
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.fbo);
    for (let k = 0; k < Math.max(targets.length, this.attached); k++) this.attachAt(k, k === only ? targets[k] : null);
    this.attached = Math.max(targets.length, this.attached);
    gl.drawBuffers(targets.map((_, k) => (k === only ? gl.COLOR_ATTACHMENT0 + k : gl.NONE)));
  }

  /**
   * Binds a draw's render targets and draws. Textures of different heights in one framebuffer
   * do not render (on ANGLE/SwiftShader), so such a group is drawn once per target.
   */
  private drawTo(targets: readonly DeviceTensor[], geometry: (ts: readonly DeviceTensor[]) => void): void {
    for (const t of targets) this.wrote(t.tex);
    if (targets.every((t) => t.rows === targets[0].rows)) {
      this.attach(targets);
      geometry(targets);
      return;
    }
    targets.forEach((t, k) => {
      this.attachOnly(targets, k);
      geometry([t]);
    });
  }

  /** Runs the plan; outputs and the updated states come back as device tensors (the caller owns them). */
  run(cp: CompiledPlan, B: number, T: number, args: RunArgs): RunResult {
    this.live();
    const gl = this.gl;
    const plan = cp.plan;
    const store = this.textures.get(cp);
    if (!store) throw new GlslError(`rnnc glsl: ${plan.name}: this plan was disposed`);
    const vars: Record<string, number> = { B, T };
    const ev = (e: IExpr): number => evalIExpr(e, vars);
    // Host-side id checks (a shader cannot throw).
    for (const c of plan.idChecks) {
      const k = plan.inputs.indexOf(c.buf);
      const a = args.inputs[k];
      if (k < 0 || isDevice(a)) continue;
      for (let i = 0; i < a.length; i++) {
        if (!(a[i] >= 0 && a[i] < c.limit)) {
          // Named InputError: the module shell turns it into the runtime's InputError.
          const e = new RangeError(c.before + a[i] + c.after);
          e.name = 'InputError';
          throw e;
        }
      }
    }
    const tex = store.tex;
    const spare = store.spare;
    const own = new Set<number>();
    const bind = (bufs: readonly number[], data: readonly Binding[], adopt: boolean): void => {
      bufs.forEach((b, i) => {
        const d = data[i];
        const size = ev(plan.buffers[b].size);
        const packing = plan.buffers[b].packing;
        if (isDevice(d)) {
          if (capacity(d) < size) throw new GlslError(`rnnc glsl: ${plan.name}: ${plan.buffers[b].name} needs ${size} elements, the tensor given holds ${capacity(d)}`);
          if (d.packing !== packing || d.lw !== lwFor(size, packing)) {
            // Made by a program that packs it differently (or for another size): a repacked copy, ours for this call.
            tex[b] = this.repack(d, packing);
            temps.push(tex[b]!);
            if (adopt) {
              this.release(d);
              temps.pop();
            } else own.add(b);
          } else {
            tex[b] = d;
            if (!adopt) own.add(b);
          }
        } else {
          const cur = tex[b] && !own.has(b) && this.fitsLayout(tex[b]!, size, packing) ? tex[b]! : this.alloc(size, plan.buffers[b].name, packing);
          tex[b] = this.upload(d, cur);
        }
      });
    };
    const temps: DeviceTensor[] = [];
    bind(plan.inputs, args.inputs, false);
    bind(plan.params, args.params, false);
    bind(plan.states, args.states, true);
    bind(plan.randoms, args.randoms, false);
    // Scratch and output buffers: reuse the textures of the last call when big enough.
    // (The outputs of the kernels of the parameters alone: static sizes, so kept after the first call.)
    let fresh = false;
    plan.buffers.forEach((b, id) => {
      if (b.role !== 'scratch' && b.role !== 'output') return;
      const size = ev(b.size);
      const t = tex[id];
      // Reused only with the width a fresh one would have: shaders bake static widths in, and the outputs of one draw share theirs.
      if (!t || !this.fitsLayout(t, size, b.packing, b.narrow, b.layers)) {
        if (t) gl.deleteTexture(t.tex);
        tex[id] = this.alloc(size, b.name, b.packing, lwFor(size, b.packing, b.narrow, b.layers), b.layers);
        if (cp.paramOuts.has(id)) fresh = true;
      }
    });
    // The kernels of the parameters alone wrote their own scratch textures in the last run: with
    // the same parameters (same textures, unwritten since) and those textures kept, they are skipped.
    const paramsKey = plan.params.map((b) => this.texKey(tex[b]!.tex)).join(' ');
    const skipParamKernels = !fresh && store.paramsKey === paramsKey;
    const texOf = (b: number): DeviceTensor => tex[b]!;
    const spareOf = (b: number): DeviceTensor => {
      const s = spare[b];
      if (s && s.rows >= tex[b]!.rows && s.lw === tex[b]!.lw) return s;
      if (s) gl.deleteTexture(s.tex);
      spare[b] = this.alloc(capacity(tex[b]!), plan.buffers[b].name, plan.buffers[b].packing, tex[b]!.lw, tex[b]!.layers);
      return spare[b]!;
    };

    gl.bindVertexArray(this.vao);
    const uni = (sh: LinkedShader, name: string): GlHandle | null => {
      const loc = sh.uniforms.get(name);
      if (loc === undefined) {
        const found = gl.getUniformLocation(sh.prog, name) as GlHandle | null;
        sh.uniforms.set(name, found);
        return found;
      }
      return loc;
    };
    const setVars = (sh: LinkedShader): void => {
      for (const [k, v] of Object.entries(vars)) {
        const loc = uni(sh, k);
        if (loc) gl.uniform1i(loc, v);
      }
    };
    // Widths of buffers whose size depends on B or T, for the shaders that address them.
    const setWidth = (sh: LinkedShader, b: number, t: DeviceTensor): void => {
      if (plan.buffers[b].lw !== null) return;
      const loc = uni(sh, `u_lw_${plan.buffers[b].name}`);
      if (loc) gl.uniform1i(loc, t.lw);
    };
    const geometry = (d: PlanDraw, targets: readonly DeviceTensor[], sh: LinkedShader): void => {
      // The targets of one draw share their width (render.ts groups them so).
      const W = 2 ** targets[0].lw;
      if (d.geom.kind === 'range') {
        // In texels: an RGBA32F target's runs are 4-aligned (render.ts choosePacking).
        const per = plan.buffers[d.outs[0].buf].packing;
        const off = ev(d.geom.offset) / per;
        const n = ev(d.geom.count) / per;
        if (n <= 0) return;
        const r0 = Math.floor(off / W);
        const r1 = Math.floor((off + n - 1) / W);
        if (r0 === r1) gl.viewport(off % W, r0, n, 1);
        else gl.viewport(0, r0, W, r1 - r0 + 1);
        gl.drawArrays(gl.TRIANGLES, 0, 3);
      } else {
        // Points: one per element, or per texel of an RGBA32F target (render.ts: whole texels
        // only). Runs: a quad (two triangles) per run. The vertex shader places both.
        const n = d.geom.kind === 'runs' ? (ev(d.geom.len) > 0 ? ev(d.geom.count) : 0) : ev(d.geom.count) / plan.buffers[d.outs[0].buf].packing;
        if (n <= 0) return;
        // The targets of one draw have one height (drawTo splits the others); min for safety.
        const vh = Math.min(...targets.map((t) => t.rows));
        const loc = uni(sh, 'u_vh');
        if (loc) gl.uniform1i(loc, vh);
        gl.viewport(0, 0, W, vh);
        if (d.geom.kind === 'runs') gl.drawArrays(gl.TRIANGLES, 0, 6 * n);
        else gl.drawArrays(gl.POINTS, 0, n);
      }
    };
    const linked = (k: number): LinkedShader => {
      const sh = cp.shaders[k];
      if (!sh) throw new GlslError(`rnnc glsl: ${plan.name}: kernel ${plan.shaders[k].name} writes ${plan.shaders[k].targets} render targets, more than this context's MAX_DRAW_BUFFERS (${this.maxDrawBuffers}), and has no fallback`);
      return sh;
    };
    const draw = (d: PlanDraw): void => {
      const sh = linked(d.shader);
      // Targets first: allocating a spare binds it, which must not disturb the sampler bindings.
      const targets = d.outs.map((o) => (o.via ? spareOf(o.buf) : o.layer !== undefined ? { ...texOf(o.buf), layer: o.layer } : texOf(o.buf)));
      gl.useProgram(sh.prog);
      setVars(sh);
      d.reads.forEach((b, k) => {
        this.bindRead(k, texOf(b));
        const loc = uni(sh, `s_${plan.buffers[b].name}`);
        if (loc) gl.uniform1i(loc, k);
        setWidth(sh, b, texOf(b));
      });
      d.outs.forEach((o, k) => setWidth(sh, o.buf, targets[k]));
      this.drawTo(targets, (ts) => geometry(d, ts, sh));
    };
    const copyBack = (d: PlanDraw): void => {
      const sh = linked(d.copyShader!);
      gl.useProgram(sh.prog);
      setVars(sh);
      const outs = d.outs.filter((o) => o.via === 'copy');
      outs.forEach((o, k) => {
        this.bindRead(k, spareOf(o.buf));
        const loc = uni(sh, `c_${plan.buffers[o.buf].name}`);
        if (loc) gl.uniform1i(loc, k);
      });
      const targets = outs.map((o) => texOf(o.buf));
      outs.forEach((o, k) => setWidth(sh, o.buf, targets[k]));
      this.drawTo(targets, (ts) => geometry(d, ts, sh));
    };
    const exec = (ss: readonly PlanStmt[]): void => {
      for (const s of ss) {
        if (s.kind === 'loop') {
          const n = ev(s.count);
          for (let i = 0; i < n; i++) {
            vars[s.var] = s.reverse ? n - 1 - i : i;
            exec(s.body);
          }
          delete vars[s.var];
          continue;
        }
        if (s.params && skipParamKernels) continue;
        for (const d of s.draws) {
          if (d.alt && cp.shaders[d.shader] === null) d.alt.forEach(draw);
          else draw(d);
        }
        for (const d of s.draws) if (d.copyShader !== undefined) copyBack(d);
        for (const d of s.draws) {
          for (const o of d.outs) {
            if (o.via !== 'swap') continue;
            const t = tex[o.buf];
            tex[o.buf] = spare[o.buf];
            spare[o.buf] = t;
          }
        }
      }
    };
    exec(plan.body);
    store.paramsKey = paramsKey;
    this.live();
    // Hand outputs and states over: the plan forgets them and allocates afresh next call.
    const handOver = (b: number): DeviceTensor => {
      const t = { ...texOf(b), size: ev(plan.buffers[b].size) };
      tex[b] = null;
      return t;
    };
    const outputs = plan.outputs.map(handOver);
    const states = plan.states.map(handOver);
    const params = plan.params.map((b) => ({ ...texOf(b), size: ev(plan.buffers[b].size) }));
    // Borrowed tensors (inputs, params, randoms given as device tensors) are not ours to keep.
    for (const b of own) tex[b] = null;
    const kept = new Set([...params, ...spare.filter((x) => x !== null)].map((x) => x.tex));
    for (const t of temps) if (!kept.has(t.tex)) this.release(t);
    return { outputs, states, params };
  }
}

/**
 * The engine's own shaders: a tensor from R32F (0, 1) or RGBA32F (2, 3) to R32F (0, 2) or RGBA32F
 * (1, 3), from a texture 2^lws wide to one 2^lwd wide (uniforms src, n, lws, lwd).
 */
export function repackShaders(): PlanShader[] {
  const head = `#version 300 es\nprecision highp float;\nprecision highp int;\nprecision highp sampler2D;\nuniform highp sampler2D src;\nuniform int n;\nuniform int lws;\nuniform int lwd;\nout vec4 o;\n${SHADER_HELPERS}\n`;
  const at = 'int q = (int(gl_FragCoord.y) << lwd) + int(gl_FragCoord.x);';
  const out: PlanShader[] = [];
  for (const from of ['ld1w', 'ld4w']) {
    const to1 = `${head}void main() {\n  ${at}\n  o = vec4(q < n ? ${from}(src, q, lws) : 0.0, 0.0, 0.0, 1.0);\n}\n`;
    const to4 = `${head}void main() {\n  ${at}\n  vec4 v;\n  for (int c = 0; c < 4; c++) v[c] = 4 * q + c < n ? ${from}(src, 4 * q + c, lws) : 0.0;\n  o = v;\n}\n`;
    out.push({ name: `repack ${from} to R32F`, vs: QUAD_VS, fs: to1, targets: 1 }, { name: `repack ${from} to RGBA32F`, vs: QUAD_VS, fs: to4, targets: 1 });
  }
  return out;
}
