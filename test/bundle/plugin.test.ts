// rnnc's bundler plugin (one unplugin implementation) in vite, rollup, esbuild and webpack: an app
// that imports `./model.rnnc` and the model's other targets (`./model.wasm.rnnc`, `.glsl`, `.wgsl`,
// whose GPU engines the plugin serves beside them) and a copy of examples/names (trained one step)
// builds without a warning and computes in Chromium what the model computes in Node; the
// declaration files appear beside the models; a mistake in a model fails each build with its
// file:line:col; the options `training` and `target` do what they say. The plugins are the built
// ones (dist/plugin), as apps get them. Rebuilds and the dev server: watch.test.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import type { Browser } from 'playwright-core';
import { rollup } from 'rollup';
import { build as viteBuild } from 'vite';
import webpack from 'webpack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, writeCompiled } from '../../src/compiler/index.js';
import { builtPlugin as plugin, CLF_MODEL, viteLogger } from '../helpers/bundlers.js';
import { haveChromium, launchChromium, openPage, serveDir } from '../helpers/browser.js';

const root = path.resolve(__dirname, '..', '..');
const work = path.join(root, 'test', '.out', `bundle-plugin-${process.pid}`);
const app = path.join(work, 'app');

const MODEL = CLF_MODEL;
// Line 6, column 15 (the call of m.add): the broadcast of a [7] vector into [B, 4].
const BAD_MODEL = `import { defineModel } from 'rnnc';

export default defineModel('bad', (m) => {
  const tokens = m.tokens('tokens');
  const x = m.embedding(tokens, { vocab: 20, dim: 4 });
  const y = m.add(m.pool(x, { mode: 'mean' }), m.zeros([7]));
  m.output('y', y);
});
`;
// Line 6, column 52: a string where the type says number (found by the type check, on by default).
const TYPO_MODEL = `import { defineModel } from 'rnnc';

export default defineModel('typo', (m) => {
  const tokens = m.tokens('tokens');
  const x = m.embedding(tokens, { vocab: 20, dim: 4 });
  const y = m.dense(m.pool(x, { mode: 'mean' }), { units: '3' });
  m.output('y', y);
});
`;
const TOKENS = [1, 2, 3, 4, 5, 6];
// examples/names: two sequences of four characters with their next characters, the last step padded.
const CHARS = [0, 1, 14, 14, 0, 20, 8, 5];
const TARGETS = [1, 14, 14, 1, 20, 8, 5, 0];
const MASK = [1, 1, 1, 1, 1, 1, 1, 0];
const MAIN = `import * as js from './model.rnnc';
import * as wasm from './model.wasm.rnnc';
import * as glsl from './model.glsl.rnnc';
import * as wgsl from './model.wgsl.rnnc';
import { create as createNames } from './names.rnnc';

const tokens = () => ({ tokens: { data: new Int32Array(${JSON.stringify(TOKENS)}), shape: [2, 3] } });
const batch = () => ({
  chars: { data: new Int32Array(${JSON.stringify(CHARS)}), shape: [2, 4] },
  targets: { data: new Int32Array(${JSON.stringify(TARGETS)}), shape: [2, 4] },
  mask: { data: new Float32Array(${JSON.stringify(MASK)}), shape: [2, 4] },
});

(async () => {
  const results = {};
  for (const [name, mod] of [['js', js], ['wasm', wasm], ['glsl', glsl], ['wgsl', wgsl]]) {
    try {
      const model = await mod.create({ seed: 4 });
      const out = await model.forward(tokens());
      results[name] = { logits: Array.from(out.logits.data), units: mod.meta.params.find((p) => p.name === 'gru.U_z').shape[0] };
      model.dispose();
    } catch (e) {
      results[name] = { error: String(e && e.stack ? e.stack : e) };
    }
  }
  try {
    const names = createNames({ seed: 2 });
    const { loss } = names.trainStep(batch());
    names.resetState();
    results.names = { loss, logits: Array.from(names.forward(batch()).logits.data) };
  } catch (e) {
    results.names = { error: String(e && e.stack ? e.stack : e) };
  }
  globalThis.__results = results;
})();
`;


interface Forward {
  forward(i: object): { logits: { data: Float32Array } };
}
interface Trainable extends Forward {
  trainStep(b: object): { loss: number };
  resetState(): void;
}
const batch = () => ({
  chars: { data: new Int32Array(CHARS), shape: [2, 4] },
  targets: { data: new Int32Array(TARGETS), shape: [2, 4] },
  mask: { data: new Float32Array(MASK), shape: [2, 4] },
});

/** What Node computes, with the modules compile() writes. */
const reference = { logits: [] as number[], names: { loss: 0, logits: [] as number[] } };
let browser: Browser | undefined;

beforeAll(async () => {
  fs.mkdirSync(app, { recursive: true });
  fs.writeFileSync(path.join(app, 'model.ts'), MODEL);
  fs.writeFileSync(path.join(app, 'config.ts'), 'export const UNITS = 5;\n');
  // The example imports nothing local (only 'rnnc').
  fs.copyFileSync(path.join(root, 'examples', 'names', 'model.ts'), path.join(app, 'names.ts'));
  fs.writeFileSync(path.join(app, 'bad.ts'), BAD_MODEL);
  fs.writeFileSync(path.join(app, 'typo.ts'), TYPO_MODEL);
  fs.writeFileSync(path.join(app, 'main.js'), MAIN);
  fs.writeFileSync(path.join(app, 'main-bad.js'), "import { create } from './bad.rnnc';\nglobalThis.__model = create();\n");
  fs.writeFileSync(path.join(app, 'main-typo.js'), "import { create } from './typo.rnnc';\nglobalThis.__model = create();\n");
  fs.writeFileSync(path.join(app, 'main-names.js'), "export { create } from './names.rnnc';\n");
  fs.writeFileSync(path.join(app, 'main-default.js'), "export { create, meta } from './model.rnnc';\n");
  for (const m of ['model', 'names']) {
    const r = await compile(path.join(app, `${m}.ts`), { targets: 'js', typecheck: false });
    expect(r.diagnostics).toEqual([]);
    writeCompiled(r.files, path.join(work, 'ref'));
  }
  const clf = (await import(pathToFileURL(path.join(work, 'ref', 'clf.js')).href)) as { create(o: object): Forward };
  reference.logits = Array.from(clf.create({ seed: 4 }).forward({ tokens: { data: new Int32Array(TOKENS), shape: [2, 3] } }).logits.data);
  const names = (await import(pathToFileURL(path.join(work, 'ref', 'names.js')).href)) as { create(o: object): Trainable };
  const model = names.create({ seed: 2 });
  const { loss } = model.trainStep(batch());
  model.resetState();
  reference.names = { loss, logits: Array.from(model.forward(batch()).logits.data) };
  if (haveChromium()) browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/**
 * Each bundler builds `entry` (in app/) with the plugin (options `opts`, the type check off unless
 * they say otherwise) into `out` with an index.html; resolves to its warnings, rejects with its error.
 */
const builds: Record<string, (entry: string, out: string, opts?: object) => Promise<string[]>> = {
  async vite(entry, out, opts = {}) {
    const warnings: string[] = [];
    fs.writeFileSync(path.join(app, 'index.html'), `<!doctype html><link rel="icon" href="data:,"><script type="module" src="./${entry}"></script>`);
    await viteBuild({
      root: app,
      configFile: false,
      plugins: [(await plugin('vite'))({ typecheck: false, ...opts }) as never],
      logLevel: 'warn',
      customLogger: viteLogger(warnings),
      // rolldown's hint that the plugin took most of the build time (it does: this app is mostly
      // models) depends on the machine's load.
      build: { outDir: out, emptyOutDir: true, target: 'es2022', rolldownOptions: { checks: { bundlerTimings: false } } },
    });
    return warnings;
  },
  async rollup(entry, out, opts = {}) {
    const warnings: string[] = [];
    const bundle = await rollup({ input: path.join(app, entry), plugins: [(await plugin('rollup'))({ typecheck: false, ...opts }) as never], onwarn: (w) => warnings.push(w.message) });
    await bundle.write({ dir: out, format: 'es' });
    await bundle.close();
    fs.writeFileSync(path.join(out, 'index.html'), `<!doctype html><link rel="icon" href="data:,"><script type="module" src="./${entry}"></script>`);
    return warnings;
  },
  async esbuild(entry, out, opts = {}) {
    const r = await esbuild({
      entryPoints: [path.join(app, entry)],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir: out,
      plugins: [(await plugin('esbuild'))({ typecheck: false, ...opts }) as never],
      logLevel: 'silent',
    });
    fs.writeFileSync(path.join(out, 'index.html'), `<!doctype html><link rel="icon" href="data:,"><script type="module" src="./${entry}"></script>`);
    return r.warnings.map((w) => w.text);
  },
  async webpack(entry, out, opts = {}) {
    const factory = await plugin('webpack');
    return new Promise((resolve, reject) => {
      const compiler = webpack({
        mode: 'production',
        context: app,
        entry: `./${entry}`,
        target: 'web',
        output: { path: out, filename: entry },
        performance: { hints: false },
        plugins: [factory({ typecheck: false, ...opts }) as never],
      });
      compiler.run((err, stats) => {
        compiler.close(() => {});
        if (err || !stats) return reject(err ?? new Error('webpack gave no stats'));
        const j = stats.toJson({ all: false, warnings: true, errors: true });
        if (j.errors?.length) return reject(new Error(j.errors.map((e) => e.message).join('\n')));
        fs.writeFileSync(path.join(out, 'index.html'), `<!doctype html><link rel="icon" href="data:,"><script src="./${entry}"></script>`);
        resolve((j.warnings ?? []).map((w) => w.message));
      });
    });
  },
};

const maxRel = (a: number[], b: number[]): number => (a.length !== b.length ? Number.POSITIVE_INFINITY : Math.max(...a.map((x, i) => Math.abs(x - b[i]) / Math.max(1e-3, Math.abs(b[i])))));
const failure = (p: Promise<unknown>): Promise<Error | undefined> =>
  p.then(
    () => undefined,
    (e: Error) => e,
  );
const DTS = { model: /export declare function create\(/, 'model.wasm': /threads\?: number/, 'model.glsl': /gl\?: WebGL2RenderingContext/, 'model.wgsl': /device\?: GPUDevice/, names: /trainStep\(batch: TrainBatch\)/ };

describe('the bundler plugin', () => {
  for (const name of Object.keys(builds)) {
    it.skipIf(!haveChromium())(`${name}: every target of a model, and a model that trains, build without a warning and compute in Chromium what Node does`, async () => {
      for (const f of Object.keys(DTS)) fs.rmSync(path.join(app, `${f}.rnnc.d.ts`), { force: true });
      const out = path.join(work, `dist-${name}`);
      expect(await builds[name]('main.js', out)).toEqual([]);
      // The declaration files beside the models, for the editor: one per form imported.
      for (const [f, re] of Object.entries(DTS)) expect(fs.readFileSync(path.join(app, `${f}.rnnc.d.ts`), 'utf8'), f).toMatch(re);
      const server = await serveDir(out);
      const { page, errors } = await openPage(browser as Browser, `${server.url}/index.html`);
      try {
        await page.waitForFunction('globalThis.__results !== undefined', undefined, { timeout: 90_000 });
        const results = (await page.evaluate('globalThis.__results')) as Record<string, { logits: number[]; units?: number; loss?: number; error?: string }>;
        for (const target of ['js', 'wasm', 'glsl', 'wgsl']) {
          expect(results[target].error, `${name} ${target}`).toBeUndefined();
          expect(results[target].units).toBe(5);
          expect(maxRel(results[target].logits, reference.logits), `${name} ${target}`).toBeLessThan(target === 'js' || target === 'wasm' ? 1e-5 : 1e-4);
        }
        expect(results.names.error).toBeUndefined();
        expect(Math.abs((results.names.loss ?? 0) - reference.names.loss) / reference.names.loss, `${name} names loss`).toBeLessThan(1e-5);
        expect(maxRel(results.names.logits, reference.names.logits), `${name} names after a step`).toBeLessThan(1e-4);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
        await server.close();
      }
    }, 120_000);

    it(`${name}: a mistake in the model fails the build at bad.ts:6:15`, async () => {
      const err = await failure(builds[name]('main-bad.js', path.join(work, `dist-bad-${name}`)));
      expect(err, `${name} built a broken model`).toBeInstanceOf(Error);
      expect(String((err as Error).message)).toMatch(/bad\.ts:6:15: error: add: cannot broadcast \[7\] into \[B, 4\]/);
    }, 60_000);
  }

  it('rollup: the error carries the model file and the place as data', async () => {
    const err = (await failure(builds.rollup('main-bad.js', path.join(work, 'dist-bad-rollup-data')))) as Error & { id?: string; loc?: { file?: string; line: number; column: number }; plugin?: string };
    expect(err).toBeInstanceOf(Error);
    expect(err.plugin).toBe('rnnc');
    expect(err.id).toBe(path.join(app, 'bad.ts'));
    expect(err.loc).toMatchObject({ file: path.join(app, 'bad.ts'), line: 6, column: 14 });
  }, 60_000);

  it('vite: with the type check on (the default), a type error fails the build at typo.ts:6:52', async () => {
    const err = await failure(builds.vite('main-typo.js', path.join(work, 'dist-typo'), { typecheck: true }));
    expect(err).toBeInstanceOf(Error);
    expect(String((err as Error).message)).toMatch(/typo\.ts:6:52: error: Type 'string' is not assignable to type 'number'\. \[TS2322\]/);
  }, 60_000);

  it('training: false leaves the training programs out; target picks the module of ./NAME.rnnc', async () => {
    const load = async (entry: string, out: string, opts: object) => {
      expect(await builds.esbuild(entry, out, opts)).toEqual([]);
      const file = path.join(out, entry);
      return { mod: (await import(pathToFileURL(file).href)) as { create(o: object): Trainable & { threads?: number } }, size: fs.statSync(file).size };
    };
    const full = await load('main-names.js', path.join(work, 'names-full'), {});
    const lean = await load('main-names.js', path.join(work, 'names-lean'), { training: false });
    expect(typeof full.mod.create({ seed: 2 }).trainStep).toBe('function');
    const model = lean.mod.create({ seed: 2 });
    expect(model.trainStep).toBeUndefined();
    expect(lean.size).toBeLessThan(full.size * 0.8);
    // The forward pass is the same as the reference module's, fresh (the lean module knows no
    // 'targets' input: it is the loss's alone).
    const { targets: _, ...inputs } = batch();
    const fresh = (await import(pathToFileURL(path.join(work, 'ref', 'names.js')).href)) as { create(o: object): Forward };
    expect(maxRel(Array.from(model.forward(inputs).logits.data), Array.from(fresh.create({ seed: 2 }).forward(inputs).logits.data))).toBeLessThan(1e-6);
    // target: 'wasm' makes ./model.rnnc the wasm module (it has threads; the js one has not).
    const wasm = await load('main-default.js', path.join(work, 'default-wasm'), { target: 'wasm' });
    const js = await load('main-default.js', path.join(work, 'default-js'), {});
    expect(wasm.mod.create({ seed: 4 }).threads).toBe(1);
    expect(js.mod.create({ seed: 4 }).threads).toBeUndefined();
    expect(maxRel(Array.from(wasm.mod.create({ seed: 4 }).forward({ tokens: { data: new Int32Array(TOKENS), shape: [2, 3] } }).logits.data), reference.logits)).toBeLessThan(1e-5);
  }, 60_000);
});
