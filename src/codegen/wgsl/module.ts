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
import { schedule, type KernelOptions } from '../schedule.js';
import { gradientModules } from '../gradient-modules.js';
import { withoutLoss } from '../../passes/dce.js';
import { optimize } from '../../passes/pipeline.js';
import { moduleMeta, needsSym } from '../js/module.js';
import { optimizerSlots, type OptimizerSpec } from '../../runtime/optimizers.js';
import { HYPER, updateProgram, updateSpecOf } from '../update-program.js';
import { deviceTraining, emitDeviceModule } from '../device-module.js';
import { renderWgslProgram, type ProgramPlan, type RenderedProgram } from './render.js';
import type { Placement, WgslKernel } from './common.js';

export interface EmitWgslOptions {
  readonly passes?: readonly string[];
  readonly kernels?: KernelOptions;
  readonly runtimeImport?: string;
  readonly engineImport?: string;
}

export interface EmittedWgslModule {
  js: string;
  dts: string;
  /** Every kernel, in plan order: for golden files and validation. */
  shaders: readonly WgslKernel[];
  /** The plan the engine runs (JSON-able). */
  plan: ReturnType<typeof buildPlan>['plan'];
}

/** The programs of a module as the WGSL target schedules them. */
export function wgslPrograms(m: Module, opts: EmitWgslOptions = {}) {
  const passes = opts.passes ? { passes: opts.passes } : {};
  // No transposed operand copies: they serve the JS target's caches; every WGSL matmul reads its
  // operands through their views as they are (one kernel fewer per weight and call).
  const kernels = { transposeOperands: false, ...(opts.kernels ?? {}) };
  const infer = optimize(withoutLoss(m), passes);
  const run = schedule(infer, { ...kernels, training: false });
  if (!m.training) return { infer, run };
  const opt = optimize(m, passes);
  const { grad, step } = gradientModules(opt, m.training.loss, passes);
  const runEval = schedule(opt, { ...kernels, training: false });
  const runTrain = schedule(grad, { ...kernels, training: true });
  // trainStep's program (the parameters' gradients only), or null: trainStep runs runTrain.
  const runStep = step ? schedule(step, { ...kernels, training: true }) : null;
  return { infer, run, training: { opt, grad, runEval, runTrain, runStep } };
}

function buildPlan(m: Module, progs: ReturnType<typeof wgslPrograms>) {
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
  const renderOne = (name: string, p: Program) => (rendered[name] = renderWgslProgram(p, { prefix: name, fixed: fixedFor(p), workStart: stateWords, modelStart: scratchBase }));
  renderOne('run', progs.run);
  let updateGrads: string[] = [];
  if (progs.training && spec) {
    renderOne('runEval', progs.training.runEval);
    renderOne('runTrain', progs.training.runTrain);
    if (progs.training.runStep) renderOne('runStep', progs.training.runStep);
    // The update reads the loss and the gradients where trainStep's program wrote them.
    const stepName = progs.training.runStep ? 'runStep' : 'runTrain';
    const train = rendered[stepName];
    const tp = progs.training.runStep ?? progs.training.runTrain;
    const outBuf = (name: string) => {
      const o = tp.outputs.find((x) => x.name === name);
      if (!o) throw new Error(`wgsl: the gradient program has no output '${name}'`);
      return train.plan.buffers[o.buf];
    };
    const up = updateProgram('update', m.params.map((p) => ({ name: p.name, shape: p.shape })), updateSpecOf(spec));
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
  const plan = {
    model: m.name,
    modelWords,
    params,
    slots,
    hyperBase,
    states,
    stateWords,
    programs,
    shaders: Object.fromEntries(shaders.map((s) => [s.name, s.code])),
  };
  return { plan, shaders, updateGrads };
}

export function emitWgslModule(m: Module, opts: EmitWgslOptions = {}): EmittedWgslModule {
  const progs = wgslPrograms(m, opts);
  const { plan, shaders } = buildPlan(m, progs);
  const meta = moduleMeta(m, progs.infer);
  const training = m.training && progs.training ? deviceTraining(m, progs.training.opt, progs.training.grad, progs.training.runTrain, progs.training.runStep) : undefined;
  const planJson = fmtPlan(plan);
  const all = [progs.run, ...(progs.training ? [progs.training.runEval, progs.training.runTrain, ...(progs.training.runStep ? [progs.training.runStep] : [])] : [])];
  const needs = (sym: 'B' | 'T') => needsSym(m, all, sym);
  const { js, dts } = emitDeviceModule({
    m,
    meta,
    forwardInputs: progs.infer.inputs.map((i) => i.name),
    needB: needs('B'),
    needT: needs('T'),
    engineImport: opts.engineImport ?? './rnnc-wgsl-engine.js',
    engineClass: 'Engine',
    api: 'WebGPU',
    deviceType: 'GPUDevice',
    planJson,
    ...(training ? { training } : {}),
    ...(opts.runtimeImport ? { runtimeImport: opts.runtimeImport } : {}),
  });
  return { js, dts, shaders, plan };
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


