// Cross-checks against real frameworks: every directory under test/fixtures/frameworks holds a
// model.ts, weights (PyTorch state_dict names for torch-*, Keras names for keras-*), inputs and the
// outputs PyTorch or tfjs-layers computed (scripts/fixtures/ makes them; see its README). Each is
// run through the real CLI, as users script it:
//   node bin/rnnc.js run model.ts --weights W --layout pytorch|keras --inputs X --outputs Y
// which needs dist/ (`npm test` builds it first). RNNC_FRAMEWORKS_VIA=interpreter evaluates the
// same fixtures with the float64 reference interpreter instead (no dist/ needed), to tell a
// frontend or layout bug from a backend one.
//
// tfjs-grad-mingru: a minGRU as a sequential loop of TensorFlow.js ops and tf.grads, in rnnc's own
// names (layout rnnc), against rnnc's linear scans (scripts/fixtures/make_tfjs_mingru.mjs).
//
// Cases whose model declares a loss (m.train) also hold grads.safetensors, torch autograd's
// gradient of the loss for every rnnc parameter (in rnnc's own names and layout) and float input:
// checked against `rnnc run ... --grads G` (or, via the interpreter, the autodiff pass interpreted
// in float64). torch-train-* cases also hold trajectory.safetensors, the parameters after each of
// four torch.optim steps: checked against the generated module's trainStep and saveWeights.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../src/frontend/load.js';
import { interpret } from '../src/ir/interpret.js';
import { addGradients } from '../src/passes/autodiff.js';
import { importWeights, type Layout } from '../src/runtime/layouts.js';
import { readSafetensors, type NamedTensor } from '../src/runtime/safetensors.js';
import { compileJs } from './helpers/models.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = path.join(root, 'test', 'fixtures', 'frameworks');
const bin = path.join(root, 'bin', 'rnnc.js');
const via = process.env.RNNC_FRAMEWORKS_VIA === 'interpreter' ? 'interpreter' : 'cli';

/** Allowed error, relative to max(1, |expected|), per element. */
const TOL = 1e-5;

const cases = fs
  .readdirSync(fixturesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const layoutOf = (name: string): Layout => (name.startsWith('torch-') ? 'pytorch' : name.startsWith('keras-') ? 'keras' : 'rnnc');
const read = (file: string): Map<string, NamedTensor> => readSafetensors(fs.readFileSync(file), path.basename(file));

let tmp = '';
beforeAll(() => {
  if (via === 'cli' && !fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does), or set RNNC_FRAMEWORKS_VIA=interpreter');
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-frameworks-'));
});
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** The model's outputs on the fixture's inputs, through `rnnc run`. */
function viaCli(dir: string, name: string, layout: Layout): Map<string, NamedTensor> {
  const out = path.join(tmp, `${name}.safetensors`);
  const args = ['run', path.join(dir, 'model.ts'), '--weights', path.join(dir, 'weights.safetensors'), '--layout', layout];
  args.push('--inputs', path.join(dir, 'inputs.safetensors'), '--outputs', out);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, RNNC_DEBUG: '' } });
  if (r.status !== 0) throw new Error(`rnnc ${args.join(' ')} exited ${r.status}${r.signal ? ` (${r.signal})` : ''}:\n${r.stderr}${r.stdout}`);
  return read(out);
}

/** The outputs and the gradients of the loss, through `rnnc run --grads`. */
function gradsViaCli(dir: string, name: string, layout: Layout): { outputs: Map<string, NamedTensor>; grads: Map<string, NamedTensor> } {
  const out = path.join(tmp, `${name}.out.safetensors`);
  const grads = path.join(tmp, `${name}.grads.safetensors`);
  const args = ['run', path.join(dir, 'model.ts'), '--weights', path.join(dir, 'weights.safetensors'), '--layout', layout];
  args.push('--inputs', path.join(dir, 'inputs.safetensors'), '--outputs', out, '--grads', grads);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, RNNC_DEBUG: '' } });
  if (r.status !== 0) throw new Error(`rnnc ${args.join(' ')} exited ${r.status}${r.signal ? ` (${r.signal})` : ''}:\n${r.stderr}${r.stdout}`);
  return { outputs: read(out), grads: read(grads) };
}

/** The same through the interpreter: the autodiff pass's gradient module, interpreted in float64. */
async function gradsViaInterpreter(dir: string, layout: Layout): Promise<{ outputs: Map<string, NamedTensor>; grads: Map<string, NamedTensor> }> {
  const m = await loadModel(path.join(dir, 'model.ts'));
  if (!m.training) throw new Error(`${dir}/model.ts declares no loss`);
  const params = importWeights({ params: m.params, groups: m.groups }, read(path.join(dir, 'weights.safetensors')), layout);
  const inputs = Object.fromEntries([...read(path.join(dir, 'inputs.safetensors'))].map(([n, t]) => [n, { data: t.data, shape: t.shape }]));
  const r = interpret(addGradients(m, { loss: m.training.loss }), inputs, Object.fromEntries(params));
  const outputs = new Map<string, NamedTensor>();
  const grads = new Map<string, NamedTensor>();
  for (const [n, t] of Object.entries(r.outputs)) {
    const nt: NamedTensor = t.data instanceof Int32Array ? { dtype: 'i32', shape: t.shape, data: t.data } : { dtype: 'f32', shape: t.shape, data: Float32Array.from(t.data) };
    (n.startsWith('grad.') ? grads : outputs).set(n, nt);
  }
  return { outputs, grads };
}

/** The same through the reference interpreter: trace, import the foreign weights, interpret. */
async function viaInterpreter(dir: string, layout: Layout): Promise<Map<string, NamedTensor>> {
  const m = await loadModel(path.join(dir, 'model.ts'));
  const params = importWeights({ params: m.params, groups: m.groups }, read(path.join(dir, 'weights.safetensors')), layout);
  const inputs = Object.fromEntries([...read(path.join(dir, 'inputs.safetensors'))].map(([n, t]) => [n, { data: t.data, shape: t.shape }]));
  const r = interpret(m, inputs, Object.fromEntries(params));
  const out = new Map<string, NamedTensor>();
  for (const [n, t] of Object.entries(r.outputs)) {
    out.set(n, t.data instanceof Int32Array ? { dtype: 'i32', shape: t.shape, data: t.data } : { dtype: 'f32', shape: t.shape, data: Float32Array.from(t.data) });
  }
  return out;
}

/** max |a - e| / max(1, |e|) over all elements, and where it happens. */
function maxError(actual: ArrayLike<number>, expected: ArrayLike<number>): { err: number; at: number } {
  let err = 0;
  let at = -1;
  for (let i = 0; i < expected.length; i++) {
    const e = Number.isNaN(actual[i]) ? Infinity : Math.abs(actual[i] - expected[i]) / Math.max(1, Math.abs(expected[i]));
    if (e > err || at < 0) [err, at] = [e, i];
  }
  return { err, at };
}

describe(`framework fixtures reproduced by rnnc (via ${via})`, () => {
  it('has fixtures from both frameworks', () => {
    expect(cases.filter((c) => c.startsWith('torch-')).length).toBeGreaterThanOrEqual(6);
    expect(cases.filter((c) => c.startsWith('keras-')).length).toBeGreaterThanOrEqual(7);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(fixturesDir, name);
      const layout = layoutOf(name);
      const expected = read(path.join(dir, 'expected.safetensors'));
      const actual = via === 'cli' ? viaCli(dir, name, layout) : await viaInterpreter(dir, layout);
      expect([...actual.keys()].sort(), `${name}: output names`).toEqual([...expected.keys()].sort());
      const report: string[] = [];
      for (const [out, e] of expected) {
        const a = actual.get(out)!;
        expect(a.shape, `${name}: shape of output '${out}'`).toEqual(e.shape);
        expect(a.dtype, `${name}: dtype of output '${out}'`).toBe(e.dtype);
        const { err, at } = maxError(a.data, e.data);
        report.push(`${out} ${err.toExponential(2)}`);
        expect(err, `${name}: output '${out}' max error ${err.toExponential(3)} at flat index ${at} (got ${a.data[at]}, expected ${e.data[at]}), tolerance ${TOL}`).toBeLessThanOrEqual(TOL);
      }
      if (process.env.RNNC_FRAMEWORKS_REPORT) console.log(`${name} (${layout}, via ${via}): ${report.join(', ')}`);
    });
  }
});

/** Every tensor of `expected` in `actual`: the same names, shapes, dtypes, and values within TOL. */
function compareTensors(what: string, actual: Map<string, NamedTensor>, expected: Map<string, NamedTensor>): string[] {
  expect([...actual.keys()].sort(), `${what}: names`).toEqual([...expected.keys()].sort());
  const report: string[] = [];
  for (const [n, e] of expected) {
    const a = actual.get(n)!;
    expect(a.shape, `${what}: shape of '${n}'`).toEqual(e.shape);
    expect(a.dtype, `${what}: dtype of '${n}'`).toBe(e.dtype);
    const { err, at } = maxError(a.data, e.data);
    report.push(`${n} ${err.toExponential(2)}`);
    expect(err, `${what}: '${n}' max error ${err.toExponential(3)} at flat index ${at} (got ${a.data[at]}, expected ${e.data[at]}), tolerance ${TOL}`).toBeLessThanOrEqual(TOL);
  }
  return report;
}

const gradCases = cases.filter((c) => fs.existsSync(path.join(fixturesDir, c, 'grads.safetensors')));
const trajectoryCases = cases.filter((c) => fs.existsSync(path.join(fixturesDir, c, 'trajectory.safetensors')));

describe(`gradients from torch autograd and tfjs' tf.grads reproduced by rnnc (via ${via === 'cli' ? 'rnnc run --grads' : 'interpreter'})`, () => {
  it('has gradient fixtures', () => {
    expect(gradCases).toEqual(expect.arrayContaining(['torch-grad-lstm', 'torch-grad-gru-bi2-packed', 'torch-grad-embedding-lstm-linear-ce']));
  });

  for (const name of gradCases) {
    it(name, async () => {
      const dir = path.join(fixturesDir, name);
      const layout = layoutOf(name);
      const { outputs, grads } = via === 'cli' ? gradsViaCli(dir, name, layout) : await gradsViaInterpreter(dir, layout);
      // With --grads the outputs file is the same as without: the forward outputs and the loss.
      const outReport = compareTensors(`${name} outputs`, outputs, read(path.join(dir, 'expected.safetensors')));
      const gradReport = compareTensors(`${name} gradients`, grads, read(path.join(dir, 'grads.safetensors')));
      if (process.env.RNNC_FRAMEWORKS_REPORT) console.log(`${name} (${layout}, --grads, via ${via}): ${[...outReport, ...gradReport].join(', ')}`);
    });
  }
});

interface Trainable {
  loadWeights(bytes: Uint8Array, opts?: { layout?: string }): void;
  saveWeights(opts?: { layout?: string }): Uint8Array;
  trainStep(batch: Record<string, { data: Float32Array | Int32Array; shape: number[] }>): { loss: number; gradNorm?: number };
  readonly step: number;
}

describe('optimizer trajectories from torch.optim reproduced by the generated module', () => {
  it('has trajectory fixtures for Adam, SGD with momentum and clipping, and RMSprop', () => {
    expect(trajectoryCases).toEqual(expect.arrayContaining(['torch-train-gru-adam', 'torch-train-lstm-sgd-momentum-clip', 'torch-train-gru-rmsprop']));
  });

  for (const name of trajectoryCases) {
    it(name, async () => {
      const dir = path.join(fixturesDir, name);
      const { module } = await compileJs(await loadModel(path.join(dir, 'model.ts')));
      const model = module.create() as unknown as Trainable;
      model.loadWeights(fs.readFileSync(path.join(dir, 'weights.safetensors')), { layout: 'pytorch' });
      const batch = Object.fromEntries([...read(path.join(dir, 'inputs.safetensors'))].map(([n, t]) => [n, { data: t.data, shape: t.shape }]));
      const trajectory = read(path.join(dir, 'trajectory.safetensors'));
      const steps = [...trajectory.keys()].filter((k) => k.startsWith('loss.step')).length;
      expect(steps).toBe(4);
      const report: string[] = [];
      for (let k = 1; k <= steps; k++) {
        const { loss } = model.trainStep(batch);
        expect(model.step).toBe(k);
        const expectedLoss = trajectory.get(`loss.step${k}`)!.data[0];
        expect(Math.abs(loss - expectedLoss) / Math.max(1, Math.abs(expectedLoss)), `${name}: loss of step ${k}: got ${loss}, expected ${expectedLoss}`).toBeLessThanOrEqual(TOL);
        const expected = new Map([...trajectory].filter(([n]) => n.startsWith(`step${k}.`)).map(([n, t]) => [n.slice(`step${k}.`.length), t]));
        const actual = readSafetensors(model.saveWeights({ layout: 'pytorch' }), 'saveWeights');
        const errs = compareTensors(`${name} after step ${k}`, actual, expected);
        report.push(`step ${k}: ${errs.map((e) => Number(e.split(' ')[1])).reduce((a, b) => Math.max(a, b), 0).toExponential(2)}`);
      }
      if (process.env.RNNC_FRAMEWORKS_REPORT) console.log(`${name} (trainStep, pytorch layout): max error ${report.join(', ')}`);
    });
  }
});
