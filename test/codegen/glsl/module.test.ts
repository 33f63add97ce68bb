// End to end: the generated GLSL module (rnnc's WebGL2 host around the engine) imported by a page
// in headless Chromium: forward, gradients, a few optimizer steps (on the device: the update
// program) and evaluation agree with the JS target (rel. error <= 1e-4); stateful models carry
// their state; bad ids are InputErrors naming the kernel. One browser for the file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelDef } from 'rnnc';
import { trace } from '../../../src/frontend/trace.js';
import { emitGlslModule } from '../../../src/codegen/glsl/module.js';
import { bundleGlslEngine } from '../../../src/codegen/glsl/engine-bundle.js';
import { bundleRuntime } from '../../../src/codegen/runtime-bundle.js';
import { compileModel } from '../../../src/codegen/programs.js';
import { haveChromium } from '../../helpers/browser.js';
import { compileJs, inputsFor, maxRelError, paramsFor, type HostTensor } from '../../helpers/models.js';
import sentiment from '../../../examples/sentiment/model.js';
import { bigVocab, statefulCase, trainRegress, trainTagger } from './cases.js';
import { trainMinGru } from '../../helpers/cases.js';
import { openEnginePage, type EnginePage } from './page.js';

const TOL = 1e-4;

type Wire = Record<string, { data: number[]; shape: number[]; i32: boolean }>;
const wire = (x: Record<string, HostTensor>): Wire => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, { data: Array.from(v.data), shape: v.shape, i32: v.data instanceof Int32Array }]));
const wireParams = (x: Record<string, Float32Array>) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, Array.from(v)]));

/** A generated module's model as seen inside the page (loosely typed: the page checks nothing). */
interface PageModel {
  setParams(p: Record<string, Float32Array>): void;
  resetState(): void;
  forward(b: unknown): Promise<Record<string, { data: Float32Array }>>;
  gradients(b: unknown): Promise<{ loss: number; grads: Record<string, Float32Array> }>;
  trainStep(b: unknown): Promise<{ loss: number; learningRate: number; gradNorm?: number }>;
  evaluate(b: unknown): Promise<{ loss: number }>;
  getParams(): Promise<Record<string, Float32Array>>;
  getState(): Promise<Record<string, Float32Array>>;
}
interface PageWindow {
  loadModule(u: string): Promise<{ create(o?: object): Promise<PageModel> }>;
}

interface JsTrainable {
  setParams(p: Record<string, Float32Array>): void;
  getParams(): Record<string, Float32Array>;
  forward(b: unknown): Record<string, HostTensor>;
  trainStep(b: unknown): { loss: number; learningRate: number; gradNorm?: number };
  evaluate(b: unknown): { loss: number };
  gradients(b: unknown): { loss: number; grads: Record<string, Float32Array> };
}

describe.runIf(haveChromium())('the generated GLSL module in Chromium', () => {
  let page: EnginePage;
  const big = bigVocab(40001, 65);
  const defs: ModelDef[] = [trainRegress, trainTagger, sentiment, statefulCase, big, trainMinGru];
  beforeAll(async () => {
    const files: Record<string, string> = { 'rnnc-glsl-engine.js': await bundleGlslEngine(), 'rnnc-runtime.js': await bundleRuntime() };
    for (const def of defs) {
      const { js, dts } = emitGlslModule(trace(def));
      files[`${def.name}.glsl.js`] = js;
      files[`${def.name}.glsl.d.ts`] = dts;
    }
    page = await openEnginePage('module', files);
  });
  afterAll(async () => {
    await page?.close();
  });

  for (const def of [trainRegress, trainTagger, sentiment, trainMinGru]) {
    it(`${def.name}: forward, gradients, 3 train steps and evaluate match the JS target`, async () => {
      const mod = trace(def);
      const { module } = await compileJs(mod);
      const js = module.create({ seed: 1 }) as unknown as JsTrainable;
      const params = paramsFor(mod, 3, 0.4);
      js.setParams(params);
      const batch = inputsFor(mod, 4, 5, 4, 50, { labels: 2 });
      // forward() needs an output besides the loss (the training-only models have none).
      const hasForward = mod.outputs.some((o) => o.name !== mod.training?.loss);
      const fwd = hasForward ? js.forward(batch) : {};
      const grads = js.gradients(batch);
      const steps = [0, 1, 2].map(() => js.trainStep(batch));
      const after = js.getParams();
      const ev = js.evaluate(batch);
      const got = await page.page.evaluate(
        async ({ url, params, batch, hasForward }) => {
          const w = globalThis as unknown as PageWindow;
          const m = await w.loadModule(url);
          const model = await m.create({ seed: 1 });
          model.setParams(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Float32Array.from(v)])));
          const b = Object.fromEntries(Object.entries(batch).map(([k, v]) => [k, { data: v.i32 ? Int32Array.from(v.data) : Float32Array.from(v.data), shape: v.shape }]));
          const fwd = hasForward ? await model.forward(b) : {};
          const grads = await model.gradients(b);
          const steps = [];
          for (let i = 0; i < 3; i++) steps.push(await model.trainStep(b));
          const after = await model.getParams();
          const ev = await model.evaluate(b);
          const arr = (r: Record<string, { data: ArrayLike<number> } | ArrayLike<number>>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.from('data' in v ? v.data : v)]));
          return { fwd: arr(fwd), grads: { loss: grads.loss, grads: arr(grads.grads) }, steps, after: arr(after), ev };
        },
        { url: `/${def.name}.glsl.js`, params: wireParams(params), batch: wire(batch), hasForward },
      );
      expect(page.errors).toEqual([]);
      for (const [k, v] of Object.entries(fwd)) expect(maxRelError(got.fwd[k], v.data), `forward ${k}`).toBeLessThanOrEqual(TOL);
      expect(Math.abs(got.grads.loss - grads.loss)).toBeLessThanOrEqual(TOL);
      for (const [k, v] of Object.entries(grads.grads)) expect(maxRelError(got.grads.grads[k], v), `gradient ${k}`).toBeLessThanOrEqual(TOL);
      steps.forEach((s, i) => {
        expect(Math.abs(got.steps[i].loss - s.loss), `step ${i} loss`).toBeLessThanOrEqual(TOL * Math.max(1, Math.abs(s.loss)));
        expect(got.steps[i].learningRate).toBeCloseTo(s.learningRate, 6);
        if (s.gradNorm !== undefined) expect(Math.abs(got.steps[i].gradNorm! - s.gradNorm)).toBeLessThanOrEqual(TOL * Math.max(1, s.gradNorm));
      });
      for (const [k, v] of Object.entries(after)) expect(maxRelError(got.after[k], v), `parameter ${k} after 3 steps`).toBeLessThanOrEqual(TOL);
      // The steps changed the parameters (the comparison above is not of unchanged values).
      expect(maxRelError(after[mod.params[0].name], params[mod.params[0].name])).toBeGreaterThan(1e-4);
      expect(Math.abs(got.ev.loss - ev.loss)).toBeLessThanOrEqual(TOL * Math.max(1, ev.loss));
    });
  }

  it("linear scans: 'auto' runs them as a draw per step on SwiftShader, 'parallel' as four draws whatever T is; both match the JS target", async () => {
    const mod = trace(trainMinGru);
    const { module } = await compileJs(mod);
    const js = module.create({ seed: 1 }) as unknown as JsTrainable;
    const params = paramsFor(mod, 3, 0.4);
    js.setParams(params);
    const draws: Record<string, number[]> = {};
    for (const T of [6, 24]) {
      const batch = inputsFor(mod, 3, T, 7);
      const grads = js.gradients(batch);
      const got = await page.page.evaluate(
        async ({ url, params, batch }) => {
          const w = globalThis as unknown as PageWindow;
          const m = await w.loadModule(url);
          const out: Record<string, { draws: number; loss: number; grads: Record<string, number[]> }> = {};
          for (const linearScan of ['auto', 'parallel', 'sequential']) {
            const model = await m.create({ seed: 1, linearScan });
            model.setParams(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Float32Array.from(v)])));
            const b = Object.fromEntries(Object.entries(batch).map(([k, v]) => [k, { data: v.i32 ? Int32Array.from(v.data) : Float32Array.from(v.data), shape: v.shape }]));
            const gl = (model as unknown as { device: { drawArrays(...a: unknown[]): void } }).device;
            let n = 0;
            const orig = gl.drawArrays.bind(gl);
            gl.drawArrays = (...a: unknown[]) => {
              n++;
              return orig(...a);
            };
            const g = await model.gradients(b);
            out[linearScan] = { draws: n, loss: g.loss, grads: Object.fromEntries(Object.entries(g.grads).map(([k, v]) => [k, Array.from(v)])) };
          }
          let bad = '';
          try {
            await m.create({ linearScan: 'fast' });
          } catch (e) {
            bad = `${(e as Error).name}: ${(e as Error).message}`;
          }
          return { out, bad };
        },
        { url: `/${trainMinGru.name}.glsl.js`, params: wireParams(params), batch: wire(batch) },
      );
      expect(page.errors).toEqual([]);
      expect(got.bad).toBe("RangeError: train_mingru: create's linearScan option must be 'auto', 'parallel' or 'sequential', got \"fast\"");
      for (const form of ['auto', 'parallel', 'sequential']) {
        const r = got.out[form];
        expect(Math.abs(r.loss - grads.loss), `${form} loss`).toBeLessThanOrEqual(TOL);
        for (const [k, v] of Object.entries(grads.grads)) expect(maxRelError(r.grads[k], v), `${form} gradient ${k} at T=${T}`).toBeLessThanOrEqual(TOL);
      }
      draws[T] = ['auto', 'parallel', 'sequential'].map((f) => got.out[f].draws);
    }
    // SwiftShader is a software rasterizer: 'auto' is the draw per step. The parallel form's draws do not grow with T.
    expect(draws[6][0]).toBe(draws[6][2]);
    expect(draws[24][2] - draws[6][2]).toBeGreaterThan(18 * 3);
    expect(draws[24][1]).toBe(draws[6][1]);
    expect(draws[24][1]).toBeLessThan(draws[24][2]);
  });

  it('an embedding table too big for a 256-wide texture (40001 x 65, R32F: 1024 wide): forward and gradients match the JS target', async () => {
    const mod = trace(big);
    const { module } = await compileJs(mod);
    const js = module.create({ seed: 1 }) as unknown as JsTrainable;
    const params = paramsFor(mod);
    const tableName = mod.params.find((p) => p.shape[0] === 40001)!.name;
    // The table is made on both sides by the same formula (2.6M floats are too many to send).
    params[tableName] = Float32Array.from({ length: 40001 * 65 }, (_, i) => ((i * 7919) % 1000) / 1000 - 0.5);
    js.setParams(params);
    // Ids at both ends of the table: the last rows lie far past 256 x 8192 texels.
    const batch = { tokens: { data: Int32Array.from([0, 40000, 12345, 39999, 20000, 7]), shape: [2, 3] }, labels: { data: Int32Array.from([0, 1]), shape: [2] } };
    const rows = [0, 1, 7, 12345, 20000, 39998, 39999, 40000];
    const pick = (g: ArrayLike<number>) => rows.flatMap((r) => Array.from({ length: 65 }, (_, d) => g[r * 65 + d]));
    const fwd = js.forward(batch).logits.data;
    const grads = js.gradients(batch);
    const small = Object.fromEntries(Object.entries(params).filter(([k]) => k !== tableName));
    const got = await page.page.evaluate(
      async ({ url, small, tableName, batch, rows }) => {
        const w = globalThis as unknown as PageWindow;
        const m = await w.loadModule(url);
        const model = await m.create({ seed: 1 });
        const ps: Record<string, Float32Array> = Object.fromEntries(Object.entries(small).map(([k, v]) => [k, Float32Array.from(v)]));
        ps[tableName] = Float32Array.from({ length: 40001 * 65 }, (_, i) => ((i * 7919) % 1000) / 1000 - 0.5);
        model.setParams(ps);
        const b = Object.fromEntries(Object.entries(batch).map(([k, v]) => [k, { data: v.i32 ? Int32Array.from(v.data) : Float32Array.from(v.data), shape: v.shape }]));
        const fwd = Array.from((await model.forward(b)).logits.data);
        const g = await model.gradients(b);
        const table = g.grads[`grad.${tableName}`];
        const picked = rows.flatMap((r) => Array.from({ length: 65 }, (_, d) => table[r * 65 + d]));
        const rest = Object.fromEntries(Object.entries(g.grads).filter(([k]) => k !== `grad.${tableName}`).map(([k, v]) => [k, Array.from(v)]));
        return { fwd, loss: g.loss, table: picked, tableLen: table.length, rest };
      },
      { url: `/${big.name}.glsl.js`, small: wireParams(small), tableName, batch: wire(batch), rows },
    );
    expect(page.errors).toEqual([]);
    // More than a 256-wide texture holds on this device (the width before per-buffer widths).
    const max = await page.page.evaluate(() => {
      const gl = (globalThis as unknown as { engine: { gl: { MAX_TEXTURE_SIZE: number; getParameter(n: number): number } } }).engine.gl;
      return gl.getParameter(gl.MAX_TEXTURE_SIZE);
    });
    expect(40001 * 65).toBeGreaterThan(256 * max);
    expect(maxRelError(got.fwd, fwd)).toBeLessThanOrEqual(TOL);
    expect(Math.abs(got.loss - grads.loss)).toBeLessThanOrEqual(TOL);
    expect(got.tableLen).toBe(40001 * 65);
    const want = pick(grads.grads[`grad.${tableName}`]);
    expect(maxRelError(got.table, want), 'gradient of the table').toBeLessThanOrEqual(TOL);
    expect(want.some((x) => x !== 0)).toBe(true);
    for (const [k, v] of Object.entries(grads.grads)) if (k !== `grad.${tableName}`) expect(maxRelError(got.rest[k], v), `gradient ${k}`).toBeLessThanOrEqual(TOL);
  });

  it("the kernels of the parameters alone (the weights' concatenations) are skipped while the parameters stay, and run again after setParams", async () => {
    const mod = trace(sentiment);
    const { module } = await compileJs(mod);
    const js = module.create({ seed: 1 });
    const p1 = paramsFor(mod, 3);
    const p2 = paramsFor(mod, 4);
    const a = inputsFor(mod, 2, 4, 5);
    js.setParams(p1);
    const y1 = js.forward(a).logits.data;
    js.setParams(p2);
    const y2 = js.forward(a).logits.data;
    const got = await page.page.evaluate(
      async ({ url, p1, p2, a }) => {
        const w = globalThis as unknown as PageWindow;
        const m = await w.loadModule(url);
        const model = (await m.create({ seed: 1 })) as PageModel & { device: { drawArrays: (...x: unknown[]) => void } };
        const gl = model.device;
        let draws = 0;
        const orig = gl.drawArrays.bind(gl);
        gl.drawArrays = (...x: unknown[]) => {
          draws++;
          return orig(...x);
        };
        const f32 = (x: Record<string, number[]>) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, Float32Array.from(v)]));
        const t = (x: Record<string, { data: number[]; shape: number[]; i32: boolean }>) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, { data: v.i32 ? Int32Array.from(v.data) : Float32Array.from(v.data), shape: v.shape }]));
        const call = async () => {
          const d0 = draws;
          const y = Array.from((await model.forward(t(a))).logits.data);
          return { y, draws: draws - d0 };
        };
        model.setParams(f32(p1));
        const first = await call();
        const second = await call();
        model.setParams(f32(p2));
        const third = await call();
        const fourth = await call();
        return { first, second, third, fourth };
      },
      { url: `/${sentiment.name}.glsl.js`, p1: wireParams(p1), p2: wireParams(p2), a: wire(a) },
    );
    expect(maxRelError(got.first.y, y1)).toBeLessThanOrEqual(TOL);
    expect(got.second.y).toEqual(got.first.y);
    expect(got.second.draws).toBeLessThan(got.first.draws);
    // New parameters: the concatenations run again, and the outputs follow them.
    expect(got.third.draws).toBe(got.first.draws);
    expect(maxRelError(got.third.y, y2)).toBeLessThanOrEqual(TOL);
    expect(maxRelError(got.third.y, y1)).toBeGreaterThan(1e-3);
    expect(got.fourth.y).toEqual(got.third.y);
    expect(got.fourth.draws).toBe(got.second.draws);
  });

  it('stateful: the kept state carries across forward calls, getState reads it, resetState starts over', async () => {
    const mod = trace(statefulCase);
    const { module } = await compileJs(mod);
    const js = module.create({ seed: 2 });
    const params = paramsFor(mod);
    js.setParams(params);
    const a = inputsFor(mod, 2, 3, 5);
    const b = inputsFor(mod, 2, 3, 6);
    const y1 = js.forward(a).y.data;
    const y2 = js.forward(b).y.data;
    const st = js.getState!();
    js.resetState!();
    const y3 = js.forward(b).y.data;
    const got = await page.page.evaluate(
      async ({ url, params, a, b }) => {
        const w = globalThis as unknown as PageWindow;
        const m = await w.loadModule(url);
        const model = await m.create({ seed: 2 });
        model.setParams(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Float32Array.from(v)])));
        const t = (x: Record<string, { data: number[]; shape: number[]; i32: boolean }>) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, { data: v.i32 ? Int32Array.from(v.data) : Float32Array.from(v.data), shape: v.shape }]));
        const y1 = (await model.forward(t(a))).y.data;
        const y2 = (await model.forward(t(b))).y.data;
        const st = await model.getState();
        model.resetState();
        const y3 = (await model.forward(t(b))).y.data;
        let err = '';
        try {
          await model.forward(t({ ...b, x: { ...b.x, data: b.x.data.concat(b.x.data.slice(0, 15)), shape: [3, 3, 5] } }));
        } catch (e) {
          err = String(e);
        }
        return { y1: Array.from(y1), y2: Array.from(y2), y3: Array.from(y3), st: Object.fromEntries(Object.entries(st).map(([k, v]) => [k, Array.from(v)])), err };
      },
      { url: `/${statefulCase.name}.glsl.js`, params: wireParams(params), a: wire(a), b: wire(b) },
    );
    expect(maxRelError(got.y1, y1)).toBeLessThanOrEqual(TOL);
    expect(maxRelError(got.y2, y2)).toBeLessThanOrEqual(TOL);
    expect(maxRelError(got.y3, y3)).toBeLessThanOrEqual(TOL);
    expect(maxRelError(got.y2, got.y3)).toBeGreaterThan(1e-3); // the carried state mattered
    for (const [k, v] of Object.entries(st)) expect(maxRelError(got.st[k], v), k).toBeLessThanOrEqual(TOL);
    expect(got.err).toMatch(/resetState/);
  });

  it('an id out of range is an InputError naming the kernel and the vocabulary', async () => {
    const mod = trace(sentiment);
    const batch = inputsFor(mod, 2, 3, 4, 50, { labels: 2 });
    (batch.tokens.data as Int32Array)[3] = 5000;
    const err = await page.page.evaluate(
      async ({ url, batch }) => {
        const w = globalThis as unknown as PageWindow;
        const m = await w.loadModule(url);
        const model = await m.create();
        const b = Object.fromEntries(Object.entries(batch).map(([k, v]) => [k, { data: v.i32 ? Int32Array.from(v.data) : Float32Array.from(v.data), shape: v.shape }]));
        try {
          await model.forward(b);
          return 'no error';
        } catch (e) {
          return `${(e as Error).name}: ${(e as Error).message}`;
        }
      },
      { url: `/${sentiment.name}.glsl.js`, batch: wire(batch) },
    );
    expect(err).toMatch(/^InputError: .*input 'tokens' at \[\d+, \d+\]: id 5000 is out of range for a vocabulary of size 2000/);
  });

  it('`--target glsl` writes the module, its types, the engine and the runtime', async () => {
    const { backend } = await import('../../../src/codegen/glsl/target.js');
    const out = await backend.render(compileModel(trace(sentiment)).programs(backend.kernels));
    expect(out.entry).toBe('sentiment.glsl.js');
    expect(out.files.map((f) => f.name).sort()).toEqual(['rnnc-glsl-engine.js', 'rnnc-runtime.js', 'sentiment.glsl.d.ts', 'sentiment.glsl.js']);
  });

  it('the .d.ts types create({ gl }) and the async API', () => {
    const { dts } = emitGlslModule(trace(sentiment));
    expect(dts).toContain('gl?: WebGL2RenderingContext | OffscreenCanvas | HTMLCanvasElement;');
    expect(dts).toContain('forward(inputs: Inputs, opts?: ForwardOptions): Promise<Outputs>;');
    expect(dts).not.toContain('@webgpu/types');
    expect(fs.existsSync(path.join(page.dir, 'sentiment.glsl.js'))).toBe(true);
  });
});
