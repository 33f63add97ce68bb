// Keras models (from a TensorFlow.js model.json, a Keras 2 .h5 or a Keras 3 .keras) -> Program.
// One DSL call per layer: Embedding -> m.embedding, LSTM/GRU/SimpleRNN (and Bidirectional of one)
// -> m.lstm/m.gru/m.simpleRNN, Dense and TimeDistributed(Dense) -> m.dense, global pooling ->
// m.pool. Keras masks travel with the tensors as an explicit [B, T] mask: Embedding(mask_zero)
// and Masking make one, recurrent layers with return_sequences and per-step layers pass it on,
// recurrent layers and GlobalAveragePooling1D use it (tfjs' pooling ignores it, as tfjs does).

import * as path from 'node:path';
import { ImportError } from './import-error.js';
import type { Converted, SourceFormat } from './import-model.js';
import type { KerasLayer, KerasModel, TensorRef } from './keras-model.js';
import { code, escapeText, fmtOptions, Program, type ForeignTensor } from './program.js';

type Dim = 'B' | 'T' | number;

interface KTensor {
  v: string;
  shape: Dim[];
  /** The [B, T] mask that travels with a sequence. */
  mask?: string;
  ids?: boolean;
}

export const SUPPORTED_KERAS_LAYERS = [
  'InputLayer', 'Embedding', 'LSTM', 'GRU', 'SimpleRNN', 'Bidirectional', 'Dense', 'TimeDistributed(Dense)', 'Dropout', 'SpatialDropout1D', 'Masking',
  'GlobalAveragePooling1D', 'GlobalMaxPooling1D', 'Activation', 'Flatten', 'Reshape', 'Concatenate', 'Add', 'Multiply', 'Average',
] as const;

const ACTIVATIONS: Record<string, string> = { tanh: 'tanh', sigmoid: 'sigmoid', relu: 'relu', linear: 'linear', softmax: 'softmax', hardsigmoid: 'hard_sigmoid', exponential: 'exp' };

export async function importKerasFile(file: string, format: SourceFormat): Promise<Converted> {
  let model: KerasModel;
  if (format === 'tfjs') model = (await import('./tfjs-file.js')).readTfjsModel(file);
  else model = await (await import('./keras-file.js')).readKerasFile(file, format);
  const { program, notes } = new KerasConverter(model, path.basename(file)).run();
  return { format, sourceFile: file, program, notes, producer: model.producerText };
}

/** A positive integer size from a config, or an ImportError naming the layer and key. */
function sizeOf(where: string, key: string, v: unknown): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0 || n > 2 ** 24) throw new ImportError(`${where}: ${key} ${JSON.stringify(v)} is not a size rnnc supports (a positive integer up to 2^24)`);
  return n;
}

class KerasConverter {
  private readonly p: Program;
  private readonly notes: string[] = [];
  private readonly tensors = new Map<string, KTensor>();

  constructor(
    private readonly model: KerasModel,
    private readonly source: string,
  ) {
    this.p = new Program(source);
  }

  private where(l: KerasLayer): string {
    return escapeText(`${this.source}: layer '${l.name}' (${l.className})`);
  }

  run(): { program: Program; notes: string[] } {
    const layers = this.model.layers;
    const byName = new Map(layers.map((l) => [l.name, l]));
    for (const l of layers) if (l.calls > 1) throw new ImportError(`${this.where(l)}: the layer is called ${l.calls} times (a shared layer); rnnc import supports layers called once`);

    if (this.model.sequential) {
      let first = layers[0];
      if (!first) throw new ImportError(`${this.source}: the model has no layers`);
      let cur: KTensor;
      const rest = layers.slice(first.className === 'InputLayer' ? 1 : 0);
      if (first.className !== 'InputLayer') first = { ...first, name: 'input', className: 'InputLayer' };
      const feedsEmbedding = rest[0]?.className === 'Embedding';
      cur = this.input(first, feedsEmbedding, layers[0]);
      for (const l of rest) cur = this.layer(l, [cur])[0];
      this.p.output(this.outputName(rest[rest.length - 1]?.name ?? 'output'), cur.v, `Keras model output (layer '${rest[rest.length - 1]?.name}')`);
    } else {
      // Functional: layers are listed in an order where inputs come first.
      const consumers = new Map<string, KerasLayer[]>();
      for (const l of layers) for (const r of l.inbound) consumers.set(r[0], [...(consumers.get(r[0]) ?? []), l]);
      for (const l of layers) {
        if (l.className === 'InputLayer') {
          const feedsEmbedding = (consumers.get(l.name) ?? []).some((c) => c.className === 'Embedding');
          this.tensors.set(key([l.name, 0, 0]), this.input(l, feedsEmbedding, l));
          continue;
        }
        const ins = l.inbound.map((r) => {
          const t = this.tensors.get(key(r));
          if (!t) throw new ImportError(`${this.where(l)}: reads '${r[0]}' output ${r[2]}, which ${byName.has(r[0]) ? 'is not computed before it' : 'is no layer'}`);
          return t;
        });
        if (ins.length === 0) throw new ImportError(`${this.where(l)}: the layer has no inputs`);
        this.layer(l, ins).forEach((t, i) => this.tensors.set(key([l.name, 0, i]), t));
      }
      if (this.model.outputs.length === 0) throw new ImportError(`${this.source}: the model names no outputs`);
      for (const r of this.model.outputs) {
        const t = this.tensors.get(key(r));
        if (!t) throw new ImportError(`${this.source}: output '${r[0]}' is not computed`);
        // Keras names a layer's outputs 'enc', 'enc_1', 'enc_2', ...
        const name = r[2] > 0 ? `${r[0]}_${r[2]}` : r[0];
        this.p.output(this.outputName(name), t.v, `Keras output: layer '${r[0]}'${r[2] ? ` output ${r[2]}` : ''}`, name);
      }
    }
    return { program: this.p, notes: this.notes };
  }

  private outputName(name: string): string {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `output_${name.replace(/[^A-Za-z0-9_.]+/g, '_')}`;
  }

  private input(l: KerasLayer, ids: boolean, configOf: KerasLayer): KTensor {
    const c = l.className === 'InputLayer' ? l.config : configOf.config;
    const shape0 = (c.batch_shape ?? c.batch_input_shape ?? (Array.isArray(c.input_shape) ? [null, ...(c.input_shape as unknown[])] : undefined)) as (number | null)[] | undefined;
    if (!Array.isArray(shape0)) throw new ImportError(`${this.where(configOf)}: the model's input has no shape (batch_input_shape / batch_shape)`);
    const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(l.name) ? l.name : `input_${l.name.replace(/[^A-Za-z0-9_.]+/g, '_')}`;
    const rank = shape0.length;
    if (rank === 2 && ids) {
      if (shape0[1] !== null) this.notes.push(`input '${l.name}' has the fixed length ${shape0[1]} in the source; the rnnc model takes any length`);
      const v = this.p.input(name, 'i32', ['B', 'T'], `Keras input '${l.name}': token ids`, l.name);
      return { v, shape: ['B', 'T'], ids: true };
    }
    if (rank >= 2 && shape0.slice(rank === 2 && ids ? 2 : rank - 1).some((d) => d !== null && !(Number.isSafeInteger(d) && (d as number) > 0 && (d as number) <= 2 ** 24))) {
      throw new ImportError(`${this.where(configOf)}: input shape [${shape0.map((d) => d ?? 'None').join(', ')}] has an invalid size`);
    }
    if (rank === 3 && typeof shape0[2] === 'number') {
      if (shape0[1] !== null) this.notes.push(`input '${l.name}' has the fixed length ${shape0[1]} in the source; the rnnc model takes any length`);
      const v = this.p.input(name, 'f32', ['B', 'T', shape0[2]], `Keras input '${l.name}'`, l.name);
      return { v, shape: ['B', 'T', shape0[2]] };
    }
    if (rank === 2 && typeof shape0[1] === 'number') {
      const v = this.p.input(name, 'f32', ['B', shape0[1]], `Keras input '${l.name}'`, l.name);
      return { v, shape: ['B', shape0[1]] };
    }
    throw new ImportError(`${this.where(configOf)}: input shape [${shape0.map((d) => d ?? 'None').join(', ')}] is not supported ([batch, time] token ids, [batch, time, features] or [batch, features])`);
  }

  private weights(l: KerasLayer): Map<string, ForeignTensor> {
    return this.model.weights.get(l.name) ?? new Map();
  }

  private need(l: KerasLayer, role: string, shape: number[]): ForeignTensor {
    const t = this.weights(l).get(role);
    if (!t) throw new ImportError(`${this.where(l)}: weight '${role}' is missing from the file`);
    if (t.shape.join() !== shape.join()) throw new ImportError(`${this.where(l)}: weight '${role}' has shape [${t.shape.join(', ')}], expected [${shape.join(', ')}]`);
    return t;
  }

  private activation(l: KerasLayer, name: unknown, what: string): string {
    const key = String(name ?? 'linear').toLowerCase().replace(/_/g, '');
    if (key === 'hardsigmoid' && this.model.producer === 'keras3') {
      throw new ImportError(`${this.where(l)}: ${what} 'hard_sigmoid' in Keras 3 is relu6(x + 3) / 6, which rnnc does not have (rnnc's hard_sigmoid is Keras 2's and tfjs' clip(0.2 x + 0.5, 0, 1))`);
    }
    const a = ACTIVATIONS[key];
    if (!a) throw new ImportError(`${this.where(l)}: ${what} '${String(name)}' is not supported (supported: ${Object.keys(ACTIVATIONS).join(', ')})`);
    return a;
  }

  private seq(l: KerasLayer, t: KTensor): number {
    if (t.shape.length !== 3 || t.shape[0] !== 'B' || t.shape[1] !== 'T' || typeof t.shape[2] !== 'number') {
      throw new ImportError(`${this.where(l)}: expects a sequence [batch, time, features], got [${t.shape.join(', ')}]`);
    }
    return t.shape[2];
  }

  /** One layer: its DSL call(s) and output tensors. */
  private layer(l: KerasLayer, ins: KTensor[]): KTensor[] {
    const c = l.config;
    const x = ins[0];
    const name = () => this.p.layerName(l.name);
    switch (l.className) {
      case 'Embedding': {
        if (!x.ids) throw new ImportError(`${this.where(l)}: must read the model's token-id input directly`);
        const V = sizeOf(this.where(l), 'input_dim', c.input_dim);
        const D = sizeOf(this.where(l), 'output_dim', c.output_dim);
        const n = name();
        this.p.comment(`Embedding: Keras layer '${l.name}' (${V} x ${D}${c.mask_zero ? ', mask_zero' : ''})`);
        this.p.idRange(x.v, V);
        const y = this.p.let(n, `m.embedding(${x.v}, ${fmtOptions({ vocab: V, dim: D, name: n })})`);
        this.p.weight(`${n}.embeddings`, [V, D], this.need(l, 'embeddings', [V, D]).data);
        let mask = x.mask;
        if (c.mask_zero) mask = this.p.let(`${n}Mask`, `m.minimum(m.toFloat(${x.v}), 1)`);
        return [{ v: y, shape: ['B', 'T', D], ...(mask ? { mask } : {}) }];
      }
      case 'LSTM':
      case 'GRU':
      case 'SimpleRNN':
        return this.recurrent(l, l, ins, undefined);
      case 'Bidirectional': {
        const inner = c.layer as { class_name?: string; config?: Record<string, unknown> } | undefined;
        if (!inner || !['LSTM', 'GRU', 'SimpleRNN'].includes(String(inner.class_name))) throw new ImportError(`${this.where(l)}: wraps ${String(inner?.class_name)}; rnnc supports Bidirectional(LSTM | GRU | SimpleRNN)`);
        // Keras 3 always writes backward_layer; only a mirror of the forward layer is supported.
        const back = c.backward_layer as { class_name?: string; config?: Record<string, unknown> } | undefined;
        if (back) {
          const same = ['units', 'activation', 'recurrent_activation', 'use_bias', 'reset_after', 'return_sequences', 'return_state'].every((k) => JSON.stringify(back.config?.[k]) === JSON.stringify(inner.config?.[k]));
          if (back.class_name !== inner.class_name || !same) throw new ImportError(`${this.where(l)}: a backward_layer that differs from the forward layer is not supported`);
        }
        const merge = c.merge_mode === undefined ? 'concat' : c.merge_mode;
        if (!['concat', 'sum', 'mul', 'ave'].includes(String(merge))) throw new ImportError(`${this.where(l)}: merge_mode ${JSON.stringify(merge)} is not supported (concat, sum, mul, ave)`);
        const cell: KerasLayer = { name: l.name, className: String(inner.class_name), config: inner.config ?? {}, inbound: [], calls: 1 };
        return this.recurrent(l, cell, ins, String(merge) as 'concat' | 'sum' | 'mul' | 'ave');
      }
      case 'Dense':
        return [this.dense(l, l.config, x)];
      case 'TimeDistributed': {
        const inner = c.layer as { class_name?: string; config?: Record<string, unknown> } | undefined;
        if (inner?.class_name !== 'Dense') throw new ImportError(`${this.where(l)}: wraps ${String(inner?.class_name)}; rnnc supports TimeDistributed(Dense)`);
        return [this.dense(l, inner.config ?? {}, x)];
      }
      case 'Dropout':
      case 'SpatialDropout1D': {
        const rate = Number(c.rate ?? 0);
        if (rate <= 0) return [x];
        if (l.className === 'SpatialDropout1D' || c.noise_shape) {
          this.notes.push(`layer '${l.name}' (${l.className}${c.noise_shape ? ' with noise_shape' : ''}) becomes plain dropout (the same at inference)`);
        }
        const y = this.p.let(l.name, `m.dropout(${x.v}, ${rate})`);
        return [{ ...x, v: y }];
      }
      case 'Masking': {
        const F = this.seq(l, x);
        const mv = Number(c.mask_value ?? 0);
        this.p.comment(`Masking: Keras layer '${l.name}' (mask_value ${mv}): a step is padding when all ${F} features equal it`);
        const mask = this.p.let(`${l.name}Mask`, `m.rsub(1, m.equal(m.max(m.abs(${mv === 0 ? x.v : `m.sub(${x.v}, ${mv})`}), -1), 0))`);
        const y = this.p.let(l.name, `m.mul(${x.v}, m.expandDims(${mask}, -1))`);
        return [{ v: y, shape: x.shape, mask }];
      }
      case 'GlobalAveragePooling1D':
      case 'GlobalMaxPooling1D': {
        this.seq(l, x);
        if (c.data_format === 'channels_first') throw new ImportError(`${this.where(l)}: data_format 'channels_first' is not supported`);
        if (c.keepdims === true) throw new ImportError(`${this.where(l)}: keepdims is not supported`);
        const mode = l.className === 'GlobalAveragePooling1D' ? 'mean' : 'max';
        // Keras' average pooling honours the mask; tfjs' ignores it (and max pooling ignores it in both).
        const useMask = mode === 'mean' && this.model.producer !== 'tfjs' && x.mask !== undefined;
        if (mode === 'mean' && x.mask && !useMask) this.notes.push(`layer '${l.name}': tfjs' GlobalAveragePooling1D ignores the mask (Keras' does not); the rnnc model follows tfjs, which wrote the file`);
        const y = this.p.let(l.name, `m.pool(${x.v}, ${fmtOptions({ mode, mask: useMask ? code(x.mask!) : undefined })})`);
        return [{ v: y, shape: ['B', x.shape[2]] }];
      }
      case 'Activation': {
        const a = this.activation(l, c.activation, 'activation');
        const y = this.p.let(l.name, `m.activation('${a}', ${x.v})`);
        return [{ ...x, v: y }];
      }
      case 'Flatten':
      case 'Reshape': {
        const rest = x.shape.slice(1);
        const count = rest.every((d) => typeof d === 'number') ? (rest as number[]).reduce((a, d) => a * d, 1) : undefined;
        let target: (number | null)[] = l.className === 'Flatten' ? [count ?? null] : ((c.target_shape as (number | null)[]) ?? []);
        if (count !== undefined && target.filter((d) => d === -1 || d === null).length === 1) {
          const known = target.filter((d): d is number => typeof d === 'number' && d > 0).reduce((a, d) => a * d, 1);
          target = target.map((d) => (d === -1 || d === null ? count / known : d));
        }
        if (target.length === rest.length && target.every((d, i) => d === rest[i])) return [x];
        const ok = count !== undefined && target.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d > 0) && (target as number[]).reduce((a, d) => a * d, 1) === count;
        if (!ok) throw new ImportError(`${this.where(l)}: ${l.className} of [${x.shape.join(', ')}] to [batch, ${target.map((d) => d ?? 'None').join(', ')}] is not supported (static shapes without a time axis, or where it changes nothing)`);
        const shape: Dim[] = ['B', ...(target as number[])];
        const y = this.p.let(l.name, `m.reshape(${x.v}, [${shape.map((d) => (typeof d === 'number' ? d : `'${d}'`)).join(', ')}])`);
        return [{ v: y, shape }];
      }
      case 'Concatenate': {
        const axis = Number(c.axis ?? -1);
        const rank = x.shape.length;
        if (axis !== -1 && axis !== rank - 1) throw new ImportError(`${this.where(l)}: Concatenate along axis ${axis} is not supported (the last axis)`);
        const F = ins.reduce((a, t) => a + (t.shape[rank - 1] as number), 0);
        const y = this.p.let(l.name, `m.concat([${ins.map((t) => t.v).join(', ')}], -1)`);
        return [{ v: y, shape: [...x.shape.slice(0, -1), F], ...(x.mask ? { mask: x.mask } : {}) }];
      }
      case 'Add':
      case 'Multiply':
      case 'Average': {
        const op = l.className === 'Multiply' ? 'mul' : 'add';
        let expr = ins[0].v;
        for (const t of ins.slice(1)) expr = `m.${op}(${expr}, ${t.v})`;
        if (l.className === 'Average') expr = `m.mul(${expr}, ${1 / ins.length})`;
        return [{ ...x, v: this.p.let(l.name, expr) }];
      }
      default:
        throw new ImportError(`${this.where(l)}: layer class ${l.className} is not supported by rnnc import (supported: ${SUPPORTED_KERAS_LAYERS.join(', ')})`);
    }
  }

  private dense(l: KerasLayer, c: Record<string, unknown>, x: KTensor): KTensor {
    const I = x.shape[x.shape.length - 1];
    if (typeof I !== 'number') throw new ImportError(`${this.where(l)}: the input's last axis must be static, got [${x.shape.join(', ')}]`);
    const U = sizeOf(this.where(l), 'units', c.units);
    const act = this.activation(l, c.activation, 'activation');
    const useBias = c.use_bias !== false;
    const n = this.p.layerName(l.name);
    this.p.comment(`Dense: Keras layer '${l.name}' (${l.className}${l.className !== 'Dense' ? '(Dense)' : ''}, ${U} units${act !== 'linear' ? `, ${act}` : ''})`);
    const y = this.p.let(n, `m.dense(${x.v}, ${fmtOptions({ units: U, activation: act === 'linear' ? undefined : act, useBias: useBias ? undefined : false, name: n })})`);
    this.p.weight(`${n}.kernel`, [I, U], this.need(l, 'kernel', [I, U]).data);
    if (useBias) this.p.weight(`${n}.bias`, [U], this.need(l, 'bias', [U]).data);
    return { v: y, shape: [...x.shape.slice(0, -1), U], ...(x.mask ? { mask: x.mask } : {}) };
  }

  /** LSTM / GRU / SimpleRNN, alone (`merge` undefined) or inside Bidirectional. */
  private recurrent(l: KerasLayer, cell: KerasLayer, ins: KTensor[], merge: 'concat' | 'sum' | 'mul' | 'ave' | undefined): KTensor[] {
    const c = cell.config;
    const where = this.where(l);
    if (ins.length > 1) throw new ImportError(`${where}: initial states given as inputs are not supported`);
    const x = ins[0];
    const I = this.seq(l, x);
    if (c.time_major === true) throw new ImportError(`${where}: time_major=True is not supported`);
    const kind = cell.className === 'LSTM' ? 'lstm' : cell.className === 'GRU' ? 'gru' : 'simpleRNN';
    const H = sizeOf(where, 'units', c.units);
    const G = kind === 'lstm' ? 4 : kind === 'gru' ? 3 : 1;
    // GRU: Keras >= 2.3 and Keras 3 default to reset_after=True; tfjs and older Keras are reset-before.
    const resetAfter = kind === 'gru' ? (c.reset_after === undefined ? this.model.producer === 'keras3' : c.reset_after === true) : false;
    const activation = this.activation(l, c.activation ?? 'tanh', 'activation');
    const recurrentActivation = kind === 'simpleRNN' ? undefined : this.activation(l, c.recurrent_activation ?? (this.model.producer === 'tfjs' ? 'hard_sigmoid' : 'sigmoid'), 'recurrent_activation');
    const returnSequences = c.return_sequences === true;
    const returnState = c.return_state === true;
    const stateful = c.stateful === true;
    const useBias = c.use_bias !== false;
    const dropout = Number(c.dropout ?? 0) || undefined;
    const recurrentDropout = Number(c.recurrent_dropout ?? 0) || undefined;
    // Keras' Bidirectional zeroes the outputs of masked steps when it returns sequences; a plain
    // RNN (and tfjs' Bidirectional) repeats the previous output.
    const maskOutput = x.mask ? (merge && returnSequences && this.model.producer !== 'tfjs' ? 'zero' : 'previous') : undefined;
    const stateNames = kind === 'lstm' ? ['h', 'c'] : ['h'];
    const n = this.p.layerName(l.name);
    const weightsOf = (prefix: string, role: string) => {
      const k = this.need(l, role ? `${role}.kernel` : 'kernel', [I, G * H]);
      const r = this.need(l, role ? `${role}.recurrent_kernel` : 'recurrent_kernel', [H, G * H]);
      const bShape = resetAfter ? [2, G * H] : [G * H];
      const b = useBias ? this.need(l, role ? `${role}.bias` : 'bias', bShape) : { shape: bShape, data: new Float32Array(bShape.reduce((a, d) => a * d, 1)) };
      this.p.weight(`${prefix}.kernel`, k.shape, k.data);
      this.p.weight(`${prefix}.recurrent_kernel`, r.shape, r.data);
      this.p.weight(`${prefix}.bias`, b.shape, b.data);
    };
    if (!useBias) this.notes.push(`layer '${l.name}' has no bias (use_bias=False); the rnnc layer has one, set to zeros`);
    const opts = (name: string, extra: Record<string, unknown>) =>
      fmtOptions({
        units: H,
        returnSequences: returnSequences || undefined,
        returnState: returnState || undefined,
        ...extra,
        mask: x.mask ? code(x.mask) : undefined,
        maskOutput,
        stateful: stateful || undefined,
        dropout,
        recurrentDropout,
        activation: activation === 'tanh' ? undefined : activation,
        recurrentActivation: recurrentActivation === undefined || recurrentActivation === 'sigmoid' ? undefined : recurrentActivation,
        resetAfter: kind === 'gru' ? resetAfter : undefined,
        name,
      });
    const what = `${cell.className}, ${H} units${returnSequences ? ', return_sequences' : ''}${returnState ? ', return_state' : ''}${c.go_backwards ? ', go_backwards' : ''}${kind === 'gru' ? `, reset_after=${resetAfter}` : ''}`;
    const outShape: Dim[] = returnSequences ? ['B', 'T', merge === 'concat' ? 2 * H : H] : ['B', merge === 'concat' ? 2 * H : H];
    const outMask = returnSequences && x.mask ? { mask: x.mask } : {};

    if (!merge || merge === 'concat' || merge === 'sum') {
      if (merge && c.go_backwards) throw new ImportError(`${where}: go_backwards inside Bidirectional is not supported`);
      this.p.comment(`${merge ? `Bidirectional(${cell.className}), merge_mode ${merge}` : cell.className}: Keras layer '${l.name}' (${what})`);
      const r = this.p.let(n, `m.${kind}(${x.v}, ${opts(n, { bidirectional: merge, goBackwards: c.go_backwards === true || undefined })})`);
      if (merge) {
        weightsOf(`${n}.forward`, 'forward');
        weightsOf(`${n}.backward`, 'backward');
      } else weightsOf(n, '');
      const out: KTensor[] = [{ v: this.p.let(`${n}Out`, `${r}.output`), shape: outShape, ...outMask }];
      if (returnState) {
        for (let d = 0; d < (merge ? 2 : 1); d++) for (const s of stateNames) out.push({ v: `${r}.states[${d}].${s}`, shape: ['B', H] });
      }
      return out;
    }
    // mul / ave: two layers, the backward one reading the sequence from the end; its sequence is
    // flipped back so that both are aligned with the input, as Keras' Bidirectional does.
    this.p.comment(`Bidirectional(${cell.className}), merge_mode ${merge}: Keras layer '${l.name}' (${what}) as two layers`);
    const fw = this.p.layerName(`${l.name}_forward`);
    const bw = this.p.layerName(`${l.name}_backward`);
    const f = this.p.let(fw, `m.${kind}(${x.v}, ${opts(fw, {})})`);
    const b = this.p.let(bw, `m.${kind}(${x.v}, ${opts(bw, { goBackwards: true })})`);
    weightsOf(fw, 'forward');
    weightsOf(bw, 'backward');
    const bOut = returnSequences ? `m.flip(${b}.output, 1)` : `${b}.output`;
    const merged = merge === 'mul' ? `m.mul(${f}.output, ${bOut})` : `m.mul(m.add(${f}.output, ${bOut}), 0.5)`;
    const out: KTensor[] = [{ v: this.p.let(`${n}Out`, merged), shape: outShape, ...outMask }];
    if (returnState) for (const r of [f, b]) for (const s of stateNames) out.push({ v: `${r}.states[0].${s}`, shape: ['B', H] });
    return out;
  }
}

const key = (r: TensorRef): string => `${r[0]}:${r[1]}:${r[2]}`;
