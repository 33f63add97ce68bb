// The float64 reference interpreter. It DEFINES what every op means: every backend is tested
// against it. It favours being obviously correct over being fast: every value is a flat
// row-major array plus a concrete shape, and each op is a plain loop over it. Values are never
// mutated once made, so ops may share arrays (reshape does).

import { fmtShape } from './shapes.js';
import { walkNodes } from './graph.js';
import { nodeHeader } from './printer.js';
import { scanArgList, scanParts, scanResultParts } from './scan-parts.js';
import type { BinaryFn, DType, Graph, Module, Op, Shape, TensorType, UnaryFn } from './types.js';

export interface HostTensor {
  data: Float64Array | Float32Array | Int32Array | number[];
  shape: readonly number[];
}

export interface InterpretResult {
  outputs: Record<string, { data: Float64Array | Int32Array; shape: number[] }>;
  states: Record<string, { data: Float64Array; shape: number[] }>;
}

type Data = Float64Array | Int32Array;
interface Tensor {
  readonly data: Data;
  readonly shape: readonly number[];
}

interface Env {
  B?: number;
  T?: number;
  readonly inputs: ReadonlyMap<string, Tensor>;
  readonly params: ReadonlyMap<string, Tensor>;
  readonly states: ReadonlyMap<string, Tensor>;
  /** Dropout masks given by the caller, by dropout name; a dropout without one is all ones (inference). */
  readonly dropout: ReadonlyMap<string, Tensor>;
}

export interface InterpretOptions {
  /** Initial values of the module's states (absent ones start at zeros). */
  states?: Record<string, HostTensor>;
  /**
   * The mask of each dropout node, by its name (training with a fixed mask: tests and gradient
   * checks). A dropout with no mask here is all ones, i.e. inference. A mask must have the
   * dropout's shape (with B and T as bound by the inputs).
   */
  dropout?: Record<string, HostTensor>;
}

export function interpret(
  m: Module,
  inputs: Record<string, HostTensor>,
  params: Record<string, Float64Array | Float32Array | number[]>,
  opts: InterpretOptions = {},
): InterpretResult {
  const env: Env = { inputs: new Map(), params: new Map(), states: new Map(), dropout: new Map() };
  const given = opts.states ?? {};

  for (const name of Object.keys(inputs)) {
    if (!m.inputs.some((i) => i.name === name)) throw new Error(`unknown input '${name}' (the model's inputs: ${m.inputs.map((i) => i.name).join(', ')})`);
  }
  for (const info of m.inputs) {
    const h = inputs[info.name];
    if (!h) throw new Error(`missing input '${info.name}' (${info.type.dtype}${fmtShape(info.type.shape)})`);
    (env.inputs as Map<string, Tensor>).set(info.name, bindHost(`input '${info.name}'`, h, info.type.dtype, info.type.shape, env));
  }
  for (const s of m.states) {
    const h = given[s.name];
    if (h) (env.states as Map<string, Tensor>).set(s.name, bindHost(`state '${s.name}'`, h, s.type.dtype, s.type.shape, env));
  }
  for (const name of Object.keys(given)) {
    if (!m.states.some((s) => s.name === name)) throw new Error(`unknown state '${name}'`);
  }
  // Dropout masks: every dropout node of that name (at any depth) reads the one mask.
  const dropouts = new Map<string, Extract<Op, { op: 'dropout' }>>();
  walkNodes(m.graph, (n) => {
    if (n.op.op === 'dropout' && !dropouts.has(n.op.name)) dropouts.set(n.op.name, n.op);
  });
  for (const [name, h] of Object.entries(opts.dropout ?? {})) {
    const d = dropouts.get(name);
    if (!d) {
      const known = [...dropouts.keys()];
      throw new Error(`unknown dropout '${name}' (the model's dropouts: ${known.length ? known.join(', ') : '(none)'})`);
    }
    (env.dropout as Map<string, Tensor>).set(name, bindHost(`dropout mask '${name}'`, h, 'f32', d.shape, env));
  }
  for (const name of Object.keys(params)) {
    if (!m.params.some((p) => p.name === name)) throw new Error(`unknown param '${name}'`);
  }
  for (const p of m.params) {
    const d = params[p.name];
    if (!d) throw new Error(`missing param '${p.name}' (${fmtShape(p.shape)})`);
    const n = p.shape.reduce((a, b) => a * b, 1);
    if (d.length !== n) throw new Error(`param '${p.name}' has ${d.length} elements, expected ${n} for ${fmtShape(p.shape)}`);
    (env.params as Map<string, Tensor>).set(p.name, { data: Float64Array.from(d), shape: [...p.shape] });
  }

  const vals = evalGraph(m.graph, env, null);
  const result: InterpretResult = { outputs: {}, states: {} };
  for (const o of m.outputs) {
    const t = vals[o.value];
    result.outputs[o.name] = { data: t.data, shape: [...t.shape] };
  }
  for (const s of m.states) {
    const t = vals[s.update];
    result.states[s.name] = { data: Float64Array.from(t.data), shape: [...t.shape] };
  }
  return result;
}

/** Converts a caller's tensor, checking rank, static sizes and dtype, and binds B and T from it. */
function bindHost(what: string, h: HostTensor, dtype: DType, shape: Shape, env: Env): Tensor {
  if (h.shape.length !== shape.length) {
    throw new Error(`${what} must have rank ${shape.length} (${fmtShape(shape)}), got shape ${fmtShape(h.shape)}`);
  }
  for (const [i, d] of shape.entries()) {
    const got = h.shape[i];
    if (!Number.isInteger(got) || got < 0) throw new Error(`${what}: bad size ${got} on axis ${i}`);
    if (typeof d === 'number') {
      if (got !== d) throw new Error(`${what} must be ${fmtShape(shape)}, got ${fmtShape(h.shape)} (axis ${i})`);
    } else {
      const bound = env[d];
      if (bound === undefined) env[d] = got;
      else if (bound !== got) throw new Error(`${what} has ${d} = ${got} on axis ${i}, but ${d} = ${bound} elsewhere`);
    }
  }
  const n = size(h.shape);
  if (h.data.length !== n) throw new Error(`${what} has ${h.data.length} elements, expected ${n} for shape ${fmtShape(h.shape)}`);
  if (dtype === 'i32') {
    for (let i = 0; i < n; i++) {
      const x = h.data[i];
      if (!Number.isInteger(x) || x < -2147483648 || x > 2147483647) throw new Error(`${what} is i32 but element ${i} is ${x}`);
    }
    return { data: Int32Array.from(h.data), shape: [...h.shape] };
  }
  return { data: Float64Array.from(h.data), shape: [...h.shape] };
}

function size(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

function resolve(shape: Shape, env: Env): number[] {
  return shape.map((d) => {
    if (typeof d === 'number') return d;
    const v = env[d];
    if (v === undefined) throw new Error(`size ${d} is not bound: no input has a ${d} axis`);
    return v;
  });
}

/** log(exp(x) + exp(y)) without overflow; -Infinity stays the identity. */
function logAddExp(x: number, y: number): number {
  const m = Math.max(x, y);
  if (m === -Infinity) return -Infinity;
  return m + Math.log(Math.exp(x - m) + Math.exp(y - m));
}

function alloc(dtype: DType, n: number): Data {
  return dtype === 'i32' ? new Int32Array(n) : new Float64Array(n);
}

function dtypeOf(t: Tensor): DType {
  return t.data instanceof Int32Array ? 'i32' : 'f32';
}

function normAxis(axis: number, rank: number): number {
  return axis < 0 ? axis + rank : axis;
}

/** Splits a shape around `axis`: [product before, size of axis, product after]. */
function around(shape: readonly number[], axis: number): [number, number, number] {
  return [size(shape.slice(0, axis)), shape[axis], size(shape.slice(axis + 1))];
}

/** Every value of `g`; `args` are a scan body's arguments (null at top level). */
function evalGraph(g: Graph, env: Env, args: readonly Tensor[] | null): Tensor[] {
  const vals: Tensor[] = new Array<Tensor>(g.values.length);
  for (const n of g.nodes) {
    const ins = n.inputs.map((v) => {
      const t = vals[v];
      if (!t) throw new Error(`${nodeHeader(n)}: %${v} has no value`);
      return t;
    });
    const outs = evalOp(n.op, ins, env, args, () => g.values[n.outputs[0]]);
    if (outs.length !== n.outputs.length) throw new Error(`${nodeHeader(n)}: produced ${outs.length} values`);
    for (const [j, v] of n.outputs.entries()) {
      // The recorded type must describe what the op computed; a mismatch means a malformed graph.
      const want = resolve(g.values[v].shape, env);
      const got = outs[j];
      if (want.length !== got.shape.length || want.some((d, k) => d !== got.shape[k]) || dtypeOf(got) !== g.values[v].dtype) {
        throw new Error(`${nodeHeader(n)}: computed ${dtypeOf(got)}${fmtShape(got.shape)}, but %${v} is recorded as ${g.values[v].dtype}${fmtShape(want)}`);
      }
      vals[v] = got;
    }
  }
  return vals;
}

/** `recorded` gives the node's recorded (first) output type, for ops whose result cannot follow from inputs. */
function evalOp(op: Op, ins: readonly Tensor[], env: Env, args: readonly Tensor[] | null, recorded: () => TensorType): Tensor[] {
  switch (op.op) {
    case 'input': {
      const t = env.inputs.get(op.name);
      if (!t || args !== null) throw new Error(`input '${op.name}' is not available here`);
      return [t];
    }
    case 'param': {
      const t = env.params.get(op.name);
      if (!t || args !== null) throw new Error(`param '${op.name}' is not available here`);
      return [t];
    }
    case 'state': {
      if (args !== null) throw new Error(`state '${op.name}' is not available here`);
      const t = env.states.get(op.name);
      if (t) return [t];
      // A state the caller did not pass in starts at zeros.
      const shape = resolve(recorded().shape, env);
      return [{ data: alloc(recorded().dtype, size(shape)), shape }];
    }
    case 'arg': {
      const t = args?.[op.index];
      if (!t) throw new Error(`arg ${op.index} is not available here`);
      return [t];
    }
    case 'const':
      return [{ data: Float64Array.of(op.value), shape: [] }];
    case 'fill': {
      const shape = resolve(op.shape, env);
      const data = alloc(op.dtype ?? 'f32', size(shape));
      // An i32 fill truncates toward zero, as cast does.
      data.fill(op.dtype === 'i32' ? Math.trunc(op.value) : op.value);
      return [{ data, shape }];
    }
    case 'dropout': {
      const shape = resolve(op.shape, env);
      const given = env.dropout.get(op.name);
      if (given) {
        if (given.shape.length !== shape.length || given.shape.some((d, i) => d !== shape[i])) {
          throw new Error(`dropout mask '${op.name}' is ${fmtShape(given.shape)}, expected ${fmtShape(shape)}`);
        }
        return [given];
      }
      return [{ data: new Float64Array(size(shape)).fill(1), shape }];
    }
    case 'select': {
      const [c, a, b] = ins;
      const ci = broadcastIndex(a.shape, c.shape, 'select');
      const out = alloc(dtypeOf(a), a.data.length);
      for (let i = 0; i < out.length; i++) out[i] = c.data[ci[i]] !== 0 ? a.data[i] : b.data[i];
      return [{ data: out, shape: a.shape }];
    }
    case 'unary': {
      const f = UNARY[op.fn];
      const x = ins[0].data;
      const out = new Float64Array(x.length);
      for (let i = 0; i < x.length; i++) out[i] = f(x[i]);
      return [{ data: out, shape: ins[0].shape }];
    }
    case 'binary':
      return [binary(op.fn, ins[0], ins[1])];
    case 'matmul':
      return [matmul(ins[0], ins[1])];
    case 'matmul_nt': {
      // [...L, N] x [K, N]^T -> [...L, K]
      const [g, w] = ins;
      const [K, N] = w.shape;
      const M = size(g.shape.slice(0, -1));
      const out = new Float64Array(M * K);
      for (let m = 0; m < M; m++) {
        for (let k = 0; k < K; k++) {
          let acc = 0;
          for (let n = 0; n < N; n++) acc += g.data[m * N + n] * w.data[k * N + n];
          out[m * K + k] = acc;
        }
      }
      return [{ data: out, shape: [...g.shape.slice(0, -1), K] }];
    }
    case 'matmul_tn': {
      // sum over every leading index m of a[m, :]^T g[m, :]: [K, N]
      const [a, g] = ins;
      const K = a.shape[a.shape.length - 1];
      const N = g.shape[g.shape.length - 1];
      const M = size(a.shape.slice(0, -1));
      const out = new Float64Array(K * N);
      for (let m = 0; m < M; m++) {
        for (let k = 0; k < K; k++) {
          const x = a.data[m * K + k];
          for (let n = 0; n < N; n++) out[k * N + n] += x * g.data[m * N + n];
        }
      }
      return [{ data: out, shape: [K, N] }];
    }
    case 'scatter_add': {
      const [ids, g] = ins;
      const V = op.vocab;
      const D = g.shape[g.shape.length - 1];
      const out = new Float64Array(V * D);
      for (let i = 0; i < ids.data.length; i++) {
        const id = ids.data[i];
        if (!(id >= 0 && id < V)) throw new Error(`scatter_add: id ${id} (at flat index ${i}) is outside [0, ${V})`);
        for (let d = 0; d < D; d++) out[id * D + d] += g.data[i * D + d];
      }
      return [{ data: out, shape: [V, D] }];
    }
    case 'one_hot': {
      const ids = ins[0];
      const depth = op.depth;
      const out = new Float64Array(ids.data.length * depth);
      for (let i = 0; i < ids.data.length; i++) {
        const id = ids.data[i];
        if (!(id >= 0 && id < depth)) throw new Error(`one_hot: id ${id} (at flat index ${i}) is outside [0, ${depth}) for depth ${depth}`);
        out[i * depth + id] = 1;
      }
      return [{ data: out, shape: [...ids.shape, depth] }];
    }
    case 'slice': {
      const x = ins[0];
      const ax = normAxis(op.axis, x.shape.length);
      const [outer, n, inner] = around(x.shape, ax);
      const out = alloc(dtypeOf(x), outer * op.size * inner);
      for (let o = 0; o < outer; o++) {
        const src = (o * n + op.start) * inner;
        out.set(x.data.subarray(src, src + op.size * inner), o * op.size * inner);
      }
      const shape = [...x.shape];
      shape[ax] = op.size;
      return [{ data: out, shape }];
    }
    case 'concat': {
      const ax = normAxis(op.axis, ins[0].shape.length);
      const total = ins.reduce((s, t) => s + t.shape[ax], 0);
      const shape = [...ins[0].shape];
      shape[ax] = total;
      const [outer, , inner] = around(shape, ax);
      const out = alloc(dtypeOf(ins[0]), size(shape));
      let at = 0;
      for (const t of ins) {
        const w = t.shape[ax] * inner;
        for (let o = 0; o < outer; o++) out.set(t.data.subarray(o * w, (o + 1) * w), o * total * inner + at);
        at += w;
      }
      return [{ data: out, shape }];
    }
    case 'reduce': {
      const x = ins[0];
      const ax = normAxis(op.axis, x.shape.length);
      const [outer, n, inner] = around(x.shape, ax);
      const out = new Float64Array(outer * inner);
      for (let o = 0; o < outer; o++) {
        for (let i = 0; i < inner; i++) {
          let acc = op.fn === 'max' ? -Infinity : 0;
          for (let k = 0; k < n; k++) {
            const v = x.data[(o * n + k) * inner + i];
            acc = op.fn === 'max' ? Math.max(acc, v) : acc + v;
          }
          out[o * inner + i] = op.fn === 'mean' ? acc / n : acc;
        }
      }
      return [{ data: out, shape: x.shape.filter((_, i) => i !== ax) }];
    }
    case 'gather': {
      const [table, ids] = ins;
      const [V, D] = table.shape;
      const out = new Float64Array(ids.data.length * D);
      for (let i = 0; i < ids.data.length; i++) {
        const id = ids.data[i];
        if (!(id >= 0 && id < V)) throw new Error(`gather: id ${id} (at flat index ${i}) is outside [0, ${V})`);
        out.set(table.data.subarray(id * D, (id + 1) * D), i * D);
      }
      return [{ data: out, shape: [...ids.shape, D] }];
    }
    case 'reshape': {
      const shape = resolve(op.shape, env);
      if (size(shape) !== ins[0].data.length) throw new Error(`reshape of ${fmtShape(ins[0].shape)} to ${fmtShape(shape)} changes the element count`);
      return [{ data: ins[0].data, shape }];
    }
    case 'transpose': {
      const x = ins[0];
      const r = x.shape.length;
      const shape = op.perm.map((p) => x.shape[p]);
      const inStride: number[] = new Array(r).fill(1);
      for (let a = r - 2; a >= 0; a--) inStride[a] = inStride[a + 1] * x.shape[a + 1];
      const out = alloc(dtypeOf(x), x.data.length);
      const idx: number[] = new Array(r).fill(0);
      for (let o = 0; o < out.length; o++) {
        let src = 0;
        for (let a = 0; a < r; a++) src += idx[a] * inStride[op.perm[a]];
        out[o] = x.data[src];
        for (let a = r - 1; a >= 0; a--) {
          if (++idx[a] < shape[a]) break;
          idx[a] = 0;
        }
      }
      return [{ data: out, shape }];
    }
    case 'flip': {
      const x = ins[0];
      const ax = normAxis(op.axis, x.shape.length);
      const [outer, n, inner] = around(x.shape, ax);
      const out = alloc(dtypeOf(x), x.data.length);
      for (let o = 0; o < outer; o++) {
        for (let k = 0; k < n; k++) {
          const src = (o * n + k) * inner;
          out.set(x.data.subarray(src, src + inner), (o * n + (n - 1 - k)) * inner);
        }
      }
      return [{ data: out, shape: x.shape }];
    }
    case 'cast': {
      const x = ins[0];
      // f32 -> i32 truncates toward zero (as C and WGSL's i32() do); i32 -> f32 is exact here.
      const out = op.to === 'i32' ? Int32Array.from(x.data, (v) => Math.trunc(v)) : Float64Array.from(x.data);
      return [{ data: out, shape: x.shape }];
    }
    case 'linear_scan': {
      const [a, b, h0] = ins;
      const [B, T] = b.shape;
      const inner = h0.data.length / Math.max(B, 1);
      const ai = broadcastIndex(b.shape, a.shape, 'linear_scan');
      const steps = new Float64Array(b.data.length);
      const final = Float64Array.from(h0.data);
      for (let r = 0; r < B; r++) {
        for (let k = 0; k < inner; k++) {
          let h = final[r * inner + k];
          for (let s = 0; s < T; s++) {
            const t = op.reverse ? T - 1 - s : s;
            const at = (r * T + t) * inner + k;
            const c = a.data[ai[at]];
            h = op.log ? logAddExp(c + h, b.data[at]) : c * h + b.data[at];
            steps[at] = h;
          }
          final[r * inner + k] = h;
        }
      }
      return [
        { data: final, shape: h0.shape },
        { data: steps, shape: b.shape },
      ];
    }
    case 'shift': {
      const [x, first] = ins;
      const [B, T] = x.shape;
      const inner = first.data.length / Math.max(B, 1);
      const out = alloc(dtypeOf(x), x.data.length);
      for (let r = 0; r < B; r++) {
        for (let t = 0; t < T; t++) {
          const src = op.reverse ? t + 1 : t - 1;
          const dst = (r * T + t) * inner;
          if (src < 0 || src >= T) out.set(first.data.subarray(r * inner, (r + 1) * inner), dst);
          else out.set(x.data.subarray((r * T + src) * inner, (r * T + src + 1) * inner), dst);
        }
      }
      return [{ data: out, shape: x.shape }];
    }
    case 'seq_mask': {
      const [lengths, like] = ins;
      const B = like.shape[0];
      const T = like.shape[1];
      if (lengths.shape[0] !== B) throw new Error(`seq_mask: lengths has ${lengths.shape[0]} rows, the sequence has ${B}`);
      const out = new Float64Array(B * T);
      for (let b = 0; b < B; b++) {
        const len = lengths.data[b];
        for (let t = 0; t < T; t++) out[b * T + t] = (op.fromEnd ? t >= T - len : t < len) ? 1 : 0;
      }
      return [{ data: out, shape: [B, T] }];
    }
    case 'scan':
      return scan(op, ins, env);
    default: {
      const never: never = op;
      return never;
    }
  }
}

/** What each elementwise function means, on one number (also used by constant folding). */
export const UNARY: Record<UnaryFn, (x: number) => number> = {
  neg: (x) => -x,
  tanh: Math.tanh,
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  hard_sigmoid: (x) => Math.min(1, Math.max(0, 0.2 * x + 0.5)),
  relu: (x) => Math.max(0, x),
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  square: (x) => x * x,
  reciprocal: (x) => 1 / x,
};

export const BINARY: Record<BinaryFn, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  max: Math.max,
  min: Math.min,
  eq: (a, b) => (a === b ? 1 : 0),
};

/** For each flat index of `a`, the flat index of `b` broadcast into it (axes aligned at the end, size-1 and missing axes repeat). */
function broadcastIndex(a: readonly number[], b: readonly number[], what: string): Int32Array {
  const n = size(a);
  const out = new Int32Array(n);
  const rank = a.length;
  const off = rank - b.length;
  if (off < 0) throw new Error(`${what}: cannot broadcast ${fmtShape(b)} into ${fmtShape(a)}`);
  const bStride = new Array<number>(rank).fill(0);
  let s = 1;
  for (let i = b.length - 1; i >= 0; i--) {
    if (b[i] !== 1 && b[i] !== a[off + i]) throw new Error(`${what}: cannot broadcast ${fmtShape(b)} into ${fmtShape(a)}`);
    bStride[off + i] = b[i] === 1 ? 0 : s;
    s *= b[i];
  }
  const idx = new Array<number>(rank).fill(0);
  let bi = 0;
  for (let i = 0; i < n; i++) {
    out[i] = bi;
    for (let ax = rank - 1; ax >= 0; ax--) {
      idx[ax]++;
      bi += bStride[ax];
      if (idx[ax] < a[ax]) break;
      bi -= bStride[ax] * idx[ax];
      idx[ax] = 0;
    }
  }
  return out;
}

/** b broadcasts into a: axes aligned at the end, b's size-1 (and missing) axes repeat. */
function binary(fn: BinaryFn, a: Tensor, b: Tensor): Tensor {
  const f = BINARY[fn];
  const n = a.data.length;
  const out = new Float64Array(n);
  const rank = a.shape.length;
  const off = rank - b.shape.length;
  // Stride of b along each axis of a (0 where b is missing or has size 1).
  const bStride = new Array<number>(rank).fill(0);
  let s = 1;
  for (let i = b.shape.length - 1; i >= 0; i--) {
    if (b.shape[i] !== 1 && b.shape[i] !== a.shape[off + i]) {
      throw new Error(`${fn}: cannot broadcast ${fmtShape(b.shape)} into ${fmtShape(a.shape)}`);
    }
    bStride[off + i] = b.shape[i] === 1 ? 0 : s;
    s *= b.shape[i];
  }
  const idx = new Array<number>(rank).fill(0);
  let bi = 0;
  for (let i = 0; i < n; i++) {
    out[i] = f(a.data[i], b.data[bi]);
    // Advance the row-major multi-index of a, keeping b's flat index in step.
    for (let ax = rank - 1; ax >= 0; ax--) {
      idx[ax]++;
      bi += bStride[ax];
      if (idx[ax] < a.shape[ax]) break;
      bi -= bStride[ax] * idx[ax];
      idx[ax] = 0;
    }
  }
  return { data: out, shape: a.shape };
}

/** [...L, K] x [K, N] -> [...L, N]. */
function matmul(a: Tensor, w: Tensor): Tensor {
  const K = w.shape[0];
  const N = w.shape[1];
  if (a.shape[a.shape.length - 1] !== K) throw new Error(`matmul: ${fmtShape(a.shape)} x ${fmtShape(w.shape)}`);
  const M = K === 0 ? size(a.shape.slice(0, -1)) : a.data.length / K;
  const out = new Float64Array(M * N);
  for (let m = 0; m < M; m++) {
    for (let k = 0; k < K; k++) {
      const x = a.data[m * K + k];
      const row = k * N;
      const o = m * N;
      for (let n = 0; n < N; n++) out[o + n] += x * w.data[row + n];
    }
  }
  return { data: out, shape: [...a.shape.slice(0, -1), N] };
}

/** Row t of axis 1 of a [B, T, ...] sequence: [B, ...]. */
function timeSlice(x: Tensor, t: number): Tensor {
  const [B, T] = x.shape;
  const inner = size(x.shape.slice(2));
  const out = alloc(dtypeOf(x), B * inner);
  for (let b = 0; b < B; b++) out.set(x.data.subarray((b * T + t) * inner, (b * T + t + 1) * inner), b * inner);
  return { data: out, shape: [B, ...x.shape.slice(2)] };
}

function scan(op: Extract<Op, { op: 'scan' }>, ins: readonly Tensor[], env: Env): Tensor[] {
  const parts = scanParts(op, ins);
  let carries = parts.carries;
  const { sequences: seqs, invariants: invs, mask } = parts;
  const T = seqs[0]?.shape[1] ?? mask?.shape[1] ?? env.T;
  if (T === undefined) throw new Error('scan: T is not bound (no sequence, mask or input gives it)');
  for (const s of seqs) if (s.shape[1] !== T) throw new Error(`scan: sequences have different lengths (${s.shape[1]} vs ${T})`);
  const body = op.body;
  // Stacked step outputs [B, T, ...], allocated from the body's recorded step types (so T = 0 works).
  const stepTypes = scanResultParts(op, body.results).steps.map((v) => body.values[v]);
  const stepShapes = stepTypes.map((t) => resolve(t.shape, env));
  const stacked = stepTypes.map((t, i) => alloc(t.dtype, size(stepShapes[i]) * T));
  let prev = stepTypes.map((t, i) => alloc(t.dtype, size(stepShapes[i])));

  for (let s = 0; s < T; s++) {
    const t = op.reverse ? T - 1 - s : s;
    const vals = evalGraph(body, env, scanArgList({ carries, sequences: seqs.map((x) => timeSlice(x, t)), invariants: invs }));
    const res = scanResultParts(op, body.results.map((v) => vals[v]));
    const newCarries = res.carries;
    let emitted = res.steps.map((x) => x.data);
    for (const [i, c] of newCarries.entries()) {
      if (c.data.length !== carries[i].data.length) throw new Error(`scan: carry '${op.carries[i]}' changed size`);
    }
    if (mask) {
      const [B, MT] = mask.shape;
      const live = (b: number): boolean => mask.data[b * MT + t] !== 0;
      // Select row by row (never blend), so NaN/Inf computed for a masked row cannot leak into it.
      newCarries.forEach((c, i) => {
        const old = carries[i];
        const row = c.data.length / B;
        const out = alloc(dtypeOf(c), c.data.length);
        for (let b = 0; b < B; b++) out.set((live(b) ? c : old).data.subarray(b * row, (b + 1) * row), b * row);
        newCarries[i] = { data: out, shape: c.shape };
      });
      emitted = emitted.map((d, i) => {
        const row = d.length / B;
        const out = alloc(stepTypes[i].dtype, d.length);
        for (let b = 0; b < B; b++) {
          if (live(b)) out.set(d.subarray(b * row, (b + 1) * row), b * row);
          else if (op.maskOutput === 'previous') out.set(prev[i].subarray(b * row, (b + 1) * row), b * row);
          // 'zero': the row stays zero.
        }
        return out;
      });
    }
    carries = newCarries;
    emitted.forEach((d, i) => {
      const B = stepShapes[i][0];
      const row = size(stepShapes[i].slice(1));
      if (d.length !== B * row) throw new Error(`scan: step output '${op.steps[i]}' has ${d.length} elements, expected ${B * row}`);
      for (let b = 0; b < B; b++) stacked[i].set(d.subarray(b * row, (b + 1) * row), (b * T + t) * row);
    });
    prev = emitted;
  }
  return [...carries, ...stacked.map((data, i) => ({ data, shape: [stepShapes[i][0], T, ...stepShapes[i].slice(1)] }))];
}
