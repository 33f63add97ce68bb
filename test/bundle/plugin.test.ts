// rnnc's bundler plugin (one unplugin implementation) in vite, rollup, esbuild and webpack: an app
// that imports `./model.rnnc` and `./model.wasm.rnnc` builds, and computes in Chromium what the
// model computes in Node; the declaration files appear beside the model; a mistake in the model
// fails each build with its file:line:col; and vite's dev server reloads the page when the model
// or a file it imports changes. The plugins are the built ones (dist/plugin), as apps get them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { rollup } from 'rollup';
import { build as viteBuild, createServer } from 'vite';
import webpack from 'webpack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, writeCompiled } from '../../src/compiler/index.js';
import { haveChromium, launchChromium, openPage, serveDir } from '../helpers/browser.js';

const root = path.resolve(__dirname, '..', '..');
// Inside the repository: model files resolve 'rnnc' (the package's self-reference).
const work = path.join(root, 'test', '.out', `bundle-plugin-${process.pid}`);
const app = path.join(work, 'app');

const MODEL = `import { defineModel } from 'rnnc';
import { UNITS } from './config';

export default defineModel('clf', (m) => {
  const tokens = m.tokens('tokens');
  const x = m.embedding(tokens, { vocab: 20, dim: 4, name: 'emb' });
  const { output } = m.gru(x, { units: UNITS, name: 'gru' });
  m.output('logits', m.dense(output, { units: 3, name: 'head' }));
});
`;
// Line 6, column 15 (the call of m.add): the broadcast of a [7] vector into [B, 4].
const BAD_MODEL = `import { defineModel } from 'rnnc';

export default defineModel('bad', (m) => {
  const tokens = m.tokens('tokens');
  const x = m.embedding(tokens, { vocab: 20, dim: 4 });
  const y = m.add(m.pool(x, { mode: 'mean' }), m.zeros([7]));
  m.output('y', y);
});
`;
const TOKENS = [1, 2, 3, 4, 5, 6];
const MAIN = `import * as js from './model.rnnc';
import * as wasm from './model.wasm.rnnc';

const tokens = () => ({ tokens: { data: new Int32Array(${JSON.stringify(TOKENS)}), shape: [2, 3] } });
const results = {};
for (const [name, mod] of [['js', js], ['wasm', wasm]]) {
  const model = mod.create({ seed: 4 });
  results[name] = { logits: Array.from(model.forward(tokens()).logits.data), units: mod.meta.params.find((p) => p.name === 'gru.U_z').shape[0] };
}
globalThis.__results = results;
document.title = 'units=' + results.js.units;
`;

type PluginFactory = (o?: object) => unknown;
const plugin = async (bundler: string): Promise<PluginFactory> => (await import(pathToFileURL(path.join(root, 'dist', 'plugin', `${bundler}.js`)).href)).default as PluginFactory;

let reference: number[];

beforeAll(async () => {
  fs.mkdirSync(app, { recursive: true });
  fs.writeFileSync(path.join(app, 'model.ts'), MODEL);
  fs.writeFileSync(path.join(app, 'config.ts'), 'export const UNITS = 5;\n');
  fs.writeFileSync(path.join(app, 'bad.ts'), BAD_MODEL);
  fs.writeFileSync(path.join(app, 'main.js'), MAIN);
  fs.writeFileSync(path.join(app, 'main-bad.js'), "import { create } from './bad.rnnc';\nglobalThis.__model = create();\n");
  fs.writeFileSync(path.join(app, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  // The reference: the same model compiled by compile() and run in Node.
  const r = await compile(path.join(app, 'model.ts'), { targets: 'js', typecheck: false });
  expect(r.diagnostics).toEqual([]);
  writeCompiled(r.files, path.join(work, 'ref'));
  const mod = (await import(pathToFileURL(path.join(work, 'ref', 'clf.js')).href)) as { create(o: object): { forward(i: object): { logits: { data: Float32Array } } } };
  reference = Array.from(mod.create({ seed: 4 }).forward({ tokens: { data: new Int32Array(TOKENS), shape: [2, 3] } }).logits.data);
}, 120_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const quietLogger = (sink: string[]) => ({
  info: () => {},
  warn: (m: string) => sink.push(m),
  warnOnce: (m: string) => sink.push(m),
  error: (m: string) => sink.push(m),
  clearScreen: () => {},
  hasErrorLogged: () => false,
  hasWarned: false,
});

/** Each bundler builds `entry` (in app/) with the plugin into `out` (with an index.html); resolves to its warnings, rejects with its error. */
const builds: Record<string, (entry: string, out: string) => Promise<string[]>> = {
  async vite(entry, out) {
    const warnings: string[] = [];
    fs.writeFileSync(path.join(app, 'index.html'), `<!doctype html><script type="module" src="./${entry}"></script>`);
    await viteBuild({
      root: app,
      configFile: false,
      plugins: [(await plugin('vite'))({ typecheck: false }) as never],
      logLevel: 'warn',
      customLogger: quietLogger(warnings),
      build: { outDir: out, emptyOutDir: true, target: 'es2022' },
    });
    return warnings;
  },
  async rollup(entry, out) {
    const warnings: string[] = [];
    const bundle = await rollup({ input: path.join(app, entry), plugins: [(await plugin('rollup'))({ typecheck: false }) as never], onwarn: (w) => warnings.push(w.message) });
    await bundle.write({ dir: out, format: 'es' });
    await bundle.close();
    fs.writeFileSync(path.join(out, 'index.html'), `<!doctype html><script type="module" src="./${entry}"></script>`);
    return warnings;
  },
  async esbuild(entry, out) {
    const r = await esbuild({
      entryPoints: [path.join(app, entry)],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir: out,
      plugins: [(await plugin('esbuild'))({ typecheck: false }) as never],
      logLevel: 'silent',
    });
    fs.writeFileSync(path.join(out, 'index.html'), `<!doctype html><script type="module" src="./${entry}"></script>`);
    return r.warnings.map((w) => w.text);
  },
  async webpack(entry, out) {
    const factory = await plugin('webpack');
    return new Promise((resolve, reject) => {
      const compiler = webpack({ mode: 'production', context: app, entry: `./${entry}`, target: 'web', output: { path: out, filename: entry }, performance: { hints: false }, plugins: [factory({ typecheck: false }) as never] });
      compiler.run((err, stats) => {
        compiler.close(() => {});
        if (err || !stats) return reject(err ?? new Error('webpack gave no stats'));
        const j = stats.toJson({ all: false, warnings: true, errors: true });
        if (j.errors?.length) return reject(new Error(j.errors.map((e) => e.message).join('\n')));
        fs.writeFileSync(path.join(out, 'index.html'), `<!doctype html><script src="./${entry}"></script>`);
        resolve((j.warnings ?? []).map((w) => w.message));
      });
    });
  },
};

const maxRel = (a: number[], b: number[]): number => Math.max(...a.map((x, i) => Math.abs(x - b[i]) / Math.max(1e-3, Math.abs(b[i]))));

describe('the bundler plugin', () => {
  for (const name of Object.keys(builds)) {
    it.skipIf(!haveChromium())(`${name}: ./model.rnnc and ./model.wasm.rnnc build and compute in Chromium what Node does`, async () => {
      const out = path.join(work, `dist-${name}`);
      expect(await builds[name]('main.js', out)).toEqual([]);
      const server = await serveDir(out);
      const browser = await launchChromium();
      try {
        const { page, errors } = await openPage(browser, `${server.url}/index.html`);
        await page.waitForFunction('globalThis.__results !== undefined', undefined, { timeout: 30_000 });
        const results = (await page.evaluate('globalThis.__results')) as Record<string, { logits: number[]; units: number }>;
        for (const target of ['js', 'wasm']) {
          expect(results[target].units).toBe(5);
          expect(maxRel(results[target].logits, reference), `${name} ${target}`).toBeLessThan(1e-5);
        }
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
        await server.close();
      }
      // The declaration files beside the model, for the editor.
      expect(fs.readFileSync(path.join(app, 'model.rnnc.d.ts'), 'utf8')).toMatch(/export declare function create\(/);
      expect(fs.readFileSync(path.join(app, 'model.wasm.rnnc.d.ts'), 'utf8')).toMatch(/threads\?: number/);
    }, 120_000);

    it(`${name}: a mistake in the model fails the build at bad.ts:6:15`, async () => {
      const err = await builds[name]('main-bad.js', path.join(work, `dist-bad-${name}`)).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(err, `${name} built a broken model`).toBeInstanceOf(Error);
      expect(String((err as Error).message)).toMatch(/bad\.ts:6:15: error: add: cannot broadcast \[7\] into \[B, 4\]/);
    }, 120_000);
  }

  it.skipIf(!haveChromium())("vite's dev server reloads the page when the model or a file it imports changes", async () => {
    const server = await createServer({ root: app, configFile: false, logLevel: 'silent', plugins: [(await plugin('vite'))({ typecheck: false }) as never], server: { port: 0, host: '127.0.0.1' } });
    await server.listen();
    const url = server.resolvedUrls?.local[0];
    const browser = await launchChromium();
    try {
      fs.writeFileSync(path.join(app, 'index.html'), '<!doctype html><link rel="icon" href="data:,"><script type="module" src="./main.js"></script>');
      const { page, errors } = await openPage(browser, `${url}index.html`);
      await page.waitForFunction('document.title === "units=5"', undefined, { timeout: 60_000 });
      // The imported config changes: the page reloads with the recompiled model.
      fs.writeFileSync(path.join(app, 'config.ts'), 'export const UNITS = 7;\n');
      await page.waitForFunction('document.title === "units=7"', undefined, { timeout: 60_000 });
      // The model itself changes (its GRU becomes 6 units wide, ignoring the config).
      fs.writeFileSync(path.join(app, 'model.ts'), MODEL.replace('units: UNITS', 'units: 6'));
      await page.waitForFunction('document.title === "units=6"', undefined, { timeout: 60_000 });
      expect(errors).toEqual([]);
    } finally {
      fs.writeFileSync(path.join(app, 'config.ts'), 'export const UNITS = 5;\n');
      fs.writeFileSync(path.join(app, 'model.ts'), MODEL);
      await browser.close();
      await server.close();
    }
  }, 180_000);
});
