// The traced module as the tracing child (sandbox.ts) sends it is untrusted data: the model's code
// ran in that process and may have rewritten the reply. Generated code embeds the module's numbers
// and strings, and `rnnc run` executes generated code in rnnc's own process, so every field is
// checked here against the IR's shape (src/ir/types.ts) before anything else looks at it, and the
// module is rebuilt from its known keys only. Names are pattern-checked later (load.ts checkNames),
// the graph's consistency by verifyModule.

import type {
  BinaryFn,
  DType,
  Graph,
  InitSpec,
  InputInfo,
  InputRole,
  MaskOutput,
  Module,
  Node,
  Op,
  OpName,
  OutputInfo,
  ParamInfo,
  ReduceFn,
  SourceLoc,
  StateInfo,
  TensorType,
  UnaryFn,
  WeightGroup,
} from '../ir/types.js';
import { fileLoc, RnncError } from './diagnostics.js';
import type { ChildError, ChildMessage } from './trace-child.js';

/** Every member of a string union, listed once: the compiler checks the list is complete. */
const members = <T extends string>(all: { readonly [K in T]: true }): ReadonlySet<string> => new Set(Object.keys(all));

const DTYPES = members<DType>({ f32: true, i32: true });
const UNARY = members<UnaryFn>({ neg: true, tanh: true, sigmoid: true, hard_sigmoid: true, relu: true, exp: true, log: true, sqrt: true, abs: true, square: true, reciprocal: true });
const BINARY = members<BinaryFn>({ add: true, sub: true, mul: true, div: true, max: true, min: true, eq: true });
const REDUCE = members<ReduceFn>({ sum: true, mean: true, max: true });
const MASK_OUTPUT = members<MaskOutput>({ zero: true, previous: true });
const ROLES = members<InputRole>({ data: true, mask: true, lengths: true, state: true });

/** How one field is checked. */
type Kind =
  | 'int' // a non-negative safe integer (value ids, sizes, indices, axes, line numbers)
  | 'num' // a finite number
  | 'anynum' // any number, NaN and infinities included
  | 'bool'
  | 'text' // a string without control characters or line breaks
  | 'shape'
  | 'dims' // static sizes only
  | 'texts'
  | 'int|null'
  | 'graph'
  | 'dtype'
  | 'unary'
  | 'binary'
  | 'reduce'
  | 'maskOutput';

/** A field's kind and whether it may be absent. */
type Field = Kind | { readonly kind: Kind; readonly optional: true };
const opt = (kind: Kind): Field => ({ kind, optional: true });

/** The fields of each op besides `op`: the mapped type makes the compiler insist on every op and every field. */
const OP_FIELDS: { readonly [K in OpName]: { readonly [F in Exclude<keyof Extract<Op, { op: K }>, 'op'>]-?: Field } } = {
  input: { name: 'text' },
  param: { name: 'text' },
  state: { name: 'text' },
  const: { value: 'num' },
  fill: { value: 'anynum', shape: 'shape', dtype: opt('dtype') },
  dropout: { rate: 'num', shape: 'shape', name: 'text' },
  arg: { index: 'int' },
  unary: { fn: 'unary' },
  binary: { fn: 'binary' },
  matmul: {},
  matmul_nt: {},
  matmul_tn: {},
  select: {},
  slice: { axis: 'int', start: 'int', size: 'int' },
  concat: { axis: 'int' },
  reduce: { fn: 'reduce', axis: 'int' },
  gather: {},
  scatter_add: { vocab: 'int' },
  one_hot: { depth: 'int' },
  reshape: { shape: 'shape' },
  flip: { axis: 'int' },
  transpose: { perm: 'dims' },
  cast: { to: 'dtype' },
  seq_mask: { fromEnd: opt('bool') },
  linear_scan: { reverse: 'bool', log: 'bool' },
  shift: { reverse: 'bool' },
  scan: {
    carries: 'texts',
    sequences: 'texts',
    invariants: 'int',
    steps: 'texts',
    reverse: 'bool',
    masked: 'bool',
    maskOutput: 'maskOutput',
    truncate: 'int|null',
    body: 'graph',
  },
};

type Fields<T> = { readonly [F in keyof T]-?: Field };

const INIT_FIELDS: { readonly [K in InitSpec['kind']]: Fields<Omit<Extract<InitSpec, { kind: K }>, 'kind'>> } = {
  zeros: {},
  ones: {},
  constant: { value: 'num' },
  glorot_uniform: {},
  orthogonal: { gain: opt('num') },
  uniform: { low: 'num', high: 'num' },
  normal: { mean: 'num', std: 'num' },
};

type RnnGroup = Extract<WeightGroup, { kind: 'lstm' }>;
const RNN_GROUP: Fields<Omit<RnnGroup, 'kind'>> = {
  path: 'text',
  layer: 'text',
  index: 'int',
  reverse: 'bool',
  bidirectional: 'bool',
  input: 'int',
  units: 'int',
  resetAfter: opt('bool'),
  peepholes: opt('bool'),
};
const GROUP_FIELDS: { readonly [K in WeightGroup['kind']]: Fields<Omit<Extract<WeightGroup, { kind: K }>, 'kind'>> } = {
  lstm: RNN_GROUP,
  gru: RNN_GROUP,
  simple_rnn: RNN_GROUP,
  dense: { path: 'text', input: 'int', units: 'int', bias: 'bool' },
  embedding: { path: 'text', vocab: 'int', dim: 'int' },
};

const LOC_FIELDS: Fields<SourceLoc> = { file: 'text', line: 'int', col: 'int' };

/** Deepest nesting of scan bodies (and of related errors) accepted. */
const MAX_DEPTH = 64;
/** Longest string accepted. */
const MAX_TEXT = 4096;

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators (line breaks in JS source).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

class Walker {
  constructor(readonly file: string) {}

  fail(path: string, what: string): never {
    throw new RnncError(`the process running the model sent back a module rnnc does not accept: ${path || 'the module'} ${what}`, fileLoc(this.file));
  }

  object(x: unknown, path: string): Record<string, unknown> {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) this.fail(path, 'is not an object');
    const proto = Object.getPrototypeOf(x);
    if (proto !== Object.prototype && proto !== null) this.fail(path, 'is not a plain object');
    return x as Record<string, unknown>;
  }

  array(x: unknown, path: string): readonly unknown[] {
    if (!Array.isArray(x) || Object.getPrototypeOf(x) !== Array.prototype) this.fail(path, 'is not an array');
    return x;
  }

  /** Only these keys (besides `extra`), each checked; a new object of the known keys. */
  fields(o: Record<string, unknown>, spec: { readonly [k: string]: Field }, path: string, depth: number, extra: readonly string[] = []): Record<string, unknown> {
    for (const k of Object.keys(o)) {
      if (!Object.hasOwn(spec, k) && !extra.includes(k)) this.fail(`${path}.${k}`.replace(/^\./, ''), 'is not a field of the IR');
    }
    const out: Record<string, unknown> = {};
    for (const [k, f] of Object.entries(spec)) {
      const kind = typeof f === 'string' ? f : f.kind;
      const optional = typeof f !== 'string';
      const p = path ? `${path}.${k}` : k;
      if (!Object.hasOwn(o, k) || o[k] === undefined) {
        if (optional) continue;
        this.fail(p, 'is missing');
      }
      out[k] = this.value(o[k], kind, p, depth);
    }
    return out;
  }

  value(x: unknown, kind: Kind, path: string, depth: number): unknown {
    switch (kind) {
      case 'int':
        if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) this.fail(path, `must be a non-negative integer, got ${show(x)}`);
        return x;
      case 'int|null':
        return x === null ? null : this.value(x, 'int', path, depth);
      case 'num':
        if (typeof x !== 'number' || !Number.isFinite(x)) this.fail(path, `must be a finite number, got ${show(x)}`);
        return x;
      case 'anynum':
        if (typeof x !== 'number') this.fail(path, `must be a number, got ${show(x)}`);
        return x;
      case 'bool':
        if (typeof x !== 'boolean') this.fail(path, `must be a boolean, got ${show(x)}`);
        return x;
      case 'text':
        return this.text(x, path);
      case 'texts':
        return this.array(x, path).map((s, i) => this.text(s, `${path}[${i}]`));
      case 'shape':
        return this.array(x, path).map((d, i) => (d === 'B' || d === 'T' ? d : this.value(d, 'int', `${path}[${i}]`, depth)));
      case 'dims':
        return this.array(x, path).map((d, i) => this.value(d, 'int', `${path}[${i}]`, depth));
      case 'dtype':
        return this.oneOf(x, DTYPES, path);
      case 'unary':
        return this.oneOf(x, UNARY, path);
      case 'binary':
        return this.oneOf(x, BINARY, path);
      case 'reduce':
        return this.oneOf(x, REDUCE, path);
      case 'maskOutput':
        return this.oneOf(x, MASK_OUTPUT, path);
      case 'graph':
        return this.graph(x, path, depth + 1);
    }
  }

  text(x: unknown, path: string): string {
    if (typeof x !== 'string') this.fail(path, `must be a string, got ${show(x)}`);
    if (x.length > MAX_TEXT) this.fail(path, `is longer than ${MAX_TEXT} characters`);
    if (CONTROL.test(x)) this.fail(path, `contains a control character or line break: ${show(x)}`);
    return x;
  }

  oneOf(x: unknown, allowed: ReadonlySet<string>, path: string): string {
    if (typeof x !== 'string' || !allowed.has(x)) this.fail(path, `must be one of ${[...allowed].join(', ')}, got ${show(x)}`);
    return x;
  }

  list<T>(x: unknown, path: string, each: (e: unknown, p: string) => T): T[] {
    return this.array(x, path).map((e, i) => each(e, `${path}[${i}]`));
  }

  ids(x: unknown, path: string): number[] {
    return this.list(x, path, (e, p) => this.value(e, 'int', p, 0) as number);
  }

  tensorType(x: unknown, path: string): TensorType {
    return this.fields(this.object(x, path), { dtype: 'dtype', shape: 'shape' }, path, 0) as unknown as TensorType;
  }

  loc(x: unknown, path: string): SourceLoc {
    return this.fields(this.object(x, path), LOC_FIELDS, path, 0) as unknown as SourceLoc;
  }

  op(x: unknown, path: string, depth: number): Op {
    const o = this.object(x, path);
    const name = o.op;
    if (typeof name !== 'string' || !Object.hasOwn(OP_FIELDS, name)) this.fail(`${path}.op`, `is not an op of the IR, got ${show(name)}`);
    const spec = OP_FIELDS[name as OpName] as { readonly [k: string]: Field };
    return { op: name, ...this.fields(o, spec, path, depth, ['op']) } as Op;
  }

  graph(x: unknown, path: string, depth: number): Graph {
    if (depth > MAX_DEPTH) this.fail(path, `nests scans deeper than ${MAX_DEPTH}`);
    const o = this.object(x, path);
    this.keys(o, ['values', 'nodes', 'results'], path);
    const values = this.list(o.values, `${path}.values`, (e, p) => this.tensorType(e, p));
    const nodes = this.list(o.nodes, `${path}.nodes`, (e, p) => {
      const n = this.object(e, p);
      this.keys(n, ['op', 'inputs', 'outputs', 'loc'], p);
      const node: Node = {
        op: this.op(n.op, `${p}.op`, depth),
        inputs: this.ids(n.inputs, `${p}.inputs`),
        outputs: this.ids(n.outputs, `${p}.outputs`),
        ...(n.loc !== undefined ? { loc: this.loc(n.loc, `${p}.loc`) } : {}),
      };
      return node;
    });
    return { values, nodes, results: this.ids(o.results, `${path}.results`) };
  }

  /** Only these keys; the required ones are checked by whoever reads them. */
  keys(o: Record<string, unknown>, allowed: readonly string[], path: string): void {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.fail(path ? `${path}.${k}` : k, 'is not a field of the IR');
  }

  /** An optimizer or schedule: a kind (a plain word) and options that are numbers or booleans (the runtime checks which). */
  options(x: unknown, path: string): { readonly kind: string; readonly [option: string]: unknown } {
    const o = this.object(x, path);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) {
      const p = `${path}.${k}`;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) this.fail(p, 'is not an option name');
      if (k === 'kind') {
        if (typeof v !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v)) this.fail(p, `must be a word, got ${show(v)}`);
        out[k] = v;
      } else if (typeof v === 'boolean') out[k] = v;
      else out[k] = this.value(v, 'num', p, 0);
    }
    if (typeof out.kind !== 'string') this.fail(`${path}.kind`, 'is missing');
    return out as { kind: string };
  }

  module(x: unknown): Module {
    const o = this.object(x, '');
    this.keys(o, ['name', 'training', 'graph', 'inputs', 'params', 'states', 'outputs', 'groups', 'source'], '');
    const text = (v: unknown, p: string): string => this.text(v, p);
    const inputs = this.list(o.inputs, 'inputs', (e, p): InputInfo => {
      const i = this.object(e, p);
      this.keys(i, ['name', 'value', 'type', 'role', 'doc'], p);
      return {
        name: text(i.name, `${p}.name`),
        value: this.value(i.value, 'int', `${p}.value`, 0) as number,
        type: this.tensorType(i.type, `${p}.type`),
        role: this.oneOf(i.role, ROLES, `${p}.role`) as InputRole,
        ...(i.doc !== undefined ? { doc: text(i.doc, `${p}.doc`) } : {}),
      };
    });
    const params = this.list(o.params, 'params', (e, p): ParamInfo => {
      const i = this.object(e, p);
      this.keys(i, ['name', 'value', 'shape', 'init', 'loc'], p);
      const init = this.object(i.init, `${p}.init`);
      const kind = init.kind;
      if (typeof kind !== 'string' || !Object.hasOwn(INIT_FIELDS, kind)) this.fail(`${p}.init.kind`, `is not an initializer of the IR, got ${show(kind)}`);
      const spec = INIT_FIELDS[kind as InitSpec['kind']] as { readonly [k: string]: Field };
      return {
        name: text(i.name, `${p}.name`),
        value: this.value(i.value, 'int', `${p}.value`, 0) as number,
        shape: this.value(i.shape, 'dims', `${p}.shape`, 0) as number[],
        init: { kind, ...this.fields(init, spec, `${p}.init`, 0, ['kind']) } as InitSpec,
        ...(i.loc !== undefined ? { loc: this.loc(i.loc, `${p}.loc`) } : {}),
      };
    });
    const states = this.list(o.states, 'states', (e, p): StateInfo => {
      const i = this.object(e, p);
      this.keys(i, ['name', 'value', 'update', 'type'], p);
      return {
        name: text(i.name, `${p}.name`),
        value: this.value(i.value, 'int', `${p}.value`, 0) as number,
        update: this.value(i.update, 'int', `${p}.update`, 0) as number,
        type: this.tensorType(i.type, `${p}.type`),
      };
    });
    const outputs = this.list(o.outputs, 'outputs', (e, p): OutputInfo => {
      const i = this.object(e, p);
      this.keys(i, ['name', 'value', 'type', 'doc'], p);
      return {
        name: text(i.name, `${p}.name`),
        value: this.value(i.value, 'int', `${p}.value`, 0) as number,
        type: this.tensorType(i.type, `${p}.type`),
        ...(i.doc !== undefined ? { doc: text(i.doc, `${p}.doc`) } : {}),
      };
    });
    const groups = this.list(o.groups, 'groups', (e, p): WeightGroup => {
      const g = this.object(e, p);
      const kind = g.kind;
      if (typeof kind !== 'string' || !Object.hasOwn(GROUP_FIELDS, kind)) this.fail(`${p}.kind`, `is not a weight group kind, got ${show(kind)}`);
      const spec = GROUP_FIELDS[kind as WeightGroup['kind']] as { readonly [k: string]: Field };
      return { kind, ...this.fields(g, spec, p, 0, ['kind']) } as WeightGroup;
    });
    let training: Module['training'];
    if (o.training !== undefined) {
      const t = this.object(o.training, 'training');
      this.keys(t, ['loss', 'optimizer', 'schedule', 'clipNorm', 'clipValue'], 'training');
      training = {
        loss: text(t.loss, 'training.loss'),
        optimizer: this.options(t.optimizer, 'training.optimizer'),
        ...(t.schedule !== undefined ? { schedule: this.options(t.schedule, 'training.schedule') } : {}),
        ...(t.clipNorm !== undefined ? { clipNorm: this.value(t.clipNorm, 'num', 'training.clipNorm', 0) as number } : {}),
        ...(t.clipValue !== undefined ? { clipValue: this.value(t.clipValue, 'num', 'training.clipValue', 0) as number } : {}),
      };
    }
    return {
      name: text(o.name, 'name'),
      ...(training ? { training } : {}),
      graph: this.graph(o.graph, 'graph', 0),
      inputs,
      params,
      states,
      outputs,
      groups,
      ...(o.source !== undefined ? { source: text(o.source, 'source') } : {}),
    };
  }

  childError(x: unknown, path: string, depth: number): ChildError {
    if (depth > MAX_DEPTH) this.fail(path, `nests errors deeper than ${MAX_DEPTH}`);
    const o = this.object(x, path);
    this.keys(o, ['message', 'loc', 'related'], path);
    if (typeof o.message !== 'string') this.fail(`${path}.message`, `must be a string, got ${show(o.message)}`);
    return {
      // A message is shown on rnnc's stderr: one line, no terminal control sequences.
      message: o.message.slice(0, MAX_TEXT).replace(new RegExp(CONTROL.source, 'g'), ' '),
      ...(o.loc !== undefined ? { loc: this.loc(o.loc, `${path}.loc`) } : {}),
      related: this.list(o.related, `${path}.related`, (e, p) => this.childError(e, p, depth + 1)),
    };
  }
}

/** A short, safe rendering of a bad value for a message. */
function show(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}...` : x).replace(/[\u2028\u2029]/g, ' ');
  if (typeof x === 'number' || typeof x === 'boolean' || x === null || x === undefined) return String(x);
  if (typeof x === 'bigint') return `${x}n`;
  return Array.isArray(x) ? 'an array' : `a ${typeof x}`;
}

/**
 * The module the tracing child sent for model file `file`, checked field by field against the IR's
 * types and rebuilt from the known fields only; anything else is an RnncError naming `file` and the
 * bad field's path (e.g. `graph.nodes[3].op.value`).
 */
export function checkUntrustedModule(x: unknown, file: string): Module {
  return new Walker(file).module(x);
}

/** The child's whole reply, checked the same way (an error's text is made one printable line). */
export function checkChildMessage(x: unknown, file: string): ChildMessage {
  const w = new Walker(file);
  const o = w.object(x, 'the reply');
  if (o.kind === 'module') {
    w.keys(o, ['kind', 'module'], 'the reply');
    return { kind: 'module', module: w.module(o.module) };
  }
  if (o.kind === 'error') {
    w.keys(o, ['kind', 'error'], 'the reply');
    return { kind: 'error', error: w.childError(o.error, 'error', 0) };
  }
  if (o.kind === 'no-default') {
    w.keys(o, ['kind'], 'the reply');
    return { kind: 'no-default' };
  }
  return w.fail('the reply.kind', `is not a kind of reply, got ${show(o.kind)}`);
}
