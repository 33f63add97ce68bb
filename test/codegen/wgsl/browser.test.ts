// End to end in headless Chromium (WebGPU on SwiftShader): a page imports the generated WGSL module
// (as `rnnc compile --target wgsl` writes it), creates the model on navigator.gpu, trains a few
// steps and infers; the results match the JS target's, with whole-sequence kernels and without.
import { compileModel } from '../../../src/codegen/programs.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { trace } from '../../../src/frontend/trace.js';
import { backend } from '../../../src/codegen/wgsl/target.js';
import { haveChromium, launchChromium, openPage, serveDir, type StaticServer } from '../../helpers/browser.js';
import { compileJs, inputsFor, maxRelError } from '../../helpers/models.js';
import { defineModel } from 'rnnc';

// A small trainable model with an output besides its loss (so forward has something to return),
// with a GRU and a reverse linear scan (the chunked linear_scan kernel and its adjoint on WebGPU).
const regressOut = defineModel('regress_out', (m) => {
  const x = m.sequence('x', 3);
  const target = m.input('target', 'f32', ['B', 'T', 2]);
  const h = m.gru(x, { units: 4, returnSequences: true }).output;
  const lin = m.linearScan({ a: m.sigmoid(m.dense(x, { units: 4, name: 'la' })), b: h, reverse: true });
  const y = m.dense(m.add(h, lin.steps), { units: 2 });
  m.output('y', y);
  m.train({ loss: m.meanSquaredError(y, target), optimizer: { kind: 'adam', lr: 0.05 }, clipNorm: 1 });
});

const root = path.resolve(new URL('../../..', import.meta.url).pathname);
let browser: Browser | null = null;
let server: StaticServer | null = null;
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(!haveChromium())('WGSL module in Chromium (WebGPU)', () => {
  it('trains 3 steps and infers like the JS target', async () => {
    const mod = trace(regressOut);
    const out = await backend.render(compileModel(mod).programs(backend.kernels));
    const dir = path.join(root, 'test/.out', `wgsl-browser-${process.pid}`);
    fs.mkdirSync(dir, { recursive: true });
    for (const f of out.files) fs.writeFileSync(path.join(dir, f.name), f.data);
    fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>rnnc wgsl</title>
<script type="module">
window.loadModel = () => import('./${out.entry}');
window.ready = true;
</script>`);
    server = await serveDir(dir);
    browser = await launchChromium();
    const { page, errors } = await openPage(browser, `${server.url}/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as { ready?: boolean }).ready === true);
    const B = 3;
    const T = 5;
    const batches = [0, 1, 2].map((s) => inputsFor(mod, B, T, 50 + s));
    const plain = (b: Record<string, { data: ArrayLike<number>; shape: number[] }>) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, { data: Array.from(v.data), shape: v.shape }]));
    const result = await page.evaluate(
      async ({ batches, one }) => {
        type Model = {
          trainStep(b: unknown): Promise<{ loss: number }>;
          forward(b: unknown): Promise<Record<string, { data: Float32Array }>>;
          getParams(): Promise<Record<string, Float32Array>>;
          device: { adapterInfo?: { vendor: string; architecture: string } };
        };
        const w = globalThis as unknown as { loadModel(): Promise<{ create(o: unknown): Promise<Model> }> };
        const m = await w.loadModel();
        const model = await m.create({ seed: 3 });
        const f32 = (b: Record<string, { data: number[]; shape: number[] }>) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, { data: Float32Array.from(v.data), shape: v.shape }]));
        const losses: number[] = [];
        for (const b of batches) losses.push((await model.trainStep(f32(b))).loss);
        const y = await model.forward(f32(batches[0]));
        const params = await model.getParams();
        // Whole-sequence kernels against the per-step dispatches, on untrained models of the same seed.
        const paths: Record<string, number[][]> = {};
        for (const wholeSequence of ['always', 'never']) {
          const pm = await m.create({ seed: 3, wholeSequence });
          paths[wholeSequence] = [];
          for (const b of [batches[1], one]) paths[wholeSequence].push(Array.from((await pm.forward(f32(b))).y.data));
        }
        return {
          paths,
          losses,
          y: Object.fromEntries(Object.entries(y).map(([k, v]) => [k, Array.from(v.data)])),
          params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.from(v)])),
        };
      },
      { batches: batches.map(plain), one: plain(inputsFor(mod, 1, 7, 9)) },
    );
    expect(errors).toEqual([]);
    const js = (await compileJs(mod)).module.create({ seed: 3 }) as unknown as {
      trainStep(b: unknown): { loss: number };
      forward(b: unknown): Record<string, { data: Float32Array }>;
      getParams(): Record<string, Float32Array>;
    };
    const losses = batches.map((b) => js.trainStep(b).loss);
    expect(maxRelError(result.losses, losses)).toBeLessThanOrEqual(1e-4);
    const y = js.forward(batches[0]);
    for (const k of Object.keys(y)) expect(maxRelError(result.y[k], y[k].data), k).toBeLessThanOrEqual(1e-4);
    const params = js.getParams();
    for (const k of Object.keys(params)) expect(maxRelError(result.params[k], params[k]), k).toBeLessThanOrEqual(1e-4);
    const fresh = (await compileJs(mod)).module.create({ seed: 3 }) as unknown as { forward(b: unknown): Record<string, { data: Float32Array }> };
    [batches[1], inputsFor(mod, 1, 7, 9)].forEach((b, i) => {
      const want = fresh.forward(b).y.data;
      for (const path of ['always', 'never']) expect(maxRelError(result.paths[path][i], want), `${path} ${i}`).toBeLessThanOrEqual(1e-4);
    });
  }, 120_000);
});
