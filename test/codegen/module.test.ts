// The generated module's API: validation messages, weights round trips, params, the .d.ts
// under strict TypeScript, and the self-contained runtime bundle.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { bundleRuntime } from '../../src/codegen/runtime-bundle.js';
import { ModBuilder, load, rand } from './helpers.js';

function dense() {
  const b = new ModBuilder('dense');
  const x = b.input('x', 'f32', ['B', 'T', 8]);
  const mask = b.input('mask', 'f32', ['B', 'T'], 'mask');
  const ids = b.input('ids', 'i32', ['B', 'T']);
  const W = b.param('fc.W', [8, 3]);
  const bias = b.param('fc.b', [3]);
  b.groups = [{ kind: 'dense', path: 'fc', input: 8, units: 3, bias: true }];
  const y = b.g.add1({ op: 'binary', fn: 'add' }, [b.g.add1({ op: 'matmul' }, [x, W]), bias]);
  const m = b.g.add1({ op: 'reshape', shape: ['B', 'T', 1] }, [mask]);
  b.output('y', b.g.add1({ op: 'binary', fn: 'mul' }, [y, m]));
  b.output('n', b.g.add1({ op: 'cast', to: 'f32' }, [ids]));
  return b.finish();
}

const ok = (B = 4, T = 10) => ({
  x: { data: rand(B * T * 8), shape: [B, T, 8] },
  mask: { data: new Float32Array(B * T).fill(1), shape: [B, T] },
  ids: { data: new Int32Array(B * T), shape: [B, T] },
});

describe('input validation', () => {
  test('one-line InputError messages naming the input', async () => {
    const { mod } = await load(dense());
    const model = mod.create();
    const call = (inputs: unknown) => () => model.forward(inputs);
    const base = ok();
    expect(call(base)).not.toThrow();
    const cases: [unknown, string][] = [
      [{ x: base.x, mask: base.mask }, "missing input 'ids' (i32 [B, T]; expected inputs: x, mask, ids)"],
      [{ ...base, y: base.x }, "unknown input 'y' (expected inputs: x, mask, ids)"],
      [{ ...base, ids: { data: new Float32Array(40), shape: [4, 10] } }, "input 'ids': expected Int32Array data for dtype i32, got Float32Array"],
      [{ ...base, x: { data: [1, 2], shape: [4, 10, 8] } }, "input 'x': expected Float32Array data for dtype f32, got an array"],
      [{ ...base, x: { data: new Float32Array(280), shape: [4, 10, 7] } }, "input 'x': expected shape [B, T, 8], got [4, 10, 7]"],
      [{ ...base, x: { data: new Float32Array(320), shape: [40, 8] } }, "input 'x': expected shape [B, T, 8], got [40, 8]"],
      [{ ...base, x: { data: new Float32Array(300), shape: [4, 10, 8] } }, "input 'x': data has 300 elements, but shape [4, 10, 8] needs 320"],
      [{ ...base, mask: { data: new Float32Array(48), shape: [4, 12] } }, "input 'mask': T is 12 here but 10 from input 'x'"],
      [{ ...base, ids: { data: new Int32Array(30), shape: [3, 10] } }, "input 'ids': B is 3 here but 4 from input 'x'"],
      [{ ...base, x: base.x.data }, "input 'x': expected { data, shape }, got Float32Array"],
      [{ ...base, x: { data: base.x.data, shape: [4, -1, 8] } }, "input 'x': shape must be an array of non-negative integers, got [4, -1, 8]"],
      [null, 'inputs must be a record of tensors { x, mask, ids }, got null'],
    ];
    for (const [inputs, msg] of cases) {
      let err: unknown;
      try {
        model.forward(inputs);
      } catch (e) {
        err = e;
      }
      expect(err, msg).toBeInstanceOf(Error);
      expect((err as Error).name).toBe('InputError');
      expect((err as Error).message).toBe(msg);
      expect((err as Error).message).not.toContain('\n');
    }
  });

  test('a record is read once: what is checked is what runs, and a getter that disposes the model is reported', async () => {
    const { mod } = await load(dense());
    const model = mod.create();
    const base = ok();
    const want = model.forward(base).y.data;
    // A getter that hands the check a good array and the kernels a short one: the checked one runs.
    let reads = 0;
    const shifty = { ...base, x: { shape: base.x.shape, get data() { return reads++ === 0 ? base.x.data : new Float32Array(3); } } };
    expect(model.forward(shifty).y.data).toEqual(want);
    expect(reads).toBe(1);
    // A getter that disposes the model: the runtime's own error, not a TypeError from inside.
    const disposing = { ...base, x: { shape: base.x.shape, get data() { model.dispose(); return base.x.data; } } };
    expect(() => model.forward(disposing)).toThrow(/^m_dense: this model was disposed$|this model was disposed/);
    expect(() => model.forward(base)).toThrow(/this model was disposed/);
  });

  test('setParams reads its record once: a getter cannot pass the check with one array and leave another', async () => {
    const { mod } = await load(dense());
    const model = mod.create();
    const W = model.getParams()['fc.W'] as Float32Array;
    let reads = 0;
    const record = { get 'fc.W'() { return reads++ === 0 ? W.map((x) => x + 1) : new Float32Array(8000); } };
    model.setParams(record);
    expect(reads).toBe(1);
    expect(model.getParams()['fc.W']).toEqual(W.map((x) => x + 1));
  });
});

describe('weights and params', () => {
  test('save / load round trip (rnnc and pytorch layouts), create({ weights })', async () => {
    const { mod } = await load(dense());
    const a = mod.create({ seed: 1 });
    const b = mod.create({ seed: 2 });
    expect(a.getParams()['fc.W']).not.toEqual(b.getParams()['fc.W']);
    const inputs = ok(2, 3);
    for (const layout of ['rnnc', 'pytorch'] as const) {
      const bytes: Uint8Array = a.saveWeights({ layout });
      expect(bytes).toBeInstanceOf(Uint8Array);
      const c = mod.create({ seed: 3 });
      c.loadWeights(bytes, { layout });
      expect(c.getParams()).toEqual(a.getParams());
      expect(c.forward(inputs).y.data).toEqual(a.forward(inputs).y.data);
      const d = mod.create({ weights: bytes.slice().buffer, layout });
      expect(d.getParams()).toEqual(a.getParams());
    }
    // PyTorch names: Linear weight is [out, in].
    const header = new TextDecoder().decode(a.saveWeights({ layout: 'pytorch' }).subarray(8, 300));
    expect(header).toContain('"fc.weight"');
    expect(() => b.loadWeights(a.saveWeights({ layout: 'pytorch' }))).toThrow(/fc\.W|fc\.weight/);
    expect(() => b.loadWeights(new Uint8Array(3))).toThrow(/not a safetensors file/);
  });

  test('params: same seed, same init; copies; setParams checks names and lengths', async () => {
    const { mod } = await load(dense());
    expect(mod.create({ seed: 7 }).getParams()).toEqual(mod.create({ seed: 7 }).getParams());
    const m = mod.create();
    const p = m.getParams();
    p['fc.b'][0] = 42;
    expect(m.getParams()['fc.b'][0]).not.toBe(42);
    m.setParams({ 'fc.b': Float32Array.from([1, 2, 3]) });
    expect([...m.getParams()['fc.b']]).toEqual([1, 2, 3]);
    expect(() => m.setParams({ nope: new Float32Array(3) })).toThrow("dense: setParams: unknown parameter 'nope' (parameters: fc.W, fc.b)");
    expect(() => m.setParams({ 'fc.b': new Float32Array(4) })).toThrow("dense: setParams: parameter 'fc.b' has 4 elements, expected 3 for shape [3]");
  });

  test('meta is plain JSON data', async () => {
    const { mod } = await load(dense());
    expect(JSON.parse(JSON.stringify(mod.meta))).toEqual(mod.meta);
    expect(mod.meta.inputs[1]).toEqual({ name: 'mask', dtype: 'f32', shape: ['B', 'T'], role: 'mask' });
    expect(mod.meta.params[0]).toMatchObject({ name: 'fc.W', shape: [8, 3], init: { kind: 'uniform' } });
    expect(mod.meta.groups).toEqual([{ kind: 'dense', path: 'fc', input: 8, units: 3, bias: true }]);
  });
});

describe('artifacts', () => {
  test('the .d.ts type-checks under strict TypeScript and rejects wrong static sizes', async () => {
    const { file, dir } = await load(dense());
    const base = path.basename(file, '.js');
    const user = path.join(dir, `${base}.use.ts`);
    fs.writeFileSync(
      user,
      `import { create, meta, type Inputs, type Outputs } from './${base}.js';
const model = create({ seed: 1 });
const inputs: Inputs = {
  x: { data: new Float32Array(2 * 3 * 8), shape: [2, 3, 8] },
  mask: { data: new Float32Array(6), shape: [2, 3] },
  ids: { data: new Int32Array(6), shape: [2, 3] },
};
const out: Outputs = model.forward(inputs);
const y: Float32Array = out.y.data;
const last: 3 = out.y.shape[2];
const w: Float32Array = model.getParams()['fc.W'];
model.setParams({ 'fc.b': new Float32Array(3) });
const bytes: Uint8Array = model.saveWeights({ layout: 'pytorch' });
model.loadWeights(bytes);
const n: string = meta.name;
// @ts-expect-error: static size 8 expected
const bad: Inputs['x'] = { data: new Float32Array(1), shape: [1, 1, 7] };
// @ts-expect-error: ids are i32
const bad2: Inputs['ids'] = { data: new Float32Array(1), shape: [1, 1] };
// @ts-expect-error: no such param
model.setParams({ nope: new Float32Array(1) });
model.dispose();
export { y, last, w, n, bad, bad2 };
`,
    );
    const program = ts.createProgram([user], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts'],
      types: [],
      skipLibCheck: false,
    });
    const diags = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diags).toEqual([]);
  });

  test('the runtime bundle is self-contained ESM', async () => {
    const text = await bundleRuntime();
    expect(text).not.toMatch(/^\s*import\s/m);
    expect(text).not.toMatch(/require\(|node:/);
    for (const name of ['bindInputs', 'readSafetensors', 'writeSafetensors', 'initTensor', 'importWeights', 'exportWeights', 'InputError', 'WeightsError']) {
      expect(text).toMatch(new RegExp(`export ?\\{[^}]*\\b${name}\\b`));
    }
  });
});
