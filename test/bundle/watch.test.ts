// Rebuilds with rnnc's bundler plugin: an edit of the model file, or of a local file the model
// imports, recompiles the model in vite's dev server (the page reloads with the new module) and in
// the watch modes of esbuild, rollup and webpack (the next bundle has it); a mistake made while
// watching is reported at its place, and fixing it rebuilds. The model's GRU width comes from
// config.ts; the page and the bundles report it. Two tests are expected to fail, for two bugs
// described where they are: esbuild stops watching a model that failed to load, and the packed
// package makes vite's dev server warn about missing source maps.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { watch as rollupWatch } from 'rollup';
import { createServer } from 'vite';
import webpack from 'webpack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPlugin as plugin, CLF_MODEL, type PluginFactory, viteLogger } from '../helpers/bundlers.js';
import { haveChromium, launchChromium, openPage } from '../helpers/browser.js';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..', '..');
const work = path.join(root, 'test', '.out', `bundle-watch-${process.pid}`);

const MODEL = CLF_MODEL;
/** The model with its GRU 6 wide whatever the config says. */
const MODEL_6 = MODEL.replace('units: UNITS', 'units: 6');
/** Line 8, column 24 (the call of m.add): a [7] vector added to [B, 3] logits. */
const MODEL_BAD = MODEL.replace("m.output('logits', m.dense(output, { units: 3, name: 'head' }));", "m.output('logits', m.add(m.dense(output, { units: 3, name: 'head' }), m.zeros([7])));");
const BAD_AT = /model\.ts:8:24: error: add: cannot broadcast \[7\] into \[B, 3\]/;
const config = (units: number): string => `export const UNITS = ${units};\n`;
const UNITS_OF = "meta.params.find((p) => p.name === 'gru.U_z').shape[0]";
/** The entry of the watched bundles: it exports the GRU width of the model it bundles. */
const MAIN = `import { meta } from './model.rnnc';\nexport const units = ${UNITS_OF};\n`;


/** A fresh app folder (under work/ unless `name` is absolute): the model, its config and `files`. */
function makeApp(name: string, files: Record<string, string>): string {
  const dir = path.resolve(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'model.ts'), MODEL);
  fs.writeFileSync(path.join(dir, 'config.ts'), config(5));
  for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), text);
  return dir;
}

/**
 * Every module a vite dev server serves for the page `/main.js` starts, fetched as the browser
 * would fetch them (following each rewritten import, static or dynamic); resolves to their texts.
 */
async function crawl(base: string, start = '/main.js'): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const todo = [start];
  while (todo.length) {
    const url = todo.pop() as string;
    if (texts.has(url)) continue;
    const r = await fetch(base + url);
    const text = await r.text();
    expect(r.status, `${url}: ${text.slice(0, 300)}`).toBe(200);
    texts.set(url, text);
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*"(\/[^"]+)"/g)) todo.push(m[1]);
  }
  return texts;
}

beforeAll(() => fs.mkdirSync(work, { recursive: true }));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** What a build gave: the GRU width of the model in the bundle, or the build's error. */
type Outcome = { units: number } | { error: string };

/** Collects a watcher's outcomes; `next(test)` waits for the first one since the last wait that passes `test`. */
function outcomes() {
  const seen: Outcome[] = [];
  let from = 0;
  const waiters = new Set<() => void>();
  return {
    push(o: Outcome) {
      seen.push(o);
      for (const w of waiters) w();
    },
    next(test: (o: Outcome) => boolean, what: string, timeoutMs = 45_000): Promise<Outcome> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const i = seen.findIndex((o, k) => k >= from && test(o));
          if (i < 0) return;
          from = i + 1;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(seen[i]);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no build gave ${what} within ${timeoutMs} ms; builds: ${JSON.stringify(seen)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

const units = (n: number) => (o: Outcome) => 'units' in o && o.units === n;
const failed = (o: Outcome) => 'error' in o;

/**
 * The GRU width in a bundle (an ES module), imported by a Node of its own: not by vitest's module
 * runner, which would also read the bundle's source-map comments.
 */
async function unitsOf(file: string): Promise<number> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(m.units);`]);
  return Number(stdout);
}

/** Watchers of the three bundlers: each starts watching `dir`/main.js and reports every build. */
const watchers: Record<string, (dir: string, report: (o: Outcome) => void) => Promise<() => Promise<void>>> = {
  async esbuild(dir, report) {
    const outfile = path.join(dir, 'out', 'main.js');
    const ctx = await esbuild.context({
      entryPoints: [path.join(dir, 'main.js')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      outfile,
      logLevel: 'silent',
      plugins: [
        (await plugin('esbuild'))({ typecheck: false }) as esbuild.Plugin,
        {
          name: 'report',
          setup(build) {
            build.onEnd(async (r) => report(r.errors.length ? { error: r.errors.map((e) => e.text).join('\n') } : { units: await unitsOf(outfile) }));
          },
        },
      ],
    });
    await ctx.watch();
    return () => ctx.dispose();
  },
  async rollup(dir, report) {
    const file = path.join(dir, 'out', 'main.js');
    const w = rollupWatch({ input: path.join(dir, 'main.js'), plugins: [(await plugin('rollup'))({ typecheck: false }) as never], output: { file, format: 'es' }, watch: { clearScreen: false } });
    w.on('event', async (e) => {
      if (e.code === 'BUNDLE_END') {
        await e.result.close();
        report({ units: await unitsOf(file) });
      } else if (e.code === 'ERROR') {
        await e.result?.close();
        report({ error: e.error.message });
      }
    });
    return () => w.close();
  },
  async webpack(dir, report) {
    const compiler = webpack({
      mode: 'development',
      devtool: false,
      context: dir,
      entry: './main.js',
      target: 'web',
      experiments: { outputModule: true },
      output: { path: path.join(dir, 'out'), filename: 'main.mjs', library: { type: 'module' } },
      plugins: [(await plugin('webpack'))({ typecheck: false }) as never],
    });
    const watching = compiler.watch({}, (err, stats) => {
      if (err || !stats) return report({ error: String(err ?? 'no stats') });
      const j = stats.toJson({ all: false, errors: true });
      if (j.errors?.length) return report({ error: j.errors.map((e) => e.message).join('\n') });
      void unitsOf(path.join(dir, 'out', 'main.mjs')).then((n) => report({ units: n }));
    });
    return () => new Promise<void>((resolve) => (watching ? watching.close(() => compiler.close(() => resolve())) : compiler.close(() => resolve())));
  },
};

describe('rebuilds', () => {
  for (const name of Object.keys(watchers)) {
    it(`${name} watch: an edit of the model or of its config rebuilds; a mistake is reported at its place`, async () => {
      const dir = makeApp(`${name}-edits`, { 'main.js': MAIN });
      const seen = outcomes();
      const close = await watchers[name](dir, (o) => seen.push(o));
      try {
        await seen.next(units(5), 'units 5');
        fs.writeFileSync(path.join(dir, 'config.ts'), config(7));
        await seen.next(units(7), 'units 7 (the config changed)');
        fs.writeFileSync(path.join(dir, 'model.ts'), MODEL_6);
        await seen.next(units(6), 'units 6 (the model changed)');
        fs.writeFileSync(path.join(dir, 'model.ts'), MODEL_BAD);
        expect(await seen.next(failed, 'the error of the broken model')).toMatchObject({ error: expect.stringMatching(BAD_AT) });
      } finally {
        await close();
      }
    }, 120_000);

    // esbuild: unplugin passes the files a load() added with addWatchFile only with a module's
    // contents, so the plugin's failed load returns a placeholder with its error (which fails the
    // build) to keep esbuild watching the model.
    it(`${name} watch: the fix of a model that failed to build rebuilds`, async () => {
      const dir = makeApp(`${name}-fix`, { 'main.js': MAIN, 'model.ts': MODEL_BAD });
      const seen = outcomes();
      const close = await watchers[name](dir, (o) => seen.push(o));
      try {
        expect(await seen.next(failed, 'the error of the broken model')).toMatchObject({ error: expect.stringMatching(BAD_AT) });
        // A second later, as a person would fix it: rollup starts watching the files of a failed
        // first build just as it reports the error, and a write in that instant can go unseen.
        await new Promise((resolve) => setTimeout(resolve, 1000));
        fs.writeFileSync(path.join(dir, 'model.ts'), MODEL);
        await seen.next(units(5), 'units 5 (the model fixed)', 10_000);
      } finally {
        await close();
      }
    }, 60_000);
  }

  it.skipIf(!haveChromium())("vite's dev server serves the model and reloads the page when the model or a file it imports changes", async () => {
    const dir = makeApp('vite', {
      'main.js': `import * as js from './model.rnnc';
import * as wasm from './model.wasm.rnnc';
const tokens = { tokens: { data: new Int32Array([1, 2, 3]), shape: [1, 3] } };
const logits = [js, wasm].map((mod) => Array.from(mod.create({ seed: 1 }).forward(tokens).logits.data));
document.title = 'units=' + js.${UNITS_OF} + ' wasm=' + wasm.${UNITS_OF} + ' same=' + logits[0].every((x, i) => Math.abs(x - logits[1][i]) < 1e-5);
`,
      'index.html': '<!doctype html><link rel="icon" href="data:,"><script type="module" src="./main.js"></script>',
    });
    const logged: string[] = [];
    const server = await createServer({ root: dir, configFile: false, customLogger: viteLogger(logged), plugins: [(await plugin('vite'))({ typecheck: false }) as never], server: { port: 0, host: '127.0.0.1' } });
    await server.listen();
    const url = String(server.resolvedUrls?.local[0]).replace(/\/$/, '');
    const get = async (p: string) => {
      const r = await fetch(url + p);
      return { status: r.status, text: await r.text() };
    };
    const browser = await launchChromium();
    try {
      const { page, errors } = await openPage(browser, `${url}/index.html`);
      const title = (n: number) => page.waitForFunction(`document.title === "units=${n} wasm=${n} same=true"`, undefined, { timeout: 60_000 });
      await title(5);
      // The modules as the dev server serves them: main.js imports the default form, which
      // re-exports the js target's module.
      const main = await get('/main.js');
      const entry = /from "([^"]*__rnnc__\/model\.ts\/js\/default\.js)"/.exec(main.text)?.[1];
      expect(entry, main.text).toBe('/__rnnc__/model.ts/js/default.js');
      expect((await get(entry as string)).text).toMatch(/^export \* from "\/__rnnc__\/model\.ts\/js\/index\.js"/);
      const served = (n: number) => new RegExp(`"gru\\.U_z","shape":\\[${n},${n}\\]`);
      expect((await get('/__rnnc__/model.ts/js/index.js')).text).toMatch(served(5));
      // The imported config changes: the page reloads with the recompiled model.
      fs.writeFileSync(path.join(dir, 'config.ts'), config(7));
      await title(7);
      expect((await get('/__rnnc__/model.ts/js/index.js')).text).toMatch(served(7));
      // The model itself changes (its GRU becomes 6 wide, whatever the config says).
      fs.writeFileSync(path.join(dir, 'model.ts'), MODEL_6);
      await title(6);
      expect(errors).toEqual([]);
      expect(logged).toEqual([]);
      // A mistake: the page shows rnnc's located message in vite's overlay, and the module is a 500.
      fs.writeFileSync(path.join(dir, 'model.ts'), MODEL_BAD);
      const OVERLAY = "document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? ''";
      await page.waitForFunction(`(${OVERLAY}).includes('cannot broadcast [7] into [B, 3]')`, undefined, { timeout: 60_000 });
      const overlay = (await page.evaluate(OVERLAY)) as string;
      expect(overlay).toMatch(BAD_AT);
      const broken = await get('/__rnnc__/model.ts/js/index.js');
      expect(broken.status).toBe(500);
      expect(broken.text).toMatch(BAD_AT);
      // Fixed: the page reloads and runs again.
      fs.writeFileSync(path.join(dir, 'model.ts'), MODEL);
      await title(7);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 180_000);

  // The package as npm packs it: dist/**/*.js must not name source maps the package leaves out
  // ("files": "!dist/**/*.map"), or vite's dev server warns "Failed to load source map" for each
  // runtime module it serves (23 for this app, before dist was built without them).
  it('vite dev server with rnnc installed as npm packs it: the app is served without a warning', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-installed-'));
    try {
      // node_modules/rnnc holds what `npm pack` would; the other packages are this repository's.
      const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root });
      const packed = (JSON.parse(stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
      expect(packed).toContain('dist/plugin/vite.js');
      const pkg = path.join(dir, 'node_modules', 'rnnc');
      for (const f of packed) {
        fs.mkdirSync(path.dirname(path.join(pkg, f)), { recursive: true });
        fs.copyFileSync(path.join(root, f), path.join(pkg, f));
      }
      for (const d of fs.readdirSync(path.join(root, 'node_modules'))) {
        if (!d.startsWith('.') && d !== 'rnnc') fs.symlinkSync(path.join(root, 'node_modules', d), path.join(dir, 'node_modules', d), 'dir');
      }
      makeApp(dir, { 'main.js': MAIN });
      const logged: string[] = [];
      const factory = (await import(pathToFileURL(path.join(pkg, 'dist', 'plugin', 'vite.js')).href)).default as PluginFactory;
      const server = await createServer({ root: dir, configFile: false, customLogger: viteLogger(logged), plugins: [factory({ typecheck: false }) as never], server: { port: 0, host: '127.0.0.1' } });
      await server.listen();
      try {
        const texts = await crawl(String(server.resolvedUrls?.local[0]).replace(/\/$/, ''));
        // The runtime came from the installed copy.
        expect([...texts.keys()]).toContain('/node_modules/rnnc/dist/runtime/index.js');
        expect(logged.map((m) => m.split('\n')[0])).toEqual([]);
      } finally {
        await server.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
