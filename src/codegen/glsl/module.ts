// The GLSL target's product: the programs of the JS target (run; runEval and runTrain for a model
// that trains) plus the optimizer update (update-program.ts), each rendered as a GlslPlan of GLSL
// ES 3.00 draws for the WebGL2 engine (device-engine.ts), inside the backend-neutral async shell
// (device-module.ts). The shell's device option is `gl` here: a WebGL2RenderingContext or a canvas.

import type { Module } from '../../ir/types.js';
import { numelExpr, simplify, type Program } from '../kernel-ir.js';
import { schedule, type KernelOptions } from '../schedule.js';
import { gradientModules } from '../gradient-modules.js';
import { withoutLoss } from '../../passes/dce.js';
import { optimize } from '../../passes/pipeline.js';
import { moduleMeta, needsSym } from '../js/module.js';
import { optimizerSlots, type OptimizerSpec } from '../../runtime/optimizers.js';
import { HYPER, updateProgram, updateSpecOf } from '../update-program.js';
import { deviceTraining, emitDeviceModule } from '../device-module.js';
import { separateParamPrep } from '../param-prep.js';
import { renderPlan } from './render.js';
import { QUAD_VS } from './draw.js';
import { SHADER_HELPERS } from './expr.js';
import type { GlslModulePlan } from './device-engine.js';
import type { GlslPlan } from './plan.js';

export interface EmitGlslOptions {
  readonly passes?: readonly string[];
  readonly kernels?: KernelOptions;
  readonly runtimeImport?: string;
  readonly engineImport?: string;
}

export interface EmittedGlslModule {
  js: string;
  dts: string;
  plan: GlslModulePlan;
}

/** The kernel-IR programs of a module, as the JS target schedules them, plus the optimizer update. */
export function glslPrograms(m: Module, opts: EmitGlslOptions = {}) {
  const passes = opts.passes ? { passes: opts.passes } : {};
  const kernels = opts.kernels ?? {};
  const infer = optimize(withoutLoss(m), passes);
  const programs: Record<string, Program> = { run: schedule(infer, { ...kernels, training: false }) };
  if (!m.training) return { infer, programs };
  const opt = optimize(m, passes);
  const { grad, step } = gradientModules(opt, m.training.loss, passes);
  programs.runEval = schedule(opt, { ...kernels, training: false });
  programs.runTrain = schedule(grad, { ...kernels, training: true });
  // trainStep's program (the parameters' gradients only); update reads its outputs by name.
  if (step) programs.runStep = schedule(step, { ...kernels, training: true });
  programs.update = updateProgram('update', m.params.map((p) => ({ name: p.name, shape: p.shape })), updateSpecOf(m.training));
  return { infer, programs, training: { opt, grad } };
}

export function glslModulePlan(m: Module, programs: Readonly<Record<string, Program>>): GlslModulePlan {
  let at = 0;
  const params = m.params.map((p) => ({ name: p.name, base: at++, size: p.shape.reduce((a, b) => a * b, 1) }));
  const spec = m.training;
  const slotList = spec ? optimizerSlots(spec.optimizer as OptimizerSpec, params.map((p) => ({ name: p.name, size: p.size }))) : [];
  const initAcc = spec && spec.optimizer.kind === 'adagrad' ? ((spec.optimizer.initialAccumulator as number | undefined) ?? 0) : 0;
  const slots = slotList.map((s) => ({ name: s.name, base: at++, size: s.size, init: s.name.startsWith('sum.') ? initAcc : 0 }));
  const rendered: Record<string, GlslPlan> = {};
  for (const [name, p] of Object.entries(programs)) {
    // The weights' concatenations and transposed copies: kept between calls while the parameters stay.
    const { program, prep } = separateParamPrep(p);
    rendered[name] = renderPlan(program, prep.kernels);
  }
  return {
    model: m.name,
    params,
    slots,
    hyperBase: at,
    hyperSize: spec ? HYPER.size : 0,
    ...(spec ? { loss: spec.loss } : {}),
    states: m.states.map((s) => ({ name: s.name, dtype: s.type.dtype, size: simplify(numelExpr(s.type.shape)) })),
    programs: rendered,
  };
}

export function emitGlslModule(m: Module, opts: EmitGlslOptions = {}): EmittedGlslModule {
  const { infer, programs, training: tr } = glslPrograms(m, opts);
  const plan = glslModulePlan(m, programs);
  const meta = moduleMeta(m, infer);
  const training = m.training && tr ? deviceTraining(m, tr.opt, tr.grad, programs.runTrain, programs.runStep ?? null) : undefined;
  const out = emitDeviceModule({
    m,
    meta,
    forwardInputs: infer.inputs.map((i) => i.name),
    needB: needsSym(m, Object.values(programs), 'B'),
    needT: needsSym(m, Object.values(programs), 'T'),
    engineImport: opts.engineImport ?? './rnnc-glsl-engine.js',
    engineClass: 'Engine',
    api: 'WebGL2',
    deviceType: 'WebGL2RenderingContext',
    deviceOption: {
      name: 'gl',
      type: 'WebGL2RenderingContext | OffscreenCanvas | HTMLCanvasElement',
      doc: 'Where to run: a WebGL2 context, or an OffscreenCanvas or canvas to take one from (default: a new OffscreenCanvas).',
    },
    typesReference: null,
    planJson: fmtPlan(plan),
    ...(training ? { training } : {}),
    ...(opts.runtimeImport ? { runtimeImport: opts.runtimeImport } : {}),
  });
  const { js, dts } = out;
  return { js, dts, plan };
}

/** The plan as JSON, each shader as a template literal so that the GLSL reads as code in the module. */
function fmtPlan(plan: GlslModulePlan): string {
  // The helper functions every shader carries are written once (HELPERS) and interpolated.
  const lit = (s: string) => `\`${s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${').split(SHADER_HELPERS).join('${HELPERS}')}\``;
  const progs = Object.entries(plan.programs).map(([name, p]) => {
    const { shaders, ...rest } = p;
    const sh = shaders.map((s) => `    { name: ${JSON.stringify(s.name)}, vs: ${s.vs === QUAD_VS ? 'QUAD_VS' : lit(s.vs)},\n      fs: ${lit(s.fs)} }`).join(',\n');
    return `  ${JSON.stringify(name)}: { ...${JSON.stringify(rest)},\n   shaders: [\n${sh}\n  ] }`;
  });
  const top = Object.fromEntries(Object.entries(plan).filter(([k]) => k !== 'programs'));
  return `(() => {\nconst HELPERS = \`${SHADER_HELPERS}\`;\nconst QUAD_VS = ${lit(QUAD_VS)};\nreturn { ...${JSON.stringify(top)},\n programs: {\n${progs.join(',\n')}\n} };\n})()`;
}


