// The matmul micro-kernels alone (src/codegen/wasm/gemm.ts): each form (dot, broadcast, scalar)
// on shapes that hit every tail (rows, columns, k % 4, k = 0, k longer than one k block, a
// symbolic k), against a float64 reference. Output rows are strided to check the views. Each
// shape also runs split between 2 and 3 threads (threads.ts: columns, or rows when there are
// few), the threads' parts one after another: together they must write every output once.
import { describe, expect, it } from 'vitest';
import type { IExpr, MatmulKernel, Program, View } from '../../../src/codegen/kernel-ir.js';
import { matmulForm } from '../../../src/codegen/wasm/gemm.js';
import { MAX_PAGES } from '../../../src/codegen/wasm/host.js';
import { assembleWat, encodeWat } from '../../../src/codegen/wasm/module.js';
import { renderWasmProgram, type ModuleParts } from '../../../src/codegen/wasm/program.js';
import { CTL } from '../../../src/codegen/wasm/threads.js';
import { wasmApi } from './helpers.js';

type Form = 'dot' | 'broadcast' | 'scalar';

/** a [M, K] and the weight stored as [K, N] (broadcast) or [N, K] (dot: the transposed copy); scalar: a transposed a and every other column of a [K, 2N] weight. */
function kernel(form: Form, M: number, K: IExpr, N: number, k: number): { prog: Program; views: { a: View; w: View; out: View } } {
  const a: View = form === 'scalar' ? { buf: 0, offset: 0, strides: [1, M] } : { buf: 0, offset: 0, strides: [K, 1] };
  const w: View = form === 'broadcast' ? { buf: 1, offset: 0, strides: [N, 1] } : form === 'dot' ? { buf: 1, offset: 0, strides: [1, K] } : { buf: 1, offset: 0, strides: [2 * N, 2] };
  // Output rows N + 3 apart, starting at 2: the view, not a dense array.
  const out: View = { buf: 2, offset: 2, strides: [N + 3, 1] };
  const mm: MatmulKernel = { kind: 'matmul', src: 'test', m: M, k: K, n: N, a, w, out };
  const size = (n: number): IExpr => n;
  const prog: Program = {
    name: 'test',
    buffers: [
      { id: 0, name: 'a', dtype: 'f32', size: size(M * k), role: 'input', shape: [M, k] },
      { id: 1, name: 'w', dtype: 'f32', size: size((form === 'scalar' ? 2 * N : N) * k), role: 'input', shape: [k, N] },
      { id: 2, name: 'out', dtype: 'f32', size: size(M * (N + 3) + 2), role: 'output', shape: [M, N] },
    ],
    body: [mm],
    inputs: [],
    params: [],
    states: [],
    outputs: [],
    randoms: [],
  };
  return { prog, views: { a, w, out } };
}

async function run(form: Form, M: number, k: number, N: number, symbolic: boolean, threads = 1): Promise<{ got: Float64Array; want: Float64Array; form: string }> {
  const { prog } = kernel(form, M, symbolic ? 'B' : k, N, k);
  const parts: ModuleParts = { functions: [], math: new Set(), failures: [] };
  renderWasmProgram(prog, 'test', parts);
  const memory = new (wasmApi().Memory)({ initial: 1, maximum: MAX_PAGES, shared: true });
  const { instance } = await wasmApi().instantiate(encodeWat(assembleWat('gemm', parts), 'gemm test'), { env: { fail() {}, memory } });
  const ex = { ...(instance.exports as unknown as { test: (...xs: number[]) => void; set_thread: (tid: number, nt: number) => void }), memory };
  const aLen = M * k;
  const wLen = (form === 'scalar' ? 2 * N : N) * k;
  const oLen = M * (N + 3) + 2;
  const bytes = 4 * (aLen + wLen + oLen) + 256;
  if (bytes > ex.memory.buffer.byteLength) ex.memory.grow(Math.ceil(bytes / 65536));
  const base = [64, 64 + 4 * aLen + 16, 64 + 4 * (aLen + wLen) + 32];
  const mem = new Float32Array(ex.memory.buffer);
  const A = new Float32Array(aLen).map((_, i) => Math.sin(i * 1.7) * 0.9);
  const W = new Float32Array(wLen).map((_, i) => Math.cos(i * 0.3) * 0.8);
  mem.set(A, base[0] / 4);
  mem.set(W, base[1] / 4);
  mem.fill(NaN, base[2] / 4, base[2] / 4 + oLen); // every output element must be written
  for (let tid = 0; tid < threads; tid++) {
    ex.set_thread(tid, threads);
    // The other threads "have arrived": the program's barrier lets this one through.
    new Int32Array(memory.buffer)[CTL.count / 4] = threads - 1;
    ex.test(k, 0, 0, ...base);
  }
  const got = new Float64Array(M * N);
  const want = new Float64Array(M * N);
  for (let m = 0; m < M; m++) {
    for (let n = 0; n < N; n++) {
      let s = 0;
      for (let j = 0; j < k; j++) {
        const av = form === 'scalar' ? A[m + j * M] : A[m * k + j];
        const wv = form === 'broadcast' ? W[j * N + n] : form === 'dot' ? W[n * k + j] : W[j * 2 * N + 2 * n];
        s += av * wv;
      }
      want[m * N + n] = s;
      got[m * N + n] = mem[base[2] / 4 + 2 + m * (N + 3) + n];
    }
  }
  return { got, want, form: matmulForm(kernel(form, M, k, N, k).prog.body[0] as MatmulKernel) };
}

describe('wasm matmul micro-kernels', () => {
  for (const form of ['dot', 'broadcast', 'scalar'] as const) {
    for (const [M, k, N] of [[1, 3, 1], [5, 37, 9], [9, 8, 17], [4, 0, 8], [7, 600, 6], [3, 257, 12], [11, 20, 52], [2, 9, 100]]) {
      for (const [symbolic, threads] of [[false, 1], [true, 1], [false, 2], [true, 3]] as const) {
        if (form === 'broadcast' && N < 4) continue;
        it(`${form} [${M}, ${k}] x [${k}, ${N}]${symbolic ? ' (k symbolic)' : ''}${threads > 1 ? `, ${threads} threads` : ''}`, async () => {
          const r = await run(form, M, k, N, symbolic, threads);
          expect(r.form).toBe(form);
          for (let i = 0; i < r.want.length; i++) {
            expect(Math.abs(r.got[i] - r.want[i]), `element ${i}: ${r.got[i]} vs ${r.want[i]}`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.sqrt(k)));
          }
        });
      }
    }
  }
});
