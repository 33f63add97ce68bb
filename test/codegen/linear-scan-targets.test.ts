// Parallel == sequential on every target: a minGRU written as a plain scan (masked, forward and
// reverse) compiled twice, with the linear-scans pass (a linear_scan kernel) and without it (the
// sequential scan), over T from 1 to 5000 (powers of two and not) and B of 1 and 7; forward
// outputs and gradients within 1e-5. JS and wasm (2 threads) in Node, WGSL on Dawn, GLSL in
// Chromium (the GPU targets run linear_scan as a chunked parallel scan: 1 dispatch, 4 draws; the
// GLSL plan is rendered directly here, so the parallel form runs whatever the renderer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineModel, type ModelDef } from 'rnnc';
import { trace } from '../../src/frontend/trace.js';
import { passNames } from '../../src/passes/pipeline.js';
import type { Module } from '../../src/ir/types.js';
import { renderPlan } from '../../src/codegen/glsl/render.js';
import { compileModule } from '../../src/codegen/programs.js';
import { haveChromium } from '../helpers/browser.js';
import { compileJs, inputsFor, maxRelError, paramsFor } from '../helpers/models.js';
import { compileWasm } from './wasm/helpers.js';
import { compileWgsl } from './wgsl/helpers.js';
import { openEnginePage, type EnginePage } from './glsl/page.js';

const TOL = 1e-5;
const SEQUENTIAL = passNames().filter((p) => p !== 'linear-scans');

function minGru(reverse: boolean): ModelDef {
  return defineModel(`sweep_${reverse ? 'rev' : 'fwd'}`, (m) => {
    const x = m.sequence('x', 3);
    const mask = m.mask('mask');
    const Wz = m.param('Wz', [3, 4]);
    const Wh = m.param('Wh', [3, 4]);
    const r = m.scan({ carries: { h: m.zeros(['B', 4]) }, sequences: { x }, mask, reverse, maskOutput: 'previous', body: ({ h }, { x: xt }) => {
      const z = m.sigmoid(m.matmul(xt, Wz));
      const hn = m.add(m.mul(m.rsub(1, z), h), m.mul(z, m.matmul(xt, Wh)));
      return { carries: { h: hn }, steps: { h: hn, y: m.mul(hn, h) } };
    } });
    m.output('h', r.steps.h);
    m.output('y', r.steps.y);
    m.output('f', r.finals.h);
    m.train({ loss: m.add(m.sumAll(m.mul(r.steps.y, r.steps.h)), m.sumAll(m.mul(r.finals.h, r.finals.h))), optimizer: { kind: 'sgd', lr: 0.1 } });
  });
}

const mods = [false, true].map((rev) => trace(minGru(rev)));
const SIZES: [number, number][] = [
  [1, 1],
  [7, 2],
  [1, 3],
  [7, 64],
  [1, 100],
  [7, 1024],
  [1, 5000],
];

type Outs = Record<string, { data: ArrayLike<number> }>;
type Grads = Record<string, ArrayLike<number>>;
interface Pair {
  forward(inputs: Record<string, unknown>): Promise<Outs>;
  gradients(inputs: Record<string, unknown>): Promise<Grads>;
}

function compare(what: string, got: Outs, want: Outs, gotG: Grads, wantG: Grads): void {
  for (const k of Object.keys(want)) expect(maxRelError(got[k].data, want[k].data), `${what} ${k}`).toBeLessThanOrEqual(TOL);
  for (const k of Object.keys(wantG)) expect(maxRelError(gotG[k], wantG[k]), `${what} ${k}`).toBeLessThanOrEqual(TOL);
}

async function sweep(target: string, make: (mod: Module, passes: string[]) => Promise<Pair>): Promise<void> {
  for (const mod of mods) {
    const par = await make(mod, passNames());
    const seq = await make(mod, SEQUENTIAL);
    for (const [B, T] of SIZES) {
      const inputs = inputsFor(mod, B, T, B * 100 + T);
      const what = `${target} ${mod.name} B=${B} T=${T}`;
      compare(what, await par.forward(inputs), await seq.forward(inputs), await par.gradients(inputs), await seq.gradients(inputs));
    }
  }
}

const gradsOf = (r: { grads: Record<string, Float32Array> }): Grads => r.grads;

describe('linear_scan: parallel == sequential, T from 1 to 5000', () => {
  it('js', async () => {
    await sweep('js', async (mod, passes) => {
      const { module } = await compileJs(mod, { passes });
      const model = module.create({ seed: 1 }) as unknown as { forward(i: unknown): Outs; gradients(i: unknown): { grads: Record<string, Float32Array> } };
      return { forward: async (i) => model.forward(i), gradients: async (i) => gradsOf(model.gradients(i)) };
    });
  });

  it('wasm, 2 threads', async () => {
    await sweep('wasm', async (mod, passes) => {
      const { module } = await compileWasm(mod, { passes });
      const model = module.create({ seed: 1, threads: 2 } as never) as unknown as { threadsReady: Promise<number>; forward(i: unknown): Outs; gradients(i: unknown): { grads: Record<string, Float32Array> } };
      expect(await model.threadsReady).toBe(2);
      return { forward: async (i) => model.forward(i), gradients: async (i) => gradsOf(model.gradients(i)) };
    });
  });

  it('wgsl on Dawn', async () => {
    await sweep('wgsl', async (mod, passes) => {
      const { create } = await compileWgsl(mod, { passes });
      const model = await create({ seed: 1, compile: 'all' });
      return { forward: async (i) => model.forward(i as never) as Promise<Outs>, gradients: async (i) => gradsOf(await model.gradients(i as never)) };
    });
  });
});

describe.runIf(haveChromium())('linear_scan on GLSL: parallel == sequential (forward)', () => {
  let page: EnginePage;
  beforeAll(async () => {
    page = await openEnginePage('linear-scan');
  });
  afterAll(async () => {
    await page?.close();
  });
  it('T = 1, 64, 1000; B = 1 and 7', async () => {
    for (const mod of mods) {
      const params = paramsFor(mod);
      for (const [B, T] of [
        [7, 1],
        [1, 64],
        [7, 1000],
      ] as const) {
        const inputs = inputsFor(mod, B, T, T);
        const outs: (ArrayLike<number>[])[] = [];
        for (const passes of [passNames(), SEQUENTIAL]) {
          const infer = compileModule(mod, { passes }).programs.find((p) => p.fn === 'run')!.program;
          const got = await page.run(renderPlan(infer), B, T, {
            inputs: infer.inputs.map((i) => inputs[i.name].data),
            params: infer.params.map((p) => params[p.name]),
            states: [],
            randoms: [],
          });
          expect(page.errors).toEqual([]);
          outs.push(got.outputs);
        }
        outs[0].forEach((o, i) => expect(maxRelError(o, outs[1][i]), `glsl ${mod.name} B=${B} T=${T} output ${i}`).toBeLessThanOrEqual(TOL));
      }
    }
  });
});
