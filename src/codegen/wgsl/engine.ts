/// <reference types="@webgpu/types" />
// The WebGPU engine of generated WGSL modules (bundled beside them as rnnc-wgsl-engine.js;
// browser-safe). It owns the device objects: the model arena M (parameters, optimizer slots, the
// update scalars), the work arena W of one call (states first, so they persist between calls and
// programs; then each program's inputs, outputs and scratch), the uniform of per-step sizes, and
// one compute pipeline per kernel. A call is one command encoder with one compute pass: every
// dispatch of every time step (the step's loop variables come from the uniform at a dynamic
// offset), a training step's optimizer update after the gradient program, then the copies of what
// the caller reads back, then one mapAsync. The backend-neutral shell (src/codegen/device-module.ts)
// validates, converts weights and keeps the bookkeeping around it.

import { programsToCompile, type CallOptions, type CallPart, type EngineCreateOptions, type HostArray, type WholeSequence } from '../../runtime/device-engine-api.js';
import { evalIExpr, type IExpr } from '../kernel-ir.js';
import { HEADER, headerFor } from './header.js';
import { expandWgsl } from './expand.js';

const HEADER_LINES = HEADER.split('\n').length;

export { evalIExpr };

/** Index expressions of the plan: the kernel IR's, as JSON. */
export type IExprJson = IExpr;

type Kernel = { readonly name: string; readonly grid: Grid; readonly prep?: true };
type Grid =
  | { readonly kind: 'linear'; readonly count: IExprJson; readonly wg: number }
  | { readonly kind: 'blocks'; readonly cols: IExprJson; readonly rows: IExprJson; readonly colBlock: number; readonly rowBlock: number }
  | { readonly kind: 'single' };
/** Invocations one kernel of a whole-sequence kernel's step needs: `count`, or blocks of a matmul. */
type StepWork = { readonly count: IExprJson } | { readonly rows: IExprJson; readonly rowBlock: number; readonly colBlocks: number };
type PlanLoop = { readonly count: IExprJson; readonly reverse: boolean; readonly depth: number; readonly body: readonly PlanStmt[] };
/** A loop and the kernels around it (render.ts): dispatched as they are, or whole-sequence kernel `k` for the loop and those of `pre` and `post` it is told to run. */
type Group = { readonly k: number; readonly pre: readonly number[]; readonly loop: PlanLoop; readonly post: readonly number[]; readonly work: { readonly pre: readonly StepWork[]; readonly body: readonly StepWork[]; readonly post: readonly StepWork[] } };
type PlanStmt = { readonly k: number } | { readonly loop: PlanLoop } | { readonly group: Group };

export interface ProgramPlan {
  readonly name: string;
  /** `prep`: a kernel of the parameters alone; skipped while its output in M is still the parameters'. */
  readonly kernels: readonly Kernel[];
  readonly body: readonly PlanStmt[];
  readonly buffers: readonly { readonly name: string; readonly dtype: 'f32' | 'i32'; readonly size: IExprJson; readonly role: string; readonly arena: 'M' | 'W'; readonly base: IExprJson }[];
  readonly workWords: IExprJson;
  readonly inputs: readonly number[];
  readonly params: readonly number[];
  readonly states: readonly number[];
  readonly outputs: readonly number[];
  readonly randoms: readonly number[];
  readonly idChecks: readonly { readonly input: number; readonly limit: number; readonly before: string; readonly after: string }[];
}

export interface EnginePlan {
  readonly model: string;
  /** Words of the model arena. */
  readonly modelWords: number;
  readonly params: readonly { readonly name: string; readonly base: number; readonly size: number }[];
  readonly slots: readonly { readonly name: string; readonly base: number; readonly size: number }[];
  /** Base word of the update program's scalars (training only). */
  readonly hyperBase: number;
  /** The states at the start of W, in meta.states order. */
  readonly states: readonly { readonly name: string; readonly dtype: 'f32' | 'i32'; readonly base: IExprJson; readonly size: IExprJson }[];
  readonly stateWords: IExprJson;
  readonly programs: Readonly<Record<string, ProgramPlan>>;
  /** WGSL by kernel name, without the common header (common.ts HEADER), which the engine adds. */
  readonly shaders: Readonly<Record<string, string>>;
  /** Kernels whose header declares M as vec4 words. */
  readonly vec4M?: readonly string[];
}

export type { CallOptions, CallPart, HostArray } from '../../runtime/device-engine-api.js';

export class EngineError extends Error {
  override name = 'EngineError';
}

const U_WORDS = 8; // B, T, l0..l5 (common.ts: struct Sizes)

export interface Sizes {
  /** Invocations per workgroup of one-dimensional kernels (map, reduce, gather, ...). */
  readonly wg: number;
  /** Of matmuls (each invocation a block). */
  readonly mwg: number;
  /** Of whole-sequence kernels (one workgroup does a whole step: as many as the device allows, up to 256). */
  readonly swg: number;
}

/** Workgroup sizes for this device. */
export function chooseSizes(limits: GPUSupportedLimits): Sizes {
  const wg = Math.min(64, limits.maxComputeInvocationsPerWorkgroup, limits.maxComputeWorkgroupSizeX);
  const mwg = Math.min(8, wg);
  const swg = Math.min(256, limits.maxComputeInvocationsPerWorkgroup, limits.maxComputeWorkgroupSizeX);
  return { wg, mwg, swg };
}

/** Invocations a kernel of a whole-sequence kernel needs at this B, T. */
export function invocations(w: StepWork, vars: Readonly<Record<string, number>>): number {
  return 'count' in w ? evalIExpr(w.count, vars) : Math.ceil(evalIExpr(w.rows, vars) / w.rowBlock) * w.colBlocks;
}

/**
 * The rule of create({ wholeSequence: 'auto' }): a kernel runs inside the one workgroup of a
 * whole-sequence kernel when one pass of that workgroup covers it (its invocations at most SWG,
 * the workgroup size the device allows, up to 256). A loop whose step kernels all fit runs as one
 * dispatch; else it is dispatched per kernel per step, spread over as many workgroups as the work
 * has. The kernels around it join while they fit, nearest first. On Dawn/llvmpipe (docs/wgsl.md,
 * "Whole-sequence kernels") one pass per kernel is where the single workgroup stops winning.
 */
export function fitsOnePass(w: StepWork, vars: Readonly<Record<string, number>>, swg: number): boolean {
  return invocations(w, vars) <= swg;
}

/** "line 12:5: message" lines plus the offending WGSL line, for a kernel that failed to compile. */
function compileMessage(model: string, kernel: string, code: string, messages: readonly GPUCompilationMessage[], skip: number): string {
  const lines = code.split('\n');
  // Lines are counted in the kernel's text as the module holds it (the header the engine adds is not).
  const parts = messages
    .filter((m) => m.type === 'error')
    .map((m) => `  WGSL line ${m.lineNum > skip ? m.lineNum - skip : m.lineNum}:${m.linePos}: ${m.message}${m.lineNum > 0 && lines[m.lineNum - 1] !== undefined ? `\n    ${lines[m.lineNum - 1].trim()}` : ''}`);
  return `${model}: WGSL kernel '${kernel}' failed to compile:\n${parts.join('\n')}`;
}

export class Engine {
  readonly device: GPUDevice;
  private readonly plan: EnginePlan;
  private readonly pipelines = new Map<string, GPUComputePipeline>();
  /** Pipelines by WGSL text and constants: one per distinct shader. */
  private readonly byCode = new Map<string, Promise<GPUComputePipeline>>();
  private readonly programReady = new Map<string, Promise<void>>();
  private readonly readyNow = new Set<string>();
  /** Bumped by every write of the model arena (parameters, slots) and by the update program. */
  private generation = 0;
  /** The program whose prep kernels' outputs (in M's shared scratch region) are current, and for which generation. */
  private kept: { program: string; generation: number } | null = null;
  /** The last deferred operation (a call waiting for its pipelines, and what was asked after it). */
  private tail: Promise<unknown> | null = null;
  private readonly layout: GPUBindGroupLayout;
  private readonly pipelineLayout: GPUPipelineLayout;
  private readonly sizes: Sizes;
  private readonly wholeSequence: WholeSequence;
  /** create({ compile: 'all' }): whole-sequence kernels are waited for too. */
  private readonly compileAll: boolean;
  private readonly model: GPUBuffer;
  private work: GPUBuffer | null = null;
  private workWords = 0;
  private uniform: GPUBuffer | null = null;
  private uniformBytes = 0;
  private bindGroup: GPUBindGroup | null = null;
  private lost: GPUDeviceLostInfo | null = null;
  private disposed = false;
  private readonly slotStride: number;

  private constructor(plan: EnginePlan, device: GPUDevice, opts: EngineCreateOptions) {
    this.plan = plan;
    this.device = device;
    this.wholeSequence = opts.wholeSequence ?? 'auto';
    this.compileAll = opts.compile === 'all';
    this.sizes = chooseSizes(device.limits);
    const align = device.limits.minUniformBufferOffsetAlignment;
    this.slotStride = Math.ceil((U_WORDS * 4) / align) * align;
    this.layout = device.createBindGroupLayout({
      entries: [
        { binding: 0, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'storage' } },
        { binding: 1, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'storage' } },
        { binding: 2, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'uniform', hasDynamicOffset: true, minBindingSize: U_WORDS * 4 } },
      ],
    });
    this.pipelineLayout = device.createPipelineLayout({ bindGroupLayouts: [this.layout] });
    this.checkSize('model', plan.modelWords * 4);
    // A multiple of 16 bytes: matmul kernels read it as vec4 words.
    this.model = device.createBuffer({ size: Math.max(16, Math.ceil(plan.modelWords / 4) * 16), usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
    void device.lost.then((info) => {
      this.lost = info;
    });
  }

  /**
   * The engine, once the pipelines of the programs `compile` names are ready: by default the
   * inference program alone ('run'), so an app that only infers never waits for the training
   * pipelines; the others are compiled when a call first needs them. 'all' compiles every program
   * now (a kernel that fails is named, with the WGSL line, here rather than at its first call).
   */
  static async create(plan: EnginePlan, device: GPUDevice, opts: EngineCreateOptions = {}): Promise<Engine> {
    const e = new Engine(plan, device, opts);
    await Promise.all(programsToCompile(Object.keys(plan.programs), opts).map((p) => e.ready(p)));
    return e;
  }

  /** Requests a device with the workgroup limits the adapter allows (navigator.gpu in a browser). */
  static async requestDevice(model: string): Promise<GPUDevice> {
    const gpu = (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
    if (!gpu) throw new EngineError(`${model}: WebGPU is not available here (no navigator.gpu); pass a GPUDevice as create({ device })`);
    const adapter = (await gpu.requestAdapter()) ?? (await gpu.requestAdapter({ featureLevel: 'compatibility' } as GPURequestAdapterOptions));
    if (!adapter) throw new EngineError(`${model}: no WebGPU adapter is available`);
    const l = adapter.limits;
    return adapter.requestDevice({
      requiredLimits: {
        maxComputeInvocationsPerWorkgroup: Math.min(256, l.maxComputeInvocationsPerWorkgroup),
        maxComputeWorkgroupSizeX: Math.min(256, l.maxComputeWorkgroupSizeX),
        maxComputeWorkgroupSizeY: Math.min(256, l.maxComputeWorkgroupSizeY),
        maxStorageBufferBindingSize: l.maxStorageBufferBindingSize,
        maxBufferSize: l.maxBufferSize,
      },
    });
  }

  /** Resolves when every pipeline of a program is ready (compiling those not yet asked for). */
  ready(program: string): Promise<void> {
    let r = this.programReady.get(program);
    if (!r) {
      const p = this.program(program);
      // Whole-sequence kernels are an alternative to the per-step dispatches, which can run every
      // call: with 'auto' they compile in the background (a call uses them once they are ready, so
      // create() waits no longer for them), with 'never' not at all, with 'always' (or compile:
      // 'all') before the program is ready.
      const whole = p.kernels.filter((k) => k.grid.kind === 'single');
      const waitAll = this.wholeSequence === 'always' || (this.wholeSequence === 'auto' && this.compileAll);
      const kernels = waitAll ? p.kernels : p.kernels.filter((k) => k.grid.kind !== 'single');
      r = Promise.all(kernels.map((k) => this.pipelineOf(k.name, k.grid))).then(() => {
        this.readyNow.add(program);
        // After the program's own pipelines, so that they do not share the compiler's time with it.
        if (this.wholeSequence === 'auto' && !waitAll) for (const k of whole) this.pipelineOf(k.name, k.grid).catch(() => undefined);
      });
      this.programReady.set(program, r);
    }
    return r;
  }

  /**
   * A kernel's pipeline. Kernels whose WGSL (comments aside) and constants are the same share one
   * (the programs repeat kernels: the forward step inside runEval, runTrain and run, say), so each
   * distinct shader is compiled once. Pipelines are created asynchronously and concurrently.
   */
  private pipelineOf(name: string, grid: Grid): Promise<void> {
    const body = this.plan.shaders[name];
    if (body === undefined) return Promise.reject(new EngineError(`${this.plan.model}: no WGSL for kernel '${name}'`));
    const code = `${headerFor({ m4: this.plan.vec4M?.includes(name) ?? false })}\n${expandWgsl(body)}`;
    const constants: Record<string, number> = grid.kind === 'linear' ? { WG: this.sizes.wg } : grid.kind === 'blocks' ? { MWG: this.sizes.mwg } : { SWG: this.sizes.swg };
    const key = `${JSON.stringify(constants)}\n${code.replace(/^\s*\/\/.*\n/gm, '')}`;
    let made = this.byCode.get(key);
    if (!made) {
      made = this.makePipeline(name, code, constants);
      this.byCode.set(key, made);
    }
    return made.then((pipeline) => {
      this.pipelines.set(name, pipeline);
    });
  }

  private async makePipeline(name: string, code: string, constants: Record<string, number>): Promise<GPUComputePipeline> {
    const d = this.device;
    // Pop the scope right after the call it guards: the kernels compile concurrently, and error
    // scopes are one stack per device.
    d.pushErrorScope('validation');
    const module = d.createShaderModule({ label: name, code });
    const scope = d.popErrorScope();
    const info = await module.getCompilationInfo();
    const err = await scope;
    if (info.messages.some((m) => m.type === 'error')) throw new EngineError(compileMessage(this.plan.model, name, code, info.messages, HEADER_LINES));
    if (err) throw new EngineError(`${this.plan.model}: WGSL kernel '${name}' was refused: ${err.message}`);
    try {
      return await d.createComputePipelineAsync({ label: name, layout: this.pipelineLayout, compute: { module, entryPoint: 'main', constants } });
    } catch (e) {
      throw new EngineError(`${this.plan.model}: the pipeline of WGSL kernel '${name}' could not be created: ${(e as Error).message}`);
    }
  }

  /**
   * Runs `f` at once when nothing waits, else after what waits: a call whose pipelines are not
   * ready yet waits for them, and the writes and reads the caller makes after it (setParams,
   * setState, another call) must still reach the device after it, in the caller's order.
   */
  private inOrder<R>(f: () => R | Promise<R>): R | Promise<R> {
    if (!this.tail) return f();
    const run = this.tail.then(f, f);
    this.track(run);
    return run;
  }

  private track(p: Promise<unknown>): void {
    this.tail = p;
    const clear = () => {
      if (this.tail === p) this.tail = null;
    };
    p.then(clear, clear);
  }

  private live(): void {
    if (this.disposed) throw new EngineError(`${this.plan.model}: this model was disposed`);
    if (this.lost) throw new EngineError(`${this.plan.model}: the WebGPU device was lost (${this.lost.reason}): ${this.lost.message}`);
  }

  private checkSize(what: string, bytes: number): void {
    const l = this.device.limits;
    const max = Math.min(l.maxStorageBufferBindingSize, l.maxBufferSize);
    if (bytes > max) {
      throw new EngineError(`${this.plan.model}: the ${what} arena needs ${(bytes / 2 ** 20).toFixed(1)} MiB, more than this device's storage buffer limit of ${(max / 2 ** 20).toFixed(1)} MiB (maxStorageBufferBindingSize / maxBufferSize); use a smaller batch or sequence`);
    }
  }

  /** Makes W big enough for B, T (keeping the states at its start). */
  private ensureWork(B: number, T: number): void {
    let words = evalIExpr(this.plan.stateWords, { B, T });
    for (const p of Object.values(this.plan.programs)) words = Math.max(words, evalIExpr(p.workWords, { B, T }));
    words = Math.max(words, 4);
    if (this.work && words <= this.workWords) return;
    this.checkSize(`work (B=${B}, T=${T})`, words * 4);
    const next = this.device.createBuffer({ size: words * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
    if (this.work) {
      const keep = Math.min(this.workWords, evalIExpr(this.plan.stateWords, { B, T })) * 4;
      if (keep > 0) {
        const enc = this.device.createCommandEncoder();
        enc.copyBufferToBuffer(this.work, 0, next, 0, keep);
        this.device.queue.submit([enc.finish()]);
      }
      this.work.destroy();
    }
    this.work = next;
    this.workWords = words;
    this.bindGroup = null;
  }

  private ensureUniform(bytes: number): void {
    if (this.uniform && bytes <= this.uniformBytes) return;
    this.uniform?.destroy();
    this.uniformBytes = Math.max(bytes, 4096);
    this.uniform = this.device.createBuffer({ size: this.uniformBytes, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
    this.bindGroup = null;
  }

  private group(): GPUBindGroup {
    this.bindGroup ??= this.device.createBindGroup({
      layout: this.layout,
      entries: [
        { binding: 0, resource: { buffer: this.model } },
        { binding: 1, resource: { buffer: this.work! } },
        { binding: 2, resource: { buffer: this.uniform!, size: U_WORDS * 4 } },
      ],
    });
    return this.bindGroup;
  }

  /**
   * Runs the parts in order in one pass; returns the arrays asked for in `read`. A call whose
   * programs are not compiled yet waits for them (its inputs copied, so the caller may reuse them).
   */
  call(B: number, T: number, parts: readonly CallPart[], opts: CallOptions = {}): Promise<HostArray[]> {
    try {
      this.live();
      for (const part of parts) this.program(part.program);
    } catch (e) {
      return Promise.reject(e);
    }
    if (!this.tail && parts.every((p) => this.readyNow.has(p.program))) return this.run(B, T, parts, opts);
    const copied = parts.map((p) => ({ ...p, ...(p.inputs ? { inputs: p.inputs.map((a) => a.slice()) } : {}), ...(p.randoms ? { randoms: p.randoms.map((a) => a.slice()) } : {}) }));
    const before = this.tail ?? Promise.resolve();
    const wait = () => Promise.all(copied.map((p) => this.ready(p.program))).then(() => this.run(B, T, copied, opts));
    const run = before.then(wait, wait);
    this.track(run);
    return run;
  }

  private async run(B: number, T: number, parts: readonly CallPart[], opts: CallOptions): Promise<HostArray[]> {
    this.live();
    const d = this.device;
    const vars = { B, T };
    this.ensureWork(B, T);
    const work = this.work!;
    for (const part of parts) {
      const p = this.program(part.program);
      for (const c of p.idChecks) {
        const ids = part.inputs?.[c.input];
        if (!ids) continue;
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i];
          if (!(id >= 0 && id < c.limit)) throw new InputErrorLike(c.before + id + c.after);
        }
      }
      (part.inputs ?? []).forEach((a, i) => this.write(work, p, p.inputs[i], a, vars));
      (part.randoms ?? []).forEach((a, i) => this.write(work, p, p.randoms[i], a, vars));
    }
    for (const w of opts.writeModel ?? []) d.queue.writeBuffer(this.model, w.base * 4, w.data.buffer, w.data.byteOffset, w.data.byteLength);

    // The uniform: one slot per dispatch, in order.
    const dispatches: { pipeline: GPUComputePipeline; x: number; y: number }[] = [];
    const slots: number[][] = [];
    const maxDim = d.limits.maxComputeWorkgroupsPerDimension;
    // A program's prep kernels can be skipped when it ran last, on these parameters: their outputs
    // are still in M (another program reuses that region, and writes to M change the parameters).
    const current = this.kept && this.kept.generation === this.generation ? this.kept.program : null;
    for (const [i, part] of parts.entries()) {
      const p = this.program(part.program);
      const skipPrep = i === 0 && part.program === current;
      const loopVals = [0, 0, 0, 0, 0, 0];
      const walk = (ss: readonly PlanStmt[]): void => {
        for (const s of ss) {
          if ('group' in s) {
            const g = s.group;
            const fits = (w: StepWork) => this.wholeSequence === 'always' || fitsOnePass(w, { B, T }, this.sizes.swg);
            if (this.wholeSequence === 'never' || !this.pipelines.has(p.kernels[g.k].name) || !g.work.body.every(fits)) {
              walk([...g.pre.map((k) => ({ k })), { loop: g.loop }, ...g.post.map((k) => ({ k }))]);
              continue;
            }
            // The kernels nearest the loop that fit go inside it (bit j of the loop's uniform field switches segment j on).
            let a = g.pre.length;
            while (a > 0 && fits(g.work.pre[a - 1])) a--;
            let b = 0;
            while (b < g.post.length && fits(g.work.post[b])) b++;
            walk(g.pre.slice(0, a).map((k) => ({ k })));
            let on = 0;
            for (let j = a; j < g.pre.length; j++) on |= 1 << j;
            for (let j = 0; j < b; j++) on |= 1 << (g.pre.length + j);
            const was = loopVals[g.loop.depth];
            loopVals[g.loop.depth] = on;
            walk([{ k: g.k }]);
            loopVals[g.loop.depth] = was;
            walk(g.post.slice(b).map((k) => ({ k })));
          } else if ('k' in s) {
            const k = p.kernels[s.k];
            if (skipPrep && k.prep) continue;
            const env: Record<string, number> = { B, T };
            let x: number;
            let y: number;
            if (k.grid.kind === 'single') {
              x = 1;
              y = 1;
            } else if (k.grid.kind === 'linear') {
              const n = evalIExpr(k.grid.count, env);
              if (n <= 0) continue;
              const groups = Math.ceil(n / this.sizes.wg);
              x = Math.min(groups, maxDim);
              y = Math.ceil(groups / x);
            } else {
              x = Math.ceil(evalIExpr(k.grid.cols, env) / k.grid.colBlock / this.sizes.mwg);
              y = Math.ceil(evalIExpr(k.grid.rows, env) / k.grid.rowBlock);
              if (x <= 0 || y <= 0) continue;
            }
            if (y > maxDim) throw new EngineError(`${this.plan.model}: kernel '${k.name}' needs ${y} workgroups along y, more than this device's ${maxDim}; use a smaller batch or sequence`);
            dispatches.push({ pipeline: this.pipelines.get(k.name)!, x, y });
            slots.push([B, T, ...loopVals]);
          } else {
            const n = evalIExpr(s.loop.count, { B, T });
            for (let i = 0; i < n; i++) {
              loopVals[s.loop.depth] = s.loop.reverse ? n - 1 - i : i;
              walk(s.loop.body);
            }
          }
        }
      };
      walk(p.body);
    }
    // The update program writes the parameters: what any program kept is stale after it.
    if (parts.some((p) => p.program === 'update') || (opts.writeModel?.length ?? 0) > 0) this.generation++;
    this.kept = parts.length === 1 ? { program: parts[0].program, generation: this.generation } : null;
    const stride = this.slotStride;
    this.ensureUniform(Math.max(1, slots.length) * stride);
    const u = new Int32Array((Math.max(1, slots.length) * stride) / 4);
    slots.forEach((s, i) => u.set(s, (i * stride) / 4));
    d.queue.writeBuffer(this.uniform!, 0, u.buffer, 0, u.byteLength);

    const stateBytes = evalIExpr(this.plan.stateWords, vars) * 4;
    const enc = d.createCommandEncoder();
    if (opts.zeroState && stateBytes > 0) enc.clearBuffer(work, 0, stateBytes);
    let saved: GPUBuffer | null = null;
    if (!opts.keepState && stateBytes > 0) {
      saved = d.createBuffer({ size: stateBytes, usage: GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
      enc.copyBufferToBuffer(work, 0, saved, 0, stateBytes);
    }
    const pass = enc.beginComputePass();
    const bg = this.group();
    dispatches.forEach((x, i) => {
      pass.setPipeline(x.pipeline);
      pass.setBindGroup(0, bg, [i * stride]);
      pass.dispatchWorkgroups(x.x, x.y);
    });
    pass.end();
    if (saved) enc.copyBufferToBuffer(saved, 0, work, 0, stateBytes);
    const reads = (opts.read ?? []).map((r) => {
      const p = this.program(r.program);
      const b = p.buffers[r.buf];
      return { src: b.arena === 'M' ? this.model : work, base: evalIExpr(b.base, vars), words: evalIExpr(b.size, vars), dtype: b.dtype };
    });
    const out = await this.readback(enc, reads);
    saved?.destroy();
    return out;
  }

  private program(name: string): ProgramPlan {
    const p = this.plan.programs[name];
    if (!p) throw new EngineError(`${this.plan.model}: no program '${name}'`);
    return p;
  }

  private write(work: GPUBuffer, p: ProgramPlan, buf: number, a: HostArray, vars: Record<string, number>): void {
    const b = p.buffers[buf];
    if (a.byteLength === 0) return;
    this.device.queue.writeBuffer(b.arena === 'M' ? this.model : work, evalIExpr(b.base, vars) * 4, a.buffer, a.byteOffset, a.byteLength);
  }

  /** Copies the ranges into one staging buffer, submits `enc`, maps once. */
  private async readback(enc: GPUCommandEncoder, reads: readonly { src: GPUBuffer; base: number; words: number; dtype: 'f32' | 'i32' }[]): Promise<HostArray[]> {
    const d = this.device;
    const total = reads.reduce((s, r) => s + r.words, 0);
    let staging: GPUBuffer | null = null;
    if (total > 0) {
      staging = d.createBuffer({ size: total * 4, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
      let at = 0;
      for (const r of reads) {
        if (r.words > 0) enc.copyBufferToBuffer(r.src, r.base * 4, staging, at * 4, r.words * 4);
        at += r.words;
      }
    }
    d.pushErrorScope('validation');
    d.queue.submit([enc.finish()]);
    const err = await d.popErrorScope();
    if (err) throw new EngineError(`${this.plan.model}: WebGPU refused the call: ${err.message}`);
    if (!staging) return reads.map((r) => (r.dtype === 'i32' ? new Int32Array(0) : new Float32Array(0)));
    try {
      await staging.mapAsync(GPUMapMode.READ);
    } catch (e) {
      this.live();
      throw new EngineError(`${this.plan.model}: reading results back failed: ${(e as Error).message}`);
    }
    const bytes = staging.getMappedRange().slice(0);
    staging.unmap();
    staging.destroy();
    let at = 0;
    return reads.map((r) => {
      const a = r.dtype === 'i32' ? new Int32Array(bytes, at * 4, r.words).slice() : new Float32Array(bytes, at * 4, r.words).slice();
      at += r.words;
      return a;
    });
  }

  /** Writes named ranges of the model arena (parameters or optimizer slots). */
  writeModel(list: readonly { readonly base: number; readonly data: Float32Array }[]): void {
    this.live();
    if (this.tail) {
      const copy = list.map((w) => ({ base: w.base, data: w.data.slice() }));
      void this.inOrder(() => this.writeModelNow(copy));
      return;
    }
    this.writeModelNow(list);
  }

  private writeModelNow(list: readonly { readonly base: number; readonly data: Float32Array }[]): void {
    if (this.disposed) return;
    this.generation++;
    for (const w of list) if (w.data.byteLength) this.device.queue.writeBuffer(this.model, w.base * 4, w.data.buffer, w.data.byteOffset, w.data.byteLength);
  }

  /** Reads ranges of the model arena. */
  async readModel(list: readonly { readonly base: number; readonly size: number }[]): Promise<Float32Array[]> {
    this.live();
    return this.inOrder(() => this.readModelNow(list));
  }

  private async readModelNow(list: readonly { readonly base: number; readonly size: number }[]): Promise<Float32Array[]> {
    this.live();
    const enc = this.device.createCommandEncoder();
    return (await this.readback(enc, list.map((r) => ({ src: this.model, base: r.base, words: r.size, dtype: 'f32' as const })))) as Float32Array[];
  }

  /** Reads the kept states (meta.states order) for B, T. */
  async readStates(B: number, T: number): Promise<HostArray[]> {
    this.live();
    return this.inOrder(() => this.readStatesNow(B, T));
  }

  private async readStatesNow(B: number, T: number): Promise<HostArray[]> {
    this.live();
    this.ensureWork(B, T);
    const enc = this.device.createCommandEncoder();
    return this.readback(enc, this.plan.states.map((s) => ({ src: this.work!, base: evalIExpr(s.base, { B, T }), words: evalIExpr(s.size, { B, T }), dtype: s.dtype })));
  }

  /** Writes the kept states: `zero` clears them first; `values[i]` (when given) replaces state i. */
  writeStates(B: number, T: number, values: readonly (HostArray | undefined)[], zero: boolean): void {
    this.live();
    if (this.tail) {
      const copy = values.map((a) => a?.slice());
      void this.inOrder(() => this.writeStatesNow(B, T, copy, zero));
      return;
    }
    this.writeStatesNow(B, T, values, zero);
  }

  private writeStatesNow(B: number, T: number, values: readonly (HostArray | undefined)[], zero: boolean): void {
    if (this.disposed) return;
    this.ensureWork(B, T);
    const bytes = evalIExpr(this.plan.stateWords, { B, T }) * 4;
    if (zero && bytes > 0) {
      const enc = this.device.createCommandEncoder();
      enc.clearBuffer(this.work!, 0, bytes);
      this.device.queue.submit([enc.finish()]);
    }
    this.plan.states.forEach((s, i) => {
      const a = values[i];
      if (a && a.byteLength) this.device.queue.writeBuffer(this.work!, evalIExpr(s.base, { B, T }) * 4, a.buffer, a.byteOffset, a.byteLength);
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.model.destroy();
    this.work?.destroy();
    this.uniform?.destroy();
  }
}

/** Input errors found by the engine (bad ids); the shell rethrows them as rt.InputError. */
export class InputErrorLike extends Error {
  override name = 'InputError';
}
