// Weight layouts: how a model's rnnc parameters map to the tensor names, shapes and gate
// orders of a PyTorch state_dict or a Keras model, so trained weights move both ways.
//
// Every foreign tensor is described as data: a 2-D region (1-D tensors are one row) made of
// pieces, each a whole rnnc parameter copied (maybe transposed) to a row/column offset.
// Import and export both walk the same description, so they cannot drift apart.

import { GROUP_PARAMS, type WeightGroup } from '../ir/types.js';
import { clipText, listProblems, WeightsError } from './errors.js';
import type { NamedTensor } from './safetensors.js';
import { warnNote, type NoteSink } from './weights-file.js';

export type Layout = 'rnnc' | 'pytorch' | 'keras';

export interface WeightsMeta {
  params: readonly { name: string; shape: readonly number[] }[];
  groups: readonly WeightGroup[];
}

interface Piece {
  /** Full rnnc parameter name. */
  param: string;
  /** The parameter viewed as 2-D: [rows, cols] (1-D [n] is [1, n]). */
  rows: number;
  cols: number;
  /** Stored transposed in the foreign tensor (PyTorch keeps [out, in]). */
  transpose: boolean;
  rowOff: number;
  colOff: number;
  /**
   * One half of a split bias (PyTorch bias_hh, Keras' recurrent bias row): written as zeros
   * on export and added to the parameter on import, so b = bias_ih + bias_hh.
   */
  addOnly?: boolean;
}

interface Foreign {
  name: string;
  shape: number[];
  pieces: Piece[];
}

const fmt = (shape: readonly number[]): string => clipText(`[${shape.join(', ')}]`);
/** A user-supplied name, quoted and cut short. */
const q = (name: string): string => `'${clipText(name)}'`;
const product = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
const sameShape = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/** The rnnc parameters of one group, by local name, with their shapes. */
function groupParams(g: WeightGroup): [string, number[]][] {
  switch (g.kind) {
    case 'lstm':
    case 'gru':
    case 'simple_rnn': {
      const I = g.input;
      const H = g.units;
      const locals: string[] =
        g.kind === 'lstm'
          ? [...GROUP_PARAMS.lstm, ...(g.peepholes ? GROUP_PARAMS.lstmPeepholes : [])]
          : g.kind === 'gru'
            ? [...GROUP_PARAMS.gru, ...(g.resetAfter ? GROUP_PARAMS.gruResetAfter : [])]
            : [...GROUP_PARAMS.simple_rnn];
      return locals.map((l) => [l, l.startsWith('W') ? [I, H] : l.startsWith('U') ? [H, H] : [H]]);
    }
    case 'dense':
      return [['W', [g.input, g.units]], ...(g.bias ? ([['b', [g.units]]] as [string, number[]][]) : [])];
    case 'embedding':
      return [['E', [g.vocab, g.dim]]];
  }
}

/** A piece holding parameter `local` of group `g`, placed at (rowOff, colOff). */
function piece(g: WeightGroup, local: string, shape: number[], at: Partial<Piece> = {}): Piece {
  const [rows, cols] = shape.length === 1 ? [1, shape[0]] : [shape[0], shape[1]];
  return { param: `${g.path}.${local}`, rows, cols, transpose: false, rowOff: 0, colOff: 0, ...at };
}

function pytorchTensors(g: WeightGroup, problems: string[]): Foreign[] {
  if (g.kind === 'dense') {
    const t: Foreign[] = [{ name: `${g.path}.weight`, shape: [g.units, g.input], pieces: [piece(g, 'W', [g.input, g.units], { transpose: true })] }];
    if (g.bias) t.push({ name: `${g.path}.bias`, shape: [g.units], pieces: [piece(g, 'b', [g.units])] });
    return t;
  }
  if (g.kind === 'embedding') {
    return [{ name: `${g.path}.weight`, shape: [g.vocab, g.dim], pieces: [piece(g, 'E', [g.vocab, g.dim])] }];
  }
  const I = g.input;
  const H = g.units;
  let gates: string[]; // rnnc gate suffixes in PyTorch's order
  if (g.kind === 'lstm') {
    if (g.peepholes) {
      problems.push(`layer '${g.layer}' (${g.path}) is an LSTM with peepholes, which PyTorch's nn.LSTM does not have; use layout 'rnnc' or 'keras'`);
      return [];
    }
    gates = ['i', 'f', 'c', 'o'];
  } else if (g.kind === 'gru') {
    if (!g.resetAfter) {
      problems.push(
        `layer '${g.layer}' (${g.path}) is a GRU with resetAfter: false, but PyTorch's nn.GRU applies the reset gate after the recurrent matmul; layer '${g.layer}' must use resetAfter: true to use PyTorch weights`,
      );
      return [];
    }
    gates = ['r', 'z', 'h'];
  } else {
    gates = [''];
  }
  const k = gates.length;
  const sfx = `_l${g.index}${g.reverse ? '_reverse' : ''}`;
  const local = (base: string, i: number) => (gates[i] ? `${base}_${gates[i]}` : base);
  const weightIh = gates.map((_, i) => piece(g, local('W', i), [I, H], { transpose: true, rowOff: i * H }));
  const weightHh = gates.map((_, i) => piece(g, local('U', i), [H, H], { transpose: true, rowOff: i * H }));
  const biasIh = gates.map((_, i) => piece(g, local('b', i), [H], { colOff: i * H }));
  // bias_hh: the recurrent half of each bias; for GRU's candidate it is rb_h itself (inside r * (...)).
  const biasHh = gates.map((gate, i) =>
    g.kind === 'gru' && gate === 'h' ? piece(g, 'rb_h', [H], { colOff: i * H }) : piece(g, local('b', i), [H], { colOff: i * H, addOnly: true }),
  );
  const L = g.layer;
  return [
    { name: `${L}.weight_ih${sfx}`, shape: [k * H, I], pieces: weightIh },
    { name: `${L}.weight_hh${sfx}`, shape: [k * H, H], pieces: weightHh },
    { name: `${L}.bias_ih${sfx}`, shape: [k * H], pieces: biasIh },
    { name: `${L}.bias_hh${sfx}`, shape: [k * H], pieces: biasHh },
  ];
}

/** Keras names bidirectional halves 'forward' and 'backward'. */
function kerasPrefix(path: string): string {
  return path
    .split('.')
    .map((s) => (s === 'fw' ? 'forward' : s === 'bw' ? 'backward' : s))
    .join('.');
}

function kerasTensors(g: WeightGroup): Foreign[] {
  const P = kerasPrefix(g.path);
  if (g.kind === 'dense') {
    const t: Foreign[] = [{ name: `${P}.kernel`, shape: [g.input, g.units], pieces: [piece(g, 'W', [g.input, g.units])] }];
    if (g.bias) t.push({ name: `${P}.bias`, shape: [g.units], pieces: [piece(g, 'b', [g.units])] });
    return t;
  }
  if (g.kind === 'embedding') {
    return [{ name: `${P}.embeddings`, shape: [g.vocab, g.dim], pieces: [piece(g, 'E', [g.vocab, g.dim])] }];
  }
  const I = g.input;
  const H = g.units;
  const gates = g.kind === 'lstm' ? ['i', 'f', 'c', 'o'] : g.kind === 'gru' ? ['z', 'r', 'h'] : [''];
  const k = gates.length;
  const local = (base: string, i: number) => (gates[i] ? `${base}_${gates[i]}` : base);
  const out: Foreign[] = [
    { name: `${P}.kernel`, shape: [I, k * H], pieces: gates.map((_, i) => piece(g, local('W', i), [I, H], { colOff: i * H })) },
    { name: `${P}.recurrent_kernel`, shape: [H, k * H], pieces: gates.map((_, i) => piece(g, local('U', i), [H, H], { colOff: i * H })) },
  ];
  const inputBias = gates.map((_, i) => piece(g, local('b', i), [H], { colOff: i * H }));
  if (g.kind === 'gru' && g.resetAfter) {
    // Row 0: input bias; row 1: recurrent bias, whose candidate part is rb_h.
    const recurrent = gates.map((gate, i) =>
      gate === 'h' ? piece(g, 'rb_h', [H], { rowOff: 1, colOff: i * H }) : piece(g, local('b', i), [H], { rowOff: 1, colOff: i * H, addOnly: true }),
    );
    out.push({ name: `${P}.bias`, shape: [2, k * H], pieces: [...inputBias, ...recurrent] });
  } else {
    out.push({ name: `${P}.bias`, shape: [k * H], pieces: inputBias });
  }
  if (g.kind === 'lstm' && g.peepholes) {
    for (const [gate, name] of [['i', 'input'], ['f', 'forget'], ['o', 'output']]) {
      out.push({ name: `${P}.${name}_gate_peephole_weights`, shape: [H], pieces: [piece(g, `P_${gate}`, [H])] });
    }
  }
  return out;
}

/**
 * The full description of a layout for a model: every foreign tensor with its pieces.
 * Throws a WeightsError (with `prefix`) when the model cannot be expressed in the layout.
 */
function describe(meta: WeightsMeta, layout: Layout, prefix: string): Foreign[] {
  const byName = new Map(meta.params.map((p) => [p.name, p]));
  const identity = (p: { name: string; shape: readonly number[] }): Foreign => {
    const view = p.shape.length === 0 ? [1, 1] : p.shape.length === 1 ? [1, p.shape[0]] : [product(p.shape.slice(0, -1)), p.shape[p.shape.length - 1]];
    return { name: p.name, shape: [...p.shape], pieces: [{ param: p.name, rows: view[0], cols: view[1], transpose: false, rowOff: 0, colOff: 0 }] };
  };
  if (layout === 'rnnc') return meta.params.map(identity);
  if (layout !== 'pytorch' && layout !== 'keras') {
    throw new WeightsError(`${prefix}unknown weights layout '${clipText(String(layout))}' (expected rnnc, pytorch or keras)`);
  }

  const claimed = new Set<string>();
  for (const g of meta.groups) {
    for (const [local, shape] of groupParams(g)) {
      const name = `${g.path}.${local}`;
      const p = byName.get(name);
      // The DSL and the layouts agree on GROUP_PARAMS; a mismatch is a compiler bug, not a user error.
      if (!p) throw new Error(`internal: weight group '${g.path}' (${g.kind}) has no parameter '${name}'`);
      if (!sameShape(p.shape, shape)) {
        throw new Error(`internal: parameter '${name}' has shape ${fmt(p.shape)}, but its ${g.kind} group implies ${fmt(shape)}`);
      }
      claimed.add(name);
    }
  }

  const problems: string[] = [];
  const out: Foreign[] = [];
  for (const g of meta.groups) out.push(...(layout === 'pytorch' ? pytorchTensors(g, problems) : kerasTensors(g)));
  if (problems.length > 0) throw new WeightsError(prefix + listProblems(problems));
  for (const p of meta.params) if (!claimed.has(p.name)) out.push(identity(p));

  const seen = new Set<string>();
  for (const f of out) {
    if (seen.has(f.name)) throw new Error(`internal: two parameters map to ${layout} tensor '${f.name}'`);
    seen.add(f.name);
  }
  return out;
}

/** The tensors (names and shapes) a weights file in `layout` must contain for this model. */
export function expectedTensors(meta: WeightsMeta, layout: Layout): { name: string; shape: number[] }[] {
  return describe(meta, layout, `${layout} layout: `).map((f) => ({ name: f.name, shape: [...f.shape] }));
}

/** The lists' items taken in turn (a0, b0, c0, a1, ...), each list keeping its order. */
function interleave(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

/** Index of the first NaN or infinite element, or -1. */
function firstNonFinite(a: Float32Array | Int32Array): number {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return i;
  return -1;
}

function countNonFinite(a: Float32Array | Int32Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) n++;
  return n;
}

/** ' at [r, c]' for a tensor of rank 2 or more ('' for rank 0 or 1, where the flat index says it). */
function atIndex(flat: number, shape: readonly number[]): string {
  if (shape.length < 2) return '';
  const idx: number[] = [];
  let rest = flat;
  for (let k = shape.length - 1; k >= 0; k--) {
    idx.unshift(rest % shape[k]);
    rest = Math.floor(rest / shape[k]);
  }
  return ` (at [${idx.join(', ')}])`;
}

/** Reads tensors in `layout` into one Float32Array per rnnc parameter; reports every problem at once. */
export function importWeights(meta: WeightsMeta, given: Map<string, NamedTensor>, layout: Layout, source = 'weights', notes: NoteSink = warnNote): Map<string, Float32Array> {
  const prefix = `${source}: `;
  const foreign = describe(meta, layout, prefix);
  const tensors = unwrapNames(given, new Set(foreign.map((f) => f.name)), source, notes);
  // Three kinds of problem, listed in turn so a long list still shows some of each.
  const missing: string[] = [];
  const problems: string[] = [];
  const unexpected: string[] = [];
  const expected = new Set(foreign.map((f) => f.name));
  for (const f of foreign) {
    const t = tensors.get(f.name);
    if (!t) {
      const near = nearest(f.name, [...tensors.keys()].filter((n) => !expected.has(n)));
      missing.push(`missing tensor '${f.name}' (expected shape ${fmt(f.shape)})${near ? `; the file has ${q(near)}` : ''}`);
      continue;
    }
    if (t.dtype !== 'f32') problems.push(`tensor '${f.name}': expected dtype f32, got ${clipText(String(t.dtype))}`);
    if (!sameShape(t.shape, f.shape)) problems.push(`tensor '${f.name}': expected shape ${fmt(f.shape)}, got ${fmt(t.shape)}`);
    else if (t.data.length !== product(f.shape)) {
      problems.push(`tensor '${f.name}': ${t.data.length} elements do not match its shape ${fmt(t.shape)}`);
    } else if (t.dtype === 'f32') {
      const bad = firstNonFinite(t.data);
      if (bad >= 0) {
        problems.push(`tensor '${f.name}': element ${bad}${atIndex(bad, f.shape)} is ${t.data[bad]} (${countNonFinite(t.data)} non-finite in all); weights must be finite`);
      }
    }
  }
  for (const [name, t] of tensors) {
    if (!expected.has(name)) {
      const near = nearest(name, [...expected].filter((n) => !tensors.has(n)));
      unexpected.push(`unexpected tensor ${q(name)} with shape ${fmt(t.shape)} (not in the ${layout} layout of this model${near ? `; did you mean '${near}'?` : ''})`);
    }
  }
  if (missing.length + problems.length + unexpected.length > 0) {
    const hint = layoutHint(meta, tensors, layout, expected);
    throw new WeightsError(prefix + hint + listProblems(interleave([missing, problems, unexpected])));
  }

  const out = new Map<string, Float32Array>();
  for (const p of meta.params) out.set(p.name, new Float32Array(product(p.shape)));
  // Assigning pieces first, then adding split-bias halves, keeps values bit-exact (even -0).
  for (const pass of [false, true]) {
    for (const f of foreign) {
      const src = tensors.get(f.name)!.data;
      const width = f.shape.length === 0 ? 1 : f.shape[f.shape.length - 1];
      for (const pc of f.pieces) {
        if (Boolean(pc.addOnly) !== pass) continue;
        const dst = out.get(pc.param)!;
        for (let r = 0; r < pc.rows; r++) {
          for (let c = 0; c < pc.cols; c++) {
            const at = pc.transpose ? (pc.rowOff + c) * width + pc.colOff + r : (pc.rowOff + r) * width + pc.colOff + c;
            const v = src[at];
            if (!pass) dst[r * pc.cols + c] = v;
            else if (v !== 0) dst[r * pc.cols + c] += v;
          }
        }
      }
    }
  }
  return out;
}

/** Prefixes that wrappers add to every name of a PyTorch state_dict. */
const WRAPPERS: readonly [string, string][] = [
  ['module.', 'DistributedDataParallel or DataParallel'],
  ['_orig_mod.', 'torch.compile'],
];

/**
 * The tensors with wrapper prefixes removed from names the model does not know but knows without
 * them (`module.lstm.weight_ih_l0` -> `lstm.weight_ih_l0`), saying once which were removed.
 */
function unwrapNames(tensors: Map<string, NamedTensor>, expected: ReadonlySet<string>, source: string, notes: NoteSink): Map<string, NamedTensor> {
  const removed = new Set<string>();
  let out: Map<string, NamedTensor> | undefined;
  for (const [name, t] of tensors) {
    if (expected.has(name)) continue;
    let bare = name;
    const strip: string[] = [];
    for (let again = true; again; ) {
      again = false;
      for (const [w] of WRAPPERS) {
        if (bare.startsWith(w)) {
          bare = bare.slice(w.length);
          strip.push(w);
          again = true;
        }
      }
    }
    if (strip.length === 0 || !expected.has(bare) || tensors.has(bare)) continue;
    out ??= new Map(tensors);
    out.delete(name);
    out.set(bare, t);
    for (const w of strip) removed.add(w);
  }
  if (!out) return tensors;
  const what = WRAPPERS.filter(([w]) => removed.has(w)).map(([w, by]) => `'${w}' (${by})`);
  notes(`${source}: read tensor names without the prefix ${what.join(' and ')}`);
  return out;
}

/** When the file's names fit another layout better than the one asked for, a sentence that says so. */
function layoutHint(meta: WeightsMeta, tensors: ReadonlyMap<string, NamedTensor>, layout: Layout, expected: ReadonlySet<string>): string {
  const score = (names: ReadonlySet<string>): number => [...tensors.keys()].filter((n) => names.has(n)).length;
  const here = score(expected);
  let best: { layout: Layout; score: number } | undefined;
  for (const other of ['rnnc', 'pytorch', 'keras'] as const) {
    if (other === layout) continue;
    let names: Set<string>;
    try {
      names = new Set(describe(meta, other, '').map((f) => f.name));
    } catch {
      continue; // a layout that cannot describe this model
    }
    const s = score(names);
    if (s > here && (!best || s > best.score)) best = { layout: other, score: s };
  }
  if (!best) return '';
  const who = best.layout === 'pytorch' ? "PyTorch's state_dict" : best.layout === 'keras' ? "Keras' weights" : "rnnc's own layout";
  return `these names look like ${who} (${best.score} of ${tensors.size} match the ${best.layout} layout, ${here} the ${layout} layout): pass --layout ${best.layout} (create({ weights, layout: '${best.layout}' })); `;
}

/** The candidate closest to `name` by edit distance, when close enough to be a likely match. */
function nearest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const c of candidates.slice(0, 2000)) {
    if (Math.abs(c.length - name.length) >= bestD) continue;
    const d = editDistance(name, c, bestD);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** Levenshtein distance, or `cap` when it is at least that (names are short; the cap keeps lists cheap). */
function editDistance(a: string, b: string, cap: number): number {
  if (a.length > 300 || b.length > 300) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin >= cap) return cap;
    prev = cur;
  }
  return prev[b.length];
}

/** Writes rnnc parameters as the tensors of `layout` (split biases put everything in the input half). */
export function exportWeights(
  meta: WeightsMeta,
  params: ReadonlyMap<string, Float32Array> | Record<string, Float32Array>,
  layout: Layout,
): Map<string, NamedTensor> {
  const get = (name: string): Float32Array | undefined =>
    params instanceof Map ? params.get(name) : Object.hasOwn(params, name) ? (params as Record<string, Float32Array>)[name] : undefined;
  const names = params instanceof Map ? [...params.keys()] : Object.keys(params);
  const prefix = `cannot export ${layout} weights: `;

  const problems: string[] = [];
  const known = new Set(meta.params.map((p) => p.name));
  for (const p of meta.params) {
    const data = get(p.name);
    if (!data) problems.push(`missing parameter '${p.name}' (shape ${fmt(p.shape)})`);
    else if (data.length !== product(p.shape)) {
      problems.push(`parameter '${p.name}': expected ${product(p.shape)} elements for shape ${fmt(p.shape)}, got ${data.length}`);
    }
  }
  for (const n of names) if (!known.has(n)) problems.push(`unknown parameter ${q(n)}`);
  if (problems.length > 0) throw new WeightsError(prefix + listProblems(problems));

  const out = new Map<string, NamedTensor>();
  for (const f of describe(meta, layout, prefix)) {
    const dst = new Float32Array(product(f.shape));
    const width = f.shape.length === 0 ? 1 : f.shape[f.shape.length - 1];
    for (const pc of f.pieces) {
      if (pc.addOnly) continue; // the other half of a split bias carries the whole value
      const src = get(pc.param)!;
      for (let r = 0; r < pc.rows; r++) {
        for (let c = 0; c < pc.cols; c++) {
          const at = pc.transpose ? (pc.rowOff + c) * width + pc.colOff + r : (pc.rowOff + r) * width + pc.colOff + c;
          dst[at] = src[r * pc.cols + c];
        }
      }
    }
    out.set(f.name, { dtype: 'f32', shape: [...f.shape], data: dst });
  }
  return out;
}
