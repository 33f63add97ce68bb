// The JS target's module: `meta`, the programs rendered as Float32Array loops, and a `create` that
// hands them to the runtime's CPU shell (src/runtime/model.ts). It needs only rnnc-runtime.js
// beside it.

import type { Module } from '../../ir/types.js';
import type { Program } from '../kernel-ir.js';
import { moduleDts } from '../module-dts.js';
import { moduleHead } from '../module-text.js';
import { compileModule, type CompileOptions, type ProgramSet } from '../programs.js';
import type { KernelOptions } from '../schedule.js';
import { separateParamPrep } from '../param-prep.js';
import { renderPrelude, renderProgram } from './render.js';

export interface EmitJsOptions extends CompileOptions {
  /** Import specifier of the bundled runtime (default './rnnc-runtime.js'). */
  runtimeImport?: string;
  /** Kernel-level passes of the scheduler (default: all on; see src/codegen/schedule.ts). */
  kernels?: KernelOptions;
}

export interface EmittedModule {
  js: string;
  dts: string;
}

const COMMENTS: Record<string, string> = {
  run: '// Inference: the model without its loss; dropout masks the constant 1.',
  runEval: '// Evaluation: the model with its loss, no dropout.',
  runTrain: '// Training: outputs, loss and the gradient of every parameter and float input (autodiff, BPTT).',
  runStep: "// trainStep's pass (TRAINING.step): outputs, loss and the parameters' gradients only.",
};

/** Renders the module of a program set (scheduled with the JS target's kernel options). */
export function renderJsModule(set: ProgramSet, opts: { runtimeImport?: string } = {}): EmittedModule {
  const name = set.module.name;
  const render = (fn: string, p0: Program) => {
    // The weights' concatenations and transposed copies: kept between calls while the parameters stay.
    const { program, prep } = separateParamPrep(p0, { mergePieces: true });
    return `${COMMENTS[fn]}\n${renderProgram(program, { fnName: fn, errorClass: 'rt.InputError', prep })}`;
  };
  const js = `${moduleHead(set, { file: `${name}.js`, what: 'JavaScript', needs: [], dts: `${name}.d.ts` }, opts.runtimeImport)}
${renderPrelude()}

${set.programs.map((x) => render(x.fn, x.program)).join('\n')}

/** Creates a model: parameters from options.weights, else initialised from options.seed (default 0). */
export function create(options = {}) {
  return rt.createModel(MODEL, { ${set.programs.map((x) => x.fn).join(', ')} }, options);
}
`;
  return { js, dts: moduleDts(set, { file: `${name}.d.ts`, flavor: 'sync' }) };
}

/** compileModule + renderJsModule: the JS module of a graph module. */
export function emitJsModule(m: Module, opts: EmitJsOptions = {}): EmittedModule {
  return renderJsModule(compileModule(m, opts), opts);
}
