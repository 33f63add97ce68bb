// ONNX graph -> rnnc model (a Program). The graph is evaluated abstractly, node by node, on values
// that say what the importer knows about each tensor:
//   ints    integer tensors of rank 0 or 1 whose elements are sizes or symbols (shape arithmetic:
//           Shape, Gather, Concat, Unsqueeze, ...), folded away entirely;
//   const   float initializers and Constants (weights);
//   fill    a tensor of one value (ConstantOfShape: the exporters' zero initial states);
//   tensor  a model variable seen through a lazy view (view.ts);
//   stack   final states [D, B, H] as their per-direction parts, so h_n[-1] picks one;
//   dense   MatMul/Gemm not yet written, so a following Add (bias) and activation join the layer.
// Recurrent nodes become m.lstm / m.gru / m.simpleRNN, MatMul/Gemm m.dense, Gather on an
// initializer m.embedding. Only nodes that reach a graph output are converted. Anything else is
// an ImportError naming the node, its op and the attribute, and listing what is supported.

import { ImportError } from './import-error.js';
import { DTYPE_NAMES, type OnnxAttribute, type OnnxModel, type OnnxNode } from './onnx-schema.js';
import { onnxRecurrentWeights } from './onnx-rnn-weights.js';
import { tensorData } from './onnx-tensor.js';
import { code, escapeText, fmtOptions, Program, quote, type SDim } from './program.js';
import {
  divDims,
  identityView,
  lastAxisBase,
  materialize,
  mulDims,
  reshapeView,
  sameDim,
  sameViewOf,
  squeezeView,
  transposeView,
  unsqueezeView,
  type View,
  viewShape,
  withLastAxis,
} from './view.js';

type Val =
  | { kind: 'ints'; scalar: boolean; values: SDim[] }
  | { kind: 'const'; shape: number[]; data: Float64Array; name: string }
  | { kind: 'fill'; shape: SDim[]; value: number }
  | { kind: 'tensor'; view: View }
  | { kind: 'stack'; axis: number; items: View[] }
  | { kind: 'dense'; input: View; W: Float64Array; K: number; N: number; bias?: Float64Array; activation?: string; name: string; from: string[] }
  | { kind: 'none' };

export const SUPPORTED_ONNX_OPS = [
  'LSTM', 'GRU', 'RNN', 'Gather', 'Shape', 'ConstantOfShape', 'Constant', 'Concat', 'Unsqueeze', 'Squeeze', 'Transpose', 'Slice', 'Reshape', 'Flatten', 'Expand',
  'MatMul', 'Gemm', 'Add', 'Sub', 'Mul', 'Div', 'Relu', 'Tanh', 'Sigmoid', 'HardSigmoid', 'Neg', 'Exp', 'Log', 'Sqrt', 'Abs', 'Softmax', 'LogSoftmax',
  'ReduceMean', 'ReduceSum', 'ReduceMax', 'Identity', 'Dropout', 'Cast', 'Equal (shapes)', 'Where (shapes)',
] as const;

const ACT: Record<string, string> = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'relu', hardsigmoid: 'hard_sigmoid' };
const ACT_PARAMS: Record<string, [boolean, boolean]> = { hardsigmoid: [true, true], affine: [true, true], leakyrelu: [true, false], thresholdedrelu: [true, false], scaledtanh: [true, true], elu: [true, false] };

const INT_MAX = 2 ** 53;

export interface OnnxImportResult {
  program: Program;
  notes: string[];
}

export function importOnnx(model: OnnxModel, source: string, modelDir: string | undefined): OnnxImportResult {
  return new OnnxConverter(model, source, modelDir).run();
}

class OnnxConverter {
  private readonly p: Program;
  private readonly env = new Map<string, Val>();
  private readonly uses = new Map<string, number>();
  private readonly notes: string[] = [];
  private readonly opset: number;
  private readonly lengthsInputs = new Map<string, { name: string; dtype: number }>();
  private symbolCount = 0;

  constructor(
    private readonly model: OnnxModel,
    private readonly source: string,
    private readonly modelDir: string | undefined,
  ) {
    this.p = new Program(source);
    const ai = model.opsets.get('') ?? model.opsets.get('ai.onnx');
    if (ai === undefined) throw new ImportError(`${source}: the model imports no version of the default ONNX operator set`);
    if (ai < 7 || ai > 23) throw new ImportError(`${source}: opset ${ai} is outside the supported range 7..23 (rnnc is tested with 9..21)`);
    this.opset = ai;
  }

  private where(n: OnnxNode): string {
    return escapeText(`${this.source}: node '${n.name || n.output[0] || '?'}' (${n.opType})`).slice(0, 400);
  }

  run(): OnnxImportResult {
    const g = this.model.graph;
    if (g.sparse > 0) throw new ImportError(`${this.source}: sparse initializers are not supported`);
    const inits = new Set(g.initializer.map((t) => t.name));
    for (const t of g.initializer) {
      const d = tensorData(t, this.modelDir, `${this.source}: initializer '${t.name}'`);
      this.env.set(t.name, d.kind === 'int' && d.dims.length <= 1 ? { kind: 'ints', scalar: d.dims.length === 0, values: [...d.values] } : { kind: 'const', shape: d.dims, data: d.values, name: t.name });
    }
    // Only what reaches an output is converted (a dead branch may use anything).
    const producer = new Map<string, OnnxNode>();
    for (const n of g.node) for (const o of n.output) if (o) producer.set(o, n);
    const needed = new Set<OnnxNode>();
    const stack = g.output.map((o) => o.name);
    const seen = new Set<string>();
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (seen.has(v)) continue;
      seen.add(v);
      const n = producer.get(v);
      if (n && !needed.has(n)) {
        needed.add(n);
        for (const i of n.input) if (i) stack.push(i);
      }
    }
    for (const n of needed) {
      for (const i of n.input) if (i) this.uses.set(i, (this.uses.get(i) ?? 0) + 1);
      if (n.domain && n.domain !== 'ai.onnx') throw new ImportError(`${this.where(n)}: op domain '${n.domain}' is not supported (only the default ONNX domain)`);
      if ((n.opType === 'LSTM' || n.opType === 'GRU' || n.opType === 'RNN') && n.input[4]) {
        const gi = g.input.find((x) => x.name === n.input[4]);
        if (gi) this.lengthsInputs.set(gi.name, { name: gi.name, dtype: gi.elemType ?? 0 });
      }
    }
    for (const o of g.output) this.uses.set(o.name, (this.uses.get(o.name) ?? 0) + 1);

    this.declareInputs(inits);
    for (const n of g.node) if (needed.has(n)) this.node(n);

    for (const o of g.output) {
      const v = this.env.get(o.name);
      if (!v) throw new ImportError(`${this.source}: graph output '${o.name}' is computed by no node`);
      if (v.kind === 'ints' || v.kind === 'const' || v.kind === 'none') throw new ImportError(`${this.source}: graph output '${o.name}' is a constant; rnnc models output computed tensors only`);
      const view = this.view(v, o.name, `${this.source}: graph output '${o.name}'`);
      const name = this.ioName(o.name, 'output');
      const shape = viewShape(view);
      const want = o.shape;
      if (want && want.length !== shape.length) throw new Error(`internal: output '${o.name}' has rank ${shape.length}, the graph says ${want.length}`);
      const v2 = materialize(this.p, view, name);
      this.p.output(name, v2, `ONNX output '${o.name}'${want ? ` [${want.map((d) => d ?? '?').join(', ')}]` : ''}`, o.name);
    }
    this.bindRest();
    return { program: this.p, notes: this.notes };
  }

  /** A valid rnnc input/output name for an ONNX name (kept when it is one). */
  private ioName(onnx: string, what: string): string {
    if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(onnx)) return onnx;
    const name = `${what}_${onnx.replace(/[^A-Za-z0-9_.]+/g, '_').replace(/^[._]+/, '')}`;
    this.notes.push(`ONNX ${what} '${onnx}' is named '${name}' in the rnnc model (rnnc names use letters, digits, '_' and '.')`);
    return name;
  }

  private declareInputs(inits: Set<string>): void {
    for (const gi of this.model.graph.input) {
      if (inits.has(gi.name)) continue; // IR < 4 lists initializers as inputs too
      if (!this.uses.has(gi.name)) {
        this.notes.push(`ONNX input '${gi.name}' is not used by any output; the rnnc model leaves it out`);
        continue;
      }
      if (this.lengthsInputs.has(gi.name)) {
        this.env.set(gi.name, { kind: 'none' }); // declared by m.lengths where a recurrent node reads it
        continue;
      }
      const where = `${this.source}: graph input '${gi.name}'`;
      if (gi.notTensor || gi.elemType === undefined) throw new ImportError(`${where} is not a tensor (sequences, maps and optionals are not supported)`);
      const et = gi.elemType;
      const dtype = et === 1 ? 'f32' : et === 6 || et === 7 ? 'i32' : undefined;
      if (!dtype) throw new ImportError(`${where} has element type ${DTYPE_NAMES[et] ?? et}; rnnc models take float (f32) and int32/int64 (as i32) inputs`);
      if (!gi.shape) throw new ImportError(`${where} has no shape; rnnc needs the rank and the static sizes`);
      const shape: SDim[] = gi.shape.map((d) => (d === null ? `dyn${this.symbolCount++}` : d));
      const name = this.ioName(gi.name, 'input');
      const v = this.p.input(name, dtype, shape, `ONNX input '${gi.name}' (${DTYPE_NAMES[et]}${et === 7 ? ', given as int32' : ''})`, gi.name);
      this.p.inputs[this.p.inputs.length - 1].sourceDtype = DTYPE_NAMES[et];
      this.env.set(gi.name, { kind: 'tensor', view: identityView(v, dtype, shape) });
    }
  }

  /** Symbols no recurrent layer bound: the first free one is batch, the next time. */
  private bindRest(): void {
    const syms: string[] = [];
    for (const i of this.p.inputs) for (const d of i.shape) if (typeof d === 'string' && !syms.includes(d)) syms.push(d);
    for (const s of syms) {
      if (this.p.bindings.has(s)) continue;
      const used = new Set(this.p.bindings.values());
      const as = !used.has('B') ? 'B' : !used.has('T') ? 'T' : undefined;
      if (!as) throw new ImportError(`${this.source}: the inputs have more than two dynamic axes ('${s}' is a third); rnnc models have a batch and a time axis`);
      this.p.bind(s, as, this.source);
    }
  }

  // ---- values ----

  private get(name: string, n: OnnxNode): Val {
    if (!name) return { kind: 'none' };
    const v = this.env.get(name);
    if (!v) throw new ImportError(`${this.where(n)}: input '${name}' is not produced by any node, initializer or graph input`);
    return v;
  }

  private ints(v: Val, n: OnnxNode, what: string): SDim[] {
    if (v.kind === 'ints') return v.values;
    if (v.kind === 'const' && v.shape.length <= 1) return [...v.data];
    throw new ImportError(`${this.where(n)}: ${what} must be a constant or computed from shapes, got ${this.describe(v)}`);
  }

  private numbers(v: Val, n: OnnxNode, what: string): number[] {
    const xs = this.ints(v, n, what);
    return xs.map((x) => {
      if (typeof x !== 'number') throw new ImportError(`${this.where(n)}: ${what} must be known numbers, got [${xs.join(', ')}]`);
      return x;
    });
  }

  private describe(v: Val): string {
    switch (v.kind) {
      case 'tensor':
        return `a tensor [${viewShape(v.view).join(', ')}]`;
      case 'const':
        return `a constant [${v.shape.join(', ')}]`;
      case 'none':
        return 'nothing';
      default:
        return `a ${v.kind}`;
    }
  }

  /** The value as a view on a model variable (writing pending layers, fills and stacks). */
  private view(v: Val, hint: string, where: string): View {
    switch (v.kind) {
      case 'tensor':
        return v.view;
      case 'dense':
        return this.writeDense(v, hint);
      case 'fill': {
        const x = this.p.let(hint, `m.fill(${this.p.shape(v.shape)}, ${v.value})`);
        return identityView(x, 'f32', v.shape);
      }
      case 'stack': {
        const parts = v.items.map((it, k) => `m.expandDims(${materialize(this.p, it, `${hint}_${k}`)}, ${v.axis})`);
        const shape = viewShape(v.items[0]);
        shape.splice(v.axis, 0, v.items.length);
        const x = parts.length === 1 ? this.p.let(hint, parts[0]) : this.p.let(hint, `m.concat([${parts.join(', ')}], ${v.axis})`);
        return identityView(x, v.items[0].dtype, shape);
      }
      case 'const': {
        // A float constant the graph computes with (not a layer's weight): a parameter of its own.
        const name = this.p.layerName(`const_${hint}`);
        this.p.weight(name, v.shape.length === 0 ? [1] : v.shape, Float32Array.from(v.data));
        const shape = v.shape.length === 0 ? [1] : v.shape;
        const x = this.p.let(hint, `m.param(${quote(name)}, [${shape.join(', ')}])`);
        return identityView(x, 'f32', shape);
      }
      default:
        throw new ImportError(`${where}: expected a tensor, got ${this.describe(v)}`);
    }
  }

  private set(n: OnnxNode, i: number, v: Val): void {
    const name = n.output[i];
    if (name) this.env.set(name, v);
  }

  private attr(n: OnnxNode, name: string): OnnxAttribute | undefined {
    return n.attribute.find((a) => a.name === name);
  }

  private attrInt(n: OnnxNode, name: string, dflt: number): number {
    const a = this.attr(n, name);
    return a ? a.i : dflt;
  }

  private attrInts(n: OnnxNode, name: string): number[] | undefined {
    return this.attr(n, name)?.ints;
  }

  private attrString(n: OnnxNode, name: string, dflt: string): string {
    const a = this.attr(n, name);
    return a?.s ? new TextDecoder().decode(a.s) : dflt;
  }

  /** Layer name from the exporter's node name ('/encoder/lstm/LSTM' -> 'encoder_lstm'). */
  private layerName(n: OnnxNode, fallback: string): string {
    const parts = n.name.split('/').filter(Boolean);
    const hint = parts.length > 1 ? parts.slice(0, -1).join('_') : fallback;
    return this.p.layerName(hint);
  }

  private axis(a: number, rank: number, n: OnnxNode): number {
    const ax = a < 0 ? a + rank : a;
    if (!(ax >= 0 && ax < rank)) throw new ImportError(`${this.where(n)}: axis ${a} is out of range for rank ${rank}`);
    return ax;
  }

  /** Axes from the attribute (older opsets) or the second input (newer). */
  private axesOf(n: OnnxNode, inputIndex: number): number[] | undefined {
    const fromAttr = this.attrInts(n, 'axes');
    if (fromAttr) return fromAttr;
    const name = n.input[inputIndex];
    if (!name) return undefined;
    return this.numbers(this.get(name, n), n, 'axes');
  }

  private refuseAttrs(n: OnnxNode, allowed: readonly string[]): void {
    for (const a of n.attribute) {
      if (!allowed.includes(a.name)) throw new ImportError(`${this.where(n)}: attribute '${a.name}' is not supported (supported: ${allowed.join(', ') || 'none'})`);
    }
  }

  // ---- nodes ----

  private node(n: OnnxNode): void {
    const ins = n.input.map((i) => this.get(i, n));
    const v = this.evaluate(n, ins);
    if (v) this.set(n, 0, v);
  }

  /** The node's first output (recurrent nodes set their outputs themselves). */
  private evaluate(n: OnnxNode, ins: Val[]): Val | undefined {
    const op = n.opType;
    switch (op) {
      case 'Identity':
        return ins[0];
      case 'Dropout':
        // Inference: the identity. The optional mask output is all true, which rnnc has no type for.
        if (n.output[1] && this.uses.has(n.output[1])) throw new ImportError(`${this.where(n)}: the mask output of Dropout is not supported`);
        return ins[0];
      case 'Constant':
        return this.constant(n);
      case 'Cast':
        return this.cast(n, ins[0]);
      case 'Shape':
        return this.shapeOp(n, ins[0]);
      case 'ConstantOfShape': {
        const shape = this.ints(ins[0], n, 'the shape');
        const t = this.attr(n, 'value')?.t;
        const value = t ? tensorData(t, this.modelDir, this.where(n)).values[0] ?? 0 : 0;
        return { kind: 'fill', shape, value };
      }
      case 'Expand':
        return this.expand(n, ins[0], ins[1]);
      case 'Gather':
        return this.gather(n, ins[0], ins[1]);
      case 'Unsqueeze':
        return this.unsqueeze(n, ins[0]);
      case 'Squeeze':
        return this.squeeze(n, ins[0]);
      case 'Concat':
        return this.concat(n, ins);
      case 'Slice':
        return this.slice(n, ins);
      case 'Reshape':
        return this.reshape(n, ins[0], this.ints(ins[1], n, 'the shape'), this.attrInt(n, 'allowzero', 0) === 1);
      case 'Flatten': {
        const x = this.tensorIn(n, ins[0]);
        const s = viewShape(x);
        const ax = this.axis(this.attrInt(n, 'axis', 1), s.length + 1, n);
        return this.reshape(n, ins[0], [mulDims(...s.slice(0, ax)), mulDims(...s.slice(ax))], true);
      }
      case 'Transpose': {
        const x = this.tensorIn(n, ins[0]);
        const r = viewShape(x).length;
        const perm = this.attrInts(n, 'perm') ?? Array.from({ length: r }, (_, i) => r - 1 - i);
        return { kind: 'tensor', view: transposeView(x, perm) };
      }
      case 'MatMul':
        return this.matmul(n, ins[0], ins[1]);
      case 'Gemm':
        return this.gemm(n, ins);
      case 'Add':
      case 'Sub':
      case 'Mul':
      case 'Div':
        return this.arith(n, op, ins[0], ins[1]);
      case 'Equal':
      case 'Where':
        return this.shapeSelect(n, op, ins);
      case 'Relu':
      case 'Tanh':
      case 'Sigmoid':
      case 'HardSigmoid':
      case 'Neg':
      case 'Exp':
      case 'Log':
      case 'Sqrt':
      case 'Abs':
        return this.unary(n, op, ins[0]);
      case 'Softmax':
      case 'LogSoftmax':
        return this.softmax(n, op, ins[0]);
      case 'ReduceMean':
      case 'ReduceSum':
      case 'ReduceMax':
        return this.reduce(n, op, ins[0]);
      case 'LSTM':
      case 'GRU':
      case 'RNN':
        this.recurrent(n, ins);
        return undefined;
      default:
        throw new ImportError(`${this.where(n)}: op ${op} is not supported by rnnc import (supported: ${SUPPORTED_ONNX_OPS.join(', ')})`);
    }
  }

  private tensorIn(n: OnnxNode, v: Val): View {
    return this.view(v, this.p.ident(n.output[0] ?? 'x'), this.where(n));
  }

  private constant(n: OnnxNode): Val {
    const a = n.attribute[0];
    if (!a) throw new ImportError(`${this.where(n)}: Constant without a value`);
    switch (a.name) {
      case 'value': {
        const d = tensorData(a.t!, this.modelDir, this.where(n));
        return d.kind === 'int' && d.dims.length <= 1 ? { kind: 'ints', scalar: d.dims.length === 0, values: [...d.values] } : { kind: 'const', shape: d.dims, data: d.values, name: n.output[0] };
      }
      case 'value_float':
        return { kind: 'const', shape: [], data: Float64Array.of(a.f), name: n.output[0] };
      case 'value_floats':
        return { kind: 'const', shape: [a.floats.length], data: Float64Array.from(a.floats), name: n.output[0] };
      case 'value_int':
        return { kind: 'ints', scalar: true, values: [a.i] };
      case 'value_ints':
        return { kind: 'ints', scalar: false, values: [...a.ints] };
      default:
        throw new ImportError(`${this.where(n)}: Constant attribute '${a.name}' is not supported (value, value_float(s), value_int(s))`);
    }
  }

  private cast(n: OnnxNode, x: Val): Val {
    const to = this.attrInt(n, 'to', 1);
    if (x.kind === 'ints' || x.kind === 'none') return x;
    if (x.kind === 'const' || x.kind === 'fill') return x;
    const v = this.tensorIn(n, x);
    const toFloat = to === 1 || to === 10 || to === 11 || to === 16;
    const toInt = to === 6 || to === 7;
    if (toFloat && v.dtype === 'f32') return { kind: 'tensor', view: v };
    if (toInt && v.dtype === 'i32') return { kind: 'tensor', view: v };
    if (toFloat && v.dtype === 'i32') {
      const base = this.p.let(`${v.base}F`, `m.toFloat(${v.base})`);
      return { kind: 'tensor', view: sameViewOf(v, base, 'f32') };
    }
    throw new ImportError(`${this.where(n)}: Cast of ${v.dtype} to ${DTYPE_NAMES[to] ?? to} is not supported (int to float, and casts that keep the type)`);
  }

  private shapeOp(n: OnnxNode, x: Val): Val {
    let s: SDim[];
    if (x.kind === 'tensor') s = viewShape(x.view);
    else if (x.kind === 'fill') s = x.shape;
    else if (x.kind === 'const') s = x.shape;
    else if (x.kind === 'stack') {
      s = viewShape(x.items[0]);
      s.splice(x.axis, 0, x.items.length);
    } else if (x.kind === 'dense') s = [...viewShape(x.input).slice(0, -1), x.N];
    else throw new ImportError(`${this.where(n)}: Shape of ${this.describe(x)}`);
    const r = s.length;
    const clamp = (a: number) => Math.min(Math.max(a < 0 ? a + r : a, 0), r);
    const start = clamp(this.attrInt(n, 'start', 0));
    const end = clamp(this.attrInt(n, 'end', r));
    return { kind: 'ints', scalar: false, values: s.slice(start, end) };
  }

  private expand(n: OnnxNode, x: Val, shapeV: Val): Val {
    const shape = this.ints(shapeV, n, 'the shape');
    let value: number | undefined;
    if (x.kind === 'fill') value = x.value;
    else if (x.kind === 'const' && x.data.length === 1) value = x.data[0];
    if (value === undefined) throw new ImportError(`${this.where(n)}: Expand is supported on a single value (a constant initial state), got ${this.describe(x)}`);
    const have = x.kind === 'fill' ? x.shape : (x as { shape: number[] }).shape;
    const r = Math.max(shape.length, have.length);
    const out: SDim[] = [];
    for (let i = 0; i < r; i++) {
      const a = shape[shape.length - r + i] ?? 1;
      const b = have[have.length - r + i] ?? 1;
      out.push(a === 1 ? b : a);
    }
    return { kind: 'fill', shape: out, value };
  }

  private gather(n: OnnxNode, data: Val, idx: Val): Val {
    const axis0 = this.attrInt(n, 'axis', 0);
    if (data.kind === 'ints') {
      const ix = this.numbers(idx, n, 'the indices');
      const r = data.values.length;
      const pick = ix.map((i) => {
        const k = i < 0 ? i + r : i;
        if (!(k >= 0 && k < r)) throw new ImportError(`${this.where(n)}: index ${i} is out of range for ${r} values`);
        return data.values[k];
      });
      return { kind: 'ints', scalar: idx.kind === 'ints' ? idx.scalar : false, values: pick };
    }
    if (data.kind === 'const' && idx.kind === 'tensor') {
      if (data.shape.length !== 2 || axis0 !== 0) throw new ImportError(`${this.where(n)}: Gather from a constant is supported as an embedding lookup (a [vocab, dim] table, axis 0), got [${data.shape.join(', ')}] axis ${axis0}`);
      if (idx.view.dtype !== 'i32') throw new ImportError(`${this.where(n)}: embedding ids must be integers`);
      const [V, D] = data.shape;
      const name = this.layerName(n, 'embedding');
      const ids = materialize(this.p, idx.view, `${name}Ids`);
      this.p.idRange(idx.view.base, V);
      this.p.comment(`Embedding: ONNX ${n.opType} '${n.name}' on table '${data.name}' [${V}, ${D}]`);
      const x = this.p.let(name, `m.embedding(${ids}, ${fmtOptions({ vocab: V, dim: D, name })})`);
      this.p.weight(`${name}.embeddings`, [V, D], Float32Array.from(data.data));
      return { kind: 'tensor', view: identityView(x, 'f32', [...viewShape(idx.view), D]) };
    }
    if (data.kind === 'stack' && (idx.kind === 'ints' || idx.kind === 'const')) {
      const ix = this.numbers(idx, n, 'the index');
      const ax = this.axis(axis0, viewShape(data.items[0]).length + 1, n);
      if (ax === data.axis && ix.length === 1 && (idx.kind !== 'ints' || idx.scalar)) {
        const k = ix[0] < 0 ? ix[0] + data.items.length : ix[0];
        if (!(k >= 0 && k < data.items.length)) throw new ImportError(`${this.where(n)}: index ${ix[0]} is out of range for ${data.items.length}`);
        return { kind: 'tensor', view: data.items[k] };
      }
    }
    if ((data.kind === 'tensor' || data.kind === 'stack' || data.kind === 'dense' || data.kind === 'fill') && (idx.kind === 'ints' || idx.kind === 'const')) {
      const ix = this.numbers(idx, n, 'the index');
      const scalar = idx.kind === 'ints' ? idx.scalar : idx.shape.length === 0;
      if (ix.length !== 1) throw new ImportError(`${this.where(n)}: Gather on a tensor is supported with one index (x[:, -1] or x[:, [-1]]), got [${ix.join(', ')}]`);
      const v = this.view(data, this.p.ident(n.output[0]), this.where(n));
      const ax = this.axis(axis0, viewShape(v).length, n);
      const picked = this.take(n, v, ax, ix[0]);
      return { kind: 'tensor', view: scalar ? squeezeView(picked, ax) : picked };
    }
    throw new ImportError(`${this.where(n)}: Gather of ${this.describe(data)} by ${this.describe(idx)} is not supported (embedding lookups, shape arithmetic, and one scalar index)`);
  }

  /** Element k of axis `ax`, the axis kept with size 1. */
  private take(n: OnnxNode, v: View, ax: number, k: number): View {
    const shape = viewShape(v);
    const d = shape[ax];
    if (typeof d === 'number') {
      const i = k < 0 ? k + d : k;
      if (!(i >= 0 && i < d)) throw new ImportError(`${this.where(n)}: index ${k} is out of range for axis ${ax} of size ${d}`);
      if (d === 1) return v;
      const x = materialize(this.p, v, `${v.base}In`);
      const y = this.p.let(this.p.ident(n.output[0]), `m.slice(${x}, ${i}, 1, ${ax})`);
      shape[ax] = 1;
      return identityView(y, v.dtype, shape);
    }
    // A dynamic (time) axis: its first or last step, as the final carry of a scan (m.pool 'last').
    if (k !== 0 && k !== -1) throw new ImportError(`${this.where(n)}: index ${k} on the dynamic axis ${ax} ('${d}'): only the first (0) and last (-1) step are supported`);
    this.p.bind(d, 'T', this.where(n));
    const others = shape.map((s, i) => [s, i] as const).filter(([, i]) => i !== ax);
    const b = others.find(([s]) => typeof s === 'string');
    const f = others.filter(([s]) => typeof s === 'number');
    if (shape.length !== 3 || !b || f.length !== 1) {
      throw new ImportError(`${this.where(n)}: picking step ${k} of time needs a [batch, time, features] tensor (in any axis order), got [${shape.join(', ')}]`);
    }
    this.p.bind(b[0], 'B', this.where(n));
    const seq = materialize(this.p, transposeView(v, [b[1], ax, f[0][1]]), `${v.base}Seq`);
    const src = k === 0 ? `m.flip(${seq}, 1)` : seq;
    const last = this.p.let(k === 0 ? 'first' : 'last', `m.pool(${src}, { mode: 'last' })`);
    // [B, F] back to the tensor's axis order, with the picked axis as a unit axis.
    const out = identityView(last, v.dtype, [b[0], f[0][0]]);
    const order = [b[1], f[0][1]].sort((x, y) => x - y);
    const kept = order[0] === b[1] ? out : transposeView(out, [1, 0]);
    return unsqueezeView(kept, ax);
  }

  private unsqueeze(n: OnnxNode, x: Val): Val {
    const axes = this.axesOf(n, 1);
    if (!axes) throw new ImportError(`${this.where(n)}: Unsqueeze without axes`);
    if (x.kind === 'ints') {
      if (x.scalar && axes.length === 1 && (axes[0] === 0 || axes[0] === -1)) return { kind: 'ints', scalar: false, values: x.values };
      throw new ImportError(`${this.where(n)}: Unsqueeze of shape values is supported for a scalar`);
    }
    if (x.kind === 'const') {
      const shape = [...x.shape];
      const r = shape.length + axes.length;
      for (const a of axes.map((a) => (a < 0 ? a + r : a)).sort((p, q) => p - q)) shape.splice(a, 0, 1);
      return { ...x, shape };
    }
    if (x.kind === 'fill') {
      const shape = [...x.shape];
      const r = shape.length + axes.length;
      for (const a of axes.map((a) => (a < 0 ? a + r : a)).sort((p, q) => p - q)) shape.splice(a, 0, 1);
      return { ...x, shape };
    }
    let v = this.tensorIn(n, x);
    const r = viewShape(v).length + axes.length;
    for (const a of axes.map((a) => this.axis(a, r, n)).sort((p, q) => p - q)) v = unsqueezeView(v, a);
    return { kind: 'tensor', view: v };
  }

  private squeeze(n: OnnxNode, x: Val): Val {
    const axes = this.axesOf(n, 1);
    if (x.kind === 'ints') {
      if (!x.scalar && x.values.length === 1) return { kind: 'ints', scalar: true, values: x.values };
      throw new ImportError(`${this.where(n)}: Squeeze of shape values is supported for one value`);
    }
    if (x.kind === 'stack') {
      if (x.items.length === 1 && (!axes || (axes.length === 1 && this.axis(axes[0], viewShape(x.items[0]).length + 1, n) === x.axis))) return { kind: 'tensor', view: x.items[0] };
    }
    if (x.kind === 'fill') {
      const r = x.shape.length;
      const drop = axes ? axes.map((a) => this.axis(a, r, n)) : x.shape.flatMap((d, i) => (d === 1 ? [i] : []));
      return { ...x, shape: x.shape.filter((_, i) => !drop.includes(i)) };
    }
    let v = this.tensorIn(n, x);
    const s = viewShape(v);
    const drop = axes ? axes.map((a) => this.axis(a, s.length, n)) : s.flatMap((d, i) => (d === 1 ? [i] : []));
    for (const a of drop.sort((p, q) => q - p)) {
      if (s[a] !== 1) throw new ImportError(`${this.where(n)}: axis ${a} has size ${String(s[a])}, not 1`);
      v = squeezeView(v, a);
    }
    return { kind: 'tensor', view: v };
  }

  private concat(n: OnnxNode, ins: Val[]): Val {
    const present = ins.filter((v) => v.kind !== 'none');
    if (present.every((v) => v.kind === 'ints' || (v.kind === 'const' && v.shape.length <= 1))) {
      return { kind: 'ints', scalar: false, values: present.flatMap((v) => this.ints(v, n, 'a shape part')) };
    }
    const a = this.attrInt(n, 'axis', 0);
    if (present.every((v) => v.kind === 'stack')) {
      const st = present as Extract<Val, { kind: 'stack' }>[];
      const ax = this.axis(a, viewShape(st[0].items[0]).length + 1, n);
      if (st.every((s) => s.axis === ax)) return { kind: 'stack', axis: ax, items: st.flatMap((s) => s.items) };
    }
    if (present.every((v) => v.kind === 'fill' && v.value === (present[0] as { value: number }).value)) {
      const fs = present as Extract<Val, { kind: 'fill' }>[];
      const ax = this.axis(a, fs[0].shape.length, n);
      const shape = [...fs[0].shape];
      shape[ax] = mulDims(fs.reduce<SDim>((acc, f) => (typeof acc === 'number' && typeof f.shape[ax] === 'number' ? acc + (f.shape[ax] as number) : `${acc}+`), 0));
      return { ...fs[0], shape };
    }
    const views = present.map((v, k) => this.view(v, `${n.output[0]}_${k}`, this.where(n)));
    const rank = viewShape(views[0]).length;
    const ax = this.axis(a, rank, n);
    const xs = views.map((v, k) => materialize(this.p, v, `${this.p.ident(n.output[0])}_${k}`));
    const shape = viewShape(views[0]);
    shape[ax] = views.reduce<SDim>((acc, v) => {
      const d = viewShape(v)[ax];
      if (typeof acc !== 'number' || typeof d !== 'number') throw new ImportError(`${this.where(n)}: Concat along the dynamic axis ${ax} is not supported`);
      return acc + d;
    }, 0);
    const y = this.p.let(this.p.ident(n.output[0]), `m.concat([${xs.join(', ')}], ${ax})`);
    return { kind: 'tensor', view: identityView(y, views[0].dtype, shape) };
  }

  private slice(n: OnnxNode, ins: Val[]): Val {
    let starts: SDim[];
    let ends: SDim[];
    let axes: number[] | undefined;
    let steps: number[] | undefined;
    if (this.opset < 10) {
      starts = this.attrInts(n, 'starts') ?? [];
      ends = this.attrInts(n, 'ends') ?? [];
      axes = this.attrInts(n, 'axes');
    } else {
      starts = this.ints(ins[1], n, 'starts');
      ends = this.ints(ins[2], n, 'ends');
      if (ins[3] && ins[3].kind !== 'none') axes = this.numbers(ins[3], n, 'axes');
      if (ins[4] && ins[4].kind !== 'none') steps = this.numbers(ins[4], n, 'steps');
    }
    const x = ins[0];
    const one = (len: SDim, s0: SDim, e0: SDim, step: number): [number, number] | 'all' | 'last' | undefined => {
      if (typeof s0 !== 'number' || typeof e0 !== 'number') return undefined;
      if (typeof len !== 'number') {
        if (step === 1 && s0 === 0 && e0 >= INT_MAX / 2) return 'all';
        if (step === 1 && s0 === -1 && e0 >= INT_MAX / 2) return 'last';
        return undefined;
      }
      const clampS = (v: number) => Math.min(Math.max(v < 0 ? v + len : v, 0), len);
      const s = clampS(s0);
      const e = clampS(e0);
      return [s, Math.max(e - s, 0)];
    };
    if (x.kind === 'ints') {
      if (x.scalar || starts.length !== 1) throw new ImportError(`${this.where(n)}: Slice of shape values must be one range of a vector`);
      const r = one(x.values.length, starts[0], ends[0], steps?.[0] ?? 1);
      if (!Array.isArray(r) || (steps && steps[0] !== 1)) throw new ImportError(`${this.where(n)}: Slice of shape values must have known bounds and step 1`);
      return { kind: 'ints', scalar: false, values: x.values.slice(r[0], r[0] + r[1]) };
    }
    if (steps && steps.some((s) => s !== 1)) throw new ImportError(`${this.where(n)}: Slice steps other than 1 are not supported`);
    if (x.kind === 'stack' || x.kind === 'fill') {
      const rank = x.kind === 'stack' ? viewShape(x.items[0]).length + 1 : x.shape.length;
      const ax = (axes ?? starts.map((_, i) => i)).map((a) => this.axis(a, rank, n));
      if (x.kind === 'stack' && ax.length === 1 && ax[0] === x.axis) {
        const r = one(x.items.length, starts[0], ends[0], 1);
        if (Array.isArray(r)) return { kind: 'stack', axis: x.axis, items: x.items.slice(r[0], r[0] + r[1]) };
      }
      if (x.kind === 'fill') {
        const shape = [...x.shape];
        ax.forEach((a, i) => {
          const r = one(shape[a], starts[i], ends[i], 1);
          if (r === undefined) throw new ImportError(`${this.where(n)}: Slice bounds [${String(starts[i])}, ${String(ends[i])}) on axis ${a} are not supported`);
          if (Array.isArray(r)) shape[a] = r[1];
        });
        return { ...x, shape };
      }
    }
    let v = this.tensorIn(n, x);
    const rank = viewShape(v).length;
    const ax = (axes ?? starts.map((_, i) => i)).map((a) => this.axis(a, rank, n));
    ax.forEach((a, i) => {
      const len = viewShape(v)[a];
      const r = one(len, starts[i], ends[i], 1);
      if (r === undefined) throw new ImportError(`${this.where(n)}: Slice [${String(starts[i])}, ${String(ends[i])}) on axis ${a} of size '${String(len)}' is not supported (static axes, all of a dynamic axis, or its last step)`);
      if (r === 'all') return;
      if (r === 'last') {
        v = this.take(n, v, a, -1);
        return;
      }
      if (r[0] === 0 && r[1] === len) return;
      if (r[1] === 0) throw new ImportError(`${this.where(n)}: Slice gives an empty axis ${a}`);
      const src = materialize(this.p, v, `${v.base}In`);
      const shape = viewShape(v);
      shape[a] = r[1];
      v = identityView(this.p.let(this.p.ident(n.output[0]), `m.slice(${src}, ${r[0]}, ${r[1]}, ${a})`), v.dtype, shape);
    });
    return { kind: 'tensor', view: v };
  }

  private reshape(n: OnnxNode, x: Val, shape0: SDim[], allowZero: boolean): Val {
    if (x.kind === 'ints') {
      if (shape0.length <= 1) return { kind: 'ints', scalar: shape0.length === 0, values: x.values };
      throw new ImportError(`${this.where(n)}: Reshape of shape values to rank ${shape0.length}`);
    }
    if (x.kind === 'const') {
      const t = shape0.map((d, i) => (d === 0 && !allowZero ? x.shape[i] : d));
      const known = t.filter((d) => d !== -1).reduce<number>((a, d) => a * (d as number), 1);
      return { ...x, shape: t.map((d) => (d === -1 ? x.data.length / known : (d as number))) };
    }
    const v = this.tensorIn(n, x);
    const s = viewShape(v);
    const t = shape0.map((d, i) => (d === 0 && !allowZero ? s[i] : d));
    const minus = t.indexOf(-1);
    if (minus >= 0) {
      const rest = mulDims(...t.filter((_, i) => i !== minus));
      const d = divDims(mulDims(...s), rest);
      if (d === undefined) throw new ImportError(`${this.where(n)}: cannot infer the -1 in [${shape0.join(', ')}] from [${s.join(', ')}]`);
      t[minus] = d;
    }
    if (!sameDim(mulDims(...s), mulDims(...t))) throw new ImportError(`${this.where(n)}: cannot reshape [${s.join(', ')}] to [${t.join(', ')}]`);
    const r = reshapeView(v, t) ?? reshapeView(identityView(materialize(this.p, v, this.p.ident(n.output[0])), v.dtype, s), t);
    if (!r) throw new ImportError(`${this.where(n)}: Reshape [${s.join(', ')}] -> [${t.join(', ')}] is not supported (it mixes the batch and time axes)`);
    return { kind: 'tensor', view: r };
  }

  // ---- layers ----

  private matrix(v: Val, n: OnnxNode, what: string): { data: Float64Array; rows: number; cols: number; name: string } {
    if (v.kind !== 'const' || v.shape.length !== 2) throw new ImportError(`${this.where(n)}: ${what} must be a 2-D initializer (a layer's weights), got ${this.describe(v)}`);
    return { data: v.data, rows: v.shape[0], cols: v.shape[1], name: v.name };
  }

  private matmul(n: OnnxNode, a: Val, b: Val): Val {
    const W = this.matrix(b, n, 'the second operand of MatMul');
    const x = this.tensorIn(n, a);
    const s = viewShape(x);
    if (s[s.length - 1] !== W.rows) throw new ImportError(`${this.where(n)}: [${s.join(', ')}] x [${W.rows}, ${W.cols}]: inner sizes differ`);
    return { kind: 'dense', input: x, W: W.data, K: W.rows, N: W.cols, name: this.layerName(n, 'dense'), from: [`${n.opType} '${n.name}' (weight '${W.name}')`] };
  }

  private gemm(n: OnnxNode, ins: Val[]): Val {
    this.refuseAttrs(n, ['alpha', 'beta', 'transA', 'transB', 'broadcast']);
    if (this.attrInt(n, 'transA', 0) !== 0) throw new ImportError(`${this.where(n)}: attribute transA=1 is not supported`);
    const alpha = this.attr(n, 'alpha')?.f ?? 1;
    const beta = this.attr(n, 'beta')?.f ?? 1;
    const B = this.matrix(ins[1], n, 'B');
    const transB = this.attrInt(n, 'transB', 0) === 1;
    const K = transB ? B.cols : B.rows;
    const N = transB ? B.rows : B.cols;
    const W = new Float64Array(K * N);
    for (let k = 0; k < K; k++) for (let j = 0; j < N; j++) W[k * N + j] = alpha * (transB ? B.data[j * K + k] : B.data[k * N + j]);
    const x = this.tensorIn(n, ins[0]);
    if (viewShape(x).length !== 2 || viewShape(x)[1] !== K) throw new ImportError(`${this.where(n)}: Gemm input must be [N, ${K}], got [${viewShape(x).join(', ')}]`);
    const d: Val = { kind: 'dense', input: x, W, K, N, name: this.layerName(n, 'dense'), from: [`Gemm '${n.name}' (B '${B.name}'${transB ? ', transB' : ''})`] };
    const C = ins[2];
    if (!C || C.kind === 'none') return d;
    const bias = this.biasOf(C, N);
    if (!bias) throw new ImportError(`${this.where(n)}: C must be a constant broadcast over the rows ([${N}], [1, ${N}] or a scalar), got ${this.describe(C)}`);
    return { ...d, bias: bias.map((b) => b * beta) };
  }

  /** A constant that broadcasts as a per-unit bias [N]. */
  private biasOf(c: Val, N: number): Float64Array | undefined {
    if (c.kind !== 'const') return undefined;
    const lead = c.shape.slice(0, -1);
    if (lead.some((d) => d !== 1)) return undefined;
    if (c.data.length === N) return c.data;
    if (c.data.length === 1) return new Float64Array(N).fill(c.data[0]);
    return undefined;
  }

  private writeDense(d: Extract<Val, { kind: 'dense' }>, hint: string): View {
    this.p.comment(`Dense: ONNX ${d.from.join(', ')}`);
    const onBase = lastAxisBase(d.input);
    const x = onBase ? d.input.base : materialize(this.p, d.input, `${hint}In`);
    const opts = fmtOptions({ units: d.N, useBias: d.bias ? undefined : false, activation: d.activation, name: d.name });
    const y = this.p.let(d.name, `m.dense(${x}, ${opts})`);
    this.p.weight(`${d.name}.kernel`, [d.K, d.N], Float32Array.from(d.W));
    if (d.bias) this.p.weight(`${d.name}.bias`, [d.N], Float32Array.from(d.bias));
    return onBase ? withLastAxis(d.input, y, d.N) : identityView(y, 'f32', [...viewShape(d.input).slice(0, -1), d.N]);
  }

  private single(name: string): boolean {
    return (this.uses.get(name) ?? 0) === 1;
  }

  private arith(n: OnnxNode, op: string, a: Val, b: Val): Val {
    if ((a.kind === 'ints' || a.kind === 'const') && (b.kind === 'ints' || b.kind === 'const') && (a.kind === 'ints' || b.kind === 'ints')) {
      const xs = this.ints(a, n, 'an operand');
      const ys = this.ints(b, n, 'an operand');
      const len = Math.max(xs.length, ys.length);
      const out: SDim[] = [];
      for (let i = 0; i < len; i++) {
        const x = xs[xs.length === 1 ? 0 : i];
        const y = ys[ys.length === 1 ? 0 : i];
        if (typeof x === 'number' && typeof y === 'number') out.push(op === 'Add' ? x + y : op === 'Sub' ? x - y : op === 'Mul' ? x * y : Math.trunc(x / y));
        else if (op === 'Mul') out.push(mulDims(x, y));
        else if (op === 'Div' && divDims(x, y) !== undefined) out.push(divDims(x, y)!);
        else throw new ImportError(`${this.where(n)}: ${op} of sizes ${String(x)} and ${String(y)} cannot be computed ahead of time`);
      }
      return { kind: 'ints', scalar: (a.kind !== 'ints' || a.scalar) && (b.kind !== 'ints' || b.scalar), values: out };
    }
    // A bias after a MatMul joins the dense layer (the exporter writes it on either side).
    if (op === 'Add') {
      for (const [d, c] of [[a, b], [b, a]] as const) {
        if (d.kind === 'dense' && !d.bias && !d.activation && this.single(n.input[d === a ? 0 : 1])) {
          const bias = this.biasOf(c, d.N);
          if (bias) return { ...d, bias, from: [...d.from, `Add '${n.name}'`] };
        }
      }
    }
    const fn = { Add: 'add', Sub: 'sub', Mul: 'mul', Div: 'div' }[op]!;
    const scalarOf = (v: Val): number | undefined => (v.kind === 'const' && v.data.length === 1 ? v.data[0] : v.kind === 'fill' ? v.value : undefined);
    const sa = scalarOf(a);
    const sb = scalarOf(b);
    if (sb !== undefined && sa === undefined) {
      const x = this.tensorIn(n, a);
      const y = this.p.let(this.p.ident(n.output[0]), `m.${fn}(${x.base}, ${sb})`);
      return { kind: 'tensor', view: sameViewOf(x, y) };
    }
    if (sa !== undefined && sb === undefined && (op === 'Add' || op === 'Mul' || op === 'Sub')) {
      const x = this.tensorIn(n, b);
      const y = this.p.let(this.p.ident(n.output[0]), op === 'Sub' ? `m.rsub(${sa}, ${x.base})` : `m.${fn}(${x.base}, ${sa})`);
      return { kind: 'tensor', view: sameViewOf(x, y) };
    }
    const va = this.view(a, `${this.p.ident(n.output[0])}A`, this.where(n));
    const vb = this.view(b, `${this.p.ident(n.output[0])}B`, this.where(n));
    const sA = viewShape(va);
    const sB = viewShape(vb);
    const into = (big: SDim[], small: SDim[]) => small.length <= big.length && small.every((d, i) => d === 1 || sameDim(d, big[big.length - small.length + i]));
    let first = va;
    let second = vb;
    if (!into(sA, sB)) {
      if (into(sB, sA) && (op === 'Add' || op === 'Mul')) {
        first = vb;
        second = va;
      } else {
        throw new ImportError(`${this.where(n)}: ${op} of [${sA.join(', ')}] and [${sB.join(', ')}]: the second operand must broadcast into the first`);
      }
    }
    const xa = materialize(this.p, first, `${this.p.ident(n.output[0])}A`);
    const xb = materialize(this.p, second, `${this.p.ident(n.output[0])}B`);
    const y = this.p.let(this.p.ident(n.output[0]), `m.${fn}(${xa}, ${xb})`);
    return { kind: 'tensor', view: identityView(y, 'f32', viewShape(first)) };
  }

  /** Equal and Where on shape values (exporters compute reshape targets with them). */
  private shapeSelect(n: OnnxNode, op: string, ins: Val[]): Val {
    const all = ins.map((v) => this.ints(v, n, `an operand of ${op}`));
    const len = Math.max(...all.map((a) => a.length));
    const at = (a: SDim[], i: number) => a[a.length === 1 ? 0 : i];
    const scalar = ins.every((v) => v.kind !== 'ints' || v.scalar);
    const out: SDim[] = [];
    for (let i = 0; i < len; i++) {
      if (op === 'Equal') {
        const [a, b] = [at(all[0], i), at(all[1], i)];
        if (typeof a !== 'number' || typeof b !== 'number') {
          if (a === b) out.push(1);
          // A dynamic size is never -1 or 0, the values exporters compare shapes with.
          else if ((typeof a === 'number' && a <= 0) || (typeof b === 'number' && b <= 0)) out.push(0);
          else throw new ImportError(`${this.where(n)}: Equal of sizes ${String(a)} and ${String(b)} cannot be decided ahead of time`);
        } else out.push(a === b ? 1 : 0);
      } else {
        const c = at(all[0], i);
        if (typeof c !== 'number') throw new ImportError(`${this.where(n)}: Where needs a known condition`);
        out.push(c !== 0 ? at(all[1], i) : at(all[2], i));
      }
    }
    return { kind: 'ints', scalar, values: out };
  }

  private unary(n: OnnxNode, op: string, x: Val): Val {
    if (op === 'HardSigmoid') {
      const alpha = this.attr(n, 'alpha')?.f ?? 0.2;
      const beta = this.attr(n, 'beta')?.f ?? 0.5;
      if (Math.abs(alpha - 0.2) > 1e-7 || Math.abs(beta - 0.5) > 1e-7) throw new ImportError(`${this.where(n)}: HardSigmoid with alpha ${alpha}, beta ${beta} is not supported (rnnc's hard_sigmoid is alpha 0.2, beta 0.5)`);
    }
    const act = { Relu: 'relu', Tanh: 'tanh', Sigmoid: 'sigmoid', HardSigmoid: 'hard_sigmoid' }[op];
    if (act && x.kind === 'dense' && !x.activation && this.single(n.input[0])) return { ...x, activation: act, from: [...x.from, `${op} '${n.name}'`] };
    const v = this.tensorIn(n, x);
    const method = { Relu: 'relu', Tanh: 'tanh', Sigmoid: 'sigmoid', HardSigmoid: 'hardSigmoid', Neg: 'neg', Exp: 'exp', Log: 'log', Sqrt: 'sqrt', Abs: 'abs' }[op]!;
    const y = this.p.let(this.p.ident(n.output[0]), `m.${method}(${v.base})`);
    return { kind: 'tensor', view: sameViewOf(v, y) };
  }

  private softmax(n: OnnxNode, op: string, x: Val): Val {
    const rank = x.kind === 'dense' ? viewShape(x.input).length : viewShape(this.tensorIn(n, x)).length;
    const a = this.attrInt(n, 'axis', this.opset < 13 ? 1 : -1);
    const ax = this.axis(a, rank, n);
    if (ax !== rank - 1) throw new ImportError(`${this.where(n)}: ${op} over axis ${a} of a rank-${rank} tensor is not supported (the last axis only${this.opset < 13 ? `; before opset 13 the default axis is 1` : ''})`);
    if (op === 'Softmax' && x.kind === 'dense' && !x.activation && this.single(n.input[0])) return { ...x, activation: 'softmax', from: [...x.from, `Softmax '${n.name}'`] };
    const v = this.tensorIn(n, x);
    const on = lastAxisBase(v) ? v.base : materialize(this.p, v, `${this.p.ident(n.output[0])}In`);
    let y: string;
    if (op === 'Softmax') {
      y = this.p.let(this.p.ident(n.output[0]), `m.softmax(${on})`);
    } else {
      // log softmax as z - log(sum(exp(z))) with z = x - max(x): no overflow, no log of 0.
      const z = this.p.let('shifted', `m.sub(${on}, m.expandDims(m.max(${on}, -1), -1))`);
      y = this.p.let(this.p.ident(n.output[0]), `m.sub(${z}, m.expandDims(m.log(m.sum(m.exp(${z}), -1)), -1))`);
    }
    return { kind: 'tensor', view: lastAxisBase(v) ? sameViewOf(v, y) : identityView(y, 'f32', viewShape(v)) };
  }

  private reduce(n: OnnxNode, op: string, x: Val): Val {
    const axesFromInput = op === 'ReduceSum' ? this.opset >= 13 : this.opset >= 18;
    const axes0 = axesFromInput ? (n.input[1] ? this.numbers(this.get(n.input[1], n), n, 'axes') : undefined) : this.attrInts(n, 'axes');
    const keep = this.attrInt(n, 'keepdims', 1) === 1;
    let v = this.tensorIn(n, x);
    const rank = viewShape(v).length;
    if (!axes0 || axes0.length === 0) {
      if (this.attrInt(n, 'noop_with_empty_axes', 0) === 1) return { kind: 'tensor', view: v };
      throw new ImportError(`${this.where(n)}: ${op} over every axis (the batch too) is not supported`);
    }
    const axes = axes0.map((a) => this.axis(a, rank, n)).sort((p, q) => q - p);
    const fn = { ReduceMean: 'mean', ReduceSum: 'sum', ReduceMax: 'max' }[op]!;
    let cur = materialize(this.p, v, `${this.p.ident(n.output[0])}In`);
    let shape = viewShape(v);
    for (const a of axes) {
      cur = this.p.let(this.p.ident(n.output[0]), `m.${fn}(${cur}, ${a})`);
      shape = shape.filter((_, i) => i !== a);
    }
    v = identityView(cur, 'f32', shape);
    if (keep) for (const a of [...axes].sort((p, q) => p - q)) v = unsqueezeView(v, a);
    return { kind: 'tensor', view: v };
  }

  /** LSTM, GRU and RNN nodes: one m.lstm / m.gru / m.simpleRNN call each. */
  private recurrent(n: OnnxNode, ins: Val[]): void {
    const op = n.opType as 'LSTM' | 'GRU' | 'RNN';
    const where = this.where(n);
    const common = ['activation_alpha', 'activation_beta', 'activations', 'clip', 'direction', 'hidden_size', 'layout'];
    this.refuseAttrs(n, op === 'LSTM' ? [...common, 'input_forget'] : op === 'GRU' ? [...common, 'linear_before_reset'] : common);
    if (this.attr(n, 'clip')) throw new ImportError(`${where}: attribute 'clip' (cell clipping at ${this.attr(n, 'clip')!.f}) is not supported: rnnc's cells do not clip; re-export without clip`);
    if (op === 'LSTM' && this.attrInt(n, 'input_forget', 0) !== 0) throw new ImportError(`${where}: attribute 'input_forget' = 1 (coupled input and forget gates) is not supported`);
    const direction = this.attrString(n, 'direction', 'forward');
    if (!['forward', 'reverse', 'bidirectional'].includes(direction)) throw new ImportError(`${where}: direction '${direction}' is not one of forward, reverse, bidirectional`);
    const D = direction === 'bidirectional' ? 2 : 1;
    const layout = this.attrInt(n, 'layout', 0);
    if (layout !== 0 && layout !== 1) throw new ImportError(`${where}: layout ${layout} is not 0 or 1`);
    const G = op === 'LSTM' ? 4 : op === 'GRU' ? 3 : 1;
    const W = ins[1];
    const R = ins[2];
    if (W.kind !== 'const' || W.shape.length !== 3) throw new ImportError(`${where}: W must be an initializer [num_directions, ${G}*hidden, input], got ${this.describe(W)}`);
    if (R.kind !== 'const' || R.shape.length !== 3) throw new ImportError(`${where}: R must be an initializer [num_directions, ${G}*hidden, hidden], got ${this.describe(R)}`);
    const H = this.attrInt(n, 'hidden_size', R.shape[2]);
    const I = W.shape[2];
    if (W.shape[0] !== D || W.shape[1] !== G * H || R.shape[0] !== D || R.shape[1] !== G * H || R.shape[2] !== H) {
      throw new ImportError(`${where}: W [${W.shape.join(', ')}] and R [${R.shape.join(', ')}] do not fit ${D} direction(s) of hidden_size ${H}`);
    }
    const Bv = ins[3];
    let bias: Float64Array | undefined;
    if (Bv && Bv.kind !== 'none') {
      if (Bv.kind !== 'const' || Bv.data.length !== D * 2 * G * H) throw new ImportError(`${where}: B must be an initializer [${D}, ${2 * G * H}], got ${this.describe(Bv)}`);
      bias = Bv.data;
    }
    if (op === 'LSTM' && ins[7] && ins[7].kind !== 'none') {
      const P = ins[7];
      if (P.kind !== 'const' || P.data.some((x) => x !== 0)) throw new ImportError(`${where}: peephole weights (input P) are not supported`);
    }

    // Activations: [f, g(, h)] per direction; rnnc has one gate activation and one candidate/output activation.
    const per = op === 'LSTM' ? 3 : op === 'GRU' ? 2 : 1;
    const dflt = op === 'LSTM' ? ['Sigmoid', 'Tanh', 'Tanh'] : op === 'GRU' ? ['Sigmoid', 'Tanh'] : ['Tanh'];
    const acts = this.attr(n, 'activations')?.strings.map((s) => new TextDecoder().decode(s)) ?? [...dflt, ...(D === 2 ? dflt : [])];
    if (acts.length !== per * D) throw new ImportError(`${where}: attribute 'activations' has ${acts.length} entries; ${op} with ${D} direction(s) needs ${per * D}`);
    const alphas = [...(this.attr(n, 'activation_alpha')?.floats ?? [])];
    const betas = [...(this.attr(n, 'activation_beta')?.floats ?? [])];
    const mapped = acts.map((a) => {
      const key = a.toLowerCase();
      const [hasA, hasB] = ACT_PARAMS[key] ?? [false, false];
      const alpha = hasA ? alphas.shift() : undefined;
      const beta = hasB ? betas.shift() : undefined;
      if (key === 'hardsigmoid' && ((alpha !== undefined && Math.abs(alpha - 0.2) > 1e-7) || (beta !== undefined && Math.abs(beta - 0.5) > 1e-7))) {
        throw new ImportError(`${where}: activation HardSigmoid with alpha ${alpha}, beta ${beta} is not supported (rnnc's hard_sigmoid is alpha 0.2, beta 0.5)`);
      }
      const r = ACT[key];
      if (!r) throw new ImportError(`${where}: activation '${a}' is not supported (supported: Sigmoid, Tanh, Relu, HardSigmoid)`);
      return r;
    });
    for (let d = 1; d < D; d++) {
      if (mapped.slice(d * per, (d + 1) * per).join() !== mapped.slice(0, per).join()) throw new ImportError(`${where}: the two directions use different activations (${acts.join(', ')}), which rnnc does not support`);
    }
    let activation: string;
    let recurrentActivation: string | undefined;
    if (op === 'LSTM') {
      if (mapped[1] !== mapped[2]) throw new ImportError(`${where}: activations g (${acts[1]}) and h (${acts[2]}) differ; rnnc's LSTM uses one activation for both`);
      [recurrentActivation, activation] = mapped;
    } else if (op === 'GRU') {
      [recurrentActivation, activation] = mapped;
    } else {
      activation = mapped[0];
    }

    // X: [T, B, I] (layout 0) or [B, T, I] as [B, T, I].
    const X = this.tensorIn(n, ins[0]);
    const xs = viewShape(X);
    if (xs.length !== 3 || xs[2] !== I) throw new ImportError(`${where}: X must be [${layout === 0 ? 'seq, batch' : 'batch, seq'}, ${I}], got [${xs.join(', ')}]`);
    const [bSym, tSym] = layout === 0 ? [xs[1], xs[0]] : [xs[0], xs[1]];
    this.p.bind(bSym, 'B', where);
    this.p.bind(tSym, 'T', where);
    const name = this.layerName(n, op === 'RNN' ? 'rnn' : op.toLowerCase());
    const x = materialize(this.p, layout === 0 ? transposeView(X, [1, 0, 2]) : X, `${name}Input`);

    // sequence_lens: a graph input, as rnnc's lengths mask (padding keeps the state, outputs zeros).
    let mask: string | undefined;
    const seqName = n.input[4];
    if (seqName) {
      const li = this.lengthsInputs.get(seqName);
      if (!li) throw new ImportError(`${where}: sequence_lens must be a graph input (rnnc reads it as the lengths of each row), got ${this.describe(ins[4])}`);
      const lname = this.ioName(seqName, 'input');
      const existing = this.env.get(`\u0000mask:${seqName}`);
      if (existing && existing.kind === 'tensor') mask = existing.view.base;
      else {
        mask = this.p.let(`${lname}Mask`, `m.lengths(${quote(lname)}, ${x}, { doc: ${quote(`ONNX input '${seqName}' (${DTYPE_NAMES[li.dtype] ?? li.dtype}, given as int32): valid steps per row`)} })`);
        this.p.inputs.push({ name: lname, var: mask, dtype: 'i32', shape: [bSym], doc: '', inline: true, source: seqName, sourceDtype: DTYPE_NAMES[li.dtype] ?? 'int32' });
        this.env.set(`\u0000mask:${seqName}`, { kind: 'tensor', view: identityView(mask, 'f32', [bSym, tSym]) });
      }
    }

    // Initial states: zeros (the default), one value, or [D, B, H] tensors split per direction.
    const stateNames = op === 'LSTM' ? ['h', 'c'] : ['h'];
    const initVals = op === 'LSTM' ? [ins[5], ins[6]] : [ins[5]];
    // Zeros (a fill, or an all-zero initializer as exporters with static shapes write it) are the default.
    const given = initVals.map((v) => v && v.kind !== 'none' && !(v.kind === 'fill' && v.value === 0) && !(v.kind === 'const' && v.data.every((x) => x === 0)));
    let initialState: string | undefined;
    if (given.some(Boolean)) {
      const recs: string[] = [];
      for (let d = 0; d < D; d++) {
        const fields = stateNames.map((s, k) => {
          const v = initVals[k];
          if (!given[k] || !v) return `${s}: m.zeros(['B', ${H}])`;
          return `${s}: ${this.stateSlice(n, v, d, D, H, layout)}`;
        });
        recs.push(`{ ${fields.join(', ')} }`);
      }
      initialState = code(`[${recs.join(', ')}]`);
    }

    const wantY = n.output[0] !== undefined && n.output[0] !== '' && this.uses.has(n.output[0]);
    const wantStates = n.output.slice(1).some((o) => o && this.uses.has(o));
    const method = op === 'LSTM' ? 'lstm' : op === 'GRU' ? 'gru' : 'simpleRNN';
    const opts = fmtOptions({
      units: H,
      returnSequences: wantY ? true : undefined,
      returnState: wantStates ? true : undefined,
      bidirectional: D === 2 ? 'concat' : undefined,
      goBackwards: direction === 'reverse' ? true : undefined,
      mask: mask ? code(mask) : undefined,
      initialState,
      activation: activation === 'tanh' ? undefined : activation,
      recurrentActivation: recurrentActivation === undefined || recurrentActivation === 'sigmoid' ? undefined : recurrentActivation,
      resetAfter: op === 'GRU' ? this.attrInt(n, 'linear_before_reset', 0) === 1 : undefined,
      name,
    });
    const lbr = op === 'GRU' ? `, linear_before_reset=${this.attrInt(n, 'linear_before_reset', 0)}` : '';
    this.p.comment(`${op === 'RNN' ? 'SimpleRNN' : op}: ONNX node '${n.name}' (${direction}${lbr}, hidden_size ${H}, W '${n.input[1]}', R '${n.input[2]}'${n.input[3] ? `, B '${n.input[3]}'` : ''})`);
    const res = this.p.let(name, `m.${method}(${x}, ${opts})`);

    onnxRecurrentWeights(this.p, op, name, D, H, I, W.data, R.data, bias, op === 'GRU' && this.attrInt(n, 'linear_before_reset', 0) === 1);

    const B = bSym;
    const T = tSym;
    if (wantY) {
      let y = `${res}.output`;
      if (direction === 'reverse') y = `m.flip(${y}, 1)`;
      const yv = this.p.let(`${name}Y`, y);
      // [B, T, D*H] -> [B, T, D, H] -> ONNX's [T, D, B, H] (layout 0) or [B, T, D, H] (layout 1).
      let v = reshapeView(identityView(yv, 'f32', [B, T, D * H]), [B, T, D, H])!;
      if (layout === 0) v = transposeView(v, [1, 2, 0, 3]);
      this.set(n, 0, { kind: 'tensor', view: v });
    }
    stateNames.forEach((s, k) => {
      const out = n.output[k + 1];
      if (!out || !this.uses.has(out)) return;
      const items = Array.from({ length: D }, (_, d) => identityView(`${res}.states[${d}].${s}`, 'f32', [B, H]));
      this.env.set(out, { kind: 'stack', axis: layout === 0 ? 0 : 1, items });
    });
  }

  /** Direction d of an initial state [D, B, H] (layout 0) or [B, D, H] (layout 1) as model text. */
  private stateSlice(n: OnnxNode, v: Val, d: number, D: number, H: number, layout: number): string {
    if (v.kind === 'fill') return `m.fill(['B', ${H}], ${v.value})`;
    const ax = layout === 0 ? 0 : 1;
    if (v.kind === 'stack' && v.axis === ax && v.items.length === D) return materialize(this.p, v.items[d], 'h0');
    const view = this.view(v, 'h0', this.where(n));
    const s = viewShape(view);
    if (s.length !== 3 || s[ax] !== D || s[2] !== H) throw new ImportError(`${this.where(n)}: initial state must be [${layout === 0 ? `${D}, batch` : `batch, ${D}`}, ${H}], got [${s.join(', ')}]`);
    this.p.bind(s[1 - ax], 'B', this.where(n));
    const x = materialize(this.p, view, 'h0');
    return D === 1 ? `m.reshape(${x}, ['B', ${H}])` : `m.reshape(m.slice(${x}, ${d}, 1, ${ax}), ['B', ${H}])`;
  }
}
