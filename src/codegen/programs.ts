// Compile once, render many: the one place that runs the pipeline (IR passes -> gradient modules ->
// schedule -> the optimizer's update program) and yields the scheduled programs every target
// renders. `--target all`, `--stats`, the bench and the tests read the same set; a target never
// calls back into the passes.
//
// The graph-level work (optimize, autodiff, DCE) happens once per model (`compileModel`). Targets
// differ only in the scheduler's kernel options (the WGSL target reads matmul operands through
// their views, without the transposed copies the CPU targets want), so `programs(kernels)`
// schedules once per distinct option set and remembers the result.

import type { Module } from '../ir/types.js';
import { withoutLoss } from '../passes/dce.js';
import { optimize, type OptimizeOptions } from '../passes/pipeline.js';
import type { OptimizerSpec } from '../runtime/optimizers.js';
import type { LrSchedule } from '../runtime/schedules.js';
import type { ModelMeta as ModuleMeta, TrainingMeta } from '../runtime/shell.js';
import { gradientModules, sameBindings } from './gradient-modules.js';
import { iexprVars, walkStmts, type Program } from './kernel-ir.js';
import { schedule, type KernelOptions } from './schedule.js';
import { updateProgram, updateSpecOf } from './update-program.js';

export interface CompileOptions {
  /** IR passes to run (default: all; see src/passes/pipeline.ts). */
  readonly passes?: readonly string[];
}

export type { ModelMeta as ModuleMeta, TrainingMeta } from '../runtime/shell.js';

export interface TrainingPrograms {
  /** The optimized module with its loss, and its gradient modules (autodiff, optimized again). */
  readonly opt: Module;
  readonly grad: Module;
  readonly step: Module | null;
  /** Evaluation (outputs and loss, no dropout), every gradient, and the parameters' gradients only. */
  readonly runEval: Program;
  readonly runTrain: Program;
  /** trainStep's program, or null when it would equal runTrain (no float input): trainStep runs runTrain. */
  readonly runStep: Program | null;
  /** The optimizer step as a kernel-IR program (the device targets run it; src/codegen/update-program.ts). */
  readonly update: Program;
  readonly meta: TrainingMeta;
}

/** Every program of one model, scheduled with one set of kernel options. */
export interface ProgramSet {
  readonly module: Module;
  /** The inference module: optimized, without the loss. */
  readonly infer: Module;
  readonly meta: ModuleMeta;
  readonly kernels: KernelOptions;
  /** Inference (forward): no loss, dropout masks the constant 1. */
  readonly run: Program;
  readonly training?: TrainingPrograms;
  /** Inputs `run` reads, in its order (others given to forward are ignored). */
  readonly forwardInputs: readonly string[];
  /** Whether a call must be given B / T: some program or state is sized by it. */
  readonly needB: boolean;
  readonly needT: boolean;
  /** run, runEval, runTrain, runStep (those that exist), by the name the generated code gives them. */
  readonly programs: readonly { readonly fn: 'run' | 'runEval' | 'runTrain' | 'runStep'; readonly program: Program }[];
}

/** The graph-level result of compiling a model: its programs for any kernel options. */
export interface CompiledModel {
  readonly module: Module;
  readonly infer: Module;
  readonly meta: ModuleMeta;
  /** The programs scheduled with `kernels` (computed once per distinct option set). */
  programs(kernels?: KernelOptions): ProgramSet;
}

/**
 * Inputs whose values are ids into a table or one_hot (directly, or through reshape, flip, slice
 * or concat): their valid range, so that the runtime checks them by name and position before a
 * call, as it does masks and lengths. An id computed in the graph is still checked by the kernel.
 */
function idRanges(m: Module): Map<string, { limit: number; what: string }> {
  const source = new Map<number, string>();
  for (const i of m.inputs) if (i.type.dtype === 'i32') source.set(i.value, i.name);
  const out = new Map<string, { limit: number; what: string }>();
  const use = (v: number, limit: number, what: string) => {
    const name = source.get(v);
    if (name === undefined) return;
    const had = out.get(name);
    if (!had || limit < had.limit) out.set(name, { limit, what });
  };
  for (const n of m.graph.nodes) {
    const op = n.op.op;
    if (op === 'reshape' || op === 'flip' || op === 'slice' || op === 'transpose') {
      const from = source.get(n.inputs[0]);
      if (from !== undefined) source.set(n.outputs[0], from);
    } else if (op === 'gather') {
      const table = m.graph.values[n.inputs[0]].shape[0];
      if (typeof table === 'number') use(n.inputs[1], table, 'a vocabulary of size');
    } else if (n.op.op === 'one_hot') {
      use(n.inputs[0], n.op.depth, 'one_hot of depth');
    }
  }
  return out;
}

/** The `meta` export: plain JSON data describing the model. */
export function moduleMeta(m: Module, infer: Module = withoutLoss(m)): ModuleMeta {
  const needed = new Set(infer.inputs.map((i) => i.name));
  const ids = idRanges(m);
  return {
    name: m.name,
    inputs: m.inputs.map((i) => ({
      name: i.name,
      dtype: i.type.dtype,
      shape: [...i.type.shape],
      role: i.role,
      ...(i.doc ? { doc: i.doc } : {}),
      ...(ids.has(i.name) ? { ids: ids.get(i.name)! } : {}),
      ...(needed.has(i.name) ? {} : { optional: true as const }),
    })),
    outputs: infer.outputs.map((o) => ({ name: o.name, dtype: o.type.dtype, shape: [...o.type.shape], ...(o.doc ? { doc: o.doc } : {}) })),
    params: m.params.map((p) => ({ name: p.name, shape: [...p.shape], init: p.init })),
    states: m.states.map((s) => ({ name: s.name, dtype: s.type.dtype, shape: [...s.type.shape] })),
    groups: m.groups,
  };
}

/** Whether a program has a buffer or loop sized by `sym`. */
function usesSym(p: Program, sym: 'B' | 'T'): boolean {
  if (p.buffers.some((b) => iexprVars(b.size).has(sym))) return true;
  let found = false;
  walkStmts(p.body, (s) => {
    if (s.kind === 'loop' && iexprVars(s.count).has(sym)) found = true;
  });
  return found;
}

/** Whether a call must be given `sym` (B or T): some program or state is sized by it. Every target's rule. */
export function needsSym(m: Module, programs: readonly Program[], sym: 'B' | 'T'): boolean {
  return programs.some((p) => usesSym(p, sym)) || m.states.some((s) => s.type.shape.includes(sym));
}

function trainingMeta(m: Module, opt: Module, grad: Module, runTrain: Program, runStep: Program | null): TrainingMeta {
  const spec = m.training!;
  return {
    loss: spec.loss,
    lossIndex: m.outputs.findIndex((o) => o.name === spec.loss),
    outputs: m.outputs.map((o) => ({ name: o.name, shape: [...o.type.shape] })),
    optimizer: spec.optimizer as unknown as OptimizerSpec,
    schedule: (spec.schedule ?? { kind: 'constant' }) as LrSchedule,
    ...(spec.clipNorm !== undefined ? { clipNorm: spec.clipNorm } : {}),
    ...(spec.clipValue !== undefined ? { clipValue: spec.clipValue } : {}),
    evalInputs: opt.inputs.map((i) => i.name),
    trainInputs: grad.inputs.map((i) => i.name),
    gradIndex: m.outputs.length,
    step: runStep !== null,
    grads: grad.outputs.slice(m.outputs.length).map((o) => o.name),
    runTrainOutputs: runTrain.outputs.map((o) => o.name),
    ...(runStep ? { runStepOutputs: runStep.outputs.map((o) => o.name) } : {}),
    randoms: runTrain.randoms.map((r) => ({ name: r.name, rate: r.rate, shape: [...r.shape] })),
  };
}

/** Runs the graph-level pipeline once; `programs(kernels)` schedules it for a target. */
export function compileModel(m: Module, opts: CompileOptions = {}): CompiledModel {
  const passes: OptimizeOptions = opts.passes ? { passes: opts.passes } : {};
  // Inference runs without the loss (so it needs no labels), with dropout masks the constant 1.
  const infer = optimize(withoutLoss(m), passes);
  const meta = moduleMeta(m, infer);
  // The gradient graph gets the clean-up passes too: autodiff emits zeros, repeats and dead values freely.
  const graphs = m.training
    ? (() => {
        const opt = optimize(m, passes);
        return { opt, ...gradientModules(opt, m.training.loss, passes) };
      })()
    : null;
  const cache = new Map<string, ProgramSet>();
  return {
    module: m,
    infer,
    meta,
    programs(kernels: KernelOptions = {}) {
      const key = JSON.stringify(kernels, Object.keys(kernels).sort());
      let set = cache.get(key);
      if (!set) {
        set = scheduleSet(m, infer, meta, graphs, kernels);
        cache.set(key, set);
      }
      return set;
    },
  };
}

function scheduleSet(m: Module, infer: Module, meta: ModuleMeta, graphs: { opt: Module; grad: Module; step: Module | null } | null, kernels: KernelOptions): ProgramSet {
  const run = schedule(infer, { ...kernels, training: false });
  const programs: { fn: 'run' | 'runEval' | 'runTrain' | 'runStep'; program: Program }[] = [{ fn: 'run', program: run }];
  let training: TrainingPrograms | undefined;
  if (graphs && m.training) {
    const runEval = schedule(graphs.opt, { ...kernels, training: false });
    const runTrain = schedule(graphs.grad, { ...kernels, training: true });
    const runStep = graphs.step ? schedule(graphs.step, { ...kernels, training: true }) : null;
    // trainStep's program is called as the gradient program is: the same inputs, states and masks.
    if (runStep) sameBindings(runTrain, runStep);
    const update = updateProgram('update', m.params.map((p) => ({ name: p.name, shape: p.shape })), updateSpecOf(m.training));
    training = { ...graphs, runEval, runTrain, runStep, update, meta: trainingMeta(m, graphs.opt, graphs.grad, runTrain, runStep) };
    programs.push({ fn: 'runEval', program: runEval }, { fn: 'runTrain', program: runTrain });
    if (runStep) programs.push({ fn: 'runStep', program: runStep });
  }
  const all = programs.map((p) => p.program);
  return {
    module: m,
    infer,
    meta,
    kernels,
    run,
    ...(training ? { training } : {}),
    forwardInputs: infer.inputs.map((i) => i.name),
    needB: needsSym(m, all, 'B'),
    needT: needsSym(m, all, 'T'),
    programs,
  };
}

/** compileModel(m, opts).programs(kernels): every program of a model for one set of kernel options. */
export function compileModule(m: Module, opts: CompileOptions & { readonly kernels?: KernelOptions } = {}): ProgramSet {
  return compileModel(m, opts).programs(opts.kernels ?? {});
}
