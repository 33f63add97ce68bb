// `rnnc run --grads`: the gradient of the model's loss for every parameter and float input,
// end to end through bin/rnnc.js (needs dist/: `npm run build`, which `npm test` runs first).
// Precision against torch autograd is test/frameworks.test.ts's job; here: the contract (names,
// shapes, errors, atomic writes) and the wiring, by finite differences of `rnnc run`'s own loss.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSafetensors, writeSafetensors, type NamedTensor } from '../../src/runtime/index.js';
import { distBuilt, fixture, rnnc, removeTmpDirs, tmpDir } from './helpers.js';

afterAll(removeTmpDirs);

beforeAll(() => {
  if (!distBuilt()) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});

// A GRU classifier over the last step; labels only feed the loss.
const MODEL = `import { defineModel } from 'rnnc';

export default defineModel('gradtiny', (m) => {
  const x = m.sequence('x', 3);
  const labels = m.input('labels', 'i32', ['B']);
  const { output: last } = m.gru(x, { units: 4, name: 'enc' });
  const logits = m.dense(last, { units: 2, name: 'out' });
  m.output('logits', logits);
  m.train({ loss: m.softmaxCrossEntropy(logits, labels), optimizer: { kind: 'adam', lr: 0.01 } });
});
`;

const B = 2;
const T = 3;
// rnnc's parameter layout: W [in, units], U [units, units], one bias per gate, the GRU's rb_h.
const PARAMS: Record<string, number[]> = {
  'enc.W_z': [3, 4], 'enc.W_r': [3, 4], 'enc.W_h': [3, 4],
  'enc.U_z': [4, 4], 'enc.U_r': [4, 4], 'enc.U_h': [4, 4],
  'enc.b_z': [4], 'enc.b_r': [4], 'enc.b_h': [4], 'enc.rb_h': [4],
  'out.W': [4, 2], 'out.b': [2],
};

const numel = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
/** Deterministic values in [-scale, scale): float32-exact, varied enough to leave tanh/sigmoid's linear range. */
const values = (n: number, seed: number, scale: number) => Float32Array.from({ length: n }, (_, i) => Math.fround(Math.sin(seed * 7.31 + i * 2.17) * scale));
const f32 = (shape: number[], data: Float32Array): NamedTensor => ({ dtype: 'f32', shape, data });

interface Files {
  dir: string;
  model: string;
  weights: string;
  inputs: string;
  outputs: string;
  grads: string;
}

function setup(): Files {
  const dir = tmpDir('rnnc-grads-test-');
  const model = path.join(dir, 'model.ts');
  fs.writeFileSync(model, MODEL);
  const weights: Record<string, NamedTensor> = {};
  Object.entries(PARAMS).forEach(([name, shape], k) => (weights[name] = f32(shape, values(numel(shape), k + 1, 0.8))));
  fs.writeFileSync(path.join(dir, 'w.safetensors'), writeSafetensors(weights));
  const inputs = { x: f32([B, T, 3], values(B * T * 3, 99, 1.5)), labels: { dtype: 'i32' as const, shape: [B], data: Int32Array.of(1, 0) } };
  fs.writeFileSync(path.join(dir, 'x.safetensors'), writeSafetensors(inputs));
  return { dir, model, weights: path.join(dir, 'w.safetensors'), inputs: path.join(dir, 'x.safetensors'), outputs: path.join(dir, 'y.safetensors'), grads: path.join(dir, 'g.safetensors') };
}

const read = (file: string) => readSafetensors(fs.readFileSync(file), path.basename(file));

describe('rnnc run --grads', () => {
  it('writes grad.<param> in rnnc layout and grad.<float input>, and the loss in the outputs', () => {
    const f = setup();
    const r = rnnc(['run', f.model, '--weights', f.weights, '--inputs', f.inputs, '--outputs', f.outputs, '--grads', f.grads]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`wrote ${f.outputs}: `);
    expect(r.stdout).toContain(`wrote ${f.grads}: grad.`);
    const grads = read(f.grads);
    const expected: Record<string, number[]> = { ...Object.fromEntries(Object.entries(PARAMS).map(([n, s]) => [`grad.${n}`, s])), 'grad.x': [B, T, 3] };
    // Integer inputs (labels) have no gradient.
    expect([...grads.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [name, t] of grads) {
      expect(t.dtype, name).toBe('f32');
      expect(t.shape, name).toEqual(expected[name]);
      expect(t.data.every(Number.isFinite), name).toBe(true);
    }
    expect([...grads.values()].some((t) => t.data.some((v) => v !== 0))).toBe(true);
    const outs = read(f.outputs);
    expect([...outs.keys()].sort()).toEqual(['logits', 'loss']);
    expect(outs.get('loss')!.shape).toEqual([]);
    expect(outs.get('logits')!.shape).toEqual([B, 2]);
  });

  it('matches finite differences of the loss that rnnc run writes', () => {
    const f = setup();
    const base = rnnc(['run', f.model, '--weights', f.weights, '--inputs', f.inputs, '--outputs', f.outputs, '--grads', f.grads]);
    expect(base.code, base.stderr).toBe(0);
    const grads = read(f.grads);
    const weights = read(f.weights);
    const inputs = read(f.inputs);
    const h = 1e-2;

    /** The loss of `rnnc run` with one element of one tensor (of the weights or the inputs file) moved by `delta`. */
    const lossWith = (which: 'weights' | 'inputs', name: string, at: number, delta: number): number => {
      const src = which === 'weights' ? weights : inputs;
      const moved = new Map(src);
      const t = src.get(name)!;
      const data = Float32Array.from(t.data);
      data[at] += delta;
      moved.set(name, { ...t, data });
      const file = path.join(f.dir, `fd-${which}.safetensors`);
      fs.writeFileSync(file, writeSafetensors(moved));
      const out = path.join(f.dir, 'fd-out.safetensors');
      const args = ['run', f.model, '--weights', which === 'weights' ? file : f.weights, '--inputs', which === 'inputs' ? file : f.inputs, '--outputs', out];
      const r = rnnc(args);
      expect(r.code, r.stderr).toBe(0);
      return read(out).get('loss')!.data[0];
    };

    // The largest-magnitude entry of a recurrent weight, a bias and an input: far above float32 noise.
    const checks: ['weights' | 'inputs', string][] = [['weights', 'enc.U_h'], ['weights', 'enc.b_z'], ['inputs', 'x']];
    for (const [which, name] of checks) {
      const g = grads.get(`grad.${name}`)!.data;
      let at = 0;
      for (let i = 1; i < g.length; i++) if (Math.abs(g[i]) > Math.abs(g[at])) at = i;
      expect(Math.abs(g[at]), `grad.${name} is all (near) zero`).toBeGreaterThan(1e-3);
      const fd = (lossWith(which, name, at, h) - lossWith(which, name, at, -h)) / (2 * h);
      expect(Math.abs(fd - g[at]) / Math.max(Math.abs(g[at]), 1e-2), `grad.${name}[${at}]: --grads ${g[at]}, finite difference ${fd}`).toBeLessThanOrEqual(2e-2);
    }
  });

  it('is an error on a model without a loss, located at the model file', () => {
    const f = setup();
    const r = rnnc(['run', fixture('tiny.ts'), '--inputs', f.inputs, '--outputs', f.outputs, '--grads', f.grads]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('test/cli/fixtures/tiny.ts: error: --grads needs a loss: declare one with m.train({ loss, optimizer })\n');
    expect(fs.existsSync(f.grads)).toBe(false);
    expect(fs.existsSync(f.outputs)).toBe(false);
  });

  it('leaves existing outputs and gradients files untouched on an error', () => {
    const f = setup();
    fs.writeFileSync(f.grads, 'old grads');
    fs.writeFileSync(f.outputs, 'old outputs');
    // --grads needs every input, labels included.
    const noLabels = path.join(f.dir, 'x-only.safetensors');
    fs.writeFileSync(noLabels, writeSafetensors({ x: read(f.inputs).get('x')! }));
    const r = rnnc(['run', f.model, '--weights', f.weights, '--inputs', noLabels, '--outputs', f.outputs, '--grads', f.grads]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("missing tensor 'labels'");
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const noLoss = rnnc(['run', fixture('tiny.ts'), '--inputs', f.inputs, '--outputs', f.outputs, '--grads', f.grads]);
    expect(noLoss.code).toBe(1);
    expect(fs.readFileSync(f.grads, 'utf8')).toBe('old grads');
    expect(fs.readFileSync(f.outputs, 'utf8')).toBe('old outputs');
    expect(fs.readdirSync(f.dir).filter((n) => /\.(tmp|bak)-/.test(n))).toEqual([]);
  });

  it('without --grads, labels may be left out: the outputs then hold no loss', () => {
    const f = setup();
    const noLabels = path.join(f.dir, 'x-only.safetensors');
    fs.writeFileSync(noLabels, writeSafetensors({ x: read(f.inputs).get('x')! }));
    const r = rnnc(['run', f.model, '--weights', f.weights, '--inputs', noLabels, '--outputs', f.outputs]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect([...read(f.outputs).keys()]).toEqual(['logits']);
  });

  it('--grads and --outputs must be different files', () => {
    const f = setup();
    const r = rnnc(['run', f.model, '--inputs', f.inputs, '--outputs', f.outputs, '--grads', f.outputs]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--grads and --outputs must be different files');
  });

  it('is described in the help', () => {
    const r = rnnc(['run', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--grads FILE +also write the gradient of the model's loss/);
  });
});
