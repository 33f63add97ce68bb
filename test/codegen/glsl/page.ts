// A Chromium page (WebGL2 on SwiftShader) with the GLSL engine loaded, shared by the cases of a
// test file: plans and arrays go in through page.evaluate, results come back as plain arrays.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, serveDir, type StaticServer } from '../../helpers/browser.js';
import type { GlslPlan } from '../../../src/codegen/glsl/plan.js';
import { root } from './programs.js';

export interface PageRun {
  outputs: number[][];
  states: number[][];
}

export interface EnginePage {
  page: Page;
  errors: string[];
  dir: string;
  url: string;
  /** `fourDrawBuffers`: on a second engine whose context reports MAX_DRAW_BUFFERS 4 (WebGL2's least). */
  run(plan: GlslPlan, B: number, T: number, args: { inputs: ArrayLike<number>[]; params: ArrayLike<number>[]; states: ArrayLike<number>[]; randoms: ArrayLike<number>[] }, opts?: { fourDrawBuffers?: boolean }): Promise<PageRun>;
  /** The most render targets one draw of the four-draw-buffer engine enabled so far. */
  mostTargetsOfFour(): Promise<number>;
  close(): Promise<void>;
}

/** Serves `dir` with the engine bundled into it as engine.js and an empty index.html. */
export async function openEnginePage(name: string, files: Record<string, string> = {}): Promise<EnginePage> {
  const dir = path.join(root, 'test/.out', `glsl-${name}-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
  const bundle = await build({ entryPoints: [path.join(root, 'src/codegen/glsl/engine.ts')], bundle: true, format: 'esm', write: false, platform: 'neutral', target: 'es2022', logLevel: 'silent' });
  fs.writeFileSync(path.join(dir, 'engine.js'), bundle.outputFiles[0].text);
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>rnnc glsl</title>
<script type="module">
import { GlslEngine } from './engine.js';
// Generated modules are imported through this (a page.evaluate body cannot contain import()).
window.loadModule = (url) => import(url);
window.GlslEngine = GlslEngine;
try {
  window.engine = new GlslEngine();
  window.compiled = new Map();
  // A context that reports WebGL2's least MAX_DRAW_BUFFERS, 4, and records the most targets a draw enables.
  const c4 = new OffscreenCanvas(1, 1).getContext('webgl2');
  const getParameter = c4.getParameter.bind(c4);
  c4.getParameter = (p) => (p === c4.MAX_DRAW_BUFFERS ? 4 : getParameter(p));
  const drawBuffers = c4.drawBuffers.bind(c4);
  window.mostTargets4 = 0;
  c4.drawBuffers = (bs) => {
    window.mostTargets4 = Math.max(window.mostTargets4, bs.filter((b) => b !== c4.NONE).length);
    return drawBuffers(bs);
  };
  window.engine4 = new GlslEngine(c4);
  window.compiled4 = new Map();
  window.ready = 'ok';
} catch (e) {
  window.ready = String(e);
}
</script>`,
  );
  for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), text);
  const server: StaticServer = await serveDir(dir);
  const browser: Browser = await launchChromium();
  const { page, errors } = await openPage(browser, `${server.url}/index.html`);
  await page.waitForFunction(() => (globalThis as unknown as { ready?: string }).ready !== undefined);
  const ready = await page.evaluate(() => (globalThis as unknown as { ready: string }).ready);
  if (ready !== 'ok') throw new Error(`the GLSL engine did not start: ${ready}`);
  return {
    page,
    errors,
    dir,
    url: server.url,
    async mostTargetsOfFour() {
      return page.evaluate(() => (globalThis as unknown as { mostTargets4: number }).mostTargets4);
    },
    async run(plan, B, T, args, opts = {}) {
      return page.evaluate(
        ({ plan, B, T, args, four }) => {
          type Eng = {
            compile(p: unknown): unknown;
            run(cp: unknown, B: number, T: number, a: unknown): { outputs: { size: number }[]; states: { size: number }[] };
            read(t: unknown, d: string): ArrayLike<number>;
            release(t: unknown): void;
          };
          const g = globalThis as unknown as { engine: Eng; compiled: Map<string, unknown>; engine4: Eng; compiled4: Map<string, unknown> };
          const w = four ? { engine: g.engine4, compiled: g.compiled4 } : g;
          const key = JSON.stringify(plan);
          let cp = w.compiled.get(key);
          if (!cp) {
            cp = w.engine.compile(plan);
            w.compiled.set(key, cp);
          }
          const p = plan as GlslPlan;
          const arr = (bufs: readonly number[], xs: ArrayLike<number>[]) => xs.map((x, i) => (p.buffers[bufs[i]].dtype === 'i32' ? Int32Array.from(x) : Float32Array.from(x)));
          const r = w.engine.run(cp, B, T, {
            inputs: arr(p.inputs, args.inputs),
            params: arr(p.params, args.params),
            states: arr(p.states, args.states),
            randoms: arr(p.randoms, args.randoms),
          });
          const back = (ts: { size: number }[], bufs: readonly number[]) =>
            ts.map((t, i) => {
              const a = Array.from(w.engine.read(t, p.buffers[bufs[i]].dtype));
              w.engine.release(t);
              return a;
            });
          return { outputs: back(r.outputs, p.outputs), states: back(r.states, p.states) };
        },
        { plan, B, T, four: !!opts.fourDrawBuffers, args: { inputs: args.inputs.map((a) => Array.from(a)), params: args.params.map((a) => Array.from(a)), states: args.states.map((a) => Array.from(a)), randoms: args.randoms.map((a) => Array.from(a)) } },
      );
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
