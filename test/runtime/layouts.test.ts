import { describe, it, expect } from 'vitest';
import { GROUP_PARAMS, type WeightGroup } from '../../src/ir/types.js';
import { exportWeights, expectedTensors, importWeights, type Layout, type WeightsMeta } from '../../src/runtime/layouts.js';
import { readSafetensors, writeSafetensors, type NamedTensor } from '../../src/runtime/safetensors.js';
import { WeightsError } from '../../src/runtime/errors.js';

type Rec = Extract<WeightGroup, { kind: 'lstm' | 'gru' | 'simple_rnn' }>;

function rec(kind: Rec['kind'], path: string, I: number, H: number, extra: Partial<Rec> = {}): Rec {
  return { kind, path, layer: path.split('.')[0], index: 0, reverse: false, bidirectional: false, input: I, units: H, ...extra };
}

/** The rnnc parameters a group implies (written out independently of layouts.ts). */
function paramsOf(g: WeightGroup): { name: string; shape: number[] }[] {
  const p = (local: string, shape: number[]) => ({ name: `${g.path}.${local}`, shape });
  if (g.kind === 'dense') return [p('W', [g.input, g.units]), ...(g.bias ? [p('b', [g.units])] : [])];
  if (g.kind === 'embedding') return [p('E', [g.vocab, g.dim])];
  const I = g.input;
  const H = g.units;
  const locals: string[] =
    g.kind === 'lstm'
      ? [...GROUP_PARAMS.lstm, ...(g.peepholes ? GROUP_PARAMS.lstmPeepholes : [])]
      : g.kind === 'gru'
        ? [...GROUP_PARAMS.gru, ...(g.resetAfter ? GROUP_PARAMS.gruResetAfter : [])]
        : [...GROUP_PARAMS.simple_rnn];
  return locals.map((l) => p(l, l[0] === 'W' ? [I, H] : l[0] === 'U' ? [H, H] : [H]));
}

function meta(groups: WeightGroup[], loose: { name: string; shape: number[] }[] = []): WeightsMeta {
  return { groups, params: [...groups.flatMap(paramsOf), ...loose] };
}

/** Every parameter gets distinct values: 1000 * (its index + 1) + flat index. */
function pattern(m: WeightsMeta): Map<string, Float32Array> {
  return new Map(
    m.params.map((p, k) => {
      const n = p.shape.reduce((a, b) => a * b, 1);
      return [p.name, Float32Array.from({ length: n }, (_, i) => 1000 * (k + 1) + i)];
    }),
  );
}

const at2 = (t: NamedTensor, r: number, c: number) => t.data[r * t.shape[t.shape.length - 1] + c];
const rowOf = (t: NamedTensor, r: number) => Array.from(t.data.subarray(r * t.shape[1], (r + 1) * t.shape[1]));
const f32 = (shape: number[], values: ArrayLike<number>): NamedTensor => ({ dtype: 'f32', shape, data: Float32Array.from(values) });

function weightsError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(WeightsError);
    return (e as Error).message;
  }
  throw new Error('expected a WeightsError');
}

/** Bitwise equality of two parameter maps (distinguishes -0 and NaN payloads). */
function expectSameParams(a: Map<string, Float32Array>, b: Map<string, Float32Array>) {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [k, v] of a) expect(Array.from(new Uint32Array(b.get(k)!.slice().buffer)), k).toEqual(Array.from(new Uint32Array(v.slice().buffer)));
}

describe('pytorch layout: element placement', () => {
  const I = 3;
  const H = 2;

  it('LSTM: gates i,f,g,o as transposed row blocks; bias_hh zeros; bias sums on import', () => {
    const m = meta([rec('lstm', 'enc', I, H)]);
    const p = pattern(m);
    const t = exportWeights(m, p, 'pytorch');
    expect([...t.keys()].sort()).toEqual(['enc.bias_hh_l0', 'enc.bias_ih_l0', 'enc.weight_hh_l0', 'enc.weight_ih_l0']);
    const wih = t.get('enc.weight_ih_l0')!;
    const whh = t.get('enc.weight_hh_l0')!;
    expect(wih.shape).toEqual([4 * H, I]);
    expect(whh.shape).toEqual([4 * H, H]);
    for (const [g, gate] of ['i', 'f', 'c', 'o'].entries()) {
      const W = p.get(`enc.W_${gate}`)!;
      const U = p.get(`enc.U_${gate}`)!;
      for (let i = 0; i < I; i++) for (let j = 0; j < H; j++) expect(at2(wih, g * H + j, i)).toBe(W[i * H + j]);
      for (let i = 0; i < H; i++) for (let j = 0; j < H; j++) expect(at2(whh, g * H + j, i)).toBe(U[i * H + j]);
    }
    // W_f lands at rows H..2H of weight_ih, transposed: row H + j = column j of W_f.
    const Wf = p.get('enc.W_f')!;
    expect(rowOf(wih, H + 1)).toEqual([Wf[1], Wf[H + 1], Wf[2 * H + 1]]);
    expect(Array.from(t.get('enc.bias_ih_l0')!.data)).toEqual(['i', 'f', 'c', 'o'].flatMap((g) => Array.from(p.get(`enc.b_${g}`)!)));
    expect(Array.from(t.get('enc.bias_hh_l0')!.data)).toEqual(new Array(4 * H).fill(0));

    const tensors = new Map(t);
    tensors.set('enc.bias_ih_l0', f32([8], [1, 2, 3, 4, 5, 6, 7, 8]));
    tensors.set('enc.bias_hh_l0', f32([8], [10, 20, 30, 40, 50, 60, 70, 80]));
    const back = importWeights(m, tensors, 'pytorch');
    expect(Array.from(back.get('enc.b_i')!)).toEqual([11, 22]);
    expect(Array.from(back.get('enc.b_f')!)).toEqual([33, 44]);
    expect(Array.from(back.get('enc.b_c')!)).toEqual([55, 66]);
    expect(Array.from(back.get('enc.b_o')!)).toEqual([77, 88]);
  });

  it('GRU (resetAfter): gates r,z,n; b_h from bias_ih only, rb_h from bias_hh', () => {
    const m = meta([rec('gru', 'g', I, H, { resetAfter: true })]);
    const p = pattern(m);
    const t = exportWeights(m, p, 'pytorch');
    const wih = t.get('g.weight_ih_l0')!;
    expect(wih.shape).toEqual([3 * H, I]);
    for (const [g, gate] of ['r', 'z', 'h'].entries()) {
      const W = p.get(`g.W_${gate}`)!;
      const U = p.get(`g.U_${gate}`)!;
      for (let i = 0; i < I; i++) for (let j = 0; j < H; j++) expect(at2(wih, g * H + j, i)).toBe(W[i * H + j]);
      for (let i = 0; i < H; i++) for (let j = 0; j < H; j++) expect(at2(t.get('g.weight_hh_l0')!, g * H + j, i)).toBe(U[i * H + j]);
    }
    const b = (n: string) => Array.from(p.get(`g.${n}`)!);
    expect(Array.from(t.get('g.bias_ih_l0')!.data)).toEqual([...b('b_r'), ...b('b_z'), ...b('b_h')]);
    expect(Array.from(t.get('g.bias_hh_l0')!.data)).toEqual([0, 0, 0, 0, ...b('rb_h')]);

    const tensors = new Map(t);
    tensors.set('g.bias_ih_l0', f32([6], [1, 2, 3, 4, 5, 6]));
    tensors.set('g.bias_hh_l0', f32([6], [10, 20, 30, 40, 50, 60]));
    const back = importWeights(m, tensors, 'pytorch');
    expect(Array.from(back.get('g.b_r')!)).toEqual([11, 22]);
    expect(Array.from(back.get('g.b_z')!)).toEqual([33, 44]);
    expect(Array.from(back.get('g.b_h')!)).toEqual([5, 6]);
    expect(Array.from(back.get('g.rb_h')!)).toEqual([50, 60]);
  });

  it('simple_rnn, dense and embedding', () => {
    const m = meta([
      rec('simple_rnn', 'rnn', I, H),
      { kind: 'dense', path: 'head', input: H, units: 4, bias: true },
      { kind: 'dense', path: 'proj', input: 4, units: 2, bias: false },
      { kind: 'embedding', path: 'emb', vocab: 5, dim: 3 },
    ]);
    const p = pattern(m);
    const t = exportWeights(m, p, 'pytorch');
    expect([...t.keys()].sort()).toEqual([
      'emb.weight', 'head.bias', 'head.weight', 'proj.weight',
      'rnn.bias_hh_l0', 'rnn.bias_ih_l0', 'rnn.weight_hh_l0', 'rnn.weight_ih_l0',
    ]);
    const W = p.get('rnn.W')!;
    const wih = t.get('rnn.weight_ih_l0')!;
    expect(wih.shape).toEqual([H, I]);
    for (let i = 0; i < I; i++) for (let j = 0; j < H; j++) expect(at2(wih, j, i)).toBe(W[i * H + j]);
    expect(Array.from(t.get('rnn.bias_hh_l0')!.data)).toEqual([0, 0]);
    const hw = t.get('head.weight')!;
    expect(hw.shape).toEqual([4, H]);
    const DW = p.get('head.W')!; // [H, 4]
    for (let i = 0; i < H; i++) for (let o = 0; o < 4; o++) expect(at2(hw, o, i)).toBe(DW[i * 4 + o]);
    expect(t.get('emb.weight')).toEqual(f32([5, 3], p.get('emb.E')!));

    const tensors = new Map(t);
    tensors.set('rnn.bias_ih_l0', f32([2], [1, 2]));
    tensors.set('rnn.bias_hh_l0', f32([2], [0.5, 0.25]));
    expect(Array.from(importWeights(m, tensors, 'pytorch').get('rnn.b')!)).toEqual([1.5, 2.25]);
  });

  it('names stacked and bidirectional layers _l{k} and _reverse', () => {
    const H2 = 2;
    const groups: WeightGroup[] = [
      rec('lstm', 'enc.l0.fw', 3, H2, { layer: 'enc', index: 0, bidirectional: true }),
      rec('lstm', 'enc.l0.bw', 3, H2, { layer: 'enc', index: 0, reverse: true, bidirectional: true }),
      rec('lstm', 'enc.l1.fw', 2 * H2, H2, { layer: 'enc', index: 1, bidirectional: true }),
      rec('lstm', 'enc.l1.bw', 2 * H2, H2, { layer: 'enc', index: 1, reverse: true, bidirectional: true }),
    ];
    const m = meta(groups);
    const names = expectedTensors(m, 'pytorch');
    const sfx = ['_l0', '_l0_reverse', '_l1', '_l1_reverse'];
    expect(names.map((t) => t.name).sort()).toEqual(
      sfx.flatMap((s) => ['weight_ih', 'weight_hh', 'bias_ih', 'bias_hh'].map((w) => `enc.${w}${s}`)).sort(),
    );
    expect(names.find((t) => t.name === 'enc.weight_ih_l1_reverse')!.shape).toEqual([8, 4]);
    expect(names.find((t) => t.name === 'enc.weight_ih_l0')!.shape).toEqual([8, 3]);
    const p = pattern(m);
    const t = exportWeights(m, p, 'pytorch');
    // W_o of the second layer's backward cell: rows 3H..4H of enc.weight_ih_l1_reverse, transposed.
    const Wo = p.get('enc.l1.bw.W_o')!;
    const w = t.get('enc.weight_ih_l1_reverse')!;
    for (let i = 0; i < 2 * H2; i++) for (let j = 0; j < H2; j++) expect(at2(w, 3 * H2 + j, i)).toBe(Wo[i * H2 + j]);
    expect(Array.from(t.get('enc.bias_ih_l0_reverse')!.data.subarray(0, H2))).toEqual(Array.from(p.get('enc.l0.bw.b_i')!));
  });
});

describe('keras layout: element placement', () => {
  const I = 3;
  const H = 2;

  it('LSTM: column blocks i,f,c,o; peephole names', () => {
    const m = meta([rec('lstm', 'lstm', I, H, { peepholes: true })]);
    const p = pattern(m);
    const t = exportWeights(m, p, 'keras');
    expect([...t.keys()].sort()).toEqual([
      'lstm.bias', 'lstm.forget_gate_peephole_weights', 'lstm.input_gate_peephole_weights',
      'lstm.kernel', 'lstm.output_gate_peephole_weights', 'lstm.recurrent_kernel',
    ]);
    const k = t.get('lstm.kernel')!;
    const rk = t.get('lstm.recurrent_kernel')!;
    expect(k.shape).toEqual([I, 4 * H]);
    expect(rk.shape).toEqual([H, 4 * H]);
    for (const [g, gate] of ['i', 'f', 'c', 'o'].entries()) {
      const W = p.get(`lstm.W_${gate}`)!;
      const U = p.get(`lstm.U_${gate}`)!;
      for (let i = 0; i < I; i++) for (let j = 0; j < H; j++) expect(at2(k, i, g * H + j)).toBe(W[i * H + j]);
      for (let i = 0; i < H; i++) for (let j = 0; j < H; j++) expect(at2(rk, i, g * H + j)).toBe(U[i * H + j]);
    }
    expect(Array.from(t.get('lstm.bias')!.data)).toEqual(['i', 'f', 'c', 'o'].flatMap((g) => Array.from(p.get(`lstm.b_${g}`)!)));
    expect(t.get('lstm.forget_gate_peephole_weights')).toEqual(f32([H], p.get('lstm.P_f')!));
    expect(t.get('lstm.output_gate_peephole_weights')).toEqual(f32([H], p.get('lstm.P_o')!));
  });

  it('GRU: z,r,h column blocks; reset_after bias [2, 3H] with summed gates', () => {
    const m = meta([rec('gru', 'gru', I, H, { resetAfter: true })]);
    const p = pattern(m);
    const t = exportWeights(m, p, 'keras');
    const k = t.get('gru.kernel')!;
    expect(k.shape).toEqual([I, 3 * H]);
    for (const [g, gate] of ['z', 'r', 'h'].entries()) {
      const W = p.get(`gru.W_${gate}`)!;
      for (let i = 0; i < I; i++) for (let j = 0; j < H; j++) expect(at2(k, i, g * H + j)).toBe(W[i * H + j]);
    }
    const bias = t.get('gru.bias')!;
    const b = (n: string) => Array.from(p.get(`gru.${n}`)!);
    expect(bias.shape).toEqual([2, 3 * H]);
    expect(rowOf(bias, 0)).toEqual([...b('b_z'), ...b('b_r'), ...b('b_h')]);
    expect(rowOf(bias, 1)).toEqual([0, 0, 0, 0, ...b('rb_h')]);

    const tensors = new Map(t);
    tensors.set('gru.bias', f32([2, 6], [1, 2, 3, 4, 5, 6, 10, 20, 30, 40, 50, 60]));
    const back = importWeights(m, tensors, 'keras');
    expect(Array.from(back.get('gru.b_z')!)).toEqual([11, 22]);
    expect(Array.from(back.get('gru.b_r')!)).toEqual([33, 44]);
    expect(Array.from(back.get('gru.b_h')!)).toEqual([5, 6]);
    expect(Array.from(back.get('gru.rb_h')!)).toEqual([50, 60]);
  });

  it('GRU without reset_after has a flat [3H] bias', () => {
    const m = meta([rec('gru', 'gru', I, H, { resetAfter: false })]);
    const p = pattern(m);
    const t = exportWeights(m, p, 'keras');
    const b = (n: string) => Array.from(p.get(`gru.${n}`)!);
    expect(t.get('gru.bias')).toEqual(f32([3 * H], [...b('b_z'), ...b('b_r'), ...b('b_h')]));
    expect(t.get('gru.recurrent_kernel')!.shape).toEqual([H, 3 * H]);
    expect(at2(t.get('gru.recurrent_kernel')!, 1, H)).toBe(p.get('gru.U_r')![1 * H + 0]);
  });

  it('simple_rnn, dense, embedding and bidirectional prefixes', () => {
    const m = meta([
      rec('simple_rnn', 'enc.l1.fw', I, H, { layer: 'enc', index: 1, bidirectional: true }),
      rec('simple_rnn', 'enc.l1.bw', I, H, { layer: 'enc', index: 1, bidirectional: true, reverse: true }),
      { kind: 'dense', path: 'out', input: 2 * H, units: 3, bias: true },
      { kind: 'embedding', path: 'emb', vocab: 4, dim: I },
    ]);
    const p = pattern(m);
    const t = exportWeights(m, p, 'keras');
    expect([...t.keys()].sort()).toEqual([
      'emb.embeddings',
      'enc.l1.backward.bias', 'enc.l1.backward.kernel', 'enc.l1.backward.recurrent_kernel',
      'enc.l1.forward.bias', 'enc.l1.forward.kernel', 'enc.l1.forward.recurrent_kernel',
      'out.bias', 'out.kernel',
    ]);
    expect(t.get('enc.l1.backward.kernel')).toEqual(f32([I, H], p.get('enc.l1.bw.W')!));
    expect(t.get('enc.l1.forward.recurrent_kernel')).toEqual(f32([H, H], p.get('enc.l1.fw.U')!));
    expect(t.get('out.kernel')).toEqual(f32([2 * H, 3], p.get('out.W')!));
    expect(t.get('emb.embeddings')).toEqual(f32([4, I], p.get('emb.E')!));
  });
});

describe('round trips', () => {
  const groups: WeightGroup[] = [
    { kind: 'embedding', path: 'emb', vocab: 6, dim: 4 },
    rec('lstm', 'enc.l0.fw', 4, 3, { layer: 'enc', index: 0, bidirectional: true }),
    rec('lstm', 'enc.l0.bw', 4, 3, { layer: 'enc', index: 0, reverse: true, bidirectional: true }),
    rec('gru', 'dec.l0', 6, 5, { layer: 'dec', index: 0, resetAfter: true }),
    rec('gru', 'dec.l1', 5, 5, { layer: 'dec', index: 1, resetAfter: true }),
    rec('simple_rnn', 'aux', 5, 2),
    { kind: 'dense', path: 'head', input: 5, units: 7, bias: true },
  ];
  const loose = [{ name: 'temperature', shape: [] as number[] }, { name: 'scale', shape: [2, 2] }];
  const kerasOnly: WeightGroup[] = [
    rec('lstm', 'peep', 2, 3, { peepholes: true }),
    rec('gru', 'classic', 3, 2, { resetAfter: false }),
    { kind: 'dense', path: 'nobias', input: 2, units: 2, bias: false },
  ];

  function randomParams(m: WeightsMeta): Map<string, Float32Array> {
    let s = 12345;
    const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32 - 0.5) * 4;
    const p = new Map(m.params.map((q) => [q.name, Float32Array.from({ length: q.shape.reduce((a, b) => a * b, 1) }, next)]));
    p.get('dec.l0.b_r')![0] = -0; // a negative zero survives the bias split
    return p;
  }

  for (const layout of ['rnnc', 'pytorch', 'keras'] as Layout[]) {
    it(`${layout}: export -> safetensors -> import is bit-exact`, () => {
      const m = meta(layout === 'pytorch' ? groups : [...groups, ...kerasOnly], loose);
      const p = randomParams(m);
      const exported = exportWeights(m, p, layout);
      expect([...exported.keys()].sort()).toEqual(expectedTensors(m, layout).map((t) => t.name).sort());
      for (const e of expectedTensors(m, layout)) expect(exported.get(e.name)!.shape, e.name).toEqual(e.shape);
      const file = readSafetensors(writeSafetensors(exported));
      const back = importWeights(m, file, layout);
      expectSameParams(back, p);
      expect(Object.is(back.get('dec.l0.b_r')![0], -0)).toBe(true);
    });
  }

  it('loose parameters keep their rnnc names and shapes in every layout', () => {
    const m = meta(groups, loose);
    for (const layout of ['rnnc', 'pytorch', 'keras'] as Layout[]) {
      const e = expectedTensors(m, layout);
      expect(e).toContainEqual({ name: 'temperature', shape: [] });
      expect(e).toContainEqual({ name: 'scale', shape: [2, 2] });
    }
    expect(expectedTensors(m, 'rnnc')).toEqual(m.params.map((q) => ({ name: q.name, shape: q.shape })));
  });

  it('converts between layouts through rnnc (pytorch -> rnnc -> keras -> rnnc)', () => {
    const m = meta(groups, loose);
    const p = randomParams(m);
    const viaPt = importWeights(m, exportWeights(m, p, 'pytorch'), 'pytorch');
    const viaKeras = importWeights(m, exportWeights(m, viaPt, 'keras'), 'keras');
    expectSameParams(viaKeras, p);
  });

  it('accepts a plain record of params', () => {
    const m = meta([{ kind: 'dense', path: 'd', input: 2, units: 1, bias: true }]);
    const t = exportWeights(m, { 'd.W': new Float32Array([1, 2]), 'd.b': new Float32Array([3]) }, 'pytorch');
    expect(t.get('d.weight')).toEqual(f32([1, 2], [1, 2]));
    expect(t.get('d.bias')).toEqual(f32([1], [3]));
  });
});

describe('layout errors', () => {
  const m = meta([rec('lstm', 'enc', 3, 2)]);
  const good = () => exportWeights(m, pattern(m), 'pytorch');

  it('reports a missing tensor with its expected shape', () => {
    const t = good();
    t.delete('enc.bias_hh_l0');
    expect(weightsError(() => importWeights(m, t, 'pytorch', 'w.safetensors'))).toBe(
      "w.safetensors: missing tensor 'enc.bias_hh_l0' (expected shape [8])",
    );
  });

  it('reports an unexpected tensor with its shape', () => {
    const t = good();
    t.set('enc.weight_ih_l1', f32([8, 2], new Float32Array(16)));
    expect(weightsError(() => importWeights(m, t, 'pytorch'))).toMatch(/^weights: unexpected tensor 'enc\.weight_ih_l1' with shape \[8, 2\]/);
  });

  it('reports a mis-shaped tensor', () => {
    const t = good();
    t.set('enc.weight_ih_l0', f32([8, 2], new Float32Array(16)));
    expect(weightsError(() => importWeights(m, t, 'pytorch'))).toBe("weights: tensor 'enc.weight_ih_l0': expected shape [8, 3], got [8, 2]");
  });

  it('reports a wrong dtype', () => {
    const t = good();
    t.set('enc.bias_ih_l0', { dtype: 'i32', shape: [8], data: new Int32Array(8) });
    expect(weightsError(() => importWeights(m, t, 'pytorch'))).toBe("weights: tensor 'enc.bias_ih_l0': expected dtype f32, got i32");
  });

  it('collects every problem into one message', () => {
    const t = good();
    t.delete('enc.weight_hh_l0');
    t.set('enc.bias_ih_l0', f32([4], new Float32Array(4)));
    t.set('stray', f32([1], [0]));
    const msg = weightsError(() => importWeights(m, t, 'pytorch', 'f'));
    const parts = msg.replace(/^f: /, '').split('; ');
    expect(parts).toHaveLength(3);
    expect(parts).toContain("missing tensor 'enc.weight_hh_l0' (expected shape [8, 2])");
    expect(parts).toContain("tensor 'enc.bias_ih_l0': expected shape [8], got [4]");
    expect(parts.some((s) => s.startsWith("unexpected tensor 'stray' with shape [1]"))).toBe(true);
  });

  it('checks rnnc-layout files the same way', () => {
    const t = exportWeights(m, pattern(m), 'rnnc');
    t.set('enc.W_i', f32([2, 2], new Float32Array(4)));
    expect(weightsError(() => importWeights(m, t, 'rnnc'))).toBe("weights: tensor 'enc.W_i': expected shape [3, 2], got [2, 2]");
    // pytorch names are unexpected in the rnnc layout
    expect(weightsError(() => importWeights(m, good(), 'rnnc'))).toMatch(/missing tensor 'enc\.W_i'.*unexpected tensor 'enc\.weight_ih_l0'/);
  });

  it('rejects GRU with resetAfter: false in the pytorch layout, explaining why', () => {
    const g = meta([rec('gru', 'dec', 3, 2, { resetAfter: false })]);
    const msg = weightsError(() => importWeights(g, new Map(), 'pytorch', 'w.st'));
    expect(msg).toMatch(/^w\.st: layer 'dec'/);
    expect(msg).toMatch(/reset gate after the recurrent matmul/);
    expect(msg).toMatch(/resetAfter: true/);
    expect(() => expectedTensors(g, 'pytorch')).toThrow(WeightsError);
    expect(() => exportWeights(g, pattern(g), 'pytorch')).toThrow(/resetAfter: true/);
  });

  it('rejects LSTM peepholes in the pytorch layout', () => {
    const g = meta([rec('lstm', 'cell', 3, 2, { peepholes: true })]);
    expect(weightsError(() => importWeights(g, new Map(), 'pytorch'))).toMatch(/^weights: layer 'cell' .*peepholes.*PyTorch/);
    expect(() => exportWeights(g, pattern(g), 'pytorch')).toThrow(/peepholes/);
  });

  it('rejects missing, mis-sized and unknown params on export', () => {
    const p = pattern(m);
    p.delete('enc.U_c');
    p.set('enc.b_o', new Float32Array(3));
    p.set('enc.extra', new Float32Array(1));
    const msg = weightsError(() => exportWeights(m, p, 'keras'));
    expect(msg).toMatch(/missing parameter 'enc\.U_c' \(shape \[2, 2\]\)/);
    expect(msg).toMatch(/parameter 'enc\.b_o': expected 2 elements for shape \[2\], got 3/);
    expect(msg).toMatch(/unknown parameter 'enc\.extra'/);
  });

  it('rejects an unknown layout name', () => {
    expect(weightsError(() => importWeights(m, good(), 'onnx' as Layout))).toMatch(/unknown weights layout 'onnx'/);
  });

  it('treats a group without its parameters as a compiler bug, not a weights error', () => {
    const broken: WeightsMeta = { groups: [rec('lstm', 'enc', 3, 2)], params: paramsOf(rec('lstm', 'enc', 3, 2)).slice(1) };
    expect(() => expectedTensors(broken, 'keras')).toThrow(/internal: .*'enc\.W_i'/);
    let err: unknown;
    try {
      expectedTensors(broken, 'keras');
    } catch (e) {
      err = e;
    }
    expect(err).not.toBeInstanceOf(WeightsError);
  });
});

describe('bounded messages and finite weights (issue 19, items 7 and 9)', () => {
  const m = meta([rec('lstm', 'enc', 3, 2)]);
  const good = () => exportWeights(m, pattern(m), 'pytorch');

  it('lists the first 8 problems, then "and N more"', () => {
    const t = good();
    for (let i = 0; i < 100_000; i++) t.set(`stray${i}`, f32([0], []));
    const msg = weightsError(() => importWeights(m, t, 'pytorch', 'big.safetensors'));
    expect(msg.length).toBeLessThan(1200);
    expect(msg).toMatch(/^big\.safetensors: unexpected tensor 'stray0' with shape \[0\] .*; unexpected tensor 'stray7' with shape \[0\] [^;]*; and 99992 more$/);
    expect(msg.split('; ')).toHaveLength(9);
  });

  it('cuts long tensor names short in messages', () => {
    const t = good();
    t.set('x'.repeat(100_000), f32([1], [0]));
    const msg = weightsError(() => importWeights(m, t, 'pytorch'));
    expect(msg).toMatch(/^weights: unexpected tensor 'x{120}\.\.\. \(100000 chars\)' with shape \[1\]/);
    expect(msg.length).toBeLessThan(300);
    const exp = weightsError(() => exportWeights(m, new Map([...pattern(m), ['y'.repeat(100_000), new Float32Array(1)]]), 'pytorch'));
    expect(exp.length).toBeLessThan(300);
  });

  it('refuses NaN and infinite weights, naming the tensor and the element', () => {
    const t = good();
    const w = t.get('enc.weight_hh_l0')!;
    w.data[5] = Number.NaN; // row 2, column 1 of [8, 2]
    w.data[7] = Number.POSITIVE_INFINITY;
    t.get('enc.bias_ih_l0')!.data[0] = Number.NEGATIVE_INFINITY;
    const msg = weightsError(() => importWeights(m, t, 'pytorch', 'nan.safetensors'));
    expect(msg).toBe(
      "nan.safetensors: tensor 'enc.weight_hh_l0': element 5 (at [2, 1]) is NaN (2 non-finite in all); weights must be finite; " +
        "tensor 'enc.bias_ih_l0': element 0 is -Infinity (1 non-finite in all); weights must be finite",
    );
  });

  it('refuses non-finite weights in every layout, through the file reader too', () => {
    const p = pattern(m);
    p.get('enc.U_o')![3] = Number.NaN;
    for (const layout of ['rnnc', 'pytorch', 'keras'] as Layout[]) {
      const file = writeSafetensors(exportWeights(m, p, layout));
      expect(weightsError(() => importWeights(m, readSafetensors(file), layout))).toMatch(/is NaN .*weights must be finite/);
    }
  });
});
