// What an importer builds: the lines of an rnnc model file (inputs, layer calls, outputs) and the
// weights its layers read, under the names of rnnc's 'keras' weight layout (`<layer>.kernel`,
// `.recurrent_kernel`, `.bias`, `.embeddings`; `<layer>.forward.*` / `.backward.*` for the two
// directions of a bidirectional layer). `rnnc import` then traces the model and lets the layout
// code (src/runtime/layouts.ts) turn those into rnnc's parameters, so gate orders and split biases
// are handled in one place for imports and for `--layout keras` weights alike.
//
// While a graph is converted, batch and time are symbols (an ONNX dim_param such as 'batch' or
// 'sequence'); `bind` records which is B and which T when a recurrent layer reads them, and the
// model text gets the final names when it is written (see emit-model.ts).

import { ImportError } from './import-error.js';

/** A dimension while converting: a size, or a symbol for a dynamic axis. */
export type SDim = number | string;

export interface ForeignTensor {
  shape: number[];
  data: Float32Array;
}

export interface ProgramInput {
  name: string;
  var: string;
  dtype: 'f32' | 'i32';
  shape: SDim[];
  doc: string;
  /** Declared where it is used (m.lengths), not at the top. */
  inline?: boolean;
  /** Its name in the source model, when rnnc's differs. */
  source?: string;
  /** Token ids index a table of this many rows (for random inputs in --check). */
  idRange?: number;
  /** The source's element type ('float', 'int64', 'int32'): what its reference runtime is fed. */
  sourceDtype?: string;
}

export interface ProgramOutput {
  name: string;
  var: string;
  doc: string;
  source?: string;
}

const RESERVED = new Set(['m', 'defineModel', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public', 'await', 'async', 'of', 'undefined', 'NaN', 'Infinity', 'arguments', 'eval']);

/** A symbol's placeholder in model text, replaced by 'B' or 'T' when the text is written. */
export const symbolRef = (sym: string): string => `\u0001${sym}\u0001`;

/** `s` as a single-quoted JS string literal. */
export const quote = (s: string): string => {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return `${q}${escapeText(s.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`))}${q}`;
};

/**
 * Text from the source file (node and layer names) made safe for a string literal or a comment:
 * control characters and the JS line terminators U+2028 / U+2029 as \uXXXX, so a hostile name can
 * neither end a comment nor a string. (The \u0001 axis placeholders are kept: they never reach the file.)
 */
export function escapeText(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped here
  return s.replace(/[\u0000\u0002-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An options object as model text: `{ units: 8, returnSequences: true }` (undefined entries left out). */
export function fmtOptions(o: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    parts.push(`${k}: ${fmtValue(v)}`);
  }
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}

function fmtValue(v: unknown): string {
  if (typeof v === 'string') return v.startsWith('\u0002') ? v.slice(1) : quote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(fmtValue).join(', ')}]`;
  if (v && typeof v === 'object') return fmtOptions(v as Record<string, unknown>);
  return String(v);
}

/** A value that fmtOptions writes as code (a variable), not as a string. */
export const code = (text: string): string => `\u0002${text}`;

export class Program {
  readonly inputs: ProgramInput[] = [];
  readonly lines: string[] = [];
  readonly outputs: ProgramOutput[] = [];
  readonly weights = new Map<string, ForeignTensor>();
  /** Which symbol is batch ('B') and which time ('T'). */
  readonly bindings = new Map<string, 'B' | 'T'>();
  private readonly idents = new Set<string>(RESERVED);
  private readonly layerNames = new Set<string>();

  constructor(readonly source: string) {}

  /** A fresh JS identifier from a hint ('lstm/Y' -> 'lstmY'). */
  ident(hint: string): string {
    const words = hint.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
    let base = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('') || 'v';
    if (/^[0-9]/.test(base)) base = `v${base}`;
    if (base.length > 40) base = base.slice(0, 40);
    let name = base;
    for (let i = 2; this.idents.has(name); i++) name = `${base}${i}`;
    this.idents.add(name);
    return name;
  }

  /** A fresh layer name (the parameter prefix): letters, digits and '_'. */
  layerName(hint: string): string {
    let base = hint.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'layer';
    if (/^[0-9]/.test(base)) base = `l${base}`;
    if (base.length > 60) base = base.slice(0, 60);
    let name = base;
    for (let i = 1; this.layerNames.has(name); i++) name = `${base}_${i}`;
    this.layerNames.add(name);
    return name;
  }

  comment(text: string): void {
    this.lines.push(`// ${escapeText(text)}`);
  }

  /** `const <fresh> = <expr>;` and the fresh name. */
  let(hint: string, expr: string): string {
    const v = this.ident(hint);
    this.lines.push(`const ${v} = ${expr};`);
    return v;
  }

  /** A line of model text as is (e.g. a destructuring `const { output, states } = ...`). */
  raw(line: string): void {
    this.lines.push(line);
  }

  input(name: string, dtype: 'f32' | 'i32', shape: SDim[], doc: string, source = name): string {
    const v = this.ident(name);
    this.inputs.push({ name, var: v, dtype, shape, doc, source });
    return v;
  }

  /** Ids in input variable `v` index a table of `rows` rows. */
  idRange(v: string, rows: number): void {
    const i = this.inputs.find((x) => x.var === v);
    if (i) i.idRange = Math.min(i.idRange ?? rows, rows);
  }

  output(name: string, v: string, doc: string, source = name): void {
    this.outputs.push({ name, var: v, doc, source });
  }

  /** A weight under its keras-layout name. */
  weight(name: string, shape: number[], data: Float32Array): void {
    if (this.weights.has(name)) throw new Error(`internal: weight '${name}' written twice`);
    if (data.length !== shape.reduce((a, b) => a * b, 1)) throw new Error(`internal: weight '${name}' has ${data.length} values for [${shape.join(', ')}]`);
    this.weights.set(name, { shape, data });
  }

  /** Record that symbol `sym` is the batch or time axis; a symbol used as both is an error. */
  bind(sym: SDim, as: 'B' | 'T', where: string): void {
    if (typeof sym === 'number') {
      throw new ImportError(`${where}: the ${as === 'B' ? 'batch' : 'time'} axis has the fixed size ${sym}; export the model with a dynamic ${as === 'B' ? 'batch' : 'sequence'} axis (torch.onnx.export(..., dynamic_axes={'<input>': {0: 'batch', 1: 'time'}}))`);
    }
    if (sym.includes('*')) throw new ImportError(`${where}: the ${as === 'B' ? 'batch' : 'time'} axis is a product of axes (${sym}); rnnc needs it as one axis`);
    const had = this.bindings.get(sym);
    if (had && had !== as) throw new ImportError(`${where}: axis '${sym}' is used both as the batch and as the time axis`);
    for (const [s, b] of this.bindings) {
      if (b === as && s !== sym) throw new ImportError(`${where}: two different dynamic axes ('${s}' and '${sym}') are both used as the ${as === 'B' ? 'batch' : 'time'} axis`);
    }
    this.bindings.set(sym, as);
  }

  /** A shape as model text. */
  shape(s: readonly SDim[]): string {
    return `[${s.map((d) => this.dim(d)).join(', ')}]`;
  }

  dim(d: SDim): string {
    if (typeof d === 'number') return String(d);
    if (d.includes('*')) throw new ImportError(`${this.source}: a tensor has an axis that is a product of dynamic axes (${d}), which an rnnc model cannot express`);
    return quote(symbolRef(d));
  }
}
