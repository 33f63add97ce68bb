// Scratch and output buffers are zeroed per call only where the program reads them before
// writing them (src/codegen/wasm/zeroing.ts); wasm memory is reused across calls, so a buffer
// wrongly left unzeroed would show the previous call's values. Checked by poisoning the memory
// with a call on NaN inputs (larger B and T, so every buffer's old contents are NaN) and then
// comparing gradients with the JS target's fresh arrays.
import { describe, expect, it } from 'vitest';
import { defineModel, type F32 } from 'rnnc';
import { trace } from '../../../src/frontend/trace.js';
import type { HostTensor } from '../../../src/ir/interpret.js';
import { compileJs, inputsFor, paramsFor } from '../../helpers/models.js';
import { compileWasm } from './helpers.js';
import { contiguousView, imin, load, mapKernel, mul, type BufferDecl, type IExpr, type Program, type Stmt } from '../../../src/codegen/kernel-ir.js';
import { buffersToZero } from '../../../src/codegen/wasm/zeroing.js';

interface WithGradients {
  setParams(p: Record<string, Float32Array>): void;
  gradients(b: Record<string, HostTensor>): { loss: number; grads: Record<string, Float32Array> };
}

// The W4 shape, small (a training step with a truncated backward scan, which the scheduler
// still writes in full): every buffer is written in full before it is read.
const truncated = defineModel('wasm_zero_truncated', (m) => {
  const x = m.sequence('x', 3);
  const target = m.input('target', 'f32', ['B', 'T', 2]);
  const h = m.lstm(x, { units: 4, returnSequences: true, truncate: 2 }).output;
  m.train({ loss: m.meanSquaredError(m.dense(h, { units: 2 }), target), optimizer: { kind: 'sgd', lr: 0.5 } });
});

const plain = defineModel('wasm_zero_plain', (m) => {
  const x = m.sequence('x', 8);
  const target = m.input('target', 'f32', ['B', 'T', 8]);
  const h = m.lstm(x, { units: 8, returnSequences: true }).output;
  m.train({ loss: m.meanSquaredError(h as F32, target), optimizer: { kind: 'sgd', lr: 0.1 } });
});

const buf = (id: number, role: BufferDecl['role'], size: IExpr): BufferDecl => ({ id, name: `b${id}`, dtype: 'f32', size, role, shape: [] });
const program = (buffers: BufferDecl[], body: Stmt[]): Program => ({ name: 'p', buffers, body, inputs: [], params: [], states: [], outputs: [], randoms: [] });
// Per step t of a loop over `count`: buffer 1 ([B, T, 4]) at step t = input 0 at step t.
const stepCopy = (count: IExpr): Stmt => ({
  kind: 'loop', src: 'scan', var: 't', count, reverse: false,
  body: [mapKernel('copy', ['B', 4], { buf: 1, offset: mul('t', 4), strides: [mul('T', 4), 1] }, load({ buf: 0, offset: mul('t', 4), strides: [mul('T', 4), 1] }))],
});
const readAll = mapKernel('sum', [mul('B', 'T', 4)], contiguousView(2, [mul('B', 'T', 4)]), load(contiguousView(1, [mul('B', 'T', 4)])));

describe('buffersToZero', () => {
  const bufs = [buf(0, 'input', mul('B', 'T', 4)), buf(1, 'scratch', mul('B', 'T', 4)), buf(2, 'output', mul('B', 'T', 4))];
  it('a buffer written at every step before a kernel reads it in full needs no zeroing', () => {
    expect([...buffersToZero(program(bufs, [stepCopy('T'), readAll]))]).toEqual([]);
  });
  it('a loop truncated to fewer steps than T leaves steps unwritten: that buffer is zeroed', () => {
    expect([...buffersToZero(program(bufs, [stepCopy(imin('T', 20)), readAll]))]).toEqual([1]);
  });
  it('a buffer read before it is written is zeroed; an output written in part is zeroed', () => {
    expect([...buffersToZero(program(bufs, [readAll, stepCopy('T')]))]).toEqual([1]);
    const half = mapKernel('half', [mul('B', 'T', 2)], contiguousView(2, [mul('B', 'T', 2)]), load(contiguousView(0, [mul('B', 'T', 2)])));
    expect([...buffersToZero(program(bufs, [half]))]).toEqual([2]);
  });
});

const zeroFrom = (js: string, program: string): number => {
  // The program's descriptor for the runtime (src/codegen/wasm/host.ts).
  const m = js.match(new RegExp(`name: "${program}",[^}]*?zeroFrom: (-?\\d+)`));
  if (!m) throw new Error(`no descriptor of program ${program} in the module`);
  return Number(m[1]);
};

function poisoned(batch: Record<string, HostTensor>): Record<string, HostTensor> {
  const out: Record<string, HostTensor> = {};
  for (const [k, t] of Object.entries(batch)) out[k] = { ...t, data: t.data instanceof Float32Array ? new Float32Array(t.data.length).fill(NaN) : t.data } as HostTensor;
  return out;
}

describe('wasm: zeroing of scratch memory', () => {
  it('the training steps of an LSTM (truncated or not) zero nothing', async () => {
    for (const def of [truncated, plain]) expect(zeroFrom((await compileWasm(trace(def))).js, 'runTrain'), def.name).toBe(-1);
  });

  for (const def of [truncated, plain]) {
    it(`${def.name}: gradients after a call on NaN inputs equal the JS target's`, async () => {
      const mod = trace(def);
      const [j, w] = await Promise.all([compileJs(mod), compileWasm(mod)]);
      const a = w.module.create({ seed: 1 }) as unknown as WithGradients;
      const b = j.module.create({ seed: 1 }) as unknown as WithGradients;
      const params = paramsFor(mod, 3, 0.4);
      a.setParams(params);
      b.setParams(params);
      const big = a.gradients(poisoned(inputsFor(mod, 5, 7, 1)));
      expect(Number.isNaN(big.loss)).toBe(true);
      const batch = inputsFor(mod, 4, 6, 2);
      const ga = a.gradients(batch);
      const gb = b.gradients(batch);
      expect(Math.abs(ga.loss - gb.loss) / Math.max(1, Math.abs(gb.loss))).toBeLessThanOrEqual(1e-5);
      for (const name of Object.keys(gb.grads)) {
        const x = ga.grads[name];
        const y = gb.grads[name];
        let scale = 1e-30;
        for (const v of y) scale = Math.max(scale, Math.abs(v));
        let worst = 0;
        for (let i = 0; i < y.length; i++) worst = Math.max(worst, Number.isNaN(x[i]) ? Infinity : Math.abs(x[i] - y[i]) / scale);
        expect(worst, name).toBeLessThanOrEqual(1e-5);
      }
    });
  }
});
