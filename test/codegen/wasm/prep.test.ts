// Kernels of the parameters alone (src/codegen/param-prep.ts, wasm/prep.ts): the weights' concatenations and
// transposed copies get buffers of their own and are skipped by a call whose parameters are
// those already in memory. What must never happen is a stale copy: parameters changed by
// setParams, by an optimizer step (in place), by another model sharing the instance, or a
// different program run in between, must each be seen by the next call.
import { describe, expect, it } from 'vitest';
import { defineModel, type F32 } from 'rnnc';
import { trace } from '../../../src/frontend/trace.js';
import type { HostTensor } from '../../../src/ir/interpret.js';
import { compileModule } from '../../../src/codegen/programs.js';
import { kernelWrites, type Program } from '../../../src/codegen/kernel-ir.js';
import { separateParamPrep } from '../../../src/codegen/param-prep.js';
import { buffersToZero } from '../../../src/codegen/wasm/zeroing.js';
import { compileJs, inputsFor, maxRelError, paramsFor, type GeneratedModel } from '../../helpers/models.js';
import { compileWasm } from './helpers.js';

interface Trainable extends GeneratedModel {
  trainStep(b: Record<string, HostTensor>): { loss: number };
  gradients(b: Record<string, HostTensor>): { loss: number; grads: Record<string, Float32Array> };
  dispose(): void;
  readonly threadsReady: Promise<number>;
}

const lstm = defineModel('wasm_prep_lstm', (m) => {
  const x = m.sequence('x', 12);
  const target = m.input('target', 'f32', ['B', 'T', 16]);
  const h = m.lstm(x, { units: 16, returnSequences: true }).output;
  m.output('y', h);
  m.train({ loss: m.meanSquaredError(h as F32, target), optimizer: { kind: 'adam', lr: 0.05 } });
});

// The W3 shape: large enough that the scheduler transposes the weights for the matmuls.
const wide = defineModel('wasm_prep_wide', (m) => {
  const x = m.sequence('x', 64);
  m.output('y', m.lstm(x, { units: 256, returnSequences: true }).output);
});

/** The scheduled programs of a model, by name (run, runEval, runTrain). */
function programs(def: typeof lstm | typeof wide): Map<string, Program> {
  return new Map(compileModule(trace(def)).programs.map((x) => [x.fn, x.program]));
}

describe('wasm: kernels of the parameters alone', () => {
  it('run: the weights\' concatenations (and transposed copies) get buffers of their own', () => {
    for (const [def, want] of [[lstm, 2], [wide, 4]] as const) {
      const run = programs(def).get('run')!;
      const { program, prep } = separateParamPrep(run, { zeroedPerCall: buffersToZero });
      // W and U concatenated (4 gates), and for the wide model transposed for the dot-form matmul.
      expect(prep.kernels.size, def.name).toBe(want);
      expect(new Set(prep.buffers).size, def.name).toBe(want);
      for (const k of prep.kernels) expect(k.kind === 'map' && k.parts ? k.parts.join('; ') : k.src, def.name).toMatch(/concat|transposed copy/);
      for (const id of prep.buffers) {
        expect(program.buffers[id].role).toBe('scratch');
        expect(program.buffers[id].name).toMatch(/_params\d+$/);
      }
      // Every kernel that writes one of them is one of the cached kernels.
      const writers = program.body.filter((s) => s.kind !== 'loop' && kernelWrites(s).some((v) => prep.buffers.includes(v.buf)));
      expect(writers.every((k) => prep.kernels.has(k as never)), def.name).toBe(true);
    }
  });

  it('never stale: setParams, optimizer steps, a second model on the same instance, other programs in between', async () => {
    const mod = trace(lstm);
    const [j, w] = await Promise.all([compileJs(mod), compileWasm(mod)]);
    const a = w.module.create({ seed: 1 }) as unknown as Trainable;
    const b = w.module.create({ seed: 2 }) as unknown as Trainable;
    const ja = j.module.create({ seed: 1 }) as unknown as Trainable;
    const jb = j.module.create({ seed: 2 }) as unknown as Trainable;
    const x = inputsFor(mod, 3, 5, 8);
    const same = (got: GeneratedModel, want: GeneratedModel, what: string): void => {
      expect(maxRelError(got.forward(x).y.data, want.forward(x).y.data), what).toBeLessThanOrEqual(1e-5);
    };
    same(a, ja, 'first call');
    same(a, ja, 'second call (cached)');
    same(b, jb, 'another model, other parameters');
    same(a, ja, 'back to the first');
    const p = paramsFor(mod, 7, 0.3);
    a.setParams(p);
    ja.setParams(p);
    same(a, ja, 'after setParams');
    for (let s = 0; s < 2; s++) {
      const batch = inputsFor(mod, 3, 5, 20 + s);
      expect(Math.abs(a.trainStep(batch).loss - ja.trainStep(batch).loss)).toBeLessThanOrEqual(1e-5);
      same(a, ja, `after optimizer step ${s + 1}`);
    }
    const g = inputsFor(mod, 2, 4, 30);
    const ga = a.gradients(g);
    const gj = ja.gradients(g);
    for (const k of Object.keys(gj.grads)) expect(maxRelError(ga.grads[k], gj.grads[k]), k).toBeLessThanOrEqual(1e-4);
    same(a, ja, 'after gradients (another program)');
    same(b, jb, 'the second model at the end');
    // Other sizes between calls: the parameters sit at addresses that do not depend on B and T.
    const small = inputsFor(mod, 1, 1, 50);
    expect(maxRelError(a.forward(small).y.data, ja.forward(small).y.data), 'B = 1, T = 1').toBeLessThanOrEqual(1e-5);
    same(a, ja, 'back to B = 3, T = 5');
    // Weights and checkpoints replace every parameter.
    const weights = jb.saveWeights();
    a.loadWeights(weights);
    ja.loadWeights(weights);
    same(a, ja, 'after loadWeights');
    const ckpt = (b as unknown as { saveCheckpoint(): Uint8Array }).saveCheckpoint();
    (a as unknown as { loadCheckpoint(c: Uint8Array): void }).loadCheckpoint(ckpt);
    same(a, jb, 'after loadCheckpoint');
  });

  it('no program writes a parameter buffer (a call may skip copying in unchanged parameters)', () => {
    for (const def of [lstm, wide]) {
      for (const [name, program] of programs(def)) {
        const params = new Set(program.buffers.filter((b) => b.role === 'param').map((b) => b.id));
        const walk = (body: Program['body']): void => {
          for (const s of body) {
            if (s.kind === 'loop') walk(s.body);
            else for (const v of kernelWrites(s)) expect(params.has(v.buf), `${def.name} ${name}: ${s.kind} writes parameter buffer ${v.buf}`).toBe(false);
          }
        };
        walk(program.body);
      }
    }
  });

  it('with threads too', async () => {
    const mod = trace(lstm);
    const [j, w] = await Promise.all([compileJs(mod), compileWasm(mod)]);
    const a = w.module.create({ seed: 3, threads: 2 } as never) as unknown as Trainable;
    expect(await a.threadsReady).toBe(2);
    const ja = j.module.create({ seed: 3 }) as unknown as Trainable;
    const x = inputsFor(mod, 4, 3, 9);
    for (let s = 0; s < 2; s++) {
      expect(maxRelError(a.forward(x).y.data, ja.forward(x).y.data), `call ${s}`).toBeLessThanOrEqual(1e-5);
      const batch = inputsFor(mod, 4, 3, 40 + s);
      a.trainStep(batch);
      ja.trainStep(batch);
    }
    expect(maxRelError(a.forward(x).y.data, ja.forward(x).y.data), 'after two steps').toBeLessThanOrEqual(1e-5);
    a.dispose();
  });
});
