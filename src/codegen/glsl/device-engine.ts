// The engine object the backend-neutral module shell (src/codegen/device-module.ts) drives, on
// WebGL2: it holds the model's tensors on the device (parameters, optimizer slots, the update
// scalars, the kept states) and runs the module's programs (run, runEval, runTrain, update) through
// GlslEngine, wiring one program's outputs into the next without readback (the gradients and the
// loss of runTrain feed the update program). Bundled beside generated modules as rnnc-glsl-engine.js.

import { evalIExpr, type IExpr } from '../kernel-ir.js';
import { GlslEngine, GlslError, type DeviceTensor, type HostArray, type CompiledPlan } from './engine.js';
import { programsToCompile, type CallOptions, type CallPart, type EngineCreateOptions } from '../../runtime/device-engine-api.js';
import type { GlslPlan } from './plan.js';
import type { Gl } from './webgl.js';

export { GlslEngine, GlslError } from './engine.js';

/** What a generated GLSL module embeds: its programs and where the model tensors live. */
export interface GlslModulePlan {
  readonly model: string;
  /** `base` is an index into the engine's model tensors (parameters, then slots, then the update scalars). */
  readonly params: readonly { readonly name: string; readonly base: number; readonly size: number }[];
  readonly slots: readonly { readonly name: string; readonly base: number; readonly size: number; readonly init: number }[];
  readonly hyperBase: number;
  readonly hyperSize: number;
  /** The loss output of the gradient program (the update program's 'loss' input). */
  readonly loss?: string;
  readonly states: readonly { readonly name: string; readonly dtype: 'f32' | 'i32'; readonly size: IExpr }[];
  readonly programs: Readonly<Record<string, GlslPlan>>;
  /** The programs with linear scans again, each as a time loop of draws (lower-linear-scan.ts): what a software rasterizer runs. */
  readonly sequential?: Readonly<Record<string, GlslPlan>>;
}

export type { CallOptions, CallPart } from '../../runtime/device-engine-api.js';

/**
 * Whether the context renders in software (SwiftShader, llvmpipe): there a parallel scan's extra
 * work costs more than the draws it saves. The unmasked renderer string where the browser gives it.
 */
function softwareRenderer(gl: Gl): boolean {
  const g = gl as unknown as { getExtension(n: string): unknown; getParameter(p: number): unknown; readonly RENDERER: number };
  const ext = g.getExtension('WEBGL_debug_renderer_info') as { UNMASKED_RENDERER_WEBGL: number } | null;
  const name = String(g.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : g.RENDERER) ?? '');
  return /swiftshader|llvmpipe|softpipe|software/i.test(name);
}

export class Engine {
  readonly gl: Gl;
  private readonly engine: GlslEngine;
  private readonly plan: GlslModulePlan;
  private readonly compiled = new Map<string, CompiledPlan>();
  /** Which form of the linear scans runs (create's linearScan option; 'auto' asks the context's renderer). */
  readonly linearScan: 'parallel' | 'sequential';
  /** Parameters, optimizer slots and the update scalars, by base. */
  private readonly model: DeviceTensor[] = [];
  private states: { B: number; T: number; tensors: DeviceTensor[] } | null = null;
  private disposed = false;

  private constructor(plan: GlslModulePlan, gl: unknown, linearScan: EngineCreateOptions['linearScan'] = 'auto') {
    this.engine = new GlslEngine(gl);
    this.gl = this.engine.gl;
    this.plan = plan;
    // Only a model with linear scans has two forms: the renderer is asked only then.
    this.linearScan = linearScan === 'auto' ? (plan.sequential && softwareRenderer(this.gl) ? 'sequential' : 'parallel') : linearScan;
    // Packed as the programs pack them (render.ts: RGBA32F when the size is a multiple of 4), so no call repacks them.
    const packing = (n: number) => (n % 4 === 0 ? 4 : 1);
    for (const p of plan.params) this.model[p.base] = this.engine.zeros(p.size, packing(p.size));
    for (const s of plan.slots) this.model[s.base] = this.engine.upload(new Float32Array(s.size).fill(s.init), undefined, packing(s.size));
    if (plan.hyperSize > 0) this.model[plan.hyperBase] = this.engine.zeros(plan.hyperSize, packing(plan.hyperSize));
  }

  /** A WebGL2 context of our own (an OffscreenCanvas), when the caller gives none. */
  static async requestDevice(model: string): Promise<Gl> {
    try {
      return new GlslEngine().gl;
    } catch (e) {
      throw new GlslError(`${model}: ${(e as Error).message}`);
    }
  }

  /**
   * The engine with the programs `compile` names compiled (a shader that fails names its kernel and
   * GLSL line): by default the inference program ('run') alone, the others at their first call, so
   * an app that only infers never compiles the training shaders; 'all' compiles every program now.
   */
  static async create(plan: GlslModulePlan, gl: unknown, opts: EngineCreateOptions = {}): Promise<Engine> {
    const e = new Engine(plan, gl, opts.linearScan);
    for (const name of programsToCompile(Object.keys(plan.programs), opts)) e.program(name);
    return e;
  }

  private live(): void {
    if (this.disposed) throw new GlslError(`${this.plan.model}: this model was disposed`);
  }

  private program(name: string): { plan: GlslPlan; cp: CompiledPlan } {
    let cp = this.compiled.get(name);
    if (!cp) {
      const p = (this.linearScan === 'sequential' ? this.plan.sequential?.[name] : undefined) ?? this.plan.programs[name];
      if (!p) throw new GlslError(`${this.plan.model}: no program '${name}'`);
      cp = this.engine.compile(p);
      this.compiled.set(name, cp);
    }
    return { plan: cp.plan, cp };
  }

  private paramTensor(name: string): { base: number } {
    const p = this.plan.params.find((x) => x.name === name) ?? this.plan.slots.find((x) => x.name === name);
    if (!p) throw new GlslError(`${this.plan.model}: no parameter or optimizer slot '${name}'`);
    return p;
  }

  private zeroStates(B: number, T: number): DeviceTensor[] {
    const run = this.plan.programs.run;
    return this.plan.states.map((s, i) => this.engine.zeros(evalIExpr(s.size, { B, T }), run ? run.buffers[run.states[i]].packing : 1));
  }

  /** Runs the parts in order on the device; reads back only what `read` names. */
  async call(B: number, T: number, parts: readonly CallPart[], opts: CallOptions = {}): Promise<HostArray[]> {
    this.live();
    const eng = this.engine;
    for (const w of opts.writeModel ?? []) this.model[w.base] = eng.upload(w.data, this.model[w.base]);
    if (opts.zeroState || !this.states || this.states.B !== B || this.states.T !== T) {
      if (this.states) for (const t of this.states.tensors) eng.release(t);
      this.states = { B, T, tensors: this.zeroStates(B, T) };
    }
    // Without keepState the programs run on copies, and the kept states stay as they were.
    let states = opts.keepState ? this.states.tensors : this.states.tensors.map((t) => eng.clone(t));
    const produced = new Map<string, Map<string, DeviceTensor>>();
    const results = new Map<string, DeviceTensor[]>();
    for (const part of parts) {
      const { plan, cp } = this.program(part.program);
      const prev = [...produced.values()].at(-1);
      // The update program: scalars from the model tensors, loss and gradients from the previous part.
      const inputs = plan.names.inputs.map((n, i) => {
        if (part.inputs) return part.inputs[i];
        if (n === 'hyper') return this.model[this.plan.hyperBase];
        const t = prev?.get(n === 'loss' && this.plan.loss !== undefined ? this.plan.loss : n);
        if (!t) throw new GlslError(`${this.plan.model}: program '${part.program}' needs input '${n}', which no earlier part produced`);
        return t;
      });
      const stateNames = plan.names.states;
      const isSlots = stateNames.length > 0 && stateNames.every((n) => this.plan.slots.some((s) => s.name === n));
      const r = eng.run(cp, B, T, {
        inputs,
        params: plan.names.params.map((n) => this.model[this.paramTensor(n).base]),
        states: isSlots ? stateNames.map((n) => this.model[this.paramTensor(n).base]) : states,
        randoms: part.randoms ?? [],
      });
      plan.names.params.forEach((n, i) => (this.model[this.paramTensor(n).base] = r.params[i]));
      if (isSlots) stateNames.forEach((n, i) => (this.model[this.paramTensor(n).base] = r.states[i]));
      else states = r.states;
      produced.set(part.program, new Map(plan.names.outputs.map((n, i) => [n, r.outputs[i]])));
      results.set(part.program, r.outputs);
    }
    if (opts.keepState) this.states.tensors = states;
    else for (const t of states) eng.release(t);
    const out = (opts.read ?? []).map((rd) => {
      const { plan } = this.program(rd.program);
      const k = plan.outputs.indexOf(rd.buf);
      const t = results.get(rd.program)?.[k];
      if (!t) throw new GlslError(`${this.plan.model}: nothing to read for buffer ${rd.buf} of '${rd.program}'`);
      return eng.read(t, plan.buffers[rd.buf].dtype);
    });
    for (const ts of results.values()) for (const t of ts) eng.release(t);
    return out;
  }

  writeModel(list: readonly { readonly base: number; readonly data: Float32Array }[]): void {
    this.live();
    for (const w of list) this.model[w.base] = this.engine.upload(w.data, this.model[w.base]);
  }

  async readModel(list: readonly { readonly base: number; readonly size: number }[]): Promise<Float32Array[]> {
    this.live();
    return list.map((r) => this.engine.read(this.model[r.base], 'f32', r.size) as Float32Array);
  }

  async readStates(B: number, T: number): Promise<HostArray[]> {
    this.live();
    if (!this.states || this.states.B !== B || this.states.T !== T) return this.plan.states.map((s) => (s.dtype === 'i32' ? new Int32Array(evalIExpr(s.size, { B, T })) : new Float32Array(evalIExpr(s.size, { B, T }))));
    const st = this.states;
    return this.plan.states.map((s, i) => this.engine.read(st.tensors[i], s.dtype, evalIExpr(s.size, { B, T })));
  }

  writeStates(B: number, T: number, values: readonly (HostArray | undefined)[], zero: boolean): void {
    this.live();
    if (zero || !this.states || this.states.B !== B || this.states.T !== T) {
      if (this.states) for (const t of this.states.tensors) this.engine.release(t);
      this.states = { B, T, tensors: this.zeroStates(B, T) };
    }
    const st = this.states;
    values.forEach((a, i) => {
      if (a) st.tensors[i] = this.engine.upload(a, st.tensors[i]);
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const cp of this.compiled.values()) this.engine.dispose(cp);
    for (const t of this.model) if (t) this.engine.release(t);
    if (this.states) for (const t of this.states.tensors) this.engine.release(t);
  }
}
