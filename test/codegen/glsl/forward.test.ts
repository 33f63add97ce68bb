// GLSL target == JS target (max rel. error <= 1e-4) on the forward program of every layer and
// option case, run by the WebGL2 engine in headless Chromium (SwiftShader). One page for all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trace } from '../../../src/frontend/trace.js';
import { renderPlan } from '../../../src/codegen/glsl/render.js';
import { haveChromium } from '../../helpers/browser.js';
import { compileJs, inputsFor, maxRelError, paramsFor } from '../../helpers/models.js';
import { seqModel } from '../../helpers/cases.js';
import { forwardCases, statefulCase, trainRegress } from './cases.js';
import type { PlanDraw } from '../../../src/codegen/glsl/plan.js';
import { openEnginePage, type EnginePage } from './page.js';
import { programsOf } from './programs.js';

const TOL = 1e-4;
const B = 4;
const T = 6;

describe.runIf(haveChromium())('GLSL forward matches the JS target', () => {
  let page: EnginePage;
  beforeAll(async () => {
    page = await openEnginePage('forward');
  });
  afterAll(async () => {
    await page?.close();
  });

  for (const def of forwardCases) {
    it(def.name, async () => {
      const mod = trace(def);
      const { infer } = programsOf(mod);
      const plan = renderPlan(infer);
      const { module } = await compileJs(mod);
      const params = paramsFor(mod);
      const model = module.create();
      model.setParams(params);
      const inputs = inputsFor(mod, B, T);
      const want = model.forward(inputs);
      const got = await page.run(plan, B, T, {
        inputs: infer.inputs.map((i) => inputs[i.name].data),
        params: infer.params.map((p) => params[p.name]),
        states: [],
        randoms: [],
      });
      expect(page.errors).toEqual([]);
      infer.outputs.forEach((o, i) => {
        const err = maxRelError(got.outputs[i], want[o.name].data);
        expect(err, `${def.name}.${o.name}: max rel error ${err}`).toBeLessThanOrEqual(TOL);
      });
    });
  }

  it('matmuls drawn as 4x8 blocks, with rows not a multiple of 4 (B = 3, T = 5)', async () => {
    // Input GEMM [B * T, 64] x [64, 256] and recurrent [B, 64] x [64, 256]: K >= 64, so the scheduler
    // stores W transposed, and both are blocked (N a multiple of 32: 4 x 8 blocks, eight targets; K / 4
    // divides the texture width).
    const def = seqModel('blocked', (m, x) => m.output('y', m.lstm(m.dense(x, { units: 64, name: 'd' }), { units: 64, returnSequences: true }).output));
    const mod = trace(def);
    const { infer } = programsOf(mod);
    const plan = renderPlan(infer);
    // The input GEMM as 4x8 blocks; the recurrent matmul fused with the LSTM cell (4 x 16 blocks:
    // 4 units of each gate), writing new c and h (eight targets) for a copy draw.
    expect(plan.shaders.filter((s) => s.fs.includes(', 4x8 blocks\n')).length).toBe(1);
    expect(plan.shaders.filter((s) => s.fs.includes(', 4 x 16 blocks fused with the next kernel:\n')).length).toBe(1);
    expect(plan.shaders.filter((s) => s.fs.includes('from the blocks of the fused matmul')).length).toBeGreaterThan(0);
    expect(plan.shaders.filter((s) => s.fs.includes('layout(location = 7) out vec4 o7;')).length).toBe(2);
    // The gate weights' concatenation pieces (64 of every 256 columns) are ranges with gaps, not points;
    // the step output (B runs of 64 at stride T * 64) is a quad per run, not points, and loads the new
    // h the carry draw wrote instead of computing the cell again.
    expect(plan.shaders.filter((s) => s.fs.includes('if (rc >= 64) discard;')).length).toBeGreaterThan(0);
    const runs = plan.shaders.filter((s) => s.vs.includes('int run = gl_VertexID / 6;'));
    expect(runs.length).toBeGreaterThan(0);
    expect(plan.shaders.some((s) => s.vs.includes('gl_PointSize'))).toBe(false);
    expect(runs.filter((s) => s.fs.slice(s.fs.indexOf('void main')).includes('rn_sigmoid')).length).toBe(0);
    await matchesJs(mod, plan, 3, 5);
    // A context with WebGL2's least MAX_DRAW_BUFFERS (4) draws each 4x8 block as its two 4x4 halves,
    // and the fused step once per value.
    expect(plan.shaders.filter((s) => s.fs.includes('column quad 1 (for fewer than 8 draw buffers)')).length).toBe(1);
    expect(plan.shaders.filter((s) => s.fs.includes('(its value 1 only, for fewer than 8 draw buffers)')).length).toBe(1);
    await matchesJs(mod, plan, 3, 5, true);
    expect(await page.mostTargetsOfFour()).toBe(4);
  });

  it("a training step's map kernel with more than four outputs of one geometry is one draw of up to eight targets (two of four with 4 draw buffers); gradients match the JS target", async () => {
    const mod = trace(trainRegress);
    const train = programsOf(mod).train!;
    const plan = renderPlan(train);
    // The LSTM forward step saves its gates and writes h beside them: one draw, with a fallback.
    const merged = plan.body.flatMap(function all(s): PlanDraw[] {
      return s.kind === 'loop' ? s.body.flatMap(all) : s.draws.filter((d) => d.alt && d.outs.length > 4 && plan.shaders[d.shader].fs.includes('fused elementwise kernel'));
    });
    expect(merged.length).toBeGreaterThan(0);
    for (const d of merged) expect(d.alt!.map((a) => a.outs.length)).toEqual([4, d.outs.length - 4]);
    const { module } = await compileJs(mod);
    // A trainable model's JS module (GeneratedModel types only the inference API).
    const js = module.create() as unknown as { setParams(p: Record<string, Float32Array>): void; gradients(b: unknown): { loss: number; grads: Record<string, Float32Array> } };
    const params = paramsFor(mod);
    js.setParams(params);
    const batch = inputsFor(mod, 3, 5);
    const want = js.gradients(batch);
    for (const four of [false, true]) {
      const got = await page.run(plan, 3, 5, { inputs: train.inputs.map((i) => batch[i.name].data), params: train.params.map((p) => params[p.name]), states: [], randoms: [] }, { fourDrawBuffers: four });
      expect(page.errors).toEqual([]);
      train.outputs.forEach((o, i) => {
        const ref = o.name === 'loss' ? [want.loss] : want.grads[o.name];
        const err = maxRelError(got.outputs[i], ref);
        expect(err, `${o.name} (${four ? 4 : 8} draw buffers): max rel error ${err}`).toBeLessThanOrEqual(TOL);
      });
    }
    expect(await page.mostTargetsOfFour()).toBe(4);
  });

  for (const resetAfter of [true, false]) {
    it(`GRU (${resetAfter ? 'reset-after' : 'reset-before'}, 64 units): the recurrent matmul fused with the cell, 4 draw buffers too`, async () => {
      const def = seqModel(`fused_gru_${resetAfter}`, (m, x) => m.output('y', m.gru(m.dense(x, { units: 64, name: 'd' }), { units: 64, resetAfter, returnSequences: true }).output));
      const mod = trace(def);
      const plan = renderPlan(programsOf(mod).infer);
      expect(plan.shaders.filter((s) => / blocks fused with the next kernel:\n/.test(s.fs)).length).toBeGreaterThan(0);
      await matchesJs(mod, plan, 5, 4);
      await matchesJs(mod, plan, 5, 4, true);
    });
  }

  it('LSTM (64 units) fused with an initial state in and the last state out; masked and bidirectional', async () => {
    const def = seqModel('fused_lstm_state', (m, x, mask) => {
      const h0 = m.input('h0', 'f32', ['B', 64]);
      const c0 = m.input('c0', 'f32', ['B', 64]);
      const d = m.dense(x, { units: 64, name: 'd' });
      const r = m.lstm(d, { units: 64, returnSequences: true, returnState: true, initialState: [{ h: h0, c: c0 }], name: 'a' });
      m.output('y', r.output);
      m.output('h', r.states[0].h);
      m.output('c', r.states[0].c);
      m.output('z', m.lstm(d, { units: 64, returnSequences: true, bidirectional: 'concat', mask, name: 'b' }).output);
    });
    const mod = trace(def);
    const plan = renderPlan(programsOf(mod).infer);
    expect(plan.shaders.filter((s) => s.fs.includes(', 4 x 16 blocks fused with the next kernel:\n')).length).toBeGreaterThan(0);
    await matchesJs(mod, plan, 5, 4);
  });

  it('matmuls drawn as 4x4 blocks (N = 48: a multiple of 16, not of 32)', async () => {
    const def = seqModel('blocked4', (m, x) => m.output('y', m.lstm(m.dense(x, { units: 64, name: 'd' }), { units: 12, returnSequences: true }).output));
    const mod = trace(def);
    const plan = renderPlan(programsOf(mod).infer);
    expect(plan.shaders.filter((s) => s.fs.includes('[B * T, 64] x [64, 48], 4x4 blocks')).length).toBe(1);
    await matchesJs(mod, plan, 3, 5);
  });

  async function matchesJs(mod: ReturnType<typeof trace>, plan: ReturnType<typeof renderPlan>, b: number, t: number, fourDrawBuffers = false): Promise<void> {
    const { infer } = programsOf(mod);
    const { module } = await compileJs(mod);
    const params = paramsFor(mod);
    const model = module.create();
    model.setParams(params);
    const inputs = inputsFor(mod, b, t);
    const want = model.forward(inputs);
    const got = await page.run(plan, b, t, { inputs: infer.inputs.map((i) => inputs[i.name].data), params: infer.params.map((p) => params[p.name]), states: [], randoms: [] }, { fourDrawBuffers });
    expect(page.errors).toEqual([]);
    infer.outputs.forEach((o, i) => {
      const err = maxRelError(got.outputs[i], want[o.name].data);
      expect(err, `${o.name}: max rel error ${err}`).toBeLessThanOrEqual(TOL);
    });
  }

  it('errors: a shader that does not compile names the kernel and the GLSL line; float targets missing; context lost', async () => {
    const mod = trace(forwardCases[0]);
    const plan = renderPlan(programsOf(mod).infer);
    // Break one fragment shader the way a renderer bug would.
    const k = plan.shaders.length - 1;
    const bad = { ...plan, shaders: plan.shaders.map((s, i) => (i === k ? { ...s, fs: s.fs.replace('void main() {', 'void main() {\n  float oops = undefined_thing;') } : s)) };
    const msgs = await page.page.evaluate((bad) => {
      type Eng = { compile(p: unknown): unknown; run(cp: unknown, B: number, T: number, a: unknown): unknown; gl: { getExtension(n: string): { loseContext(): void } | null } };
      const w = globalThis as unknown as { engine: Eng; GlslEngine: new (t?: unknown) => Eng; OffscreenCanvas: new (w: number, h: number) => { getContext(k: string): object } };
      const out: string[] = [];
      try {
        w.engine.compile(bad);
        out.push('compiled');
      } catch (e) {
        out.push(String(e));
      }
      // A context without float render targets: the real one with EXT_color_buffer_float hidden.
      const real = new w.OffscreenCanvas(1, 1).getContext('webgl2') as Record<string, unknown> & { getExtension(n: string): unknown };
      const noFloat = new Proxy(real, {
        get(t, key) {
          if (key === 'getExtension') return (n: string) => (n === 'EXT_color_buffer_float' ? null : t.getExtension(n));
          const v = t[key as string];
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
        },
      });
      try {
        new w.GlslEngine({ getContext: () => noFloat });
        out.push('created');
      } catch (e) {
        out.push(String(e));
      }
      const lost = new w.GlslEngine();
      lost.gl.getExtension('WEBGL_lose_context')!.loseContext();
      try {
        lost.compile(bad);
        out.push('ran');
      } catch (e) {
        out.push(String(e));
      }
      return out;
    }, bad);
    expect(msgs[0]).toMatch(new RegExp(`GlslError: rnnc glsl: lstm_seq: the fragment shader of kernel ${plan.shaders[k].name.replace(/[.()]/g, '\\$&')} does not compile:`));
    expect(msgs[0]).toMatch(/undefined_thing[\s\S]*GLSL line \d+: float oops = undefined_thing;/);
    expect(msgs[1]).toMatch(/EXT_color_buffer_float is missing/);
    expect(msgs[2]).toMatch(/context (is|was) lost/);
  });

  it('device tensors: upload, clone and repack keep every element (R32F and RGBA32F)', async () => {
    const got = await page.page.evaluate(() => {
      type T = { size: number; packing: number };
      const eng = (globalThis as unknown as { engine: { upload(a: Float32Array, into?: T, p?: number): T; clone(t: T): T; repack(t: T, p: number): T; read(t: T): Float32Array } }).engine;
      const data = Float32Array.from({ length: 5003 }, (_, i) => Math.sin(i) * 100);
      const out: number[] = [];
      for (const p of [1, 4]) {
        const t = eng.upload(data, undefined, p);
        for (const u of [t, eng.clone(t), eng.repack(t, p === 1 ? 4 : 1)]) {
          const back = eng.read(u);
          out.push(back.length === data.length && back.every((x, i) => x === data[i]) ? 1 : 0);
        }
      }
      return out;
    });
    expect(got).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('stateful: the state carries across calls', async () => {
    const mod = trace(statefulCase);
    const { infer } = programsOf(mod);
    const plan = renderPlan(infer);
    const { module } = await compileJs(mod);
    const params = paramsFor(mod);
    const model = module.create();
    model.setParams(params);
    let state = infer.states.map(() => new Float32Array(2 * 4));
    for (const seed of [5, 6]) {
      const inputs = inputsFor(mod, 2, 3, seed);
      const want = model.forward(inputs);
      const got = await page.run(plan, 2, 3, { inputs: infer.inputs.map((i) => inputs[i.name].data), params: infer.params.map((p) => params[p.name]), states: state, randoms: [] });
      expect(maxRelError(got.outputs[0], want.y.data)).toBeLessThanOrEqual(TOL);
      const ws = model.getState!();
      infer.states.forEach((s, i) => expect(maxRelError(got.states[i], ws[s.name])).toBeLessThanOrEqual(TOL));
      state = got.states.map((a) => Float32Array.from(a));
    }
  });
});
