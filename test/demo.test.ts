// The web demo (examples/web), built with vite and rnnc's plugin as `npm run demo` serves it, in
// headless Chromium: it trains the names model on each target for a fixed number of steps through
// its URL parameters. The loss must fall, the chart must have drawn, sampled names must appear and
// the note must say which target runs (and why others did not, for auto). A screenshot of the wasm
// run is kept in test/.out/demo.png.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { viteLogger } from './helpers/bundlers.js';
import { haveChromium, launchChromium, openPage, serveDir, type StaticServer } from './helpers/browser.js';

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'test', '.out', 'demo');

interface DemoResult {
  target: string;
  note: string;
  steps: number;
  losses: number[];
  samples: string[];
  stepsPerSecond: number;
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe.runIf(haveChromium())('the web demo in Chromium', () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  const warnings: string[] = [];
  beforeAll(async () => {
    fs.rmSync(out, { recursive: true, force: true });
    await build({
      root: path.join(root, 'examples', 'web'),
      configFile: path.join(root, 'examples', 'web', 'vite.config.mjs'),
      build: { outDir: path.join(out, 'dist'), emptyOutDir: true },
      logLevel: 'warn',
      customLogger: viteLogger(warnings),
    });
    server = await serveDir(path.join(out, 'dist'));
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page where WebGPU is missing (navigator.gpu undefined), as in browsers without it. */
  async function openPageWithoutWebGPU(url: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.addInitScript("Object.defineProperty(Navigator.prototype, 'gpu', { get: () => undefined, configurable: true })");
    await page.goto(url);
    return { page, errors };
  }

  /** Runs the demo with `query` until it is done; returns what it reports and the page. */
  async function run(query: string, timeout: number, { webgpu = true } = {}) {
    const url = `${server.url}/index.html?autostart=1&${query}`;
    const { page, errors } = webgpu ? await openPage(browser, url) : await openPageWithoutWebGPU(url);
    await page.waitForFunction('document.body.dataset.done === "1" || document.body.dataset.error !== undefined', undefined, { timeout });
    const error = await page.evaluate('document.body.dataset.error');
    expect(error).toBeUndefined();
    const result = (await page.evaluate('globalThis.__demo')) as DemoResult;
    return { page, errors, result };
  }

  /** Whether the chart canvas has drawn the loss line (its blue pixels). */
  async function chartPixels(page: Awaited<ReturnType<typeof run>>['page']): Promise<number> {
    return (await page.evaluate(`(() => {
      const c = document.getElementById('chart');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let blue = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i + 2] > 200 && d[i] < 80 && d[i + 3] > 200) blue++;
      return blue;
    })()`)) as number;
  }

  it('built with no warning', () => {
    expect(warnings).toEqual([]);
  });

  it('wasm: the loss falls over 300 steps, the chart draws, names appear; screenshot', async () => {
    const { page, errors, result } = await run('target=wasm&steps=300&sampleEvery=100&threads=2', 120_000);
    expect(result.target).toBe('wasm');
    expect(result.note).toMatch(/^Running on wasm \(2 threads\)/);
    expect(result.steps).toBe(300);
    // A uniform guess over 30 symbols costs ln 30 = 3.40 per character, where training starts; after
    // 300 steps the model has learnt the letters' frequencies and common pairs.
    console.log(`demo wasm: loss ${result.losses[0].toFixed(3)} -> ${mean(result.losses.slice(-20)).toFixed(3)}, ${result.stepsPerSecond.toFixed(1)} steps/s; samples: ${result.samples.join(', ')}`);
    expect(result.losses[0]).toBeGreaterThan(3.2);
    expect(mean(result.losses.slice(-20))).toBeLessThan(2.8);
    expect(await chartPixels(page)).toBeGreaterThan(500);
    expect(result.samples.length).toBeGreaterThan(5);
    for (const s of result.samples) expect(s).toMatch(/^[a-z' -]+$/);
    expect(await page.textContent('#samples')).not.toBe('');
    expect(await page.textContent('#summary')).toContain('Total params');
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(root, 'test', '.out', 'demo.png'), fullPage: true });
    await page.close();
  }, 150_000);

  it('js: the same training, slower; the loss falls', async () => {
    const { page, errors, result } = await run('target=js&steps=60&sampleEvery=30', 120_000);
    expect(result.target).toBe('js');
    expect(result.note).toMatch(/^Running on js\./);
    console.log(`demo js: loss ${result.losses[0].toFixed(3)} -> ${mean(result.losses.slice(-10)).toFixed(3)}, ${result.stepsPerSecond.toFixed(1)} steps/s`);
    expect(mean(result.losses.slice(-10))).toBeLessThan(mean(result.losses.slice(0, 10)) - 0.3);
    expect(await chartPixels(page)).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);

  it('glsl: runs on WebGL2 (SwiftShader here) and trains', async () => {
    const { page, errors, result } = await run('target=glsl&steps=20&sampleEvery=10&chunk=8', 150_000);
    expect(result.target).toBe('glsl');
    expect(result.note).toMatch(/^Running on glsl\./);
    console.log(`demo glsl: ${result.note}; loss ${result.losses[0].toFixed(3)} -> ${result.losses.at(-1)?.toFixed(3)}, ${result.stepsPerSecond.toFixed(1)} steps/s`);
    expect(result.losses).toHaveLength(20);
    expect(mean(result.losses.slice(-5))).toBeLessThan(mean(result.losses.slice(0, 5)));
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  // Chromium here has WebGPU on SwiftShader; its create() is slow on a CPU (30 to 50 s for this
  // model's 100-odd compute pipelines), so a few steps suffice.
  it('wgsl: runs on WebGPU (SwiftShader here) and trains', async () => {
    const { page, errors, result } = await run('target=wgsl&steps=20&sampleEvery=10&chunk=8', 150_000);
    console.log(`demo wgsl: ${result.note}; loss ${result.losses[0].toFixed(3)} -> ${result.losses.at(-1)?.toFixed(3)}, ${result.stepsPerSecond.toFixed(1)} steps/s`);
    expect(result.target).toBe('wgsl');
    expect(result.note).toMatch(/^Running on wgsl\./);
    expect(result.losses).toHaveLength(20);
    expect(mean(result.losses.slice(-5))).toBeLessThan(mean(result.losses.slice(0, 5)));
    for (const s of result.samples) expect(s).toMatch(/^[a-z' -]+$/);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  // auto in a page without WebGPU (as in Firefox or Safari today, and cheaper here than a second
  // wgsl compile): the first target that runs is picked and the note says why wgsl was skipped.
  it('auto: without WebGPU, falls back to the next target, says why, and trains', async () => {
    const { page, errors, result } = await run('target=auto&steps=60&sampleEvery=30', 120_000, { webgpu: false });
    console.log(`demo auto: ${result.note}; loss ${result.losses[0].toFixed(3)} -> ${mean(result.losses.slice(-10)).toFixed(3)}`);
    expect(['wasm', 'glsl', 'js']).toContain(result.target);
    expect(result.note).toMatch(new RegExp(`^Running on ${result.target}\\b`));
    expect(result.note).toMatch(/wgsl unavailable: WebGPU is not available/);
    expect(result.steps).toBe(60);
    expect(mean(result.losses.slice(-10))).toBeLessThan(mean(result.losses.slice(0, 10)) - 0.3);
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);
});
