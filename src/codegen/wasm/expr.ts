// Value expressions of map and reduce kernels (kernel-ir Expr) as WAT, in two forms: scalar
// (f32 / i32 values) and SIMD (one v128 holding 4 consecutive points of the innermost axis:
// f32x4 or i32x4 by the expression's type). Loads read through a pointer local per view that
// the loop nest (nest.ts) keeps at the current point.

import type { BinaryFn, DType, UnaryFn } from '../../ir/types.js';
import { iexprVars, type Expr, type View } from '../kernel-ir.js';
import { inlineMath, type MathFn } from './math.js';
import { f32Text, iexpr, type WatFn } from './wat.js';

export type Ty = 'f32' | 'i32';

export interface ExprCtx {
  readonly fn: WatFn;
  dtype(buf: number): DType;
  /** The local holding the byte address of the view's element at the current point. */
  ptr(v: View): string;
  /** SIMD: each view's innermost stride is 0 (splat) or 1 (4 consecutive elements). */
  readonly simd: boolean;
  innerStride(v: View): number;
  /** Locals of the kernel's lets, by id. */
  readonly refs: readonly { name: string; ty: Ty }[];
  readonly math: Set<MathFn>;
}

interface Val {
  code: string;
  ty: Ty;
}

function f32Const(v: number, simd: boolean): string {
  const t = f32Text(v);
  return simd ? `(v128.const f32x4 ${t} ${t} ${t} ${t})` : `(f32.const ${t})`;
}

function toF32(x: Val, simd: boolean): string {
  if (x.ty === 'f32') return x.code;
  return simd ? `(f32x4.convert_i32x4_s ${x.code})` : `(f32.convert_i32_s ${x.code})`;
}

export function toTy(x: Val, ty: Ty, simd: boolean): string {
  if (x.ty === ty) return x.code;
  if (ty === 'f32') return toF32(x, simd);
  return simd ? `(i32x4.trunc_sat_f32x4_s ${x.code})` : `(i32.trunc_sat_f32_s ${x.code})`;
}

const MATH: Partial<Record<UnaryFn, MathFn>> = { tanh: 'tanh', sigmoid: 'sigmoid', exp: 'exp', log: 'log' };

function unary(fn: UnaryFn, x: string, c: ExprCtx): string {
  const s = c.simd;
  const op = (name: string): string => (s ? `f32x4.${name}` : `f32.${name}`);
  const m = MATH[fn];
  if (m) {
    if (s) return inlineMath(m, x, (hint) => c.fn.local(hint, 'v128'));
    c.math.add(m);
    return `(call $s_${m} ${x})`;
  }
  switch (fn) {
    case 'neg':
      return `(${op('neg')} ${x})`;
    case 'hard_sigmoid':
      return `(${op('min')} ${f32Const(1, s)} (${op('max')} ${f32Const(0, s)} (${op('add')} (${op('mul')} ${f32Const(0.2, s)} ${x}) ${f32Const(0.5, s)})))`;
    case 'relu':
      return `(${op('max')} ${f32Const(0, s)} ${x})`;
    case 'sqrt':
      return `(${op('sqrt')} ${x})`;
    case 'abs':
      return `(${op('abs')} ${x})`;
    case 'square': {
      const t = c.fn.local('sq', s ? 'v128' : 'f32');
      return `(${op('mul')} (local.tee $${t} ${x}) (local.get $${t}))`;
    }
    case 'reciprocal':
      return `(${op('div')} ${f32Const(1, s)} ${x})`;
    default:
      throw new Error(`wasm: unary ${fn} has no rendering`);
  }
}

function binary(fn: BinaryFn, a: Val, b: Val, c: ExprCtx): Val {
  const s = c.simd;
  if (a.ty === 'i32' && b.ty === 'i32' && fn !== 'div') {
    if (s) {
      const op = { add: 'i32x4.add', sub: 'i32x4.sub', mul: 'i32x4.mul', max: 'i32x4.max_s', min: 'i32x4.min_s', eq: 'i32x4.eq' }[fn];
      const code = `(${op} ${a.code} ${b.code})`;
      return { code: fn === 'eq' ? `(v128.and ${code} (v128.const i32x4 1 1 1 1))` : code, ty: 'i32' };
    }
    switch (fn) {
      case 'add':
      case 'sub':
      case 'mul':
        return { code: `(i32.${fn} ${a.code} ${b.code})`, ty: 'i32' };
      case 'eq':
        return { code: `(i32.eq ${a.code} ${b.code})`, ty: 'i32' };
      case 'max':
      case 'min': {
        const ta = c.fn.local('ia', 'i32');
        const tb = c.fn.local('ib', 'i32');
        return { code: `(select (local.get $${ta}) (local.get $${tb}) (i32.${fn === 'max' ? 'gt_s' : 'lt_s'} (local.tee $${ta} ${a.code}) (local.tee $${tb} ${b.code})))`, ty: 'i32' };
      }
    }
  }
  const x = toF32(a, s);
  const y = toF32(b, s);
  const op = (name: string): string => (s ? `f32x4.${name}` : `f32.${name}`);
  if (fn === 'eq') {
    return { code: s ? `(v128.and (f32x4.eq ${x} ${y}) ${f32Const(1, true)})` : `(f32.convert_i32_u (f32.eq ${x} ${y}))`, ty: 'f32' };
  }
  return { code: `(${op(fn)} ${x} ${y})`, ty: 'f32' };
}

/** A cmp node: scalar, an i32 0 / 1; SIMD, a lane mask. */
function condition(e: Expr, c: ExprCtx): string {
  if (e.op !== 'cmp') {
    // Any other value as a condition: true when nonzero.
    const v = renderExpr(e, c);
    if (c.simd) return v.ty === 'i32' ? `(v128.not (i32x4.eq ${v.code} (v128.const i32x4 0 0 0 0)))` : `(f32x4.ne ${v.code} ${f32Const(0, true)})`;
    return v.ty === 'i32' ? v.code : `(f32.ne ${v.code} (f32.const 0))`;
  }
  const a = renderExpr(e.a, c);
  const b = renderExpr(e.b, c);
  const int = a.ty === 'i32' && b.ty === 'i32';
  const x = int ? a.code : toF32(a, c.simd);
  const y = int ? b.code : toF32(b, c.simd);
  const suffix = int ? { lt: 'lt_s', le: 'le_s', eq: 'eq', ne: 'ne' }[e.fn] : e.fn;
  return `(${c.simd ? (int ? 'i32x4' : 'f32x4') : int ? 'i32' : 'f32'}.${suffix} ${x} ${y})`;
}

export function renderExpr(e: Expr, c: ExprCtx): Val {
  const s = c.simd;
  switch (e.op) {
    case 'load': {
      const ty: Ty = c.dtype(e.view.buf) === 'i32' ? 'i32' : 'f32';
      const p = `(local.get $${c.ptr(e.view)})`;
      if (!s) return { code: `(${ty}.load ${p})`, ty };
      return { code: c.innerStride(e.view) === 0 ? `(v128.load32_splat ${p})` : `(v128.load ${p})`, ty };
    }
    case 'const':
      if (e.dtype === 'i32') return { code: s ? `(v128.const i32x4 ${e.value} ${e.value} ${e.value} ${e.value})` : `(i32.const ${e.value})`, ty: 'i32' };
      return { code: f32Const(e.value, s), ty: 'f32' };
    case 'index': {
      for (const v of iexprVars(e.index)) if (!c.fn.has(v)) throw new Error(`wasm: index variable ${v} is not bound in ${c.fn.name}`);
      const code = iexpr(e.index);
      return { code: s ? `(i32x4.splat ${code})` : code, ty: 'i32' };
    }
    case 'ref': {
      const r = c.refs[e.id];
      return { code: `(local.get $${r.name})`, ty: r.ty };
    }
    case 'unary':
      return { code: unary(e.fn, toF32(renderExpr(e.x, c), s), c), ty: 'f32' };
    case 'binary':
      return binary(e.fn, renderExpr(e.a, c), renderExpr(e.b, c), c);
    case 'cmp':
      // A bare boolean as a value: 1 or 0.
      return { code: s ? `(v128.and ${condition(e, c)} (v128.const i32x4 1 1 1 1))` : condition(e, c), ty: 'i32' };
    case 'select': {
      const a = renderExpr(e.a, c);
      const b = renderExpr(e.b, c);
      const ty: Ty = a.ty === b.ty ? a.ty : 'f32';
      const cond = condition(e.cond, c);
      return { code: s ? `(v128.bitselect ${toTy(a, ty, s)} ${toTy(b, ty, s)} ${cond})` : `(select ${toTy(a, ty, s)} ${toTy(b, ty, s)} ${cond})`, ty };
    }
    case 'cast': {
      const x = renderExpr(e.x, c);
      return { code: toTy(x, e.to === 'i32' ? 'i32' : 'f32', s), ty: e.to === 'i32' ? 'i32' : 'f32' };
    }
  }
}

/** Whether an expression tree mentions the given index variable (through `index` nodes). */
export function usesIndexVar(e: Expr, name: string, seen: Set<Expr> = new Set()): boolean {
  if (seen.has(e)) return false;
  seen.add(e);
  switch (e.op) {
    case 'index':
      return iexprVars(e.index).has(name);
    case 'load':
    case 'const':
    case 'ref':
      return false;
    case 'unary':
    case 'cast':
      return usesIndexVar(e.x, name, seen);
    case 'binary':
    case 'cmp':
      return usesIndexVar(e.a, name, seen) || usesIndexVar(e.b, name, seen);
    case 'select':
      return usesIndexVar(e.cond, name, seen) || usesIndexVar(e.a, name, seen) || usesIndexVar(e.b, name, seen);
  }
}
