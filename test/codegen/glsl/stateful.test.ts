// Stateful training with the generated GLSL module (WebGL2 in headless Chromium): a step refused for
// a NaN loss leaves the kept state (on the device), the dropout stream, the parameters, the
// optimizer slots and the step as they were (issue 19, item 3), and a checkpoint holds the kept
// state, so resuming equals the uninterrupted run (issue 19, item 10); within 1e-5.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineModel, type F32 } from 'rnnc';
import { trace } from '../../../src/frontend/trace.js';
import { emitGlslModule } from '../../../src/codegen/glsl/module.js';
import { bundleGlslEngine } from '../../../src/codegen/glsl/engine-bundle.js';
import { bundleRuntime } from '../../../src/codegen/runtime-bundle.js';
import { haveChromium } from '../../helpers/browser.js';
import { inputsFor, maxRelError, type HostTensor } from '../../helpers/models.js';
import { openEnginePage, type EnginePage } from './page.js';

const TOL = 1e-5;
const def = defineModel('glsl_stateful_drop', (m) => {
  const x = m.sequence('x', 3);
  const target = m.input('target', 'f32', ['B', 'T', 5]);
  const h = m.lstm(x, { units: 5, stateful: true, returnSequences: true, dropout: 0.2, recurrentDropout: 0.3 }).output;
  m.train({ loss: m.meanSquaredError(h as F32, target), optimizer: { kind: 'adam', lr: 0.05 } });
});
const mod = trace(def);
type Wire = Record<string, { data: number[]; shape: number[]; i32: boolean }>;
const wire = (x: Record<string, HostTensor>): Wire => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, { data: Array.from(v.data, (d) => (Number.isNaN(d) ? 'NaN' : d)) as number[], shape: v.shape, i32: v.data instanceof Int32Array }]));
const chunks = [0, 1, 2, 3].map((s) => wire(inputsFor(mod, 3, 4, 60 + s)));
const nan = inputsFor(mod, 3, 4, 70);
(nan.target.data as Float32Array)[5] = Number.NaN;
const nanBatch = wire(nan);

type Snap = Record<string, number[]>;
interface PageWindow {
  loadModule(u: string): Promise<{ create(o?: object): Promise<Record<string, (...a: unknown[]) => Promise<unknown>> & { step: number }> }>;
}

describe.runIf(haveChromium())('glsl: stateful training', () => {
  let page: EnginePage;
  beforeAll(async () => {
    const { js, dts } = emitGlslModule(mod);
    page = await openEnginePage('stateful', { 'rnnc-glsl-engine.js': await bundleGlslEngine(), 'rnnc-runtime.js': await bundleRuntime(), [`${def.name}.glsl.js`]: js, [`${def.name}.glsl.d.ts`]: dts });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('a refused NaN step changes nothing; a checkpoint holds the kept state and resume == uninterrupted', async () => {
    const got = await page.page.evaluate(
      async ({ url, chunks, nanBatch }) => {
        const w = globalThis as unknown as PageWindow;
        const m = await w.loadModule(url);
        const t = (x: typeof nanBatch) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, { data: v.i32 ? Int32Array.from(v.data) : Float32Array.from(v.data, Number), shape: v.shape }]));
        type M = Awaited<ReturnType<typeof m.create>>;
        const snap = async (model: M): Promise<Record<string, number[]>> => {
          const out: Record<string, number[]> = { step: [model.step] };
          for (const [k, v] of Object.entries((await model.getParams()) as Record<string, Float32Array>)) out[`param.${k}`] = Array.from(v);
          for (const [k, v] of Object.entries((await model.getState()) as Record<string, Float32Array>)) out[`state.${k}`] = Array.from(v);
          return out;
        };
        const refuse = async (model: M) => {
          try {
            await model.trainStep(t(nanBatch));
            return 'taken';
          } catch (e) {
            return String(e);
          }
        };
        const clean = await m.create({ seed: 3 });
        const faulty = await m.create({ seed: 3 });
        const firstRefusal = await refuse(faulty);
        const freshState = Object.keys((await faulty.getState()) as object).length;
        const pairs: [Record<string, number[]>, Record<string, number[]>][] = [];
        let around: [Record<string, number[]>, Record<string, number[]>] | null = null;
        for (const [i, c] of chunks.entries()) {
          await clean.trainStep(t(c));
          await faulty.trainStep(t(c));
          if (i === 1) {
            const before = await snap(faulty);
            await refuse(faulty);
            around = [before, await snap(faulty)];
          }
          pairs.push([await snap(faulty), await snap(clean)]);
        }
        const whole = await m.create({ seed: 5 });
        const first = await m.create({ seed: 5 });
        for (const c of chunks) await whole.trainStep(t(c));
        for (const c of chunks.slice(0, 2)) await first.trainStep(t(c));
        const resumed = await m.create({ seed: 9 });
        await resumed.trainStep(t(chunks[3]));
        resumed.loadCheckpoint(await first.saveCheckpoint());
        const loaded: [Record<string, number[]>, Record<string, number[]>] = [await snap(resumed), await snap(first)];
        for (const c of chunks.slice(2)) await resumed.trainStep(t(c));
        const resumedPair: [Record<string, number[]>, Record<string, number[]>] = [await snap(resumed), await snap(whole)];
        return { firstRefusal, freshState, pairs, around, loaded, resumedPair };
      },
      { url: `/${def.name}.glsl.js`, chunks, nanBatch },
    );
    expect(got.firstRefusal).toMatch(/loss is NaN; the step was refused/);
    expect(got.freshState).toBe(0);
    expect(got.around![1]).toEqual(got.around![0]);
    const close = ([a, b]: [Snap, Snap], what: string) => {
      expect(Object.keys(a).sort(), what).toEqual(Object.keys(b).sort());
      expect(Object.keys(a).some((k) => k.startsWith('state.')), what).toBe(true);
      for (const k of Object.keys(b)) expect(maxRelError(a[k], b[k]), `${what}: ${k}`).toBeLessThanOrEqual(TOL);
    };
    got.pairs.forEach((p, i) => close(p, `after chunk ${i}`));
    close(got.loaded, 'loaded');
    close(got.resumedPair, 'resumed');
  }, 300_000);

  it('create() links the forward program alone; the training programs link at the first trainStep, shaders shared across programs', async () => {
    const { plan } = emitGlslModule(mod);
    const perProgram = Object.fromEntries(Object.entries(plan.programs).map(([k, p]) => [k, p.shaders.length]));
    const got = await page.page.evaluate(
      async ({ url, batch }) => {
        const w = globalThis as unknown as PageWindow;
        const m = await w.loadModule(url);
        let links = 0;
        // The page's WebGL2 context class (the test's own types have no DOM).
        const proto = (globalThis as unknown as { WebGL2RenderingContext: { prototype: { linkProgram(p: unknown): void } } }).WebGL2RenderingContext.prototype;
        const link = proto.linkProgram;
        proto.linkProgram = function (this: unknown, p: unknown) {
          links++;
          return link.call(this, p);
        };
        const t = (x: typeof batch) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, { data: v.i32 ? Int32Array.from(v.data) : Float32Array.from(v.data, Number), shape: v.shape }]));
        try {
          const model = await m.create({ seed: 1 });
          const afterCreate = links;
          await model.forward(t(batch));
          const afterForward = links;
          await model.trainStep(t(batch));
          const afterTrain = links;
          await model.trainStep(t(batch));
          return { afterCreate, afterForward, afterTrain, again: links };
        } finally {
          proto.linkProgram = link;
        }
      },
      { url: `/${def.name}.glsl.js`, batch: chunks[0] },
    );
    expect(got.afterCreate).toBeGreaterThan(0);
    expect(got.afterCreate).toBeLessThanOrEqual(perProgram.run);
    expect(got.afterForward).toBe(got.afterCreate);
    expect(got.afterTrain).toBeGreaterThan(got.afterForward);
    expect(got.again).toBe(got.afterTrain);
    // Fewer links than shaders: the ones the programs share are linked once.
    const all = Object.values(perProgram).reduce((a, b) => a + b, 0);
    expect(got.afterTrain).toBeLessThan(all);
  }, 120_000);
});
