// The GLSL target's module: the programs of the set (run; runEval, runTrain, runStep and the
// optimizer update for a model that trains), each rendered as a GlslPlan of GLSL ES 3.00 draws for
// the WebGL2 engine (device-engine.ts), inside the runtime's async shell (device-model.ts). The
// device option is `gl` here: a WebGL2RenderingContext or a canvas.

import type { Module } from '../../ir/types.js';
import { numelExpr, simplify, walkStmts, type Program } from '../kernel-ir.js';
import { lowerLinearScans } from '../lower-linear-scan.js';
import type { KernelOptions } from '../schedule.js';
import { compileModule, type CompileOptions, type ProgramSet } from '../programs.js';
import { optimizerSlots, type OptimizerSpec } from '../../runtime/optimizers.js';
import { HYPER } from '../update-program.js';
import { emitDeviceModule } from '../device-module.js';
import { separateParamPrep } from '../param-prep.js';
import { renderPlan } from './render.js';
import { QUAD_VS } from './draw.js';
import { SHADER_HELPERS } from './expr.js';
import type { GlslModulePlan } from './device-engine.js';
import type { GlslPlan } from './plan.js';

export interface EmitGlslOptions extends CompileOptions {
  readonly kernels?: KernelOptions;
  readonly runtimeImport?: string;
  readonly engineImport?: string;
}

export interface EmittedGlslModule {
  js: string;
  dts: string;
  plan: GlslModulePlan;
}

/** The kernel-IR programs of a module as the GLSL target draws them: the set's, plus the optimizer update. */
export function glslPrograms(set: ProgramSet): Record<string, Program> {
  const programs: Record<string, Program> = {};
  for (const { fn, program } of set.programs) programs[fn] = program;
  if (set.training) programs.update = set.training.update;
  return programs;
}

export function glslModulePlan(m: Module, programs: Readonly<Record<string, Program>>): GlslModulePlan {
  let at = 0;
  const params = m.params.map((p) => ({ name: p.name, base: at++, size: p.shape.reduce((a, b) => a * b, 1) }));
  const spec = m.training;
  const slotList = spec ? optimizerSlots(spec.optimizer as OptimizerSpec, params.map((p) => ({ name: p.name, size: p.size }))) : [];
  const initAcc = spec && spec.optimizer.kind === 'adagrad' ? ((spec.optimizer.initialAccumulator as number | undefined) ?? 0) : 0;
  const slots = slotList.map((s) => ({ name: s.name, base: at++, size: s.size, init: s.name.startsWith('sum.') ? initAcc : 0 }));
  const rendered: Record<string, GlslPlan> = {};
  const sequential: Record<string, GlslPlan> = {};
  for (const [name, p] of Object.entries(programs)) {
    // The weights' concatenations and transposed copies: kept between calls while the parameters stay.
    const { program, prep } = separateParamPrep(p);
    rendered[name] = renderPlan(program, prep.kernels);
    let scans = false;
    walkStmts(program.body, (s) => {
      if (s.kind === 'linear_scan') scans = true;
    });
    if (scans) sequential[name] = renderPlan(lowerLinearScans(program), prep.kernels);
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
    ...(Object.keys(sequential).length ? { sequential } : {}),
  };
}

/** Renders the module of a program set (scheduled with the default kernel options). */
export function renderGlslModule(set: ProgramSet, opts: { runtimeImport?: string; engineImport?: string } = {}): EmittedGlslModule {
  const plan = glslModulePlan(set.module, glslPrograms(set));
  const { js, dts } = emitDeviceModule(set, {
    file: `${set.module.name}.glsl.js`,
    engineImport: opts.engineImport ?? './rnnc-glsl-engine.js',
    api: 'WebGL2',
    deviceType: 'WebGL2RenderingContext',
    deviceOption: {
      name: 'gl',
      type: 'WebGL2RenderingContext | OffscreenCanvas | HTMLCanvasElement',
      doc: 'Where to run: a WebGL2 context, or an OffscreenCanvas or canvas to take one from (default: a new OffscreenCanvas).',
    },
    typesReference: null,
    // Only a model with linear scans has two forms to choose from.
    extraOptions: !plan.sequential ? [] : [
      {
        name: 'linearScan',
        type: "'auto' | 'parallel' | 'sequential'",
        doc: "Linear recurrences (linear_scan) as a chunked parallel scan, four draws whatever T is ('parallel'), or a draw per step ('sequential'); 'auto' (default) takes the draw per step on a software rasterizer (SwiftShader), where the parallel scan's extra work costs more than the draws it saves.",
      },
    ],
    planJs: fmtPlan(plan),
    ...(opts.runtimeImport ? { runtimeImport: opts.runtimeImport } : {}),
  });
  return { js, dts, plan };
}

/** compileModule + renderGlslModule: the GLSL module of a graph module. */
export function emitGlslModule(m: Module, opts: EmitGlslOptions = {}): EmittedGlslModule {
  return renderGlslModule(compileModule(m, opts), opts);
}

/** The plan as JSON, each shader as a template literal so that the GLSL reads as code in the module. */
function fmtPlan(plan: GlslModulePlan): string {
  // The helper functions every shader carries are written once (HELPERS) and interpolated.
  const lit = (s: string) => `\`${s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${').split(SHADER_HELPERS).join('${HELPERS}')}\``;
  const progs = (set: Readonly<Record<string, GlslPlan>>) =>
    Object.entries(set).map(([name, p]) => {
      const { shaders, ...rest } = p;
      const sh = shaders.map((s) => `    { name: ${JSON.stringify(s.name)}, targets: ${s.targets}, vs: ${s.vs === QUAD_VS ? 'QUAD_VS' : lit(s.vs)},\n      fs: ${lit(s.fs)} }`).join(',\n');
      return `  ${JSON.stringify(name)}: { ...${JSON.stringify(rest)},\n   shaders: [\n${sh}\n  ] }`;
    });
  const top = Object.fromEntries(Object.entries(plan).filter(([k]) => k !== 'programs' && k !== 'sequential'));
  const seq = plan.sequential ? `,\n sequential: {\n${progs(plan.sequential).join(',\n')}\n}` : '';
  return `(() => {\nconst HELPERS = \`${SHADER_HELPERS}\`;\nconst QUAD_VS = ${lit(QUAD_VS)};\nreturn { ...${JSON.stringify(top)},\n programs: {\n${progs(plan.programs).join(',\n')}\n}${seq} };\n})()`;
}


