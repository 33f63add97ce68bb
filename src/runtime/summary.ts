// A model's layers, parameters and counts as a table, like tfjs' `model.summary()` and Keras'
// `Model.summary()`: what `rnnc compile --summary` prints and `model.summary()` returns. Built from
// the module's `meta` alone (plain data), so it is the same before and after compiling, in Node
// and in the browser. Browser-safe.

import type { WeightsMeta } from './layouts.js';

export interface SummaryLayer {
  /** rnnc path of the layer ('enc', 'enc.l1.bw'); '' for parameters outside any layer. */
  readonly path: string;
  /** 'lstm', 'gru', 'simple_rnn', 'dense', 'embedding', or 'other' (custom cells, free parameters). */
  readonly kind: string;
  /** What sizes the layer maps, e.g. '32 -> 64' or 'vocab 2000 -> 32'. */
  readonly shape: string;
  readonly params: readonly { readonly name: string; readonly shape: readonly number[]; readonly count: number }[];
  readonly count: number;
}

export interface SummaryData {
  readonly name: string;
  readonly layers: readonly SummaryLayer[];
  readonly totalParams: number;
  /** f32 parameters: 4 bytes each. */
  readonly bytes: number;
  readonly inputs: readonly { readonly name: string; readonly dtype: string; readonly shape: readonly (number | string)[] }[];
  readonly outputs: readonly { readonly name: string; readonly dtype: string; readonly shape: readonly (number | string)[] }[];
  /** What a stateful model keeps between calls. */
  readonly states: readonly { readonly name: string; readonly dtype: string; readonly shape: readonly (number | string)[] }[];
}

type SummaryMeta = WeightsMeta & {
  readonly name: string;
  readonly inputs: SummaryData['inputs'];
  readonly outputs: SummaryData['outputs'];
  readonly states?: SummaryData['states'];
};

const numel = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** The layers of a model with their parameters, in the order the model declares its parameters. */
export function summaryData(meta: SummaryMeta): SummaryData {
  const layers: { path: string; kind: string; shape: string; params: SummaryLayer['params'][number][] }[] = [];
  const byPath = new Map<string, (typeof layers)[number]>();
  for (const g of meta.groups) {
    const shape =
      g.kind === 'embedding'
        ? `vocab ${g.vocab} -> ${g.dim}`
        : g.kind === 'dense'
          ? `${g.input} -> ${g.units}`
          : `${g.input} -> ${g.units}${g.reverse ? ' (backward)' : ''}${g.kind === 'gru' && g.resetAfter ? ', reset after' : ''}`;
    const layer = { path: g.path, kind: g.kind, shape, params: [] };
    layers.push(layer);
    byPath.set(g.path, layer);
  }
  // The longest layer path that prefixes a parameter's name owns it ('enc.l1.W' is in 'enc.l1', not 'enc').
  const paths = [...byPath.keys()].sort((a, b) => b.length - a.length);
  let other: (typeof layers)[number] | undefined;
  for (const p of meta.params) {
    const owner = paths.find((path) => p.name.startsWith(`${path}.`));
    let layer = owner === undefined ? undefined : byPath.get(owner);
    if (!layer) {
      other ??= { path: '', kind: 'other', shape: '', params: [] };
      layer = other;
    }
    layer.params.push({ name: p.name, shape: [...p.shape], count: numel(p.shape) });
  }
  if (other) layers.push(other);
  const withCounts = layers.map((l) => ({ ...l, count: l.params.reduce((a, p) => a + p.count, 0) }));
  const totalParams = withCounts.reduce((a, l) => a + l.count, 0);
  return { name: meta.name, layers: withCounts, totalParams, bytes: totalParams * 4, inputs: meta.inputs, outputs: meta.outputs, states: meta.states ?? [] };
}

/** The summary as a fixed-width text table (one line per layer, then one per parameter with `params: true`). */
export function summary(meta: SummaryMeta, opts: { params?: boolean } = {}): string {
  const d = summaryData(meta);
  const showParams = opts.params ?? true;
  const rows: [string, string, string][] = [['Layer (type)', 'Shape', 'Param #']];
  for (const l of d.layers) {
    rows.push([l.path ? `${l.path} (${l.kind})` : `(${l.kind})`, l.shape, group(l.count)]);
    if (showParams) for (const p of l.params) rows.push([`  ${p.name}`, `[${p.shape.join(', ')}]`, group(p.count)]);
  }
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: [string, string, string]): string => `${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padStart(w[2])}`.trimEnd();
  const width = w[0] + w[1] + w[2] + 4;
  const io = (list: SummaryData['inputs']): string => list.map((t) => `${t.name}: ${t.dtype}[${t.shape.join(', ')}]`).join(', ');
  return [
    `Model: ${d.name}`,
    `Inputs: ${io(d.inputs)}`,
    `Outputs: ${io(d.outputs)}`,
    ...(d.states.length ? [`States: ${io(d.states)}`] : []),
    '_'.repeat(width),
    line(rows[0]),
    '='.repeat(width),
    ...rows.slice(1).map(line),
    '='.repeat(width),
    `Total params: ${group(d.totalParams)} (${bytesText(d.bytes)} as f32)`,
    '',
  ].join('\n');
}

function group(n: number): string {
  return n.toLocaleString('en-US');
}

function bytesText(b: number): string {
  if (b < 1024) return `${b} B`;
  if (b < 1024 * 1024) return `${(b / 1024).toFixed(1)} KB`;
  return `${(b / 1024 / 1024).toFixed(2)} MB`;
}
