// SIMD math for the wasm target: exp, log, tanh and sigmoid on f32x4 (WebAssembly has no
// transcendental instructions). Each is a wasm function of a v128; the scalar forms (tails and
// kernels that do not vectorize) splat the argument and take lane 0, so there is one
// implementation to test. Measured errors and the method: docs/wasm.md.
//
// exp: x = n ln2 + r with n = nearest(x / ln2), |r| <= ln2 / 2 (ln2 split in a high part exact
//   in f32 and a low part), e^r by its Taylor series to r^7 (the r^8 term is < 3e-9 relative),
//   times 2^n built in the exponent bits as 2^h * 2^(n-h), h = n >> 1, so that results near the
//   overflow and in the subnormal range come out right. Inputs are clamped to [-104, 88.75]
//   (beyond: +inf above, 0 below, as e^x rounds to in float32).
// tanh: |x| < 0.55 by the odd Taylor series to x^17 (remainder < 3e-9 relative), otherwise
//   1 - 2 / (e^(2|x|) + 1) (no cancellation there: tanh >= 0.5); the sign copied from x.
// sigmoid: 1 / (1 + e^-x).
// log: x = m 2^e with m in [sqrt(1/2), sqrt(2)), log m = 2 atanh(s), s = (m - 1) / (m + 1)
//   (|s| < 0.172) by its series to s^9; log x = e ln2 + log m. 0 -> -inf, negative or NaN -> NaN,
//   +inf -> +inf; subnormal inputs are not normalized (they read as tiny normals).

export type MathFn = 'exp' | 'log' | 'tanh' | 'sigmoid';

const splat = (v: number): string => `(v128.const f32x4 ${v} ${v} ${v} ${v})`;
const mul = (a: string, b: string): string => `(f32x4.mul ${a} ${b})`;
const add = (a: string, b: string): string => `(f32x4.add ${a} ${b})`;

/** Horner: c0 + x (c1 + x (c2 + ...)). */
function horner(x: string, cs: readonly number[]): string {
  let e = splat(cs[cs.length - 1]);
  for (let j = cs.length - 2; j >= 0; j--) e = add(splat(cs[j]), mul(x, e));
  return e;
}

const LOG2E = 1.4426950408889634;
const LN2_HI = 0.693359375;
const LN2_LO = -2.12194440e-4;
const EXP_TAYLOR = [1, 1, 1 / 2, 1 / 6, 1 / 24, 1 / 120, 1 / 720, 1 / 5040];
// tanh x = x (1 + s (c3 + s (c5 + ...))) with s = x^2.
const TANH_TAYLOR = [-1 / 3, 2 / 15, -17 / 315, 62 / 2835, -1382 / 155925, 21844 / 6081075, -929569 / 638512875, 6404582 / 10854718875];
const LOG_SERIES = [1, 1 / 3, 1 / 5, 1 / 7, 1 / 9];

const FNS: Record<MathFn, { deps: MathFn[]; text: string }> = {
  exp: {
    deps: [],
    text: `  ;; e^x on f32x4 (see math.ts)
  (func $v_exp (param $x v128) (result v128)
    (local $n v128) (local $r v128) (local $xc v128) (local $i v128) (local $h v128)
    (local.set $xc (f32x4.min (f32x4.max (local.get $x) ${splat(-104)}) ${splat(88.75)}))
    (local.set $n (f32x4.nearest ${mul('(local.get $xc)', splat(LOG2E))}))
    (local.set $r (f32x4.sub (f32x4.sub (local.get $xc) ${mul('(local.get $n)', splat(LN2_HI))}) ${mul('(local.get $n)', splat(LN2_LO))}))
    (local.set $i (i32x4.trunc_sat_f32x4_s (local.get $n)))
    (local.set $h (i32x4.shr_s (local.get $i) (i32.const 1)))
    (f32x4.mul
      (f32x4.mul
        ${horner('(local.get $r)', EXP_TAYLOR)}
        (i32x4.shl (i32x4.add (local.get $h) (v128.const i32x4 127 127 127 127)) (i32.const 23)))
      (i32x4.shl (i32x4.add (i32x4.sub (local.get $i) (local.get $h)) (v128.const i32x4 127 127 127 127)) (i32.const 23))))`,
  },
  tanh: {
    deps: ['exp'],
    text: `  ;; tanh x on f32x4 (see math.ts)
  (func $v_tanh (param $x v128) (result v128)
    (local $a v128) (local $s v128) (local $e v128)
    (local.set $a (f32x4.abs (local.get $x)))
    (local.set $s (f32x4.mul (local.get $a) (local.get $a)))
    (local.set $e (call $v_exp (f32x4.add (local.get $a) (local.get $a))))
    (v128.bitselect
      (local.get $x)
      (v128.bitselect
        ${add('(local.get $a)', mul('(local.get $a)', mul('(local.get $s)', horner('(local.get $s)', TANH_TAYLOR))))}
        (f32x4.sub ${splat(1)} (f32x4.div ${splat(2)} (f32x4.add (local.get $e) ${splat(1)})))
        (f32x4.lt (local.get $a) ${splat(0.55)}))
      (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)))`,
  },
  sigmoid: {
    deps: ['exp'],
    text: `  ;; 1 / (1 + e^-x) on f32x4
  (func $v_sigmoid (param $x v128) (result v128)
    (f32x4.div ${splat(1)} (f32x4.add ${splat(1)} (call $v_exp (f32x4.neg (local.get $x))))))`,
  },
  log: {
    deps: [],
    text: `  ;; log x on f32x4 (see math.ts)
  (func $v_log (param $x v128) (result v128)
    (local $e v128) (local $m v128) (local $big v128) (local $s v128) (local $s2 v128) (local $r v128)
    (local.set $e (i32x4.sub (i32x4.shr_u (local.get $x) (i32.const 23)) (v128.const i32x4 127 127 127 127)))
    (local.set $m (v128.or (v128.and (local.get $x) (v128.const i32x4 0x7fffff 0x7fffff 0x7fffff 0x7fffff)) (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)))
    (local.set $big (f32x4.gt (local.get $m) ${splat(1.4142135623730951)}))
    (local.set $m (v128.bitselect (f32x4.mul (local.get $m) ${splat(0.5)}) (local.get $m) (local.get $big)))
    (local.set $e (i32x4.sub (local.get $e) (local.get $big)))
    (local.set $s (f32x4.div (f32x4.sub (local.get $m) ${splat(1)}) (f32x4.add (local.get $m) ${splat(1)})))
    (local.set $s2 (f32x4.mul (local.get $s) (local.get $s)))
    (local.set $r (f32x4.add
      (f32x4.mul (f32x4.convert_i32x4_s (local.get $e)) ${splat(Math.LN2)})
      (f32x4.mul (f32x4.add (local.get $s) (local.get $s)) ${horner('(local.get $s2)', LOG_SERIES)})))
    (local.set $r (v128.bitselect ${splat(-Infinity).replace(/-Infinity/g, '-inf')} (local.get $r) (f32x4.eq (local.get $x) ${splat(0)})))
    (local.set $r (v128.bitselect ${splat(Infinity).replace(/Infinity/g, 'inf')} (local.get $r) (f32x4.eq (local.get $x) ${splat(Infinity).replace(/Infinity/g, 'inf')})))
    (v128.bitselect ${splat(NaN).replace(/NaN/g, 'nan')} (local.get $r) (v128.or (f32x4.lt (local.get $x) ${splat(0)}) (f32x4.ne (local.get $x) (local.get $x)))))`,
  },
};

/** The WAT functions for the math a module uses (dependencies included), vector and scalar forms. */
export function mathFunctions(used: ReadonlySet<MathFn>): string[] {
  const all = new Set<MathFn>();
  const visit = (f: MathFn): void => {
    if (all.has(f)) return;
    for (const d of FNS[f].deps) visit(d);
    all.add(f);
  };
  for (const f of used) visit(f);
  const order: MathFn[] = ['exp', 'log', 'tanh', 'sigmoid'];
  const out: string[] = [];
  for (const f of order) {
    if (!all.has(f)) continue;
    out.push(FNS[f].text);
    out.push(`  (func $s_${f} (param $x f32) (result f32)\n    (f32x4.extract_lane 0 (call $v_${f} (f32x4.splat (local.get $x)))))`);
  }
  return out;
}

/** The expression at `s[open]` = '(' up to its matching ')'. */
function sexprEnd(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i + 1;
  }
  throw new Error('wasm math: unbalanced WAT');
}

/**
 * The vector form of `f` applied to `x`, inlined into the calling function as a block with its
 * own fresh locals (`local` declares them): no call per 4 elements (V8 does not inline wasm calls
 * in every version), and the nested exp of tanh and sigmoid inlined too.
 */
export function inlineMath(f: MathFn, x: string, local: (hint: string) => string): string {
  const text = FNS[f].text;
  const head = text.indexOf(`(func $v_${f}`);
  const sig = text.slice(head, text.indexOf('\n', head));
  const names = [...sig.matchAll(/\((?:param|local) \$(\w+) v128\)/g), ...text.matchAll(/\(local \$(\w+) v128\)/g)].map((m) => m[1]);
  let body = text.slice(text.indexOf('\n', head) + 1).replace(/^\s*\(local [^\n]*\n/gm, '');
  body = body.slice(0, body.lastIndexOf(')')).trim(); // drop the func's closing paren
  const fresh = new Map<string, string>();
  for (const n of new Set(names)) fresh.set(n, local(`${f}_${n}`));
  body = body.replace(/\$(\w+)\b/g, (m, n: string) => (fresh.has(n) ? `$${fresh.get(n)}` : m));
  // Inline the calls it makes (exp inside tanh and sigmoid).
  for (;;) {
    const at = body.indexOf('(call $v_');
    if (at < 0) break;
    const end = sexprEnd(body, at);
    const m = /^\(call \$v_(\w+) /.exec(body.slice(at))!;
    const arg = body.slice(at + m[0].length, end - 1);
    body = body.slice(0, at) + inlineMath(m[1] as MathFn, arg, local) + body.slice(end);
  }
  return `(block (result v128) (local.set $${fresh.get('x')} ${x}) ${body})`;
}
