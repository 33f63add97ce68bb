// Lowers an IR module to the scheduled kernel IR (see kernel-ir.ts).
//
// Every value gets a buffer, except values that are pure views of another value's buffer
// (slice, flip, reshape of a contiguous view, scan sequence slices and invariants, scan
// finals) and constants (const, fill), which are folded into the expressions that read
// them. A scan becomes a time loop whose body is its scheduled body graph:
//   - carries live in buffers initialised from the init values before the loop;
//   - sequence slices are views of the outer sequences at the loop variable;
//   - invariants are the outer values themselves;
//   - step outputs are written into [B, T, ...] buffers at time t (the input's time, also
//     for reverse scans), masked rows getting zeros or the previous step's row;
//   - new carries are copied into the carry buffers at the end of the step, masked rows
//     keeping their old value; a new carry that is a view of a carry buffer is copied to a
//     temporary first, so that swapping or shifting carries reads the old values;
//   - finals are the carry buffers.
// Buffers are declared once at program level, sized from B and T: nothing is allocated per step.
//
// Then the kernel-level passes (KernelOptions, each on by default): transposeOperands (below),
// fusePointwise (fuse-pointwise.ts: one elementwise kernel per step) and planBuffers
// (plan-buffers.ts: scratch buffers shared by liveness). See docs/kernels.md.
//
// Dropout: in an inference program (the default) a dropout mask is the constant 1, folded
// into its users like any constant (a multiply by it is the other operand itself). In a
// training program each dropout name gets a 'random' buffer that the host fills before the
// call (Program.randoms; runtime fillDropout), read by every node of that name at any depth.

import { nodeHeader } from '../ir/printer.js';
import { scanParts } from '../ir/scan-parts.js';
import { fmtShape, sameShape } from '../ir/shapes.js';
import type { Dim, DType, Graph, Module, Node, Op, Shape, TensorType, ValueId } from '../ir/types.js';
import {
  add,
  cmp,
  constant,
  contiguousView,
  evalIExpr,
  imax,
  imin,
  fmtIExpr,
  iexprVars,
  isContiguous,
  kernelWrites,
  load,
  loopVarName,
  mapKernel,
  mul,
  numelExpr,
  sameIExpr,
  select,
  simplify,
  type BufferDecl,
  type BufferRole,
  type Expr,
  type IExpr,
  type Kernel,
  type Loop,
  type Program,
  type ProgramBinding,
  type RandomBinding,
  type Stmt,
  type View,
} from './kernel-ir.js';
import { fusePointwise } from './fuse-pointwise.js';
import { planBuffers } from './plan-buffers.js';

/** What a value is at schedule time: a view of a buffer, or a constant of some shape. */
type Val =
  | { readonly kind: 'view'; readonly view: View; readonly shape: Shape; readonly dtype: DType }
  | { readonly kind: 'const'; readonly value: number; readonly shape: Shape; readonly dtype: DType };

interface Scope {
  /** Buffer name prefix, e.g. '' or 's7_'. */
  readonly prefix: string;
  /** Comment prefix, e.g. '' or 'scan %7 body: '. */
  readonly label: string;
  /** Loop variables of the enclosing loops, outermost first. */
  readonly loops: readonly string[];
}

export class ScheduleError extends Error {
  override name = 'ScheduleError';
}

export interface KernelOptions {
  /**
   * Give every large matmul operand a unit stride along the reduction axis (k), by a transposed
   * copy made once, before the outermost loop in which the operand does not change (a weight
   * read by a recurrent matmul is transposed once per call, not per step). A row-major [K, N]
   * weight walked down its columns touches a new cache line per k (at a 4 KiB stride for
   * N = 1024, all in one cache set); transposed, both operands of the register tiles stream.
   * Default true.
   */
  transposeOperands?: boolean;
  /**
   * Merge the elementwise (map) kernels of each statement list into as few multi-output kernels
   * as dependencies allow, inlining intermediates that nothing else reads (fuse-pointwise.ts).
   * Default true.
   */
  fusePointwise?: boolean;
  /** Share scratch buffers whose lifetimes do not overlap, updating in place where safe (plan-buffers.ts). Default true. */
  planBuffers?: boolean;
}

export interface ScheduleOptions extends KernelOptions {
  /**
   * Schedule for training: each dropout name becomes a 'random' buffer listed in
   * Program.randoms, filled by the host before every call. Default false (inference: dropout is 1).
   */
  training?: boolean;
}

export function schedule(m: Module, opts: ScheduleOptions = {}): Program {
  let p = new Scheduler(m, opts.training ?? false).run();
  if (opts.transposeOperands ?? true) p = transposeOperands(p);
  if (opts.fusePointwise ?? true) p = fusePointwise(p);
  if (opts.planBuffers ?? true) p = planBuffers(p);
  return p;
}

function ident(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_$]/g, '_');
  return /^[0-9]/.test(s) ? `_${s}` : s;
}


class Scheduler {
  private readonly buffers: BufferDecl[] = [];
  private readonly names = new Set<string>();
  private readonly byName = { input: new Map<string, Val>(), param: new Map<string, Val>(), state: new Map<string, Val>() };
  private readonly randoms: RandomBinding[] = [];
  private readonly randomByName = new Map<string, { binding: RandomBinding; val: Val }>();

  constructor(
    private readonly m: Module,
    private readonly training: boolean,
  ) {}

  run(): Program {
    const m = this.m;
    const inputs: ProgramBinding[] = m.inputs.map((i) => this.bind('input', `in_${ident(i.name)}`, i.name, i.type));
    const params: ProgramBinding[] = m.params.map((p) => this.bind('param', `p_${ident(p.name)}`, p.name, { dtype: 'f32', shape: p.shape }));
    const states: ProgramBinding[] = m.states.map((s) => this.bind('state', `st_${ident(s.name)}`, s.name, s.type));

    const body: Stmt[] = [];
    const env = this.graph(m.graph, [], body, { prefix: '', label: '', loops: [] });

    // Outputs: each a distinct, exactly sized, row-major buffer the caller may keep.
    const claimed = new Set<number>();
    const outputs: ProgramBinding[] = m.outputs.map((o) => {
      const v = this.val(env, o.value);
      if (v.kind === 'view') {
        const b = this.buffers[v.view.buf];
        if (
          b.role === 'scratch' &&
          !claimed.has(b.id) &&
          sameIExpr(v.view.offset, 0) &&
          isContiguous(v.view, v.shape) &&
          sameIExpr(b.size, numelExpr(v.shape))
        ) {
          claimed.add(b.id);
          this.buffers[b.id] = { ...b, role: 'output' };
          return { name: o.name, buf: b.id, dtype: o.type.dtype, shape: o.type.shape };
        }
      }
      const buf = this.newBuffer(`out_${ident(o.name)}`, o.type.dtype, v.shape, 'output');
      claimed.add(buf);
      body.push(this.copy(`output '${o.name}' = %${o.value}`, v, contiguousView(buf, v.shape), v.shape));
      return { name: o.name, buf, dtype: o.type.dtype, shape: o.type.shape };
    });

    // State updates, after the outputs (which may read the old state). An update that reads
    // a state buffer is copied aside first, so that states may be swapped or shifted.
    const updates = m.states.map((s, i) => {
      const v = this.val(env, s.update);
      const target = contiguousView(states[i].buf, s.type.shape);
      return { s, v, target };
    });
    const stateBufs = new Set(states.map((s) => s.buf));
    const staged = updates.map(({ s, v, target }) => {
      if (v.kind === 'view' && v.view.buf === target.buf && sameIExpr(v.view.offset, 0) && isContiguous(v.view, v.shape)) return null;
      if (v.kind === 'view' && stateBufs.has(v.view.buf)) {
        return this.materialize(`state '${s.name}' update (staged) = %${s.update}`, v, `st_${ident(s.name)}_next`, body);
      }
      return v;
    });
    updates.forEach(({ s, target }, i) => {
      const v = staged[i];
      if (v) body.push(this.copy(`state '${s.name}' = %${s.update}`, v, target, s.type.shape));
    });

    return { name: m.name, buffers: this.buffers, body, inputs, params, states, outputs, randoms: this.randoms };
  }

  private bind(role: 'input' | 'param' | 'state', bufName: string, name: string, t: TensorType): ProgramBinding {
    const buf = this.newBuffer(bufName, t.dtype, t.shape, role);
    this.byName[role].set(name, { kind: 'view', view: contiguousView(buf, t.shape), shape: t.shape, dtype: t.dtype });
    return { name, buf, dtype: t.dtype, shape: t.shape };
  }

  /** The mask buffer of a dropout name (training), one per name. */
  private random(src: string, op: Extract<Op, { op: 'dropout' }>): Val {
    const have = this.randomByName.get(op.name);
    if (have) {
      if (have.binding.rate !== op.rate || !sameShape(have.binding.shape, op.shape)) {
        throw new ScheduleError(
          `${src}: dropout '${op.name}' was declared with rate ${have.binding.rate} and shape ${fmtShape(have.binding.shape)}; one name is one mask`,
        );
      }
      return have.val;
    }
    const buf = this.newBuffer(`rnd_${ident(op.name)}`, 'f32', op.shape, 'random');
    const binding: RandomBinding = { name: op.name, buf, rate: op.rate, shape: op.shape };
    const val: Val = { kind: 'view', view: contiguousView(buf, op.shape), shape: op.shape, dtype: 'f32' };
    this.randoms.push(binding);
    this.randomByName.set(op.name, { binding, val });
    return val;
  }

  private newBuffer(name: string, dtype: DType, shape: Shape, role: BufferRole): number {
    let n = ident(name);
    if (this.names.has(n)) {
      let k = 2;
      while (this.names.has(`${n}_${k}`)) k++;
      n = `${n}_${k}`;
    }
    this.names.add(n);
    const id = this.buffers.length;
    this.buffers.push({ id, name: n, dtype, size: numelExpr(shape), role, shape });
    return id;
  }

  private fresh(scope: Scope, v: ValueId, t: TensorType): { buf: number; val: Val } {
    const buf = this.newBuffer(`${scope.prefix}v${v}`, t.dtype, t.shape, 'scratch');
    return { buf, val: { kind: 'view', view: contiguousView(buf, t.shape), shape: t.shape, dtype: t.dtype } };
  }

  private val(env: readonly (Val | undefined)[], v: ValueId): Val {
    const x = env[v];
    if (!x) throw new ScheduleError(`value %${v} is used before it is defined`);
    return x;
  }

  /** A map kernel writing `v` (broadcast into `shape`) through `out`. */
  private copy(src: string, v: Val, out: View, shape: Shape): Kernel {
    return mapKernel(src, shape, out, loadInto(v, shape));
  }

  /** Copies a value into a fresh contiguous buffer. */
  private materialize(src: string, v: Val, name: string, out: Stmt[]): Val {
    const buf = this.newBuffer(name, v.dtype, v.shape, 'scratch');
    const view = contiguousView(buf, v.shape);
    out.push(this.copy(src, v, view, v.shape));
    return { kind: 'view', view, shape: v.shape, dtype: v.dtype };
  }

  /** Schedules the nodes of `g` into `out`; returns the value environment. */
  private graph(g: Graph, args: readonly Val[], out: Stmt[], scope: Scope): (Val | undefined)[] {
    const env: (Val | undefined)[] = new Array<Val | undefined>(g.values.length);
    for (const n of g.nodes) {
      const outs = this.node(n, g, env, args, out, scope);
      if (outs.length !== n.outputs.length) throw new ScheduleError(`${scope.label}${nodeHeader(n)}: scheduled ${outs.length} values`);
      n.outputs.forEach((v, i) => (env[v] = outs[i]));
    }
    return env;
  }

  private node(n: Node, g: Graph, env: (Val | undefined)[], args: readonly Val[], out: Stmt[], scope: Scope): Val[] {
    const op: Op = n.op;
    const src = `${scope.label}${nodeHeader(n)}`;
    const ins = n.inputs.map((v) => this.val(env, v));
    const t0 = g.values[n.outputs[0]] as TensorType | undefined;
    const fresh = (): { buf: number; val: Val } => this.fresh(scope, n.outputs[0], t0!);
    const mapTo = (expr: Expr): Val[] => {
      const f = fresh();
      out.push(mapKernel(src, t0!.shape, (f.val as Extract<Val, { kind: 'view' }>).view, expr));
      return [f.val];
    };
    switch (op.op) {
      case 'input':
      case 'param':
      case 'state': {
        const v = this.byName[op.op].get(op.name);
        if (!v) throw new ScheduleError(`${src}: the module declares no ${op.op} named '${op.name}'`);
        return [v];
      }
      case 'arg': {
        const v = args[op.index];
        if (!v) throw new ScheduleError(`${src}: arg ${op.index} is not available here`);
        return [v];
      }
      case 'const':
        return [{ kind: 'const', value: op.value, shape: [], dtype: 'f32' }];
      case 'fill': {
        const dtype = op.dtype ?? 'f32';
        return [{ kind: 'const', value: dtype === 'i32' ? Math.trunc(op.value) : op.value, shape: op.shape, dtype }];
      }
      case 'dropout':
        if (!this.training) return [{ kind: 'const', value: 1, shape: op.shape, dtype: 'f32' }];
        return [this.random(src, op)];
      case 'unary':
        return mapTo({ op: 'unary', fn: op.fn, x: loadInto(ins[0], t0!.shape) });
      case 'binary': {
        const [a, b] = ins;
        const shape = t0!.shape;
        if (op.fn === 'mul') {
          // x * 1 is x exactly (also -0 and NaN): an inference dropout costs nothing.
          const one = (v: Val): boolean => v.kind === 'const' && v.value === 1;
          if (one(b) && sameShape(a.shape, shape)) return [a];
          if (one(a) && sameShape(b.shape, shape)) return [b];
        }
        if (op.fn === 'eq') return mapTo(select(cmp('eq', loadInto(a, shape), loadInto(b, shape)), constant(1), constant(0)));
        return mapTo({ op: 'binary', fn: op.fn, a: loadInto(a, shape), b: loadInto(b, shape) });
      }
      case 'select': {
        const [c, a, b] = ins;
        const shape = t0!.shape;
        if (c.kind === 'const') return [c.value !== 0 ? a : b];
        return mapTo(select(cmp('ne', loadInto(c, shape), constant(0)), loadInto(a, shape), loadInto(b, shape)));
      }
      case 'cast':
        if (ins[0].dtype === op.to) return [ins[0]];
        if (ins[0].kind === 'const') return [{ ...ins[0], dtype: op.to, value: op.to === 'i32' ? Math.trunc(ins[0].value) : ins[0].value }];
        return mapTo({ op: 'cast', to: op.to, x: loadInto(ins[0], t0!.shape) });
      case 'matmul':
        return [this.matmul(src, n, ins, t0!, out, scope)];
      case 'matmul_nt':
        return [this.matmulNT(src, n, ins, t0!, out, scope)];
      case 'matmul_tn':
        return [this.matmulTN(src, n, ins, t0!, out, scope)];
      case 'slice': {
        const x = ins[0];
        const ax = normAxis(op.axis, x.shape.length);
        const shape = [...x.shape];
        shape[ax] = op.size;
        if (x.kind === 'const') return [{ ...x, shape }];
        return [{ ...x, shape, view: { ...x.view, offset: add(x.view.offset, mul(op.start, x.view.strides[ax])) } }];
      }
      case 'transpose': {
        const x = ins[0];
        const shape = op.perm.map((p) => x.shape[p]);
        if (x.kind === 'const') return [{ ...x, shape }];
        return [{ ...x, shape, view: { ...x.view, strides: op.perm.map((p) => x.view.strides[p]) } }];
      }
      case 'flip': {
        const x = ins[0];
        const ax = normAxis(op.axis, x.shape.length);
        if (x.kind === 'const') return [x];
        const s = x.view.strides[ax];
        const strides = [...x.view.strides];
        strides[ax] = mul(-1, s);
        return [{ ...x, view: { buf: x.view.buf, offset: add(x.view.offset, mul(add(x.shape[ax], -1), s)), strides } }];
      }
      case 'reshape': {
        let x = ins[0];
        if (x.kind === 'const') return [{ ...x, shape: op.shape }];
        // A view when the axes it splits or merges are contiguous (e.g. adding a unit axis to a step slice).
        const rv = reshapeView(x.view, x.shape, op.shape);
        if (rv) return [{ kind: 'view', dtype: x.dtype, shape: op.shape, view: rv }];
        x = this.materialize(`${src} (contiguous copy)`, x, `${scope.prefix}v${n.outputs[0]}_src`, out);
        if (x.kind === 'const') throw new ScheduleError('unreachable');
        return [{ kind: 'view', dtype: x.dtype, shape: op.shape, view: contiguousView(x.view.buf, op.shape, x.view.offset) }];
      }
      case 'concat': {
        const f = fresh();
        const ax = normAxis(op.axis, t0!.shape.length);
        const base = contiguousView(f.buf, t0!.shape);
        let at = 0;
        ins.forEach((x, i) => {
          out.push(mapKernel(`${src} (piece ${i + 1}/${ins.length})`, x.shape, { ...base, offset: mul(at, base.strides[ax]) }, loadInto(x, x.shape)));
          at += x.shape[ax] as number;
        });
        return [f.val];
      }
      case 'reduce': {
        const x = ins[0];
        const ax = normAxis(op.axis, x.shape.length);
        const f = fresh();
        const outView = (f.val as Extract<Val, { kind: 'view' }>).view;
        let expr: Expr;
        if (x.kind === 'const') expr = constant(x.value);
        else {
          const s = x.view.strides;
          expr = load({ buf: x.view.buf, offset: x.view.offset, strides: [...s.filter((_, j) => j !== ax), s[ax]] });
        }
        out.push({
          kind: 'reduce',
          src,
          fn: op.fn,
          shape: [...t0!.shape],
          size: x.shape[ax],
          out: { ...outView, strides: [...outView.strides, 0] },
          expr,
        });
        return [f.val];
      }
      case 'gather': {
        const table = this.asView(ins[0], `${src} (table copy)`, `${scope.prefix}v${n.outputs[0]}_table`, out);
        const ids = this.asView(ins[1], `${src} (ids copy)`, `${scope.prefix}v${n.outputs[0]}_ids`, out);
        const [V, D] = table.shape as [number, number];
        const f = fresh();
        out.push({
          kind: 'gather',
          src,
          shape: [...ids.shape],
          dim: D,
          vocab: V,
          ids: ids.view,
          table: table.view,
          out: (f.val as Extract<Val, { kind: 'view' }>).view,
        });
        return [f.val];
      }
      case 'scatter_add': {
        const ids = this.asView(ins[0], `${src} (ids copy)`, `${scope.prefix}v${n.outputs[0]}_ids`, out);
        const vals = this.asView(ins[1], `${src} (values copy)`, `${scope.prefix}v${n.outputs[0]}_vals`, out);
        const f = fresh();
        out.push({
          kind: 'scatter_add',
          src,
          shape: [...ids.shape],
          dim: vals.shape[vals.shape.length - 1] as number,
          vocab: op.vocab,
          ids: ids.view,
          values: vals.view,
          out: (f.val as Extract<Val, { kind: 'view' }>).view,
        });
        return [f.val];
      }
      case 'one_hot': {
        const ids = this.asView(ins[0], `${src} (ids copy)`, `${scope.prefix}v${n.outputs[0]}_ids`, out);
        const f = fresh();
        out.push({ kind: 'one_hot', src, shape: [...ids.shape], depth: op.depth, ids: ids.view, out: (f.val as Extract<Val, { kind: 'view' }>).view });
        return [f.val];
      }
      case 'seq_mask': {
        const len = this.asView(ins[0], `${src} (lengths copy)`, `${scope.prefix}v${n.outputs[0]}_len`, out);
        const lenLoad = load({ buf: len.view.buf, offset: len.view.offset, strides: [len.view.strides[0], 0] });
        // t < len, or with fromEnd t >= T - len, i.e. T - 1 - t < len.
        const t: IExpr = op.fromEnd ? add('T', -1, mul(-1, 'i1')) : 'i1';
        return mapTo(select(cmp('lt', { op: 'index', index: t }, lenLoad), constant(1), constant(0)));
      }
      case 'shift':
        return [this.shift(src, ins, t0!, fresh(), op.reverse, out)];
      case 'linear_scan':
        return this.linearScan(n, op, ins, g, out, scope);
      case 'scan':
        return this.scan(n, op, ins, g, out, scope);
      default: {
        const never: never = op;
        throw new ScheduleError(`${src}: op ${(never as Op).op} has no kernel lowering`);
      }
    }
  }

  private asView(v: Val, src: string, name: string, out: Stmt[]): Extract<Val, { kind: 'view' }> {
    const x = v.kind === 'view' ? v : this.materialize(src, v, name, out);
    return x as Extract<Val, { kind: 'view' }>;
  }

  /** An operand whose leading axes collapse into one row axis (copied contiguous first when they do not). */
  private rowsOf(v: Val, src: string, name: string, out: Stmt[]): { x: Extract<Val, { kind: 'view' }>; m: IExpr; stride: IExpr; last: IExpr } {
    let x = this.asView(v, src, name, out);
    let rows = flattenRows(x);
    if (!rows) {
      x = this.materialize(src, x, name, out) as Extract<Val, { kind: 'view' }>;
      rows = flattenRows(x)!;
    }
    return { x, m: rows.m, stride: rows.stride, last: x.view.strides[x.shape.length - 1] };
  }

  /** g w^T: g's leading axes are the rows, W is read through a transposed [N, K] view. */
  private matmulNT(src: string, n: Node, ins: readonly Val[], t: TensorType, out: Stmt[], scope: Scope): Val {
    const name = `${scope.prefix}v${n.outputs[0]}`;
    const g = this.rowsOf(ins[0], `${src} (left operand copy)`, `${name}_g`, out);
    const w = this.asView(ins[1], `${src} (right operand copy)`, `${name}_w`, out);
    const [K, N] = w.shape as [number, number];
    const buf = this.newBuffer(name, 'f32', t.shape, 'scratch');
    out.push({
      kind: 'matmul',
      src,
      m: g.m,
      k: N,
      n: K,
      a: { buf: g.x.view.buf, offset: g.x.view.offset, strides: [g.stride, g.last] },
      w: { buf: w.view.buf, offset: w.view.offset, strides: [w.view.strides[1], w.view.strides[0]] },
      out: { buf, offset: 0, strides: [K, 1] },
    });
    return { kind: 'view', view: contiguousView(buf, t.shape), shape: t.shape, dtype: 'f32' };
  }

  /** a^T g summed over every leading index: M = K features, the reduction runs over the flattened leading axes. */
  private matmulTN(src: string, n: Node, ins: readonly Val[], t: TensorType, out: Stmt[], scope: Scope): Val {
    const name = `${scope.prefix}v${n.outputs[0]}`;
    const a = this.rowsOf(ins[0], `${src} (left operand copy)`, `${name}_a`, out);
    const g = this.rowsOf(ins[1], `${src} (right operand copy)`, `${name}_g`, out);
    const [K, N] = t.shape as [number, number];
    const buf = this.newBuffer(name, 'f32', t.shape, 'scratch');
    out.push({
      kind: 'matmul',
      src,
      m: K,
      k: a.m,
      n: N,
      a: { buf: a.x.view.buf, offset: a.x.view.offset, strides: [a.last, a.stride] },
      w: { buf: g.x.view.buf, offset: g.x.view.offset, strides: [g.stride, g.last] },
      out: { buf, offset: 0, strides: [N, 1] },
    });
    return { kind: 'view', view: contiguousView(buf, t.shape), shape: t.shape, dtype: 'f32' };
  }

  private matmul(src: string, n: Node, ins: readonly Val[], t: TensorType, out: Stmt[], scope: Scope): Val {
    const name = `${scope.prefix}v${n.outputs[0]}`;
    let a = this.asView(ins[0], `${src} (left operand copy)`, `${name}_a`, out);
    const w = this.asView(ins[1], `${src} (right operand copy)`, `${name}_w`, out);
    const [K, N] = w.shape as [number, number];
    let rows = flattenRows(a);
    if (!rows) {
      a = this.materialize(`${src} (left operand copy)`, a, `${name}_a`, out) as Extract<Val, { kind: 'view' }>;
      rows = flattenRows(a)!;
    }
    const buf = this.newBuffer(name, 'f32', t.shape, 'scratch');
    out.push({
      kind: 'matmul',
      src,
      m: rows.m,
      k: K,
      n: N,
      a: { buf: a.view.buf, offset: a.view.offset, strides: [rows.stride, a.view.strides[a.shape.length - 1]] },
      w: w.view,
      out: { buf, offset: 0, strides: [N, 1] },
    });
    return { kind: 'view', view: contiguousView(buf, t.shape), shape: t.shape, dtype: 'f32' };
  }

  /** shift: two copies into disjoint views of the result, the first step and the other T - 1 steps. */
  private shift(src: string, ins: readonly Val[], t: TensorType, f: { buf: number; val: Val }, reverse: boolean, out: Stmt[]): Val {
    const [x, first] = ins;
    const base = contiguousView(f.buf, t.shape);
    const st = base.strides[1];
    const rest: Shape = [t.shape[0], ...t.shape.slice(2)];
    const firstAt = reverse ? mul(add('T', -1), st) : 0;
    out.push(mapKernel(`${src} (first step)`, rest, { buf: f.buf, offset: firstAt, strides: [base.strides[0], ...base.strides.slice(2)] }, loadInto(first, rest)));
    const later: IExpr[] = [t.shape[0], add('T', -1), ...t.shape.slice(2)];
    const from = x.kind === 'const' ? x : { ...x, view: { ...x.view, offset: add(x.view.offset, reverse ? x.view.strides[1] : 0) } };
    const to: View = { ...base, offset: reverse ? 0 : st };
    out.push(mapKernel(`${src} (other steps)`, later, to, loadInto(from, t.shape)));
    return f.val;
  }

  /** linear_scan: h0 copied into the final carry's buffer, then one linear_scan kernel over T. */
  private linearScan(n: Node, op: Extract<Op, { op: 'linear_scan' }>, ins: readonly Val[], g: Graph, out: Stmt[], scope: Scope): Val[] {
    const [ft, st] = n.outputs.map((v) => g.values[v]);
    const id = n.outputs[0];
    const src = `${scope.label}%${id}, %${n.outputs[1]} = linear_scan${op.reverse ? ' reverse' : ''}${op.log ? ' log' : ''}`;
    const [a, b] = ins.slice(0, 2).map((x, i) => this.asView(x, `${src} (${i ? 'b' : 'a'} copy)`, `${scope.prefix}v${id}_${i ? 'b' : 'a'}`, out));
    // a broadcasts into b's shape (one coefficient per state element, as in an LRU): stride 0 along the rest.
    const aView = broadcastView(a, st.shape);
    const finalBuf = this.newBuffer(`${scope.prefix}v${id}`, 'f32', ft.shape, 'scratch');
    const stepsBuf = this.newBuffer(`${scope.prefix}v${n.outputs[1]}`, 'f32', st.shape, 'scratch');
    const final: Extract<Val, { kind: 'view' }> = { kind: 'view', view: contiguousView(finalBuf, ft.shape), shape: ft.shape, dtype: 'f32' };
    const steps: Extract<Val, { kind: 'view' }> = { kind: 'view', view: contiguousView(stepsBuf, st.shape), shape: st.shape, dtype: 'f32' };
    out.push(this.copy(`${src}: initial state`, ins[2], final.view, ft.shape));
    // Views with the time axis last: [B, ...S, T].
    const timeLast = (v: View): View => ({ ...v, strides: [v.strides[0], ...v.strides.slice(2), v.strides[1]] });
    out.push({
      kind: 'linear_scan',
      src,
      shape: [...ft.shape],
      len: 'T',
      reverse: op.reverse,
      log: op.log,
      a: timeLast(aView),
      b: timeLast(b.view),
      steps: timeLast(steps.view),
      state: final.view,
    });
    return [final, steps];
  }

  private scan(n: Node, op: Extract<Op, { op: 'scan' }>, ins: readonly Val[], g: Graph, out: Stmt[], scope: Scope): Val[] {
    const nc = op.carries.length;
    const body = op.body;
    const id = n.outputs[0] ?? g.nodes.indexOf(n);
    const prefix = `${scope.prefix}s${id}_`;
    const head = `${scope.label}%${id} = scan`;
    const tv = loopVarName(scope.loops.length);
    const inner: Scope = { prefix, label: `${scope.label}scan %${id} body: `, loops: [...scope.loops, tv] };

    const { carries: inits, sequences: seqs, invariants: invs, mask } = scanParts(op, ins);

    // Carry buffers, initialised before the loop.
    const carryTypes = body.results.slice(0, nc).map((v) => body.values[v]);
    const carries = carryTypes.map((ct, i) => {
      const buf = this.newBuffer(`${prefix}${op.carries[i]}`, ct.dtype, ct.shape, 'scratch');
      const val: Extract<Val, { kind: 'view' }> = { kind: 'view', view: contiguousView(buf, ct.shape), shape: ct.shape, dtype: ct.dtype };
      out.push(this.copy(`${head}: init carry '${op.carries[i]}'`, inits[i], val.view, ct.shape));
      return val;
    });
    // Stacked step outputs [B, T, ...].
    const stepTypes = body.results.slice(nc).map((v) => body.values[v]);
    const stacked = stepTypes.map((st, i) => {
      const shape: Shape = [st.shape[0], 'T', ...st.shape.slice(1)];
      const buf = this.newBuffer(`${prefix}${op.steps[i]}_steps`, st.dtype, shape, 'scratch');
      const val: Extract<Val, { kind: 'view' }> = { kind: 'view', view: contiguousView(buf, shape), shape, dtype: st.dtype };
      return val;
    });

    const stmts: Stmt[] = [];
    const bodyArgs: Val[] = [...carries, ...seqs.map((s) => timeSlice(s, tv)), ...invs];
    const env = this.graph(body, bodyArgs, stmts, inner);
    const results = body.results.map((v) => this.val(env, v));

    // Mask of this step, loaded into a [B, ...] iteration space (leading batch axis).
    const maskAt = (rank: number): Expr | null => {
      if (!mask) return null;
      const ms = timeSlice(mask, tv);
      if (ms.kind === 'const') return constant(ms.value);
      return load({ buf: ms.view.buf, offset: ms.view.offset, strides: [ms.view.strides[0], ...new Array<IExpr>(rank - 1).fill(0)] });
    };
    const isMasked = (m: Expr): Expr => cmp('eq', m, constant(0));

    // Step outputs into the stacked buffers at time t.
    stepTypes.forEach((st, i) => {
      const r = results[nc + i];
      const dst = timeSlice(stacked[i], tv) as Extract<Val, { kind: 'view' }>;
      let expr = loadInto(r, st.shape);
      const m = maskAt(st.shape.length);
      if (m) {
        let keep: Expr = constant(0, st.dtype);
        if (op.maskOutput === 'previous') {
          const prevT = op.reverse ? imin(add(tv, 1), add('T', -1)) : imax(add(tv, -1), 0);
          const first: IExpr = op.reverse ? add('T', -1) : 0;
          const prev = timeSlice(stacked[i], prevT) as Extract<Val, { kind: 'view' }>;
          keep = select(cmp('eq', { op: 'index', index: tv }, { op: 'index', index: first }), constant(0, st.dtype), load(prev.view));
        }
        expr = select(isMasked(m), keep, expr);
      }
      stmts.push(mapKernel(`${head}: step output '${op.steps[i]}' = %${body.results[nc + i]} at ${tv}${m ? ` (masked: ${op.maskOutput})` : ''}`, st.shape, dst.view, expr));
    });

    // New carries: stage those that read a carry buffer, then write all (masked rows keep theirs).
    const carryBufs = new Set(carries.map((c) => c.view.buf));
    const staged = results.slice(0, nc).map((r, i) => {
      if (r.kind === 'view' && r.view.buf === carries[i].view.buf && sameIExpr(r.view.offset, 0) && isContiguous(r.view, r.shape)) return null;
      if (r.kind === 'view' && carryBufs.has(r.view.buf)) {
        return this.materialize(`${head}: stage new carry '${op.carries[i]}' = %${body.results[i]}`, r, `${prefix}${op.carries[i]}_next`, stmts);
      }
      return r;
    });
    staged.forEach((r, i) => {
      if (!r) return;
      const c = carries[i];
      const m = maskAt(c.shape.length);
      const expr = m ? select(isMasked(m), load(c.view), loadInto(r, c.shape)) : loadInto(r, c.shape);
      stmts.push(mapKernel(`${head}: carry '${op.carries[i]}' = %${body.results[i]}${m ? ' (masked rows keep theirs)' : ''}`, c.shape, c.view, expr));
    });

    // The adjoint scan autodiff builds (BPTT) names every carry 'd.<name>'.
    const role = nc > 0 && op.carries.every((c) => c.startsWith('d.')) ? 'backward' : 'forward';
    out.push({ kind: 'loop', src: `${head} over T${op.reverse ? ', reverse' : ''}`, var: tv, count: 'T', reverse: op.reverse, body: stmts, role });
    return [...carries, ...stacked];
  }
}

function normAxis(axis: number, rank: number): number {
  return axis < 0 ? axis + rank : axis;
}

/** Loads a value at every point of an iteration space of `shape`, broadcasting numpy-style (trailing alignment). */
function loadInto(v: Val, shape: Shape): Expr {
  if (v.kind === 'const') return constant(v.value, v.dtype);
  return load(broadcastView(v, shape));
}

/** A view of `v` over `shape` (numpy broadcasting, trailing alignment): stride 0 along the axes it repeats over. */
function broadcastView(v: Extract<Val, { kind: 'view' }>, shape: Shape): View {
  const off = shape.length - v.shape.length;
  if (off < 0) throw new ScheduleError(`cannot load ${fmtShape(v.shape)} into ${fmtShape(shape)}`);
  const strides: IExpr[] = new Array<IExpr>(shape.length).fill(0);
  v.shape.forEach((d, j) => {
    strides[off + j] = d === 1 && shape[off + j] !== 1 ? 0 : v.view.strides[j];
  });
  return { buf: v.view.buf, offset: v.view.offset, strides };
}

/** Row t of axis 1 of a [B, T, ...] value. */
function timeSlice(v: Val, t: IExpr): Val {
  const shape = [v.shape[0], ...v.shape.slice(2)];
  if (v.kind === 'const') return { ...v, shape };
  const s = v.view.strides;
  return { ...v, shape, view: { buf: v.view.buf, offset: add(v.view.offset, mul(t, s[1])), strides: [s[0], ...s.slice(2)] } };
}

/**
 * Transposed copies of matmul operands whose reduction axis is strided (see
 * KernelOptions.transposeOperands). An operand needs one when its k-stride is not 1 and the
 * reduction is long (k symbolic or >= 64). The copy goes before the outermost enclosing loop
 * whose body neither writes the operand's buffer nor changes its view; when it cannot leave the
 * matmul's own loop it is made only if the other dimension is large enough to pay for it.
 * Copies of one operand at one place are shared.
 */
export function transposeOperands(p: Program): Program {
  const buffers: BufferDecl[] = [...p.buffers];
  const writes = (s: Stmt, into: Set<number> = new Set()): Set<number> => {
    if (s.kind === 'loop') for (const x of s.body) writes(x, into);
    else for (const v of kernelWrites(s)) into.add(v.buf);
    return into;
  };
  interface Frame {
    readonly loop: Loop | null;
    readonly written: Set<number>;
    /** Kernels to insert before statement index i of this list. */
    readonly before: Map<number, Stmt[]>;
    /** Index of the statement of this list being visited. */
    at: number;
    readonly made: Map<string, number>;
  }
  const longK = (k: IExpr): boolean => {
    const s = simplify(k);
    return typeof s !== 'number' || s >= 64;
  };
  const large = (d: IExpr): boolean => {
    const s = simplify(d);
    return typeof s !== 'number' || s >= 16;
  };
  const viewVars = (v: View): Set<string> => {
    const out = iexprVars(v.offset);
    for (const st of v.strides) iexprVars(st, out);
    return out;
  };
  /** The transposed copy of operand view `v` over [rows, k] (strides [rowStride, kStride]); null to leave it. */
  const transposed = (stack: Frame[], v: View, rows: IExpr, kk: IExpr, other: IExpr, what: string, src: string): View | null => {
    // A k-stride under 16 elements stays within a cache line or two per k: nothing to gain.
    const ks = simplify(v.strides[1]);
    if ((typeof ks === 'number' && Math.abs(ks) < 16) || !longK(kk)) return null;
    const vars = viewVars(v);
    // Outermost frame (list) the copy can go into: leave every loop that neither writes the buffer nor moves the view.
    let f = stack.length - 1;
    while (f > 0) {
      const loop = stack[f].loop!;
      if (stack[f].written.has(v.buf) || vars.has(loop.var)) break;
      f--;
    }
    if (f === stack.length - 1 && !large(other)) return null;
    const frame = stack[f];
    const key = `${v.buf}|${fmtIExpr(v.offset)}|${v.strides.map((x) => fmtIExpr(x)).join(',')}`;
    let buf = frame.made.get(key);
    if (buf === undefined) {
      buf = buffers.length;
      const shape: Shape = [...dimsOf(rows), ...dimsOf(kk)];
      buffers.push({ id: buf, name: uniqueName(buffers, `${buffers[v.buf].name}_kt`), dtype: 'f32', size: mul(rows, kk), role: 'scratch', shape });
      const copy = mapKernel(`${src}: ${what} with k contiguous (transposed copy)`, [rows, kk], { buf, offset: 0, strides: [kk, 1] }, load(v));
      const list = frame.before.get(frame.at) ?? [];
      list.push(copy);
      frame.before.set(frame.at, list);
      frame.made.set(key, buf);
    }
    return { buf, offset: 0, strides: [kk, 1] };
  };
  const visit = (stmts: readonly Stmt[], stack: Frame[]): Stmt[] => {
    const frame = stack[stack.length - 1];
    const out: Stmt[] = stmts.map((s, i) => {
      frame.at = i;
      if (s.kind === 'loop') {
        const inner: Frame = { loop: s, written: writes(s), before: new Map(), at: 0, made: new Map() };
        return { ...s, body: visit(s.body, [...stack, inner]) };
      }
      if (s.kind !== 'matmul') return s;
      // A over [m, k]; W over [k, n] read as its transpose [n, k].
      const a = transposed(stack, s.a, s.m, s.k, s.n, 'left operand', s.src);
      const wt = transposed(stack, { ...s.w, strides: [s.w.strides[1], s.w.strides[0]] }, s.n, s.k, s.m, 'right operand', s.src);
      if (!a && !wt) return s;
      return { ...s, ...(a ? { a } : {}), ...(wt ? { w: { ...wt, strides: [1, s.k] } } : {}) };
    });
    const res: Stmt[] = [];
    out.forEach((s, i) => {
      res.push(...(frame.before.get(i) ?? []), s);
    });
    return res;
  };
  const top: Frame = { loop: null, written: new Set(), before: new Map(), at: 0, made: new Map() };
  const body = visit(p.body, [top]);
  if (buffers.length === p.buffers.length) return p;
  return { ...p, buffers, body };
}

/** A size that is a product of numbers, B and T as a shape (for comments): B * T * 8 -> [B, T, 8]. */
function dimsOf(e: IExpr): Dim[] {
  const x = simplify(e);
  if (typeof x === 'number' || x === 'B' || x === 'T') return [x];
  if (typeof x !== 'string' && x.op === 'mul' && x.args.every((a) => typeof a === 'number' || a === 'B' || a === 'T')) return x.args as Dim[];
  throw new ScheduleError(`internal: size ${fmtIExpr(x)} is not a product of numbers, B and T`);
}

function uniqueName(buffers: readonly BufferDecl[], name: string): string {
  const names = new Set(buffers.map((b) => b.name));
  if (!names.has(name)) return name;
  let k = 2;
  while (names.has(`${name}_${k}`)) k++;
  return `${name}_${k}`;
}

/**
 * The view of `v` (over `from`) reshaped to `to`, or null when that needs a copy: every group of
 * axes that is merged or split must be walked contiguously by the view. Unit axes are free.
 */
export function reshapeView(v: View, from: Shape, to: Shape): View | null {
  const src = from.map((d, j) => ({ d: d as IExpr, s: v.strides[j] })).filter((x) => x.d !== 1);
  const dst = to.map((d, j) => ({ d: d as IExpr, j })).filter((x) => x.d !== 1);
  const strides: IExpr[] = to.map(() => 0);
  // Compare sizes at a sample point to decide which side of a group to extend.
  const size = (e: IExpr): number => evalIExpr(e, { B: 7, T: 11 });
  let i = 0;
  let j = 0;
  while (i < src.length || j < dst.length) {
    if (i >= src.length || j >= dst.length) return null;
    const gs = [src[i++]];
    const gd = [dst[j++]];
    let ps: IExpr = gs[0].d;
    let pd: IExpr = gd[0].d;
    while (!sameIExpr(ps, pd)) {
      if (size(ps) < size(pd)) {
        if (i >= src.length) return null;
        gs.push(src[i]);
        ps = mul(ps, src[i++].d);
      } else {
        if (j >= dst.length) return null;
        gd.push(dst[j]);
        pd = mul(pd, dst[j++].d);
      }
    }
    for (let a = 0; a + 1 < gs.length; a++) if (!sameIExpr(gs[a].s, mul(gs[a + 1].s, gs[a + 1].d))) return null;
    let s: IExpr = gs[gs.length - 1].s;
    for (let b = gd.length - 1; b >= 0; b--) {
      strides[gd[b].j] = s;
      s = mul(s, gd[b].d);
    }
  }
  return { buf: v.buf, offset: v.offset, strides };
}

/** The batch axes [...L] of a matmul's left operand as one row axis: count and stride, or null when they do not collapse. */
function flattenRows(a: Extract<Val, { kind: 'view' }>): { m: IExpr; stride: IExpr } | null {
  const L = a.shape.slice(0, -1);
  const axes = L.map((d, j) => ({ d, s: a.view.strides[j] })).filter((x) => x.d !== 1);
  for (let j = 0; j + 1 < axes.length; j++) {
    if (!sameIExpr(axes[j].s, mul(axes[j + 1].s, axes[j + 1].d))) return null;
  }
  return { m: numelExpr(L), stride: axes.length ? axes[axes.length - 1].s : 0 };
}
