// The wasm target in headless Chromium: the generated module (the binary decoded from base64 with
// atob, instantiated by top-level await) runs forward and a training step there, and gives what
// the JS target gives in Node; with threads (Web Workers on a shared memory) in a cross-origin
// isolated page it gives the same bits, and in a page that is not isolated it runs on one thread
// and says why.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { trace } from '../../../src/frontend/trace.js';
import { haveChromium, launchChromium, openPage, serveDir, type StaticServer } from '../../helpers/browser.js';
import { compileJs, inputsFor, maxRelError, paramsFor } from '../../helpers/models.js';
import sentiment from '../../../examples/sentiment/model.js';
import { compileWasm } from './helpers.js';

describe.runIf(haveChromium())('wasm target in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let plainServer: StaticServer;
  let dir: string;
  const mod = trace(sentiment);

  beforeAll(async () => {
    ({ dir } = await compileWasm(mod));
    // A page.evaluate body cannot contain import() (vitest rewrites it): the page provides one.
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>rnnc wasm</title><link rel="icon" href="data:,"><script>window.loadModule = (url) => import(url);</script>');
    server = await serveDir(dir);
    plainServer = await serveDir(dir, { isolated: false });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await plainServer?.close();
  });

  it('forward and gradients equal the JS target\'s', async () => {
    const params = paramsFor(mod);
    const batch = inputsFor(mod, 4, 6, 3);
    const { page, errors } = await openPage(browser, `${server.url}/index.html`);
    const plain = (r: Record<string, { data: ArrayLike<number>; shape: number[] }>) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, { data: Array.from(v.data), shape: v.shape, i32: v.data instanceof Int32Array }]));
    const got = await page.evaluate(
      async ({ url, params, batch }) => {
        const m = await (globalThis as unknown as { loadModule(u: string): Promise<{ create(): any }> }).loadModule(url);
        const model = m.create();
        const typed = (v: { data: number[]; shape: number[]; i32?: boolean }) => ({ data: v.i32 ? Int32Array.from(v.data) : Float32Array.from(v.data), shape: v.shape });
        model.setParams(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Float32Array.from(v as number[])])));
        const inputs = Object.fromEntries(Object.entries(batch).map(([k, v]) => [k, typed(v as never)]));
        const logits = Array.from(model.forward(inputs).logits.data as Float32Array);
        const g = model.gradients(inputs);
        return { logits, loss: g.loss as number, grads: Object.fromEntries(Object.entries(g.grads).map(([k, v]) => [k, Array.from(v as Float32Array)])) };
      },
      { url: `${server.url}/${mod.name}.wasm.js`, params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.from(v)])), batch: plain(batch) },
    );
    expect(errors).toEqual([]);
    const js = (await compileJs(mod)).module.create() as unknown as { setParams(p: unknown): void; forward(b: unknown): { logits: { data: Float32Array } }; gradients(b: unknown): { loss: number; grads: Record<string, Float32Array> } };
    js.setParams(params);
    expect(maxRelError(got.logits, js.forward(batch).logits.data)).toBeLessThanOrEqual(1e-5);
    const want = js.gradients(batch);
    expect(Math.abs(got.loss - want.loss)).toBeLessThanOrEqual(1e-5);
    for (const [k, g] of Object.entries(want.grads)) {
      const scale = Math.max(1e-30, ...Array.from(g, Math.abs));
      const err = Math.max(...got.grads[k].map((v, i) => Math.abs(v - g[i]) / scale));
      expect(err, k).toBeLessThanOrEqual(1e-5);
    }
  }, 60_000);

  /** forward and gradients with `threads: 2` and with one thread, in a page of `url`. */
  async function threaded(url: string) {
    const batch = inputsFor(mod, 5, 6, 4);
    const plain = Object.fromEntries(Object.entries(batch).map(([k, v]) => [k, { data: Array.from(v.data), shape: v.shape, i32: v.data instanceof Int32Array }]));
    const { page, errors } = await openPage(browser, `${url}/index.html`);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    const got = await page.evaluate(
      async ({ url, batch }) => {
        const m = await (globalThis as unknown as { loadModule(u: string): Promise<{ create(o?: object): any }> }).loadModule(url);
        const typed = (v: { data: number[]; shape: number[]; i32?: boolean }) => ({ data: v.i32 ? Int32Array.from(v.data) : Float32Array.from(v.data), shape: v.shape });
        const inputs = Object.fromEntries(Object.entries(batch).map(([k, v]) => [k, typed(v as never)]));
        const one = m.create({ seed: 2 });
        const two = m.create({ seed: 2, threads: 2 });
        const threads = await two.threadsReady;
        const flat = (model: any) => {
          const g = model.gradients(inputs);
          return [...model.forward(inputs).logits.data, g.loss, ...Object.keys(g.grads).sort().flatMap((k) => [...g.grads[k]])];
        };
        const a = flat(one);
        const b = flat(two);
        two.dispose();
        return { threads, isolated: (globalThis as unknown as { crossOriginIsolated: boolean }).crossOriginIsolated, same: a.length === b.length && a.every((x: number, i: number) => Object.is(x, b[i])), n: a.length };
      },
      { url: `${url}/${mod.name}.wasm.js`, batch: plain },
    );
    await page.close();
    return { ...got, errors, warnings };
  }

  it('threads: 2 in a cross-origin isolated page (Web Workers) give the single thread\'s bits', async () => {
    const r = await threaded(server.url);
    expect(r.errors).toEqual([]);
    expect(r.isolated).toBe(true);
    expect(r.threads).toBe(2);
    expect(r.n).toBeGreaterThan(100);
    expect(r.same).toBe(true);
  }, 60_000);

  it('threads: 2 in a page that is not cross-origin isolated run on one thread and say why', async () => {
    const r = await threaded(plainServer.url);
    expect(r.errors).toEqual([]);
    expect(r.isolated).toBe(false);
    expect(r.threads).toBe(1);
    expect(r.same).toBe(true);
    expect(r.warnings.join('\n')).toMatch(/sentiment: threads: 2 was asked for; running on one thread: SharedArrayBuffer is not available; serve the page cross-origin isolated \(Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp\)/);
  }, 60_000);
});
