// out[m, n] = sum_k a[m, k] w[k, n], register-blocked: each invocation computes an R x C block of
// the output in R * C accumulators, loading R elements of A and C of W per step of k (R + C loads
// for R * C multiply-adds). On a CPU rasterizer (Mesa llvmpipe: one workgroup per thread, the
// invocations of a workgroup in SIMD lanes) loads from a storage buffer are per-lane gathers and
// workgroup barriers are coroutine switches, so blocks in registers beat tiles in workgroup memory
// there (measured on [32, 256] x [256, 1024]: 8 x 16 blocks 2-3 GFLOP/s, 16 x 16 shared-memory tiles 0.07; see blockOf for
// the block shape); on a discrete
// GPU the same kernel keeps the arithmetic intensity of a register tile. Rows and columns past
// the edge load a clamped (valid) element and are not stored. Transposed operands (matmul_nt,
// matmul_tn) are other strides of the same views.

import { add, mul, simplify, type IExpr, type MatmulKernel } from '../../kernel-ir.js';
import { expandWgsl } from '../expand.js';
import { comment, headerFor, ix, loadWord, loadWordAtIndex, storeWordAtIndex, wordIndex, type KernelEnv, type WgslKernel } from '../common.js';

/**
 * Rows and columns of the block one invocation computes. On llvmpipe (Mesa 22) every storage load
 * is a loop over the SIMD lanes, uniform address or not, so the cost per step of k is about the
 * R + C elements loaded, against R * C multiply-adds: 16 x 16 (8 multiply-adds per element loaded)
 * measured 1.5-2x faster than 8 x 16 (5.3) on the W1 recurrent matmul [32, 256] x [256, 1024];
 * 16 x 32 and 32 x 16 were slower again (the accumulators spill). A row count known to be below
 * 16 keeps 8 rows (no work on rows that do not exist).
 */
export function blockOf(k: MatmulKernel): { R: number; C: number } {
  const m = simplify(k.m);
  return { R: typeof m === 'number' && m < 16 ? 8 : 16, C: Math.min(16, k.n) };
}

/**
 * Whether W (in the model arena, four consecutive columns 16-byte aligned for every k) can be
 * loaded four columns at a time: one vec4 load where there were four scalar ones (on llvmpipe,
 * one gather per lane instead of four).
 */
export function vec4Weights(k: MatmulKernel, env: KernelEnv, C: number): boolean {
  const pl = env.place(k.w.buf);
  const base = simplify(add(pl.base, k.w.offset));
  const [rs, cs] = k.w.strides.map(simplify);
  return pl.arena === 'M' && typeof base === 'number' && base % 4 === 0 && cs === 1 && typeof rs === 'number' && rs % 4 === 0 && C % 4 === 0 && k.n % 4 === 0;
}

/** The parts of a matmul kernel, given its block shape: the store function and the statements for one block at (r0, c0). */
interface MatmulParts {
  readonly v4: boolean;
  readonly env: KernelEnv;
  readonly note: string;
  /** `fn <st>(o, c0, v0..)`: the stores of one row of the block. */
  readonly store: readonly string[];
  /** `let m` and `let depth` (the row count and the reduction length). */
  readonly sizes: readonly string[];
  /** The block at rows r0.., columns c0.. (i32 locals in scope): loads, the k loop, the stores. */
  readonly block: readonly string[];
}

function matmulParts(k: MatmulKernel, env0: KernelEnv, R: number, C: number, st: string): MatmulParts {
  const v4 = vec4Weights(k, env0, C);
  const env: KernelEnv = { ...env0, m4: v4 || env0.m4 };
  const at = (v: MatmulKernel['a'], r: IExpr, c: IExpr) => add(v.offset, mul(r, v.strides[0]), mul(c, v.strides[1]));
  // Columns in quads: each accumulator is a vec4 of four adjacent output columns (the last quad of
  // a block narrower than 16 is padded: its extra lanes are never stored).
  const Q = Math.ceil(C / 4);
  const quads = [...Array(Q).keys()];
  const note = comment(`${k.src}  [${ix(k.m, env)}, ${ix(k.k, env)}] x [${ix(k.k, env)}, ${k.n}], ${R} x ${C} per invocation${v4 ? ', weights 4 at a time' : ''}`);
  // The stores of one row of the block, columns past the edge skipped: a function, so the kernel
  // text does not repeat them for every row. `o` is the arena word of output (row, c0).
  // The kernel is written as a template (expand.ts): the lines repeated per row or column once.
  // CC and RR stand for the column and row in index texts (substituted after ix has written them).
  const sub = (text: string, token: string, by: string) => text.replace(new RegExp(`\\b${token}\\b`, 'g'), by);
  const store = [`fn ${st}(o: i32, c0: i32, ${quads.map((j) => `v${j}: vec4f`).join(', ')}) {`];
  store.push(`//@for c ${C}`);
  store.push(`  if (c0 + {c} < ${k.n}) { ${sub(storeWordAtIndex(env, k.out.buf, ix(add('o', mul('CC', k.out.strides[1])), env), 'v{c/4}[{c%4}]'), 'CC', '{c}')} }`);
  store.push('//@end', '}');
  const sizes = [`  let m = ${ix(k.m, env)};`, `  let depth = ${ix(k.k, env)};`];
  // Each row's first element of A (rows past the edge read the last row); RR is a call there, so
  // no operator binds into it.
  const L: string[] = [`//@for r ${R}`, `  let ar{r} = ${sub(wordIndex(env, k.a.buf, at(k.a, 'RR', 0)), 'RR', 'min(r0 + {r}, m - 1)')};`, '//@end'];
  if (v4) for (const j of quads) L.push(`  let quad${j} = min(c0 + ${4 * j}, ${k.n - 4});`);
  else L.push(`//@for c ${C}`, `  let col{c} = min(c0 + {c}, ${k.n - 1});`, '//@end');
  L.push(`//@for r ${R}`, `  ${quads.map((j) => `var s{r}_${j} = vec4f();`).join(' ')}`, '//@end');
  L.push('  for (var kk = 0; kk < depth; kk++) {');
  for (const j of quads) {
    if (v4) L.push(`    let q${j} = bitcast<vec4f>(M[(${wordIndex(env, k.w.buf, at(k.w, 'kk', `quad${j}`))}) / 4]);`);
    else {
      const lanes = [0, 1, 2, 3].map((e) => (4 * j + e < C ? loadWord(env, k.w.buf, at(k.w, 'kk', `col${4 * j + e}`)) : '0.0f'));
      L.push(`    let q${j} = vec4f(${lanes.join(', ')});`);
    }
  }
  L.push(`//@for r ${R}`);
  L.push(`    let x{r} = ${loadWordAtIndex(env, k.a.buf, ix(add('ar{r}', mul('kk', k.a.strides[1])), env))}; ${quads.map((j) => `s{r}_${j} += x{r} * q${j};`).join(' ')}`);
  L.push('//@end', '  }');
  L.push(`//@for r ${R}`);
  L.push(`  if (r0 + {r} < m) { ${st}(${sub(wordIndex(env, k.out.buf, at(k.out, add('r0', 'RR'), 'c0')), 'RR', '{r}')}, c0, ${quads.map((j) => `s{r}_${j}`).join(', ')}); }`);
  L.push('//@end');
  return { v4, env, note, store, sizes, block: L };
}

export function renderMatmul(name: string, k: MatmulKernel, env0: KernelEnv): WgslKernel {
  const { R, C } = blockOf(k);
  const mp = matmulParts(k, env0, R, C, 'st');
  const L: string[] = [headerFor(mp.env), '', mp.note, ...mp.store];
  // MWG: invocations per workgroup along the columns (the host may lower it).
  L.push(`override MWG: u32 = ${env0.mwg}u;`);
  L.push('@compute @workgroup_size(MWG)');
  // The row block comes from the workgroup id: the same for every invocation of a workgroup, so
  // loads of A are uniform (one scalar load on llvmpipe, a broadcast on a GPU).
  L.push('fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {');
  L.push(...mp.sizes);
  L.push(`  let c0 = i32(g.x) * ${C};`);
  L.push(`  let r0 = i32(wid.y) * ${R};`);
  // Only a uniform early exit (the row block is per workgroup): an exit that depends on the column
  // would put the whole loop under an execution mask, which llvmpipe runs as masked gathers
  // (measured 2x slower). Columns past the edge compute on clamped loads and skip their stores.
  L.push(`  if (r0 >= m) { return; }`);
  L.push(...mp.block);
  L.push('}');
  const template = L.join('\n') + '\n';
  return { name, code: expandWgsl(template), template, grid: { kind: 'blocks', cols: k.n, rows: k.m, colBlock: C, rowBlock: R } };
}

/**
 * A matmul as a function of one block index `blk` (row-major over the blocks) for a
 * whole-sequence kernel (sequence.ts), named `fnName`; `count` is the WGSL text of the number of
 * blocks; `step` names its time-step parameter. Small blocks (the rows are a batch of a few; the columns spread over the workgroup).
 */
export function matmulFunction(k: MatmulKernel, env: KernelEnv, fnName: string, step: string): { lines: string[]; count: string; rowBlock: number; colBlock: number } {
  const R = SEQ_BLOCK.R;
  const C = Math.min(SEQ_BLOCK.C, k.n);
  const mp = matmulParts(k, env, R, C, `${fnName}_st`);
  const nb = Math.ceil(k.n / C);
  const L = [mp.note, ...mp.store, `fn ${fnName}(blk: i32, ${step}: i32) {`, ...mp.sizes, `  let c0 = (blk % ${nb}) * ${C};`, `  let r0 = (blk / ${nb}) * ${R};`, ...mp.block, '}'];
  const count = R === 1 ? ix(mul(k.m, nb), mp.env) : `((${ix(k.m, mp.env)} + ${R - 1}) / ${R}) * ${nb}`;
  return { lines: L, count, rowBlock: R, colBlock: C };
}

/** The block of a matmul inside a whole-sequence kernel: few rows (a small batch), columns spread over the one workgroup. */
export const SEQ_BLOCK = { R: 1, C: 16 } as const;
