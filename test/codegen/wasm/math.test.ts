// The SIMD approximations of exp, log, tanh and sigmoid (src/codegen/wasm/math.ts) against
// float64 Math on a dense grid and at the edges: relative error <= 1e-6 where the result is a
// normal float32 (docs/wasm.md lists the measured maxima), and the special values.
import { describe, expect, it } from 'vitest';
import { inlineMath, mathFunctions, type MathFn } from '../../../src/codegen/wasm/math.js';
import { encodeWat } from '../../../src/codegen/wasm/module.js';
import { wasmApi, type WasmMemory } from './helpers.js';

const FNS: MathFn[] = ['exp', 'log', 'tanh', 'sigmoid'];
const REF: Record<MathFn, (x: number) => number> = { exp: Math.exp, log: Math.log, tanh: Math.tanh, sigmoid: (x) => 1 / (1 + Math.exp(-x)) };

/** A module applying each function to n floats at address 0, in place, 4 at a time. */
async function instance(): Promise<Record<string, (n: number) => void> & { memory: WasmMemory }> {
  const apply = FNS.map(
    (f) => `  (func (export "${f}") (param $n i32) (local $p i32)
    (block $end (loop $l
      (br_if $end (i32.ge_s (local.get $p) (i32.shl (local.get $n) (i32.const 2))))
      (v128.store (local.get $p) (call $v_${f} (v128.load (local.get $p))))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (br $l))))`,
  );
  // The same functions inlined into a kernel, as map kernels use them (exports <f>_inline).
  const inline = FNS.map((f) => {
    const locals: string[] = [];
    const body = inlineMath(f, '(v128.load (local.get $p))', (hint) => {
      locals.push(`${hint}_${locals.length}`);
      return locals[locals.length - 1];
    });
    return `  (func (export "${f}_inline") (param $n i32) (local $p i32) ${locals.map((l) => `(local $${l} v128)`).join(' ')}
    (block $end (loop $l
      (br_if $end (i32.ge_s (local.get $p) (i32.shl (local.get $n) (i32.const 2))))
      (v128.store (local.get $p) ${body})
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (br $l))))`;
  });
  const wat = ['(module', '  (memory (export "memory") 64)', ...mathFunctions(new Set(FNS)), ...apply, ...inline, ')'].join('\n');
  const { instance } = await wasmApi().instantiate(encodeWat(wat, 'math test'));
  return instance.exports as never;
}

function grid(lo: number, hi: number, n: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + ((hi - lo) * i) / (n - 1);
  return out;
}

/** x for which f's float32 result is a normal number (subnormal results are flushed; see math.ts). */
const DOMAIN: Record<MathFn, [number, number]> = { exp: [-87, 88.7], log: [1.2e-38, 3e38], tanh: [-20, 20], sigmoid: [-87, 87] };

describe('wasm SIMD math', () => {
  for (const f of [...FNS, ...FNS.map((g) => `${g}_inline` as const)]) {
    it(`${f}: max relative error <= 1e-6 over its normal range`, async () => {
      const g = f.replace('_inline', '') as MathFn;
      const m = await instance();
      const [lo, hi] = DOMAIN[g];
      const xs = g === 'log' ? Float32Array.from({ length: 200_000 }, (_, i) => Math.fround(lo * (hi / lo) ** (i / 199_999))) : grid(lo, hi, 200_000);
      // Dense near 0 and 1 as well (tanh's switch at 0.55, log's cancellation near 1).
      const extra = g === 'log' ? grid(0.5, 2, 20_000) : grid(-1, 1, 20_000);
      const all = new Float32Array(xs.length + extra.length);
      all.set(xs);
      all.set(extra, xs.length);
      const mem = new Float32Array(m.memory.buffer, 0, all.length);
      mem.set(all);
      m[f](all.length);
      let worst = 0;
      let at = 0;
      for (let i = 0; i < all.length; i++) {
        const want = REF[g](all[i]);
        const e = Math.abs(mem[i] - want) / Math.abs(want || 1);
        if (!(e <= worst)) {
          worst = e;
          at = all[i];
        }
      }
      expect(worst, `${f}: worst at x = ${at}`).toBeLessThanOrEqual(1e-6);
    });
  }

  it('special values', async () => {
    const m = await instance();
    const run = (f: MathFn, xs: number[]): number[] => {
      const mem = new Float32Array(m.memory.buffer, 0, 4);
      mem.set(xs);
      m[f](4);
      return Array.from(mem);
    };
    expect(run('exp', [Infinity, -Infinity, 89, -200])).toEqual([Infinity, 0, Infinity, 0]);
    expect(run('exp', [NaN, 0, 1, -1]).map((v) => Math.fround(v))).toEqual([NaN, 1, Math.fround(Math.E), Math.fround(1 / Math.E)]);
    expect(run('log', [0, -1, Infinity, NaN])).toEqual([-Infinity, NaN, Infinity, NaN]);
    expect(run('log', [1, 2, 0.5, 1e-30])[0]).toBe(0);
    expect(run('tanh', [Infinity, -Infinity, 0, NaN])).toEqual([1, -1, 0, NaN]);
    expect(Object.is(run('tanh', [-0, 0, 0, 0])[0], -0)).toBe(true);
    expect(run('sigmoid', [Infinity, -Infinity, 0, NaN])).toEqual([1, 0, 0.5, NaN]);
  });
});
