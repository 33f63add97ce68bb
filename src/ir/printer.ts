// The textual form of the IR: stable and diff-friendly, since it becomes golden files and is
// what `rnnc compile --emit ir` shows. Everything printed depends only on the module's data
// (no absolute paths, no object identity), so printing the same module twice gives the same text.

import { fmtType } from './shapes.js';
import { scanArgCount, scanArgRole, scanParts, scanResultParts } from './scan-parts.js';
import type { Graph, InitSpec, InputInfo, Module, Node, Op, ParamInfo, SourceLoc, ValueId, WeightGroup } from './types.js';

export interface PrintOptions {
  /** Append `@file:line:col` (file basename only) to nodes that have a location. Default true. */
  readonly locs?: boolean;
}

interface Ctx {
  readonly locs: boolean;
  readonly inputs: ReadonlyMap<ValueId, InputInfo>;
  readonly params: ReadonlyMap<ValueId, ParamInfo>;
}

export function printModule(m: Module, opts: PrintOptions = {}): string {
  const ctx: Ctx = {
    locs: opts.locs ?? true,
    inputs: new Map(m.inputs.map((i) => [i.value, i])),
    params: new Map(m.params.map((p) => [p.value, p])),
  };
  const lines = [`module ${m.name}`];
  printGraphLines(lines, m.graph, '  ', ctx, null);
  for (const s of m.states) lines.push(`  update ${s.name} = ${ref(s.update)} : ${fmtType(s.type)}`);
  for (const o of m.outputs) lines.push(`  output ${o.name} = ${ref(o.value)} : ${fmtType(o.type)}`);
  for (const g of m.groups) lines.push(`  ${printGroup(g)}`);
  return lines.join('\n') + '\n';
}

/** A graph on its own (e.g. a scan body in a pass test), one node per line. */
export function printGraph(g: Graph, opts: PrintOptions = {}): string {
  const lines: string[] = [];
  printGraphLines(lines, g, '', { locs: opts.locs ?? true, inputs: new Map(), params: new Map() }, null);
  return lines.join('\n') + '\n';
}

/** One node without its types, location or body, e.g. `%5 = add %3, %4` (used in messages). */
export function nodeHeader(n: Node): string {
  const outs = n.outputs.map(ref).join(', ');
  const op = n.op;
  switch (op.op) {
    case 'input':
    case 'param':
    case 'state':
      return `${op.op} ${outs} ${op.name}`;
    case 'scan': {
      const parts = scanParts(op, n.inputs);
      const carries = named(op.carries, parts.carries);
      const seqs = named(op.sequences, parts.sequences);
      const invs = parts.invariants.map(ref).join(', ');
      const mask = op.masked ? ` mask(${ref(parts.mask!)}, ${op.maskOutput})` : '';
      const trunc = op.truncate === null ? 'none' : String(op.truncate);
      return `${outs} = scan carries(${carries}) sequences(${seqs}) invariants(${invs})${mask} reverse=${op.reverse} truncate=${trunc}`;
    }
    default: {
      const ins = n.inputs.map(ref).join(', ');
      const attrs = opAttrs(op);
      return `${outs} = ${opName(op)}${ins ? ` ${ins}` : ''}${attrs ? ` ${attrs}` : ''}`;
    }
  }
}

function ref(v: ValueId): string {
  return `%${v}`;
}

function named(names: readonly string[], vs: readonly ValueId[]): string {
  return vs.map((v, i) => `${names[i] ?? '?'}=${ref(v)}`).join(', ');
}

/** Doubles print so that they parse back to the same number; -0 keeps its sign. */
export function fmtNumber(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

function opName(op: Op): string {
  switch (op.op) {
    case 'unary':
    case 'binary':
      return op.fn;
    case 'reduce':
      return `reduce_${op.fn}`;
    default:
      return op.op;
  }
}

function opAttrs(op: Op): string {
  switch (op.op) {
    case 'const':
      return fmtNumber(op.value);
    case 'fill':
      return `${fmtNumber(op.value)} shape=[${op.shape.join(', ')}]${op.dtype === 'i32' ? ' dtype=i32' : ''}`;
    case 'dropout':
      return `rate=${fmtNumber(op.rate)} name=${op.name} shape=[${op.shape.join(', ')}]`;
    case 'scatter_add':
      return `vocab=${op.vocab}`;
    case 'one_hot':
      return `depth=${op.depth}`;
    case 'linear_scan':
      return [op.reverse ? 'reverse' : '', op.log ? 'log' : ''].filter(Boolean).join(' ');
    case 'shift':
      return op.reverse ? 'reverse' : '';
    case 'seq_mask':
      return op.fromEnd ? 'from_end' : '';
    case 'arg':
      return String(op.index);
    case 'slice':
      return `axis=${op.axis} start=${op.start} size=${op.size}`;
    case 'concat':
    case 'reduce':
    case 'flip':
      return `axis=${op.axis}`;
    case 'reshape':
      return `to=[${op.shape.join(', ')}]`;
    case 'transpose':
      return `perm=[${op.perm.join(', ')}]`;
    case 'cast':
      return `to=${op.to}`;
    default:
      return '';
  }
}

function typeOf(g: Graph, v: ValueId): string {
  const t = g.values[v];
  return t ? fmtType(t) : '<?>';
}

function fmtLocSuffix(loc: SourceLoc | undefined, ctx: Ctx): string {
  if (!ctx.locs || !loc) return '';
  const base = loc.file.split(/[\\/]/).pop() ?? loc.file;
  return `  @${base}:${loc.line}:${loc.col}`;
}

function printInit(i: InitSpec): string {
  switch (i.kind) {
    case 'zeros':
    case 'ones':
    case 'glorot_uniform':
      return i.kind;
    case 'constant':
      return `constant(${fmtNumber(i.value)})`;
    case 'orthogonal':
      return i.gain === undefined ? 'orthogonal' : `orthogonal(gain=${fmtNumber(i.gain)})`;
    case 'uniform':
      return `uniform(${fmtNumber(i.low)}, ${fmtNumber(i.high)})`;
    case 'normal':
      return `normal(${fmtNumber(i.mean)}, ${fmtNumber(i.std)})`;
  }
}

// Fixed key order per kind, so the text does not depend on how the object was built.
function printGroup(g: WeightGroup): string {
  switch (g.kind) {
    case 'lstm':
    case 'gru':
    case 'simple_rnn': {
      let s = `group ${g.kind} path=${g.path} layer=${g.layer} index=${g.index} reverse=${g.reverse} bidirectional=${g.bidirectional} input=${g.input} units=${g.units}`;
      if (g.resetAfter !== undefined) s += ` resetAfter=${g.resetAfter}`;
      if (g.peepholes !== undefined) s += ` peepholes=${g.peepholes}`;
      return s;
    }
    case 'dense':
      return `group dense path=${g.path} input=${g.input} units=${g.units} bias=${g.bias}`;
    case 'embedding':
      return `group embedding path=${g.path} vocab=${g.vocab} dim=${g.dim}`;
  }
}

type ScanOp = Extract<Op, { op: 'scan' }>;

function printGraphLines(lines: string[], g: Graph, indent: string, ctx: Ctx, scan: ScanOp | null): void {
  // In a body, each arg index defined by exactly one node is shown on the `^args` line with its
  // carry/sequence name; anything irregular (duplicates, bad indices) stays inline where it is.
  const hoisted = new Set<Node>();
  if (scan) {
    const nargs = scanArgCount(scan);
    const byIndex = new Map<number, Node[]>();
    for (const n of g.nodes) {
      if (n.op.op === 'arg') byIndex.set(n.op.index, [...(byIndex.get(n.op.index) ?? []), n]);
    }
    const parts: string[] = [];
    for (let i = 0; i < nargs; i++) {
      const role = scanArgRole(scan, i);
      const name = role?.role === 'carry' ? scan.carries[role.k] : role?.role === 'sequence' ? scan.sequences[role.k] : null;
      const defs = byIndex.get(i);
      const prefix = name === null ? '' : `${name}=`;
      if (defs && defs.length === 1 && defs[0].outputs.length === 1) {
        hoisted.add(defs[0]);
        const v = defs[0].outputs[0];
        parts.push(`${prefix}${ref(v)}: ${typeOf(g, v)}`);
      } else {
        parts.push(`${prefix}_`);
      }
    }
    lines.push(`${indent}^args(${parts.join(', ')})`);
  }
  for (const n of g.nodes) {
    if (hoisted.has(n)) continue;
    const types = n.outputs.map((v) => typeOf(g, v)).join(', ');
    const loc = fmtLocSuffix(n.loc, ctx);
    const op = n.op;
    if (op.op === 'input') {
      const info = ctx.inputs.get(n.outputs[0]);
      const role = info && info.name === op.name ? `  (${info.role})` : '';
      lines.push(`${indent}${nodeHeader(n)} : ${types}${role}${loc}`);
    } else if (op.op === 'param') {
      const info = ctx.params.get(n.outputs[0]);
      const init = info && info.name === op.name ? `  init=${printInit(info.init)}` : '';
      lines.push(`${indent}${nodeHeader(n)} : ${types}${init}${loc}`);
    } else if (op.op === 'scan') {
      lines.push(`${indent}${nodeHeader(n)} : ${types}${loc} {`);
      printGraphLines(lines, op.body, indent + '  ', ctx, op);
      lines.push(`${indent}}`);
    } else {
      lines.push(`${indent}${nodeHeader(n)} : ${types}${loc}`);
    }
  }
  if (scan) {
    const results = scanResultParts(scan, g.results);
    const carries = named(scan.carries, results.carries);
    const steps = named(scan.steps, results.steps);
    lines.push(`${indent}yield carries(${carries}) steps(${steps})`);
  } else if (g.results.length > 0) {
    lines.push(`${indent}results(${g.results.map(ref).join(', ')})`);
  }
}
