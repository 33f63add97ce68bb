// Statistics of scheduled programs: kernels per time step (per loop: forward, and the backward
// loops of gradient programs), kernel launches per call as an expression in T, matmul FLOPs and
// the bytes of the buffers a call allocates as expressions in B and T, with their values for given
// sizes. `formatStats` is the text of `rnnc compile --stats`; `setStats` reads a program set
// (src/codegen/programs.ts), the same programs the targets render.

import type { Module } from '../ir/types.js';
import { compileModule, type ProgramSet } from './programs.js';
import { add, evalIExpr, fmtIExpr, kernelCounts, mul, simplify, type IExpr, type KernelCounts, type KernelKind, type Program, type Stmt } from './kernel-ir.js';
import { allocatedBytes } from './plan-buffers.js';
import type { KernelOptions } from './schedule.js';

export interface LoopStats {
  /** The loop's comment (the scan it came from). */
  readonly src: string;
  readonly var: string;
  /** 'backward' for the adjoint (BPTT) loops of a gradient program. */
  readonly role: 'forward' | 'backward';
  readonly reverse: boolean;
  /** 0 for a loop at the top of the program, 1 inside another loop, ... */
  readonly depth: number;
  /** Kernels one step of this loop runs itself (a nested loop's kernels are counted in its own entry). */
  readonly kernelsPerStep: number;
  /** The same by kind. */
  readonly byKind: Partial<Record<KernelKind, number>>;
  /** Kernel launches of one step, nested loops included (an expression in T when there are any). */
  readonly launchesPerStep: IExpr;
}

export interface ProgramStats {
  readonly name: string;
  /** Every kernel once, wherever it is, and the number of loops. */
  readonly kernels: KernelCounts;
  /** In program order (an outer loop before the loops nested in it). */
  readonly loops: readonly LoopStats[];
  /** Kernels launched by one call: an expression in T. */
  readonly launches: IExpr;
  /** 2 * m * k * n summed over the matmuls a call runs: an expression in B and T. */
  readonly matmulFlops: IExpr;
  /** Bytes of the buffers a call allocates (scratch and outputs; all are live for the whole call): an expression in B and T. */
  readonly peakBytes: IExpr;
  /** How many buffers a call allocates. */
  readonly buffers: number;
}

export interface Sizes {
  readonly B: number;
  readonly T: number;
}

export function programStats(p: Program): ProgramStats {
  const loops: LoopStats[] = [];
  const walk = (stmts: readonly Stmt[], depth: number): { launches: IExpr; flops: IExpr } => {
    let launches: IExpr = 0;
    let flops: IExpr = 0;
    for (const s of stmts) {
      if (s.kind === 'loop') {
        const at = loops.length;
        loops.push(null as unknown as LoopStats); // keep program order: the outer loop first
        const inner = walk(s.body, depth + 1);
        const byKind: Partial<Record<KernelKind, number>> = {};
        let kernelsPerStep = 0;
        for (const k of s.body) {
          if (k.kind === 'loop') continue;
          byKind[k.kind] = (byKind[k.kind] ?? 0) + 1;
          kernelsPerStep++;
        }
        loops[at] = { src: s.src, var: s.var, role: s.role ?? 'forward', reverse: s.reverse, depth, kernelsPerStep, byKind, launchesPerStep: inner.launches };
        launches = add(launches, mul(s.count, inner.launches));
        flops = add(flops, mul(s.count, inner.flops));
      } else {
        launches = add(launches, 1);
        if (s.kind === 'matmul') flops = add(flops, mul(2, s.m, s.k, s.n));
      }
    }
    return { launches: simplify(launches), flops: simplify(flops) };
  };
  const { launches, flops } = walk(p.body, 0);
  return {
    name: p.name,
    kernels: kernelCounts(p),
    loops,
    launches,
    matmulFlops: flops,
    peakBytes: allocatedBytes(p),
    buffers: p.buffers.filter((b) => b.role === 'scratch' || b.role === 'output').length,
  };
}

/** The expressions of `s` evaluated at B and T. */
export function evalStats(s: ProgramStats, sizes: Sizes): { launches: number; matmulFlops: number; peakBytes: number } {
  const v = { B: sizes.B, T: sizes.T };
  return { launches: evalIExpr(s.launches, v), matmulFlops: evalIExpr(s.matmulFlops, v), peakBytes: evalIExpr(s.peakBytes, v) };
}

/** Stats of every program of a set: run, and for a trainable model runEval, runTrain and (when it differs) runStep. */
export function setStats(set: ProgramSet): { fn: string; program: Program; stats: ProgramStats }[] {
  return set.programs.map((x) => ({ fn: x.fn, program: x.program, stats: programStats(x.program) }));
}

/** setStats of a module's programs, compiled with `opts` (the JS target's kernel options by default). */
export function moduleStats(m: Module, opts: { passes?: readonly string[]; kernels?: KernelOptions } = {}): { fn: string; program: Program; stats: ProgramStats }[] {
  return setStats(compileModule(m, opts));
}

/** 1536 -> '1.50 KiB' (bytes), 52428800 -> '52.4 MFLOP'. */
function human(n: number, unit: 'B' | 'FLOP'): string {
  const base = unit === 'B' ? 1024 : 1000;
  const prefixes = unit === 'B' ? ['', 'Ki', 'Mi', 'Gi', 'Ti'] : ['', 'K', 'M', 'G', 'T'];
  let i = 0;
  while (n >= base && i < prefixes.length - 1) {
    n /= base;
    i++;
  }
  return `${i === 0 ? String(n) : n.toFixed(n < 10 ? 2 : 1)} ${prefixes[i]}${unit}`;
}

function kinds(byKind: Partial<Record<string, number>>): string {
  return Object.entries(byKind)
    .filter(([, n]) => n)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
}

/**
 * Text for `--stats`: per program, the kernels per step of every loop, launches per call,
 * matmul FLOPs and peak buffer bytes (expressions, and values at `sizes` when given).
 */
export function formatStats(programs: readonly { fn: string; stats: ProgramStats }[], sizes?: Sizes): string {
  const L: string[] = [];
  const at = sizes ? ` at B=${sizes.B}, T=${sizes.T}` : '';
  for (const { fn, stats: s } of programs) {
    const k = s.kernels;
    const total = Object.entries(k).reduce((n, [kind, c]) => (kind === 'loop' ? n : n + (c ?? 0)), 0);
    L.push(`${fn} (${s.name}): ${total} kernels (${kinds({ ...k, loop: 0 })}), ${k.loop} loop${k.loop === 1 ? '' : 's'}, ${s.buffers} buffers`);
    for (const lp of s.loops) {
      const ind = '  '.repeat(lp.depth + 1);
      L.push(`${ind}${lp.role} loop ${lp.var}${lp.reverse ? ' (reverse)' : ''}: ${lp.kernelsPerStep} kernel${lp.kernelsPerStep === 1 ? '' : 's'} per step (${kinds(lp.byKind)})  # ${lp.src}`);
    }
    const v = sizes ? evalStats(s, sizes) : null;
    L.push(`  kernel launches per call: ${fmtIExpr(s.launches)}${v ? ` = ${v.launches}${at}` : ''}`);
    L.push(`  matmul FLOPs per call: ${fmtIExpr(s.matmulFlops)}${v ? ` = ${human(v.matmulFlops, 'FLOP')}${at}` : ''}`);
    L.push(`  peak buffer bytes: ${fmtIExpr(s.peakBytes)}${v ? ` = ${human(v.peakBytes, 'B')}${at}` : ''}`);
  }
  return L.join('\n');
}
