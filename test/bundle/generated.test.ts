// Modules written by `rnnc compile --target all` bundle for the browser with esbuild, vite and
// webpack, with no error and no warning (in particular none about Node built-ins: the wasm target
// reaches Node's worker_threads only in Node), and each target's bundle computes in Chromium what
// the js module computes in Node. The examples/names model, compiled by the CLI as an app's build
// script would, with --inference-only (with its training kernels the WebGPU module takes half a
// minute to create on SwiftShader, against seven seconds); the page hands the GPU targets a device
// and a WebGL2 context of its own.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import type { Browser } from 'playwright-core';
import { build as viteBuild } from 'vite';
import webpack from 'webpack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viteLogger } from '../helpers/bundlers.js';
import { haveChromium, launchChromium, openPage, serveDir, type StaticServer } from '../helpers/browser.js';

const root = path.resolve(__dirname, '..', '..');
const work = path.join(root, 'test', '.out', `bundle-generated-${process.pid}`);

// Two sequences of five characters, the second with one padded step; the same in Node and in the page.
const CHARS = [0, 1, 14, 14, 1, 0, 20, 8, 5, 15];
const MASK = [1, 1, 1, 1, 1, 1, 1, 1, 1, 0];
const ENTRY = `import * as js from './gen/names.js';
import * as wasm from './gen/names.wasm.js';
import * as wgsl from './gen/names.wgsl.js';
import * as glsl from './gen/names.glsl.js';

const inputs = () => ({
  chars: { data: new Int32Array(${JSON.stringify(CHARS)}), shape: [2, 5] },
  mask: { data: new Float32Array(${JSON.stringify(MASK)}), shape: [2, 5] },
});

async function run(mod, opts) {
  const model = await mod.create({ seed: 3, ...opts });
  if (model.threadsReady) await model.threadsReady;
  const out = await model.forward(inputs());
  const result = { logits: Array.from(out.logits.data), shape: out.logits.shape, threads: model.threads };
  model.dispose();
  return result;
}

(async () => {
  const results = {};
  const targets = [
    ['js', js, () => ({})],
    ['wasm', wasm, () => ({})],
    ['wasm2', wasm, () => ({ threads: 2 })],
    ['glsl', glsl, () => ({ gl: new OffscreenCanvas(1, 1).getContext('webgl2') })],
    ['wgsl', wgsl, async () => ({ device: await (await navigator.gpu.requestAdapter()).requestDevice() })],
  ];
  for (const [name, mod, opts] of targets) {
    try {
      results[name] = await run(mod, await opts());
    } catch (e) {
      results[name] = { error: String(e && e.stack ? e.stack : e) };
    }
  }
  globalThis.__results = results;
})();
`;

interface Result {
  logits?: number[];
  shape?: number[];
  threads?: number;
  error?: string;
}

let reference: number[];
let browser: Browser | undefined;

beforeAll(async () => {
  fs.mkdirSync(work, { recursive: true });
  // The CLI, every target, into gen/ beside the entry.
  execFileSync(process.execPath, [path.join(root, 'bin', 'rnnc.js'), 'compile', path.join(root, 'examples', 'names', 'model.ts'), '--target', 'all', '--out', path.join(work, 'gen'), '--no-typecheck', '--inference-only'], { stdio: 'pipe' });
  for (const f of ['names.js', 'names.wasm.js', 'names.wgsl.js', 'names.glsl.js', 'rnnc-runtime.js', 'rnnc-wgsl-engine.js', 'rnnc-glsl-engine.js', 'package.json']) {
    expect(fs.existsSync(path.join(work, 'gen', f)), f).toBe(true);
  }
  fs.writeFileSync(path.join(work, 'entry.js'), ENTRY);
  const mod = (await import(pathToFileURL(path.join(work, 'gen', 'names.js')).href)) as {
    create(o: object): { forward(i: object): { logits: { data: Float32Array } } };
  };
  reference = Array.from(mod.create({ seed: 3 }).forward({ chars: { data: new Int32Array(CHARS), shape: [2, 5] }, mask: { data: new Float32Array(MASK), shape: [2, 5] } }).logits.data);
  if (haveChromium()) browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const maxRel = (a: number[], b: number[]): number => Math.max(...a.map((x, i) => Math.abs(x - b[i]) / Math.max(1e-3, Math.abs(b[i]))));

/** Bundles, each a folder with an index.html that runs the entry; each resolves to its errors and warnings. */
const bundlers: Record<string, (out: string) => Promise<string[]>> = {
  async esbuild(out) {
    const r = await esbuild({ entryPoints: [path.join(work, 'entry.js')], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, outfile: path.join(out, 'app.js'), logLevel: 'silent' });
    fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><link rel="icon" href="data:,"><script type="module" src="./app.js"></script>');
    return [...r.errors, ...r.warnings].map((m) => m.text);
  },
  async vite(out) {
    const messages: string[] = [];
    fs.writeFileSync(path.join(work, 'index.html'), '<!doctype html><link rel="icon" href="data:,"><script type="module" src="./entry.js"></script>');
    await viteBuild({
      root: work,
      configFile: false,
      logLevel: 'warn',
      customLogger: viteLogger(messages),
      build: {
        outDir: out,
        emptyOutDir: true,
        target: 'es2022',
        // The WebGPU module with its training kernels is above vite's 500 KB chunk-size hint.
        chunkSizeWarningLimit: 4096,
        // rolldown's hint that callbacks took most of the build time depends on the machine's load.
        rolldownOptions: { checks: { bundlerTimings: false } },
      },
    });
    return messages;
  },
  webpack(out) {
    return new Promise((resolve, reject) => {
      // Size hints off: they are about bundle size in general, not about these modules.
      const compiler = webpack({ mode: 'production', context: work, entry: './entry.js', target: 'web', output: { path: out, filename: 'app.js' }, performance: { hints: false } });
      compiler.run((err, stats) => {
        compiler.close(() => {});
        if (err || !stats) return reject(err ?? new Error('webpack gave no stats'));
        const j = stats.toJson({ all: false, warnings: true, errors: true });
        fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><link rel="icon" href="data:,"><script src="./app.js"></script>');
        const messages = [...(j.errors ?? []), ...(j.warnings ?? [])].map((w) => w.message);
        expect(messages.length > 0).toBe(stats.hasErrors() || stats.hasWarnings());
        resolve(messages);
      });
    });
  },
};

describe('modules written by rnnc compile, in bundles', () => {
  for (const name of Object.keys(bundlers)) {
    it.skipIf(!haveChromium())(`${name}: every target bundles without a warning and computes in Chromium what Node does`, async () => {
      const out = path.join(work, `dist-${name}`);
      fs.mkdirSync(out, { recursive: true });
      expect(await bundlers[name](out)).toEqual([]);
      const text = fs
        .readdirSync(out, { recursive: true })
        .filter((f) => String(f).endsWith('.js'))
        .map((f) => fs.readFileSync(path.join(out, String(f)), 'utf8'))
        .join('\n');
      // Node's modules are named only inside the guarded path, never imported by the bundle itself.
      // (A literal specifier would make bundlers resolve it; the runtime builds it at run time.)
      expect(text).not.toMatch(/(?:from|import)\s*\(?\s*["']node:|require\(\s*["']node:/);
      const server: StaticServer = await serveDir(out);
      const page = await openPage(browser as Browser, `${server.url}/index.html`);
      try {
        await page.page.waitForFunction('globalThis.__results !== undefined', undefined, { timeout: 150_000 });
        const results = (await page.page.evaluate('globalThis.__results')) as Record<string, Result>;
        expect(Object.keys(results)).toEqual(['js', 'wasm', 'wasm2', 'glsl', 'wgsl']);
        for (const [target, r] of Object.entries(results)) {
          expect(r.error, `${name} ${target}`).toBeUndefined();
          expect(r.shape, `${name} ${target}`).toEqual([2, 5, 30]);
          expect(maxRel(r.logits ?? [], reference), `${name} ${target}`).toBeLessThan(target === 'glsl' || target === 'wgsl' ? 1e-4 : 1e-5);
        }
        expect(results.wasm2.threads, 'wasm with 2 threads (the page is cross-origin isolated)').toBe(2);
        expect(page.errors).toEqual([]);
      } finally {
        await page.page.close();
        await server.close();
      }
    }, 240_000);
  }
});
