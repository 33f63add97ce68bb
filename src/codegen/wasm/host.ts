// The JavaScript data a wasm module gives the runtime's wasm shell (src/runtime/wasm-model.ts) for
// each program: buffer sizes as a function of B and T, the order buffers are laid out in (the
// parameters and what the kernels of the parameters alone make of them first, at addresses that do
// not depend on B and T; then the other filled buffers; those that must start at zero; the rest),
// and which buffer holds each input, parameter, state, dropout mask and output. The runtime copies
// in, calls the exported program and copies out.

import { WASM_MAX_PAGES } from '../../runtime/wasm-model.js';
import { fmtIExpr, kernelWrites, type Program } from '../kernel-ir.js';
import type { IdFailure } from './gather.js';
import { buffersToZero } from './zeroing.js';

/** The memory's maximum: all of wasm32's 4 GiB (a maximum is required of a shared memory). */
export const MAX_PAGES = WASM_MAX_PAGES;

const JS_SYNTAX = { max: (a: string, b: string) => `Math.max(${a}, ${b})`, min: (a: string, b: string) => `Math.min(${a}, ${b})` };

/** The message an InputError gives for a bad id (the same text as the JS target's), before and after the id. */
export function failureParts(f: IdFailure): [string, string] {
  return [`${f.src}: id `, ` is out of range for ${f.what} ${f.n} (valid ids are 0 to ${f.n - 1})`];
}

/**
 * Whether a kernel of the program writes a parameter's buffer. The schedulers never do today; if
 * one did, the runtime would copy the parameters in before every call of that program rather
 * than trust what the last call left (wasm-model.ts).
 */
function writesParams(p: Program, params: readonly number[]): boolean {
  const walk = (body: Program['body']): boolean =>
    body.some((s) => (s.kind === 'loop' ? walk(s.body) : kernelWrites(s).some((v) => params.includes(v.buf))));
  return walk(p.body);
}

/** A program's descriptor (WasmProgram of the runtime) as an object literal. */
export function hostProgram(p: Program, fnName: string, prepBuffers: readonly number[] = []): string {
  const sizes = p.buffers.map((b) => fmtIExpr(b.size, JS_SYNTAX));
  const prep = prepBuffers;
  const params = p.buffers.filter((b) => b.role === 'param').map((b) => b.id);
  const otherFilled = p.buffers.filter((b) => b.role !== 'scratch' && b.role !== 'output' && b.role !== 'param').map((b) => b.id);
  const zero = buffersToZero(p);
  const local = p.buffers.filter((b) => (b.role === 'scratch' || b.role === 'output') && !prep.includes(b.id)).map((b) => b.id);
  const zeroed = local.filter((id) => zero.has(id));
  const unzeroed = local.filter((id) => !zero.has(id));
  const ids = (xs: readonly { buf: number }[]): string => `[${xs.map((x) => x.buf).join(', ')}]`;
  const roles = p.buffers.map((b) => `${b.name}: ${b.role} ${b.dtype}[${fmtIExpr(b.size)}]`);
  return `    // Program ${fnName}: buffers ${roles.join('; ')}.
    {
      name: ${JSON.stringify(fnName)},
      keepsParamKernels: ${prep.length > 0},${writesParams(p, params) ? '\n      writesParams: true,' : ''}
      sizes: (B, T) => [${sizes.join(', ')}],
      order: [${[...params, ...prep, ...otherFilled, ...zeroed, ...unzeroed].join(', ')}],
      zeroFrom: ${zeroed.length ? zeroed[0] : -1},
      zeroTo: ${zeroed.length && unzeroed.length ? unzeroed[0] : -1},
      i32: [${p.buffers.map((b) => (b.dtype === 'i32' ? 1 : 0)).join(', ')}],
      inputs: ${ids(p.inputs)},
      params: ${ids(p.params)},
      states: ${ids(p.states)},
      randoms: ${ids(p.randoms)},
      outputs: ${ids(p.outputs)},
    }`;
}
