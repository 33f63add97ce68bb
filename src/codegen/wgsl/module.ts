// The WGSL target's product: the programs of the JS target (run; runEval and runTrain for a
// trainable model) plus the optimizer update (update-program.ts), rendered as WGSL kernels with a
// plan for the WebGPU engine (engine.ts), inside the backend-neutral async shell (device-module.ts).
//
// Placement: parameters, optimizer slots and the update scalars at fixed offsets of the model
// arena M; the states at the start of the work arena W (the same place for every program, so the
// kept state persists between calls); every other buffer of a program after them. The update
// program reads the gradient program's loss and gradient outputs where they are, and puts its own
// scratch after that program's buffers.

import type { Module } from '../../ir/types.js';
import { add, numelExpr, simplify, type IExpr, type Program } from '../kernel-ir.js';
import type { KernelOptions } from '../schedule.js';
import { compileModule, type CompileOptions, type ProgramSet } from '../programs.js';
import { optimizerSlots, type OptimizerSpec } from '../../runtime/optimizers.js';
import { HYPER } from '../update-program.js';
import { emitDeviceModule } from '../device-module.js';
import { separateParamPrep } from '../param-prep.js';
import { renderWgslProgram, type ProgramPlan, type RenderedProgram } from './render.js';
import { headerFor, type Placement, type WgslKernel } from './common.js';

/**
 * The WGSL target's kernel options: no transposed operand copies (they serve the CPU targets'
 * caches); every WGSL matmul reads its operands through their views as they are (one kernel fewer
 * per weight and call).
 */
export const WGSL_KERNELS: KernelOptions = { transposeOperands: false };

export interface EmitWgslOptions extends CompileOptions {
  readonly kernels?: KernelOptions;
  readonly runtimeImport?: string;
  readonly engineImport?: string;
}

export interface EmittedWgslModule {
  js: string;
  dts: string;
  /** Every kernel, in plan order: for snapshots and validation. */
  shaders: readonly WgslKernel[];
  /** The plan the engine runs (JSON-able). */
  plan: ReturnType<typeof buildPlan>['plan'];
}

/** The programs of a module as the WGSL target schedules them. */
export function wgslPrograms(m: Module, opts: EmitWgslOptions = {}): ProgramSet {
  return compileModule(m, { ...opts, kernels: { ...WGSL_KERNELS, ...(opts.kernels ?? {}) } });
}

function buildPlan(set: ProgramSet) {
  const m = set.module;
  // Model arena: parameters, then optimizer slots, then the update scalars.
  let at = 0;
  // Each parameter starts on a 16-byte boundary, so that a matmul can load its rows four at a time.
  const params = m.params.map((p) => {
    const size = p.shape.reduce((a, b) => a * b, 1);
    const e = { name: p.name, base: at, size };
    at += Math.ceil(size / 4) * 4;
    return e;
  });
  const paramBase = new Map(params.map((p) => [p.name, p.base]));
  const spec = m.training;
  const slotList = spec ? optimizerSlots(spec.optimizer as OptimizerSpec, params.map((p) => ({ name: p.name, size: p.size }))) : [];
  const initAcc = spec && spec.optimizer.kind === 'adagrad' ? ((spec.optimizer.initialAccumulator as number | undefined) ?? 0) : 0;
  const slots = slotList.map((s) => {
    const e = { name: s.name, base: at, size: s.size, init: s.name.startsWith('sum.') ? initAcc : 0 };
    at += s.size;
    return e;
  });
  const hyperBase = at;
  if (spec) at += HYPER.size;
  // Then the static-size scratch of the programs (render.ts modelStart): run, runEval, runTrain and
  // runStep share one region (one runs per call); update, which runs after trainStep's program
  // (runStep, or runTrain) in the same call, follows it.
  const scratchBase = Math.ceil(at / 4) * 4;

  // Work arena: the states first, in meta.states order.
  let w: IExpr = 0;
  const states = m.states.map((s) => {
    const size = simplify(numelExpr(s.type.shape));
    const e = { name: s.name, dtype: s.type.dtype, base: w, size };
    w = add(w, size);
    return e;
  });
  const stateWords = simplify(w);
  const stateBase = new Map(states.map((s) => [s.name, s.base]));

  const fixedFor = (p: Program) => (buf: number): Placement | undefined => {
    const par = p.params.find((x) => x.buf === buf);
    if (par) return { arena: 'M', base: paramBase.get(par.name)! };
    const st = p.states.find((x) => x.buf === buf);
    if (st) return { arena: 'W', base: stateBase.get(st.name)! };
    return undefined;
  };
  const rendered: Record<string, RenderedProgram> = {};
  const renderOne = (name: string, p0: Program) => {
    // The weights' concatenations get buffers of their own in M, kept between calls while the
    // parameters stay (the engine skips their kernels then): a streaming call is the step alone.
    const { program: p, prep } = separateParamPrep(p0, { mergePieces: true });
    // Whole-sequence kernels for inference (forward, streaming) only: a training step's batch is
    // rarely small enough for one workgroup, and each would add its text to the module.
    rendered[name] = renderWgslProgram(p, { prefix: name, fixed: fixedFor(p), workStart: stateWords, modelStart: scratchBase, prep: prep.kernels, sequences: name === 'run' });
  };
  for (const { fn, program } of set.programs) renderOne(fn, program);
  let updateGrads: string[] = [];
  if (set.training && spec) {
    // The update reads the loss and the gradients where trainStep's program wrote them.
    const stepName = set.training.runStep ? 'runStep' : 'runTrain';
    const train = rendered[stepName];
    const tp = set.training.runStep ?? set.training.runTrain;
    const outBuf = (name: string) => {
      const o = tp.outputs.find((x) => x.name === name);
      if (!o) throw new Error(`wgsl: the gradient program has no output '${name}'`);
      return train.plan.buffers[o.buf];
    };
    const up = set.training.update;
    updateGrads = up.inputs.slice(2).map((x) => x.name);
    const slotBase = new Map(slots.map((s) => [s.name, s.base]));
    rendered.update = renderWgslProgram(up, {
      prefix: 'update',
      workStart: train.plan.workWords,
      modelStart: train.plan.modelEnd,
      fixed: (buf) => {
        const par = up.params.find((x) => x.buf === buf);
        if (par) return { arena: 'M', base: paramBase.get(par.name)! };
        const st = up.states.find((x) => x.buf === buf);
        if (st) return { arena: 'M', base: slotBase.get(st.name)! };
        const inp = up.inputs.findIndex((x) => x.buf === buf);
        if (inp === 0) return { arena: 'M', base: hyperBase };
        if (inp === 1) {
          const b = outBuf(spec.loss);
          return { arena: b.arena, base: b.base };
        }
        if (inp >= 2) {
          const b = outBuf(up.inputs[inp].name);
          return { arena: b.arena, base: b.base };
        }
        return undefined;
      },
    });
  }
  const modelWords = Math.max(scratchBase, ...Object.values(rendered).map((r) => r.plan.modelEnd));
  const programs: Record<string, ProgramPlan> = {};
  const shaders: WgslKernel[] = [];
  for (const [name, r] of Object.entries(rendered)) {
    programs[name] = r.plan;
    shaders.push(...r.shaders);
  }
  const split = shaders.map(splitHeader);
  const plan = {
    model: m.name,
    modelWords,
    params,
    slots,
    hyperBase,
    states,
    stateWords,
    programs,
    // Kernels without the header every one starts with (the engine puts it back): the module
    // carries one copy of it, not one per kernel.
    shaders: Object.fromEntries(split.map((s) => [s.name, s.body])),
    /** Kernels that declare M as vec4 words (headerFor's other form). */
    vec4M: split.filter((s) => s.m4).map((s) => s.name),
  };
  return { plan, shaders, updateGrads };
}

/** A kernel's text as the module carries it (its template where it has one), without the header, and which header it had. */
function splitHeader(k: WgslKernel): { name: string; body: string; m4: boolean } {
  const text = k.template ?? k.code;
  for (const m4 of [false, true]) {
    const h = headerFor({ m4 });
    if (text.startsWith(h + '\n')) return { name: k.name, body: text.slice(h.length + 1), m4 };
  }
  throw new Error(`wgsl: kernel '${k.name}' does not start with the common header`);
}

/** Renders the module of a program set (scheduled with WGSL_KERNELS). */
export function renderWgslModule(set: ProgramSet, opts: { runtimeImport?: string; engineImport?: string } = {}): EmittedWgslModule {
  const { plan, shaders } = buildPlan(set);
  const { js, dts } = emitDeviceModule(set, {
    file: `${set.module.name}.wgsl.js`,
    engineImport: opts.engineImport ?? './rnnc-wgsl-engine.js',
    api: 'WebGPU',
    deviceType: 'GPUDevice',
    deviceOption: { name: 'device', type: 'GPUDevice', doc: 'The WebGPU device to run on; default: one requested from navigator.gpu.' },
    typesReference: '@webgpu/types',
    extraOptions: [
      {
        name: 'wholeSequence',
        type: "'auto' | 'always' | 'never'",
        doc: "Time loops (the forward steps of a recurrent layer) as one whole-sequence kernel per call, one workgroup walking the steps: 'auto' (default) where the step is small enough for one workgroup, 'always' where such a kernel exists, 'never' (a dispatch per kernel per step).",
      },
    ],
    planJs: fmtPlan(plan),
    ...(opts.runtimeImport ? { runtimeImport: opts.runtimeImport } : {}),
  });
  return { js, dts, shaders, plan };
}

/** compileModule + renderWgslModule: the WGSL module of a graph module. */
export function emitWgslModule(m: Module, opts: EmitWgslOptions = {}): EmittedWgslModule {
  return renderWgslModule(wgslPrograms(m, opts), opts);
}

/** The plan as JSON, with each kernel's WGSL as a template literal so that the shaders read as code in the module. */
function fmtPlan(plan: ReturnType<typeof buildPlan>['plan']): string {
  const { shaders, ...rest } = plan;
  const body = JSON.stringify(rest);
  const sh = Object.entries(shaders)
    .map(([name, code]) => `  ${JSON.stringify(name)}: \`${code.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``)
    .join(',\n');
  return `{ ...${body},\n shaders: {\n${sh}\n} }`;
}


