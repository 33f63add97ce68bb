// The optimizer step as a kernel-IR Program, so that every GPU backend updates the parameters on
// the device (no gradient readback): gradient clipping by value and by global norm, then the
// update rule of src/runtime/optimizers.ts (PyTorch 1.13's single-tensor code paths, same order of
// operations), in place on the parameters and the optimizer's slots. Backend-neutral: any renderer
// of the kernel IR runs it (the JS renderer in test/codegen/update-program.test.ts).
//
// Buffers and bindings:
//   inputs   'hyper' f32[4]: the step's scalars, written by the host before each step
//                    (updateScalarsJs: lr, Adam's lr / (1 - beta1^t), sqrt(1 - beta2^t), AdamW's 1 - lr * wd);
//            'loss'  f32[1]: the step's loss; when it is not finite the update is skipped (a select,
//                    so no readback decides it: the host reads the loss later and reports it);
//            'grad.<param>' per parameter, in parameter order.
//   params   one per parameter, updated in place.
//   states   the optimizer's slots, named and ordered as rt.optimizerSlots ('<slot>.<param>'), so a
//            checkpoint's slots map one to one.
//   outputs  'grad_norm' f32[1] with clipNorm: the global norm before clipping.
// Global-norm clipping is a reduce per parameter (sums of squares over chunks), a reduce of those
// partial sums, and a map that takes the square root and the clipping factor; every update kernel
// reads the factor.

import type { OptimizerSpec } from '../runtime/optimizers.js';
import type { LrSchedule } from '../runtime/schedules.js';
import { optimizerSlots, resolveOptimizer } from '../runtime/optimizers.js';
import type { BinaryFn, Module, UnaryFn } from '../ir/types.js';
import {
  cmp,
  constant,
  contiguousView,
  load,
  select,
  type BufferDecl,
  type Expr,
  type Kernel,
  type Program,
  type ProgramBinding,
  type View,
} from './kernel-ir.js';

export interface UpdateSpec {
  readonly optimizer: OptimizerSpec;
  readonly schedule?: LrSchedule;
  readonly clipNorm?: number;
  readonly clipValue?: number;
}

/** The model's training spec as the update program takes it (validated by the front end). */
export function updateSpecOf(spec: NonNullable<Module['training']>): UpdateSpec {
  return {
    optimizer: spec.optimizer as OptimizerSpec,
    ...(spec.schedule ? { schedule: spec.schedule as LrSchedule } : {}),
    ...(spec.clipNorm !== undefined ? { clipNorm: spec.clipNorm } : {}),
    ...(spec.clipValue !== undefined ? { clipValue: spec.clipValue } : {}),
  };
}

export interface UpdateParam {
  readonly name: string;
  readonly shape: readonly number[];
}

/** Indices into the 'hyper' input. */
export const HYPER = { lr: 0, adamStep: 1, adamBc2Sqrt: 2, decay: 3, size: 4 } as const;

/** The largest finite f32: |x| <= it is false for NaN and the infinities. */
const F32_MAX = 3.4028234663852886e38;

/**
 * JS source of `(lr, t) => number[]`: the 'hyper' values for update number t (1 for the first)
 * at learning rate lr (the schedule's value, rt.learningRate(base, schedule, t - 1)). Generated
 * modules embed it; its float64 values are rounded to f32 once, when written to the buffer.
 */
export function updateScalarsJs(spec: OptimizerSpec): string {
  const r = resolveOptimizer(spec);
  return `(lr, t) => [lr, lr / (1 - ${r.beta1} ** t), Math.sqrt(1 - ${r.beta2} ** t), 1 - lr * ${r.weightDecay}]`;
}

const un = (fn: UnaryFn, x: Expr): Expr => ({ op: 'unary', fn, x });
const bin = (fn: BinaryFn, a: Expr, b: Expr): Expr => ({ op: 'binary', fn, a, b });
const c = (v: number): Expr => constant(v);
const finiteExpr = (x: Expr): Expr => cmp('le', un('abs', x), c(F32_MAX));

/** The largest divisor of n that is at most `cap` (chunks of a sum of squares). */
function chunkOf(n: number, cap = 1024): number {
  for (let d = Math.min(n, cap); d >= 1; d--) if (n % d === 0) return d;
  return 1;
}

export function updateProgram(name: string, params: readonly UpdateParam[], spec: UpdateSpec): Program {
  const r = resolveOptimizer(spec.optimizer);
  const buffers: BufferDecl[] = [];
  const decl = (bname: string, size: number, role: BufferDecl['role'], shape: readonly number[]): number => {
    buffers.push({ id: buffers.length, name: bname, dtype: 'f32', size, role, shape: [...shape] });
    return buffers.length - 1;
  };
  const bind = (bname: string, buf: number, shape: readonly number[]): ProgramBinding => ({ name: bname, buf, dtype: 'f32', shape: [...shape] });
  const ident = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');

  const hyper = decl('hyper', HYPER.size, 'input', [HYPER.size]);
  const loss = decl('loss', 1, 'input', [1]);
  const numel = (p: UpdateParam) => p.shape.reduce((a, b) => a * b, 1);
  const grads = params.map((p) => decl(`g_${ident(p.name)}`, numel(p), 'input', p.shape));
  const ps = params.map((p) => decl(`p_${ident(p.name)}`, numel(p), 'param', p.shape));
  const slotList = optimizerSlots(spec.optimizer, params.map((p) => ({ name: p.name, size: numel(p) })));
  const slots = new Map<string, number>();
  for (const s of slotList) slots.set(s.name, decl(`s_${ident(s.name)}`, s.size, 'state', [s.size]));

  const body: Kernel[] = [];
  const outputs: ProgramBinding[] = [];
  // A scalar of a [1]-sized buffer, broadcast over a kernel of rank 1.
  const scalar = (buf: number, at = 0): Expr => load({ buf, offset: at, strides: [0] });
  const elem = (buf: number): Expr => load(contiguousView(buf, [1]) as View);
  const gradOf = (i: number): Expr => {
    const g = elem(grads[i]);
    return spec.clipValue === undefined ? g : bin('max', bin('min', g, c(spec.clipValue)), c(-spec.clipValue));
  };

  let coef: Expr | null = null;
  if (spec.clipNorm !== undefined) {
    const chunks = params.map((p) => numel(p) / chunkOf(numel(p)));
    const total = chunks.reduce((a, b) => a + b, 0);
    const partial = decl('sumsq', Math.max(total, 1), 'scratch', [Math.max(total, 1)]);
    let at = 0;
    params.forEach((p, i) => {
      const n = numel(p);
      const size = chunkOf(n);
      // partial[at + j] = sum over r < size of g[j * size + r]^2 (as g * g: the JS renderer's reduce drops the temporary that square of a compound operand needs)
      const g0 = spec.clipValue === undefined ? load({ buf: grads[i], offset: 0, strides: [size, 1] }) : bin('max', bin('min', load({ buf: grads[i], offset: 0, strides: [size, 1] }), c(spec.clipValue)), c(-spec.clipValue));
      body.push({ kind: 'reduce', src: `sum of squares of grad.${p.name}`, fn: 'sum', shape: [n / size], size, out: { buf: partial, offset: at, strides: [1, 0] }, expr: bin('mul', g0, g0) });
      at += n / size;
    });
    const sum = decl('sumsq_total', 1, 'scratch', [1]);
    body.push({ kind: 'reduce', src: 'global sum of squares', fn: 'sum', shape: [], size: Math.max(total, 1), out: { buf: sum, offset: 0, strides: [0] }, expr: load({ buf: partial, offset: 0, strides: [1] }) });
    const norm = decl('grad_norm', 1, 'output', [1]);
    const factor = decl('clip_coef', 1, 'scratch', [1]);
    const nrm = un('sqrt', scalar(sum));
    const ratio = bin('div', c(spec.clipNorm), bin('add', { op: 'ref', id: 0 }, c(1e-6)));
    // torch scales by maxNorm / (norm + 1e-6) when that is below 1; a non-finite norm leaves the gradients as they are (rt.clipByGlobalNorm).
    body.push({
      kind: 'map',
      src: `global-norm clipping factor (maxNorm ${spec.clipNorm})`,
      shape: [1],
      lets: [nrm, ratio],
      outs: [
        { out: contiguousView(norm, [1]), expr: { op: 'ref', id: 0 } },
        { out: contiguousView(factor, [1]), expr: select(finiteExpr({ op: 'ref', id: 0 }), select(cmp('lt', { op: 'ref', id: 1 }, c(1)), { op: 'ref', id: 1 }, c(1)), c(1)) },
      ],
    });
    outputs.push(bind('grad_norm', norm, [1]));
    coef = scalar(factor);
  }

  const ok = finiteExpr(scalar(loss));
  const lr = scalar(hyper, HYPER.lr);
  params.forEach((p, i) => {
    const n = numel(p);
    const lets: Expr[] = [];
    const let_ = (e: Expr): Expr => {
      lets.push(e);
      return { op: 'ref', id: lets.length - 1 };
    };
    const w = let_(elem(ps[i]));
    let d = let_(coef ? bin('mul', gradOf(i), coef) : gradOf(i));
    const slot = (k: string) => slots.get(`${k}.${p.name}`)!;
    const next: { buf: number; value: Expr }[] = [];
    const decay = (): void => {
      if (r.weightDecay !== 0) d = let_(bin('add', d, bin('mul', c(r.weightDecay), w)));
    };
    switch (r.kind) {
      case 'sgd': {
        decay();
        if (r.momentum !== 0) {
          const b = let_(bin('add', bin('mul', elem(slot('momentum_buffer')), c(r.momentum)), d));
          next.push({ buf: slot('momentum_buffer'), value: b });
          d = r.nesterov ? let_(bin('add', d, bin('mul', c(r.momentum), b))) : b;
        }
        next.push({ buf: ps[i], value: bin('add', w, bin('mul', un('neg', lr), d)) });
        break;
      }
      case 'adagrad': {
        decay();
        const s = let_(bin('add', elem(slot('sum')), bin('mul', d, d)));
        next.push({ buf: slot('sum'), value: s });
        next.push({ buf: ps[i], value: bin('add', w, bin('div', bin('mul', un('neg', lr), d), bin('add', un('sqrt', s), c(r.eps)))) });
        break;
      }
      case 'adadelta': {
        decay();
        const s = let_(bin('add', bin('mul', elem(slot('square_avg')), c(r.rho)), bin('mul', bin('mul', c(1 - r.rho), d), d)));
        const std = un('sqrt', bin('add', s, c(r.eps)));
        const delta = let_(bin('mul', bin('div', un('sqrt', bin('add', elem(slot('acc_delta')), c(r.eps))), std), d));
        next.push({ buf: slot('square_avg'), value: s });
        next.push({ buf: slot('acc_delta'), value: bin('add', bin('mul', elem(slot('acc_delta')), c(r.rho)), bin('mul', bin('mul', c(1 - r.rho), delta), delta)) });
        next.push({ buf: ps[i], value: bin('add', w, bin('mul', un('neg', lr), delta)) });
        break;
      }
      case 'rmsprop': {
        decay();
        const s = let_(bin('add', bin('mul', elem(slot('square_avg')), c(r.alpha)), bin('mul', bin('mul', c(1 - r.alpha), d), d)));
        next.push({ buf: slot('square_avg'), value: s });
        let avg: Expr;
        if (r.centered) {
          const ga = let_(bin('add', bin('mul', elem(slot('grad_avg')), c(r.alpha)), bin('mul', c(1 - r.alpha), d)));
          next.push({ buf: slot('grad_avg'), value: ga });
          avg = un('sqrt', bin('add', s, bin('mul', bin('mul', c(-1), ga), ga)));
        } else avg = un('sqrt', s);
        avg = let_(bin('add', avg, c(r.eps)));
        if (r.momentum > 0) {
          const b = let_(bin('add', bin('mul', elem(slot('momentum_buffer')), c(r.momentum)), bin('div', d, avg)));
          next.push({ buf: slot('momentum_buffer'), value: b });
          next.push({ buf: ps[i], value: bin('add', w, bin('mul', un('neg', lr), b)) });
        } else {
          next.push({ buf: ps[i], value: bin('add', w, bin('div', bin('mul', un('neg', lr), d), avg)) });
        }
        break;
      }
      case 'adam':
      case 'adamw': {
        let base = w;
        if (r.kind === 'adamw') base = let_(bin('mul', w, scalar(hyper, HYPER.decay)));
        else decay();
        const m = let_(bin('add', bin('mul', elem(slot('exp_avg')), c(r.beta1)), bin('mul', c(1 - r.beta1), d)));
        const v = let_(bin('add', bin('mul', elem(slot('exp_avg_sq')), c(r.beta2)), bin('mul', bin('mul', c(1 - r.beta2), d), d)));
        next.push({ buf: slot('exp_avg'), value: m });
        next.push({ buf: slot('exp_avg_sq'), value: v });
        const denom = bin('add', bin('div', un('sqrt', v), scalar(hyper, HYPER.adamBc2Sqrt)), c(r.eps));
        next.push({ buf: ps[i], value: bin('add', base, bin('div', bin('mul', un('neg', scalar(hyper, HYPER.adamStep)), m), denom)) });
        break;
      }
    }
    // A non-finite loss skips the step: every buffer keeps its value.
    body.push({
      kind: 'map',
      src: `${r.kind} update of ${p.name}`,
      shape: [n],
      lets,
      outs: next.map((x) => ({ out: contiguousView(x.buf, [n]), expr: select(ok, x.value, elem(x.buf)) })),
    });
  });

  return {
    name,
    buffers,
    body,
    inputs: [bind('hyper', hyper, [HYPER.size]), bind('loss', loss, [1]), ...params.map((p, i) => bind(`grad.${p.name}`, grads[i], p.shape))],
    params: params.map((p, i) => bind(p.name, ps[i], p.shape)),
    states: slotList.map((s) => bind(s.name, slots.get(s.name)!, [s.size])),
    outputs,
    randoms: [],
  };
}
