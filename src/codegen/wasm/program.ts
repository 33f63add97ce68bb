// A scheduled Program as wasm functions: one function per kernel (named <program>_<index>_<kind>,
// headed by a comment with the IR node it came from, like the JS target's kernel functions),
// and the program function itself, exported under the program's name, which runs the time loops
// and calls the kernels. Every buffer is a byte address in linear memory that the host lays out
// per call and passes to the program function (in buffer id order); kernels get B, T and the
// loop variables they use, then the buffers they touch. With threads, every thread runs the
// program function; each kernel does its part and is followed by a barrier (threads.ts).

import { add, fmtIExpr, type IExpr, type Kernel, type Program, type Stmt } from '../kernel-ir.js';
import type { IdFailure } from './gather.js';
import { renderGather, renderOneHot, renderScatterAdd } from './gather.js';
import { renderMatmul } from './gemm.js';
import { renderLinearScan } from './linear-scan.js';
import { renderMap, renderReduce } from './map.js';
import type { MathFn } from './math.js';
import { kernelArgs } from '../kernel-args.js';
import type { ParamPrep } from '../param-prep.js';
import { ONLY_THREAD_0 } from './threads.js';
import { get, iexpr, set, WatFn } from './wat.js';

/** What the module being built collects from every program: functions, math used, id-check messages. */
export interface ModuleParts {
  readonly functions: string[];
  readonly math: Set<MathFn>;
  readonly failures: IdFailure[];
}

const bufParam = (p: Program, id: number): string => `b_${p.buffers[id].name}`;

function dims(xs: readonly IExpr[]): string {
  return `[${xs.map((x) => fmtIExpr(x)).join(', ')}]`;
}

function describe(k: Kernel): string {
  switch (k.kind) {
    case 'map':
      return `map ${dims(k.shape)}: ${k.src}${k.parts ? ` (${k.parts.length} kernels: ${k.parts.join('; ')})` : ''}`;
    case 'reduce':
      return `reduce_${k.fn} ${dims(k.shape)} over ${fmtIExpr(k.size)}: ${k.src}`;
    case 'matmul':
      return `matmul [${fmtIExpr(k.m)}, ${fmtIExpr(k.k)}] x [${fmtIExpr(k.k)}, ${k.n}]: ${k.src}`;
    case 'gather':
      return `gather ${dims(k.shape)} x ${k.dim}, vocabulary ${k.vocab}: ${k.src}`;
    case 'scatter_add':
      return `scatter_add ${dims(k.shape)} x ${k.dim} into [${k.vocab}, ${k.dim}]: ${k.src}`;
    case 'one_hot':
      return `one_hot ${dims(k.shape)} x ${k.depth}: ${k.src}`;
    case 'linear_scan':
      return `linear_scan ${dims(k.shape)} over ${fmtIExpr(k.len)}: ${k.src}`;
  }
}

class ProgramRenderer {
  private count = 0;

  constructor(
    private readonly p: Program,
    private readonly parts: ModuleParts,
    private readonly prep: ParamPrep,
  ) {}

  kernel(k: Kernel): string {
    const p = this.p;
    const name = `${this.fnName}_${this.count++}_${k.kind === 'map' && k.parts ? 'fused' : k.kind}`;
    const fn = new WatFn(name, describe(k));
    const { vars, bufs } = kernelArgs(k);
    for (const v of vars) fn.param(v);
    for (const b of bufs) fn.param(bufParam(p, b));
    const base = (b: number): string => bufParam(p, b);
    // Embedding kernels are not split between threads (scatter_add's rows collide; they are cheap).
    if (k.kind === 'gather' || k.kind === 'scatter_add' || k.kind === 'one_hot') fn.emit(ONLY_THREAD_0);
    switch (k.kind) {
      case 'map':
        renderMap(fn, k, p, base, this.parts.math);
        break;
      case 'reduce':
        renderReduce(fn, k, p, base, this.parts.math);
        break;
      case 'matmul':
        renderMatmul(fn, k, base);
        break;
      case 'gather':
        this.parts.failures.push({ src: k.src, what: 'a vocabulary of size', n: k.vocab });
        renderGather(fn, k, p, base, this.parts.failures.length - 1);
        break;
      case 'scatter_add':
        this.parts.failures.push({ src: k.src, what: 'a vocabulary of size', n: k.vocab });
        renderScatterAdd(fn, k, p, base, this.parts.failures.length - 1);
        break;
      case 'one_hot':
        this.parts.failures.push({ src: k.src, what: 'one_hot of depth', n: k.depth });
        renderOneHot(fn, k, p, base, this.parts.failures.length - 1);
        break;
      case 'linear_scan':
        renderLinearScan(fn, k, base, this.parts.math);
        break;
    }
    this.parts.functions.push(fn.text());
    // Every thread runs its part of the kernel, then waits for the others (threads.ts).
    return `(call $${name} ${[...vars.map(get), ...bufs.map((b) => get(bufParam(p, b)))].join(' ')}) (call $barrier)`;
  }

  private fnName = '';

  stmts(fn: WatFn, ss: readonly Stmt[]): string[] {
    const L: string[] = [];
    for (const s of ss) {
      if (s.kind !== 'loop') {
        // A kernel of the parameters alone: skipped when the call says they are unchanged (prep.ts).
        L.push(this.prep.kernels.has(s) ? `(if (i32.eqz (local.get $cached)) (then ${this.kernel(s)}))` : this.kernel(s));
        continue;
      }
      const v = fn.named(s.var, 'i32');
      const label = `${fn.name}_${s.var}`;
      const body = this.stmts(fn, s.body).map((l) => `    ${l}`);
      L.push(`;; ${s.role === 'backward' ? 'backward ' : ''}loop ${s.var}${s.reverse ? ' (reverse)' : ''}: ${s.src.replace(/[\r\n]+/g, ' ')}`);
      if (s.reverse) {
        L.push(set(v, iexpr(add(s.count, -1))), `(block $${label}_end`, `  (loop $${label}`, `    (br_if $${label}_end (i32.lt_s ${get(v)} (i32.const 0)))`);
        L.push(...body, `    ${set(v, `(i32.sub ${get(v)} (i32.const 1))`)}`, `    (br $${label})))`);
      } else {
        L.push(set(v, '(i32.const 0)'), `(block $${label}_end`, `  (loop $${label}`, `    (br_if $${label}_end (i32.ge_s ${get(v)} ${iexpr(s.count)}))`);
        L.push(...body, `    ${set(v, `(i32.add ${get(v)} (i32.const 1))`)}`, `    (br $${label})))`);
      }
    }
    return L;
  }

  program(fnName: string): void {
    this.fnName = fnName;
    const p = this.p;
    const fn = new WatFn(fnName, `program ${fnName}: ${p.buffers.length} buffers (addresses in id order); cached: the parameters and what only they determine are in memory already`, null, fnName);
    fn.param('B');
    fn.param('T');
    fn.param('cached');
    for (const b of p.buffers) fn.param(bufParam(p, b.id));
    fn.emit(...this.stmts(fn, p.body));
    this.parts.functions.push(fn.text());
  }
}

const NO_PREP: ParamPrep = { kernels: new Set(), buffers: [] };

/** Renders program `p` as the exported wasm function `fnName` and its kernels, into `parts`. */
export function renderWasmProgram(p: Program, fnName: string, parts: ModuleParts, prep: ParamPrep = NO_PREP): void {
  new ProgramRenderer(p, parts, prep).program(fnName);
}
