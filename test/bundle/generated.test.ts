// Modules written by `rnnc compile` bundle for the browser with esbuild, vite and webpack, with no
// error and no warning (in particular none about Node built-ins: the wasm target reaches Node's
// worker_threads only in Node), and each target's bundle computes in Chromium what the module
// computes in Node. The examples/names model, compiled for every target (inference only: the GPU
// targets start faster).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import webpack from 'webpack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, writeCompiled } from '../../src/compiler/index.js';
import { haveChromium, launchChromium, openPage, serveDir, type StaticServer } from '../helpers/browser.js';

const root = path.resolve(__dirname, '..', '..');
const work = path.join(root, 'test', '.out', `bundle-generated-${process.pid}`);

// Two sequences of five characters; the same in Node and in the page.
const CHARS = [0, 1, 14, 14, 1, 0, 20, 8, 5, 15];
const ENTRY = `import * as js from './gen/names.js';
import * as wasm from './gen/names.wasm.js';
import * as wgsl from './gen/names.wgsl.js';
import * as glsl from './gen/names.glsl.js';

const inputs = () => ({
  chars: { data: new Int32Array(${JSON.stringify(CHARS)}), shape: [2, 5] },
  mask: { data: new Float32Array(10).fill(1), shape: [2, 5] },
});

async function run(mod, opts) {
  const model = await mod.create({ seed: 0, ...opts });
  if (model.threadsReady) await model.threadsReady;
  const out = await model.forward(inputs());
  const result = { logits: Array.from(out.logits.data), threads: model.threads };
  model.dispose();
  return result;
}

(async () => {
  const results = {};
  for (const [name, mod, opts] of [['js', js, {}], ['wasm', wasm, {}], ['wasm2', wasm, { threads: 2 }], ['glsl', glsl, {}], ['wgsl', wgsl, {}]]) {
    try {
      results[name] = await run(mod, opts);
    } catch (e) {
      results[name] = { error: String(e && e.stack ? e.stack : e) };
    }
  }
  globalThis.__results = results;
})();
`;

interface Result {
  logits?: number[];
  threads?: number;
  error?: string;
}

let reference: number[];

beforeAll(async () => {
  fs.mkdirSync(work, { recursive: true });
  const r = await compile(path.join(root, 'examples', 'names', 'model.ts'), { targets: 'all', training: false, typecheck: false });
  expect(r.diagnostics).toEqual([]);
  writeCompiled(r.files, path.join(work, 'gen'));
  fs.writeFileSync(path.join(work, 'entry.js'), ENTRY);
  const mod = (await import(pathToFileURL(path.join(work, 'gen', 'names.js')).href)) as {
    create(o: object): { forward(i: object): { logits: { data: Float32Array } } };
  };
  reference = Array.from(mod.create({ seed: 0 }).forward({ chars: { data: new Int32Array(CHARS), shape: [2, 5] }, mask: { data: new Float32Array(10).fill(1), shape: [2, 5] } }).logits.data);
}, 120_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const maxRel = (a: number[], b: number[]): number => Math.max(...a.map((x, i) => Math.abs(x - b[i]) / Math.max(1e-3, Math.abs(b[i]))));

/** Bundles, each a folder with an index.html that runs the entry. */
const bundlers: Record<string, (out: string) => Promise<string[]>> = {
  async esbuild(out) {
    const r = await esbuild({ entryPoints: [path.join(work, 'entry.js')], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, outfile: path.join(out, 'app.js'), logLevel: 'silent' });
    fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><script type="module" src="./app.js"></script>');
    return [...r.errors, ...r.warnings].map((m) => m.text);
  },
  async vite(out) {
    const warnings: string[] = [];
    fs.writeFileSync(path.join(work, 'index.html'), '<!doctype html><script type="module" src="./entry.js"></script>');
    await viteBuild({
      root: work,
      configFile: false,
      logLevel: 'warn',
      customLogger: {
        info: () => {},
        warn: (m) => warnings.push(m),
        warnOnce: (m) => warnings.push(m),
        error: (m) => warnings.push(m),
        clearScreen: () => {},
        hasErrorLogged: () => false,
        hasWarned: false,
      },
      build: { outDir: out, emptyOutDir: true, target: 'es2022' },
    });
    return warnings;
  },
  webpack(out) {
    return new Promise((resolve, reject) => {
      // Size hints off: they are about bundle size in general, not about these modules.
      const compiler = webpack({ mode: 'production', context: work, entry: './entry.js', target: 'web', output: { path: out, filename: 'app.js' }, performance: { hints: false } });
      compiler.run((err, stats) => {
        compiler.close(() => {});
        if (err || !stats) return reject(err ?? new Error('webpack gave no stats'));
        const j = stats.toJson({ all: false, warnings: true, errors: true });
        fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><script src="./app.js"></script>');
        resolve([...(j.errors ?? []), ...(j.warnings ?? [])].map((w) => w.message));
      });
    });
  },
};

describe('generated modules in bundles', () => {
  for (const name of Object.keys(bundlers)) {
    it.skipIf(!haveChromium())(`${name}: every target bundles without a warning and computes what Node does`, async () => {
      const out = path.join(work, `dist-${name}`);
      fs.mkdirSync(out, { recursive: true });
      expect(await bundlers[name](out)).toEqual([]);
      const text = fs.readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.js')).map((f) => fs.readFileSync(path.join(out, String(f)), 'utf8')).join('\n');
      // Node's modules are named only inside the guarded path, never imported by the bundle.
      expect(text).not.toMatch(/from\s*["']node:|require\(["']node:/);
      const server: StaticServer = await serveDir(out);
      const browser = await launchChromium();
      try {
        const { page, errors } = await openPage(browser, `${server.url}/index.html`);
        await page.waitForFunction('globalThis.__results !== undefined', undefined, { timeout: 120_000 });
        const results = (await page.evaluate('globalThis.__results')) as Record<string, Result>;
        for (const [target, r] of Object.entries(results)) {
          expect(r.error, `${name} ${target}`).toBeUndefined();
          expect(maxRel(r.logits ?? [], reference), `${name} ${target}`).toBeLessThan(target === 'glsl' || target === 'wgsl' ? 1e-4 : 1e-5);
        }
        expect(results.wasm2.threads, 'wasm with 2 threads (the page is cross-origin isolated)').toBe(2);
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
        await server.close();
      }
    }, 240_000);
  }
});
