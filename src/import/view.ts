// Lazy views: a graph's Transpose, Reshape, Squeeze and Unsqueeze chains kept as data over one
// model variable and written as model text only when a layer reads the result. Exporters wrap
// every recurrent node in such chains (batch-first -> time-major -> [T, D, B, H] -> back), and
// most cancel out: kept lazy, `m.lstm(x)` reads `x` itself rather than transpose(transpose(x)).
//
// A view is the base variable's axes cut into factors (in the base's row-major order) and the
// view's axes as groups of factors. Transpose permutes groups; Squeeze/Unsqueeze drop or add
// unit groups; Reshape regroups the factors in the view's order (splitting a static factor when
// it must). Materializing is at most reshape (split) -> transpose -> reshape (merge), and a
// reshape the factors cannot express is done on a materialized copy instead.

import { ImportError } from './import-error.js';
import type { Program, SDim } from './program.js';

export interface View {
  base: string;
  dtype: 'f32' | 'i32';
  /** Factor sizes in the base's row-major order. */
  factors: SDim[];
  /** How many factors each base axis has. */
  perAxis: number[];
  /** Per view axis: its factor indices, ascending and consecutive. */
  groups: number[][];
  /** The model variable holding the materialized view, once written. */
  written?: string;
}

// ---- symbolic sizes: a product of a number and symbols ----

interface Prod {
  n: number;
  syms: string[];
}

export function prodOf(d: SDim): Prod {
  if (typeof d === 'number') return { n: d, syms: [] };
  const syms: string[] = [];
  let n = 1;
  for (const p of d.split('*')) {
    if (/^[0-9]+$/.test(p)) n *= Number(p);
    else syms.push(p);
  }
  return { n, syms: syms.sort() };
}

export function dimOf(p: Prod): SDim {
  if (p.syms.length === 0) return p.n;
  const parts = [...(p.n !== 1 ? [String(p.n)] : []), ...p.syms];
  return parts.join('*');
}

export const mulDims = (...ds: SDim[]): SDim => {
  const out: Prod = { n: 1, syms: [] };
  for (const d of ds) {
    const p = prodOf(d);
    out.n *= p.n;
    out.syms.push(...p.syms);
  }
  out.syms.sort();
  return dimOf(out);
};

/** a / b when exact (b's symbols all in a, numbers divide), else undefined. */
export function divDims(a: SDim, b: SDim): SDim | undefined {
  const pa = prodOf(a);
  const pb = prodOf(b);
  if (pb.n === 0 || pa.n % pb.n !== 0) return undefined;
  const syms = [...pa.syms];
  for (const s of pb.syms) {
    const i = syms.indexOf(s);
    if (i < 0) return undefined;
    syms.splice(i, 1);
  }
  return dimOf({ n: pa.n / pb.n, syms });
}

export const sameDim = (a: SDim, b: SDim): boolean => String(dimOf(prodOf(a))) === String(dimOf(prodOf(b)));

// ---- views ----

export function identityView(base: string, dtype: 'f32' | 'i32', shape: readonly SDim[]): View {
  return { base, dtype, factors: [...shape], perAxis: shape.map(() => 1), groups: shape.map((_, i) => [i]), written: base };
}

export function viewShape(v: View): SDim[] {
  return v.groups.map((g) => mulDims(...g.map((f) => v.factors[f])));
}

function baseShape(v: View): SDim[] {
  const out: SDim[] = [];
  let f = 0;
  for (const k of v.perAxis) {
    out.push(mulDims(...v.factors.slice(f, f + k)));
    f += k;
  }
  return out;
}

const copy = (v: View): View => ({ base: v.base, dtype: v.dtype, factors: [...v.factors], perAxis: [...v.perAxis], groups: v.groups.map((g) => [...g]) });

export function transposeView(v: View, perm: readonly number[]): View {
  const r = v.groups.length;
  if (perm.length !== r || [...perm].sort((a, b) => a - b).some((p, i) => p !== i)) {
    throw new ImportError(`perm [${perm.join(', ')}] is not a permutation of ${r} axes`);
  }
  const out = copy(v);
  out.groups = perm.map((p) => [...v.groups[p]]);
  return out;
}

export function squeezeView(v: View, axis: number): View {
  const size = viewShape(v)[axis];
  if (size !== 1) throw new ImportError(`cannot squeeze axis ${axis} of size ${String(size)}`);
  const out = copy(v);
  out.groups.splice(axis, 1);
  return out;
}

export function unsqueezeView(v: View, axis: number): View {
  const out = copy(v);
  out.groups.splice(axis, 0, []);
  return out;
}

/** Split factor f into (a, size / a). */
function splitFactor(v: View, f: number, a: number): void {
  const s = v.factors[f] as number;
  v.factors.splice(f, 1, a, s / a);
  let acc = 0;
  for (let ax = 0; ax < v.perAxis.length; ax++) {
    acc += v.perAxis[ax];
    if (f < acc) {
      v.perAxis[ax]++;
      break;
    }
  }
  v.groups = v.groups.map((g) => g.flatMap((x) => (x < f ? [x] : x === f ? [f, f + 1] : [x + 1])));
}

/** The view regrouped as `target` (sizes already resolved), or undefined when the factors cannot express it. */
export function reshapeView(v0: View, target: readonly SDim[]): View | undefined {
  const v = copy(v0);
  const groups: number[][] = [];
  let seq = v.groups.flat();
  let i = 0;
  const skipUnits = () => {
    while (i < seq.length && v.factors[seq[i]] === 1) i++;
  };
  for (const d of target) {
    const g: number[] = [];
    if (d === 1) {
      groups.push(g);
      continue;
    }
    let acc: SDim = 1;
    while (!sameDim(acc, d)) {
      skipUnits();
      if (i >= seq.length) return undefined;
      const f = seq[i];
      const s = v.factors[f];
      const want = divDims(d, acc);
      if (want === undefined) return undefined;
      if (divDims(want, s) !== undefined) {
        g.push(f);
        acc = mulDims(acc, s);
        i++;
      } else if (typeof s === 'number' && typeof want === 'number' && want > 1 && s % want === 0) {
        splitFactor(v, f, want);
        seq = v.groups.flat();
        // Regroup what was already taken: indices at or above f shifted by one.
        for (const gg of groups) for (let k = 0; k < gg.length; k++) if (gg[k] > f) gg[k]++;
        for (let k = 0; k < g.length; k++) if (g[k] > f) g[k]++;
        g.push(f);
        acc = mulDims(acc, want);
        i++;
      } else {
        return undefined;
      }
    }
    groups.push(g);
  }
  skipUnits();
  if (i !== seq.length) return undefined;
  for (const g of groups) for (let k = 1; k < g.length; k++) if (g[k] !== g[k - 1] + 1) return undefined;
  v.groups = groups;
  return v;
}

/** Which base axis each factor belongs to. */
function axisOfFactors(v: View): number[] {
  return v.perAxis.flatMap((k, ax) => Array.from({ length: k }, () => ax));
}

/**
 * The same view with the fewest factors: two neighbouring factors of one base axis that every
 * group keeps together (in order) are one factor. A split that was merged back is no split.
 */
function coarsen(v0: View): View {
  const v = copy(v0);
  for (;;) {
    const axisOf = axisOfFactors(v);
    const pos = new Map<number, [number, number]>();
    v.groups.forEach((g, gi) => g.forEach((f, k) => pos.set(f, [gi, k])));
    let merged = false;
    for (let f = 0; f + 1 < v.factors.length && !merged; f++) {
      if (axisOf[f] !== axisOf[f + 1]) continue;
      const a = pos.get(f);
      const b = pos.get(f + 1);
      const together = a && b && a[0] === b[0] && b[1] === a[1] + 1;
      const unitDropped = (x: [number, number] | undefined, g: number) => x === undefined && v.factors[g] === 1;
      if (!together && !unitDropped(b, f + 1) && !unitDropped(a, f)) continue;
      v.factors.splice(f, 2, mulDims(v.factors[f], v.factors[f + 1]));
      v.perAxis[axisOf[f]]--;
      const keep = a ? f : f + 1; // the referenced one stands for both
      v.groups = v.groups.map((g) => g.filter((x) => x !== (keep === f ? f + 1 : f)).map((x) => (x > f ? x - 1 : x)));
      merged = true;
    }
    if (!merged) return v;
  }
}

/** The view as a model variable (writing the reshape / transpose lines it needs once). */
export function materialize(p: Program, v0: View, hint: string): string {
  if (v0.written) return v0.written;
  const v = coarsen(v0);
  const ref = v.groups.flat();
  const sorted = [...ref].sort((a, b) => a - b);
  for (let f = 0; f < v.factors.length; f++) {
    if (!ref.includes(f) && v.factors[f] !== 1) throw new Error(`internal: view drops factor ${f} of size ${String(v.factors[f])}`);
  }
  let expr = v.base;
  const split = sorted.map((f) => v.factors[f]);
  const bs = baseShape(v);
  if (split.length !== bs.length || split.some((d, k) => !sameDim(d, bs[k]))) expr = `m.reshape(${expr}, ${p.shape(split)})`;
  const perm = ref.map((f) => sorted.indexOf(f));
  if (perm.some((q, k) => q !== k)) expr = `m.transpose(${expr}, [${perm.join(', ')}])`;
  const now = perm.map((q) => split[q]);
  const shape = viewShape(v);
  if (now.length !== shape.length || now.some((d, k) => !sameDim(d, shape[k]))) expr = `m.reshape(${expr}, ${p.shape(shape)})`;
  v0.written = expr === v.base ? v.base : p.let(hint, expr);
  return v0.written;
}

/**
 * When the view's last axis is the base's whole last axis, an op over the last axis (dense,
 * softmax) can run on the base and keep the view: the new base's last axis has `size`.
 */
export function lastAxisBase(v0: View): boolean {
  const v = coarsen(v0);
  const last = v.groups[v.groups.length - 1];
  return last !== undefined && last.length === 1 && last[0] === v.factors.length - 1 && v.perAxis[v.perAxis.length - 1] === 1;
}

/** The same view over a new base whose last axis has `size` (see lastAxisBase). */
export function withLastAxis(v: View, base: string, size: SDim): View {
  const out = coarsen(v);
  out.base = base;
  out.factors[out.factors.length - 1] = size;
  return out;
}

/** The same view over an elementwise result of its base. */
export function sameViewOf(v: View, base: string, dtype: 'f32' | 'i32' = v.dtype): View {
  const out = copy(v);
  out.base = base;
  out.dtype = dtype;
  return out;
}
