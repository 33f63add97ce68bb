// The gradient modules a trainable model's code is generated from, one rule for every target:
// `grad` (the loss and the gradient of every parameter and float input: `gradients()`, `rnnc run
// --grads`) and `step` (the loss and the parameters' gradients only: what `trainStep` needs).
// Without the inputs' gradients DCE drops the kernels that compute only them, e.g. a first layer's
// dL/dx = dG · W^T, a matmul as big as the input weights' gradient. `step` is null when there is
// nothing to drop (no float data or state inputs, as in a model of token ids): trainStep then
// runs `grad`'s program.

import type { Module } from '../ir/types.js';
import type { Program } from './kernel-ir.js';
import { addGradients } from '../passes/autodiff.js';
import { optimize, type OptimizeOptions } from '../passes/pipeline.js';

export function gradientModules(opt: Module, loss: string, passes: OptimizeOptions): { grad: Module; step: Module | null } {
  const grad = optimize(addGradients(opt, { loss }), passes);
  const paramGrads = opt.params.length;
  if (grad.outputs.length === opt.outputs.length + paramGrads) return { grad, step: null };
  return { grad, step: optimize(addGradients(opt, { loss, inputs: false }), passes) };
}

/**
 * The step's program is called as the gradient program is (TRAINING.trainInputs, and dropout masks
 * drawn for TRAINING.randoms): the same inputs and random masks, in the same order.
 */
export function sameBindings(train: Program, step: Program): void {
  const sig = (p: Program) => JSON.stringify([p.inputs.map((i) => i.name), p.states.map((x) => x.name), p.randoms.map((r) => [r.name, r.rate, r.shape])]);
  if (sig(train) !== sig(step)) throw new Error(`internal: the training step's program takes other inputs, states or dropout masks than the gradient program (${sig(step)} vs ${sig(train)})`);
}
