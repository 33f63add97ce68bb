// A Keras model as the importer sees it, whichever file it came from (a TensorFlow.js model.json,
// a Keras 2 .h5 or a Keras 3 .keras): the layer list with each layer's config and inbound tensors,
// the model's inputs and outputs, and each layer's weights by role. The readers
// (tfjs-file.ts, keras-file.ts) fill it in; keras-import.ts turns it into a Program.

import type { ForeignTensor } from './program.js';

/** Which program wrote the file: decides the few places where their semantics differ. */
export type KerasProducer = 'tfjs' | 'keras2' | 'keras3';

/** A tensor of the graph: [layer name, node index, tensor index]. */
export type TensorRef = [string, number, number];

export interface KerasLayer {
  name: string;
  className: string;
  config: Record<string, unknown>;
  /** The tensors the layer's first call reads (functional models); empty in a Sequential model. */
  inbound: TensorRef[];
  /** How many times the layer is called (a shared layer is called more than once). */
  calls: number;
}

export interface KerasModel {
  sequential: boolean;
  layers: KerasLayer[];
  /** Functional models: the input layers and the output tensors. */
  inputs: TensorRef[];
  outputs: TensorRef[];
  producer: KerasProducer;
  /** Where it came from, in words ('Keras 3.3.3 (.keras)'). */
  producerText: string;
  /**
   * Weights per layer name, by role: 'kernel', 'recurrent_kernel', 'bias', 'embeddings', and for a
   * Bidirectional layer 'forward.kernel', 'backward.bias', ...
   */
  weights: Map<string, Map<string, ForeignTensor>>;
}

/** The role of a weight from its name ('bidirectional/forward_lstm/lstm_cell/kernel:0' -> 'forward.kernel'). */
export function weightRole(name: string): string | undefined {
  const parts = name.replace(/:\d+$/, '').split('/');
  const last = parts[parts.length - 1];
  if (!['kernel', 'recurrent_kernel', 'bias', 'embeddings'].includes(last)) return undefined;
  const dir = parts.slice(0, -1).find((p) => /^(forward|backward)(_|$)/.test(p));
  return dir ? `${dir.startsWith('forward') ? 'forward' : 'backward'}.${last}` : last;
}

/** A Keras 2 / tfjs inbound_nodes entry or a Keras 3 one, as tensor refs. */
export function inboundOf(nodes: unknown): { first: TensorRef[]; calls: number } {
  if (!Array.isArray(nodes) || nodes.length === 0) return { first: [], calls: 0 };
  const refs: TensorRef[] = [];
  const node = nodes[0] as unknown;
  if (Array.isArray(node)) {
    // Keras 2 / tfjs: [[layer, node, tensor, kwargs], ...]
    for (const r of node) if (Array.isArray(r)) refs.push([String(r[0]), Number(r[1]), Number(r[2])]);
  } else if (node && typeof node === 'object') {
    // Keras 3: { args: [...], kwargs: {...} } with __keras_tensor__ entries holding keras_history.
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (o.class_name === '__keras_tensor__') {
          const h = (o.config as Record<string, unknown>)?.keras_history as unknown[];
          if (Array.isArray(h)) refs.push([String(h[0]), Number(h[1]), Number(h[2])]);
        } else for (const x of Object.values(o)) walk(x);
      }
    };
    walk((node as Record<string, unknown>).args);
  }
  return { first: refs, calls: nodes.length };
}

/** Keras 2 / tfjs [[name, node, tensor], ...] or Keras 3's forms (one ref, or a list of refs). */
export function refsOf(v: unknown): TensorRef[] {
  if (!Array.isArray(v)) return [];
  if (v.length === 3 && typeof v[0] === 'string' && typeof v[1] === 'number') return [[v[0], v[1], Number(v[2])]];
  return v.flatMap((x) => refsOf(x));
}
