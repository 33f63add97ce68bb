// WAT text helpers for the wasm renderer: a function builder (params, fresh locals, body lines)
// and index expressions (kernel-ir IExpr) as i32 instructions. The renderer writes WebAssembly
// text; binaryen parses, validates and encodes it (module.ts).

import { simplify, type IExpr } from '../kernel-ir.js';

export type ValType = 'i32' | 'f32' | 'f64' | 'v128';

/** A wasm function under construction. Names are WAT identifiers without the `$`. */
export class WatFn {
  readonly params: [string, ValType][] = [];
  private readonly locals = new Map<string, ValType>();
  private readonly used = new Set<string>();
  readonly body: string[] = [];
  private fresh = 0;

  constructor(
    readonly name: string,
    readonly comment: string,
    readonly result: ValType | null = null,
    readonly exportAs: string | null = null,
  ) {}

  param(name: string, type: ValType = 'i32'): string {
    this.params.push([name, type]);
    this.used.add(name);
    return name;
  }

  /** A new local; `hint` makes it readable in the WAT (p_x, acc, ...). */
  local(hint: string, type: ValType): string {
    let name = hint.replace(/[^A-Za-z0-9_.]/g, '_');
    while (this.used.has(name)) name = `${hint}_${this.fresh++}`;
    this.used.add(name);
    this.locals.set(name, type);
    return name;
  }

  /** A local with exactly this name, declared once (loop counters named like the IR's axis variables). */
  named(name: string, type: ValType): string {
    if (!this.used.has(name)) {
      this.used.add(name);
      this.locals.set(name, type);
    }
    return name;
  }

  has(name: string): boolean {
    return this.used.has(name);
  }

  emit(...lines: string[]): void {
    this.body.push(...lines);
  }

  text(): string {
    const head = [`  ;; ${this.comment.replace(/[\r\n]+/g, ' ')}`];
    const sig = [`(func $${this.name}`];
    if (this.exportAs) sig.push(`(export "${this.exportAs}")`);
    for (const [n, t] of this.params) sig.push(`(param $${n} ${t})`);
    if (this.result) sig.push(`(result ${this.result})`);
    head.push(`  ${sig.join(' ')}`);
    for (const [n, t] of this.locals) head.push(`    (local $${n} ${t})`);
    return [...head, ...this.body.map((l) => `    ${l}`), '  )'].join('\n');
  }
}

export const get = (name: string): string => `(local.get $${name})`;
export const set = (name: string, value: string): string => `(local.set $${name} ${value})`;
export const i32 = (n: number): string => `(i32.const ${n | 0})`;

/** `a + b` as i32, folding constants. */
export function iadd(a: string, b: string): string {
  if (b === '(i32.const 0)') return a;
  if (a === '(i32.const 0)') return b;
  return `(i32.add ${a} ${b})`;
}

export function imul(a: string, n: number): string {
  if (n === 0) return '(i32.const 0)';
  if (n === 1) return a;
  if (n > 0 && (n & (n - 1)) === 0) return `(i32.shl ${a} (i32.const ${Math.log2(n)}))`;
  return `(i32.mul ${a} (i32.const ${n}))`;
}

/** An index expression as an i32 instruction; variables are locals of the same name (B, T, t, i0, ...). */
export function iexpr(e: IExpr): string {
  const go = (x: IExpr): string => {
    if (typeof x === 'number') return i32(x);
    if (typeof x === 'string') return get(x);
    const args = x.args.map(go);
    switch (x.op) {
      case 'add':
        return args.reduce((s, a) => iadd(s, a));
      case 'mul':
        return args.reduce((s, a) => (s === '(i32.const 1)' ? a : a === '(i32.const 1)' ? s : `(i32.mul ${s} ${a})`));
      case 'max':
        return `(select ${args[0]} ${args[1]} (i32.gt_s ${args[0]} ${args[1]}))`;
      case 'min':
        return `(select ${args[0]} ${args[1]} (i32.lt_s ${args[0]} ${args[1]}))`;
    }
  };
  return go(simplify(e));
}

/** 4 * e (a byte offset of f32 / i32 elements), folded when static. */
export function bytes(e: IExpr): string {
  const s = simplify(e);
  return typeof s === 'number' ? i32(4 * s) : `(i32.shl ${iexpr(s)} (i32.const 2))`;
}

/** A static index expression's value, or null. */
export function staticValue(e: IExpr): number | null {
  const s = simplify(e);
  return typeof s === 'number' ? s : null;
}

/** An f32 constant as WAT text (binaryen reads nan / inf / decimal, rounding to f32 like Math.fround). */
export function f32Text(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (Object.is(v, -0)) return '-0';
  return String(v);
}

/**
 * A counted loop `for (v = 0; v < n; v += step)` around `body`; with `step` > 1 it runs while
 * v + step <= n (the caller handles the tail).
 */
export function countedLoop(v: string, n: string, step: number, body: string[], label: string): string[] {
  const cond = step === 1 ? `(i32.ge_s ${get(v)} ${n})` : `(i32.gt_s (i32.add ${get(v)} (i32.const ${step})) ${n})`;
  return [
    `(block $${label}_end`,
    `  (loop $${label}`,
    `    (br_if $${label}_end ${cond})`,
    ...body.map((l) => `    ${l}`),
    `    ${set(v, `(i32.add ${get(v)} (i32.const ${step}))`)}`,
    `    (br $${label})))`,
  ];
}
