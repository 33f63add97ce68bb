// The built-in recurrent cells, each one step written with the DSL's primitive ops. Formulas follow
// Keras and PyTorch so their weights load through the layouts (src/runtime/layouts.ts):
//   LSTM   i = ra(x W_i + h U_i + b_i [+ P_i c])     f = ra(x W_f + h U_f + b_f [+ P_f c])
//          g = act(x W_c + h U_c + b_c)               c' = f c + i g
//          o = ra(x W_o + h U_o + b_o [+ P_o c'])    h' = o act(c')
//   GRU    z = ra(x W_z + h U_z + b_z)                r = ra(x W_r + h U_r + b_r)
//          resetAfter:  n = act(x W_h + b_h + r (h U_h + rb_h))   (PyTorch, cuDNN, Keras 2.3+ default)
//          resetBefore: n = act(x W_h + (r h) U_h + b_h)          (Cho et al., Keras 0.x, tfjs default)
//          h' = z h + (1 - z) n
//   SimpleRNN h' = act(x W + h U + b)

import type { F32 } from '../tensor.js';
import type { Activation, Initializer, OpsBuilder } from '../builder.js';

export type CellKind = 'lstm' | 'gru' | 'simple_rnn';

export interface CellConfig {
  input: number;
  units: number;
  activation: Activation;
  recurrentActivation: Activation;
  kernelInit: Initializer;
  recurrentInit: Initializer;
  biasInit: Initializer;
  unitForgetBias: boolean;
  peepholes: boolean;
  resetAfter: boolean;
  gateBias: number;
}

type State = Record<string, F32>;

export interface Cell {
  readonly kind: CellKind;
  readonly stateNames: readonly string[];
  /**
   * Declares the cell's parameters under `path` and returns its step function. `rmask` (recurrent
   * dropout) scales h where it enters the recurrent matmuls only, as Keras does.
   */
  make(m: OpsBuilder, path: string, c: CellConfig): (x: F32, s: State, rmask?: F32) => State;
}

const gateBias = (c: CellConfig, v: number): Initializer => (v === 0 ? c.biasInit : { kind: 'constant', value: v });

export const lstmCell: Cell = {
  kind: 'lstm',
  stateNames: ['h', 'c'],
  make(m, path, c) {
    const { input: I, units: H } = c;
    const W = (g: string) => m.param(`${path}.W_${g}`, [I, H], c.kernelInit);
    const U = (g: string) => m.param(`${path}.U_${g}`, [H, H], c.recurrentInit);
    const Wi = W('i'), Wf = W('f'), Wc = W('c'), Wo = W('o');
    const Ui = U('i'), Uf = U('f'), Uc = U('c'), Uo = U('o');
    const bi = m.param(`${path}.b_i`, [H], c.biasInit);
    const bf = m.param(`${path}.b_f`, [H], c.unitForgetBias ? 'ones' : c.biasInit);
    const bc = m.param(`${path}.b_c`, [H], c.biasInit);
    const bo = m.param(`${path}.b_o`, [H], c.biasInit);
    const P = c.peepholes ? { i: m.param(`${path}.P_i`, [H], 'zeros'), f: m.param(`${path}.P_f`, [H], 'zeros'), o: m.param(`${path}.P_o`, [H], 'zeros') } : undefined;
    const ra = (x: F32) => m.activation(c.recurrentActivation, x);
    const act = (x: F32) => m.activation(c.activation, x);
    return (x, { h, c: cPrev }, rmask) => {
      const hr = rmask ? m.mul(h, rmask) : h;
      const pre = (w: F32, u: F32, b: F32) => m.add(m.add(m.matmul(x as never, w as never), m.matmul(hr as never, u as never)), b);
      const i = ra(P ? m.add(pre(Wi, Ui, bi), m.mul(cPrev, P.i)) : pre(Wi, Ui, bi));
      const f = ra(P ? m.add(pre(Wf, Uf, bf), m.mul(cPrev, P.f)) : pre(Wf, Uf, bf));
      const g = act(pre(Wc, Uc, bc));
      const cNew = m.add(m.mul(f, cPrev), m.mul(i, g));
      const o = ra(P ? m.add(pre(Wo, Uo, bo), m.mul(cNew, P.o)) : pre(Wo, Uo, bo));
      return { h: m.mul(o, act(cNew)), c: cNew };
    };
  },
};

export const gruCell: Cell = {
  kind: 'gru',
  stateNames: ['h'],
  make(m, path, c) {
    const { input: I, units: H } = c;
    const W = (g: string) => m.param(`${path}.W_${g}`, [I, H], c.kernelInit);
    const U = (g: string) => m.param(`${path}.U_${g}`, [H, H], c.recurrentInit);
    const Wz = W('z'), Wr = W('r'), Wh = W('h');
    const Uz = U('z'), Ur = U('r'), Uh = U('h');
    const bz = m.param(`${path}.b_z`, [H], gateBias(c, c.gateBias));
    const br = m.param(`${path}.b_r`, [H], gateBias(c, c.gateBias));
    const bh = m.param(`${path}.b_h`, [H], c.biasInit);
    const rbh = c.resetAfter ? m.param(`${path}.rb_h`, [H], c.biasInit) : undefined;
    const ra = (x: F32) => m.activation(c.recurrentActivation, x);
    const act = (x: F32) => m.activation(c.activation, x);
    const mm = (a: F32, w: F32) => m.matmul(a as never, w as never) as F32;
    return (x, { h }, rmask) => {
      const hr = rmask ? m.mul(h, rmask) : h;
      const z = ra(m.add(m.add(mm(x, Wz), mm(hr, Uz)), bz));
      const r = ra(m.add(m.add(mm(x, Wr), mm(hr, Ur)), br));
      const n = rbh
        ? act(m.add(m.add(mm(x, Wh), bh), m.mul(r, m.add(mm(hr, Uh), rbh))))
        : act(m.add(m.add(mm(x, Wh), mm(m.mul(r, hr), Uh)), bh));
      return { h: m.add(m.mul(z, h), m.mul(m.rsub(1, z), n)) };
    };
  },
};

export const simpleRnnCell: Cell = {
  kind: 'simple_rnn',
  stateNames: ['h'],
  make(m, path, c) {
    const W = m.param(`${path}.W`, [c.input, c.units], c.kernelInit);
    const U = m.param(`${path}.U`, [c.units, c.units], c.recurrentInit);
    const b = m.param(`${path}.b`, [c.units], c.biasInit);
    return (x, { h }, rmask) => ({ h: m.activation(c.activation, m.add(m.add(m.matmul(x as never, W), m.matmul((rmask ? m.mul(h, rmask) : h) as never, U)), b)) });
  },
};
