// Cross-checks against real frameworks: every directory under test/fixtures/frameworks holds a
// model.ts, weights (PyTorch state_dict names for torch-*, Keras names for keras-*), inputs and the
// outputs PyTorch or tfjs-layers computed (scripts/fixtures/ makes them; see its README). Each is
// run through the real CLI, as users script it:
//   node bin/rnnc.js run model.ts --weights W --layout pytorch|keras --inputs X --outputs Y
// which needs dist/ (`npm test` builds it first). RNNC_FRAMEWORKS_VIA=interpreter evaluates the
// same fixtures with the float64 reference interpreter instead (no dist/ needed), to tell a
// frontend or layout bug from a backend one.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../src/frontend/load.js';
import { interpret } from '../src/ir/interpret.js';
import { importWeights, type Layout } from '../src/runtime/layouts.js';
import { readSafetensors, type NamedTensor } from '../src/runtime/safetensors.js';

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
