// The wasm target's threads in Node (worker_threads on a shared memory; src/codegen/wasm/threads.ts
// and src/runtime/wasm-model.ts): every kernel splits what it writes, never a sum, so a model with 2 or 3
// threads gives the single thread's results bit for bit: forward for every case of the parity
// list, gradients and optimizer steps for the training models. Also: the model runs on one
// thread until the workers are up, a bad id on a threaded model is the usual InputError and the
// model keeps working, a terminated worker (between calls or as a call starts) makes the call throw
// and the model go on on one thread, the option is checked, and a process with workers still running exits.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defineModel, type F32, type ModelDef } from 'rnnc';
import { trace } from '../../../src/frontend/trace.js';
import type { HostTensor } from '../../../src/ir/interpret.js';
import { inputsFor, paramsFor, type GeneratedModel } from '../../helpers/models.js';
import { parityCases, trainCases } from '../../helpers/cases.js';
import { compileWasm } from './helpers.js';
import type { ThreadsHook } from '../../../src/runtime/wasm-model.js';

interface Threaded extends GeneratedModel {
  readonly threads: number;
  readonly threadsReady: Promise<number>;
  dispose(): void;
  trainStep(b: Record<string, HostTensor>): { loss: number };
  gradients(b: Record<string, HostTensor>): { loss: number; grads: Record<string, Float32Array> };
}
type Create = (opts?: { seed?: number; threads?: number | string }) => Threaded;

// Wide enough that matmuls split by columns (>= 16 per thread) and maps by rows.
const wide = defineModel('wasm_threads_wide', (m) => {
  const x = m.sequence('x', 40);
  const target = m.input('target', 'f32', ['B', 'T', 48]);
  const h = m.lstm(x, { units: 48, returnSequences: true }).output;
  const g = m.gru(h as never, { units: 48, returnSequences: true }).output;
  m.train({ loss: m.meanSquaredError(g as F32, target), optimizer: { kind: 'adam', lr: 0.01 }, clipNorm: 1 });
});

async function build(def: ModelDef): Promise<{ mod: ReturnType<typeof trace>; create: Create; file: string; dir: string }> {
  const mod = trace(def);
  const c = await compileWasm(mod);
  return { mod, create: c.module.create as unknown as Create, file: c.file, dir: c.dir };
}

const bits = (a: ArrayLike<number>): Buffer => Buffer.from(Float32Array.from(a).buffer);

function sameBits(got: Record<string, HostTensor>, want: Record<string, HostTensor>, what: string): void {
  expect(Object.keys(got).sort(), what).toEqual(Object.keys(want).sort());
  for (const k of Object.keys(want)) expect(bits(got[k].data).equals(bits(want[k].data)), `${what}: ${k}`).toBe(true);
}

describe('wasm threads (worker_threads): the same bits as one thread', () => {
  it('forward of every parity case, 2 threads', async () => {
    for (const def of parityCases) {
      const { mod, create } = await build(def);
      const one = create({ seed: 4 });
      const two = create({ seed: 4, threads: 2 });
      expect(await two.threadsReady, def.name).toBe(2);
      for (const [B, T] of [[3, 5], [6, 2]]) {
        const inputs = inputsFor(mod, B, T, 7);
        one.resetState?.();
        two.resetState?.();
        sameBits(two.forward(inputs), one.forward(inputs), `${def.name} B=${B} T=${T}`);
      }
      two.dispose();
    }
  }, 240_000);

  for (const def of [...trainCases, wide]) {
    it(`${def.name}: gradients and 2 optimizer steps with 2 and 3 threads`, async () => {
      const { mod, create } = await build(def);
      const params = paramsFor(mod, 3, 0.4);
      const one = create({ seed: 1 });
      one.setParams(params);
      const batches = [0, 1].map((s) => inputsFor(mod, 5, 6, 30 + s, 50, { labels: 2 }));
      const g1 = one.gradients(batches[0]);
      for (const b of batches) one.trainStep(b);
      for (const n of [2, 3]) {
        const m = create({ seed: 1, threads: n });
        expect(m.threads).toBe(1); // until the workers are up
        expect(await m.threadsReady).toBe(n);
        expect(m.threads).toBe(n);
        m.setParams(params);
        const g = m.gradients(batches[0]);
        expect(g.loss).toBe(g1.loss);
        for (const k of Object.keys(g1.grads)) expect(bits(g.grads[k]).equals(bits(g1.grads[k])), `${n} threads: d${k}`).toBe(true);
        for (const b of batches) m.trainStep(b);
        const pa = m.getParams();
        const pb = one.getParams();
        for (const p of mod.params) expect(bits(pa[p.name]).equals(bits(pb[p.name])), `${n} threads: ${p.name} after 2 steps`).toBe(true);
        m.dispose();
      }
    }, 120_000);
  }
});

describe('wasm threads: behaviour', () => {
  it('a bad id on a threaded model is the InputError of one thread, and the model keeps working', async () => {
    const { mod, create } = await build(parityCases.find((c) => c.name === 'embedding_lengths')!);
    const one = create();
    const m = create({ threads: 2 });
    expect(await m.threadsReady).toBe(2);
    const inputs = inputsFor(mod, 4, 5);
    const good = one.forward(inputs);
    (inputs.ids.data as Int32Array)[6] = 50;
    expect(() => m.forward(inputs)).toThrow(/id 50 is out of range for a vocabulary of size 50/);
    (inputs.ids.data as Int32Array)[6] = 1;
    const again = inputsFor(mod, 4, 5);
    sameBits(m.forward(again), good, 'after the error');
    m.dispose();
    expect(() => m.forward(again)).toThrow(/disposed/);
  });

  // A worker that ends (terminated, crashed) must not hang the caller: between calls its 'exit'
  // refuses the next call; during a call thread 0's barrier gives up after the stall bound. Either
  // way the call throws a WasmThreadsError, the model warns once and runs on one thread after, with
  // the same results.
  it('a terminated worker: between calls and as a call starts, the call throws and the model goes on on one thread', async () => {
    const def = parityCases.find((c) => c.name === 'embedding_lengths')!;
    const { mod, create } = await build(def);
    const inputs = inputsFor(mod, 4, 5);
    const want = create().forward(inputs);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      // Between calls: the exit event arrives before the next call.
      const a = create({ threads: 3 });
      expect(await a.threadsReady).toBe(3);
      sameBits(a.forward(inputs), want, 'threaded');
      const hook = (a as unknown as { __threads: ThreadsHook }).__threads;
      expect(Object.keys(a)).not.toContain('__threads');
      await hook.workers[1].terminate();
      expect(() => a.forward(inputs)).toThrow(/embedding_lengths: worker 2 exited \(code 1\); the call was abandoned and the model runs on one thread from now on/);
      expect(a.threads).toBe(1);
      sameBits(a.forward(inputs), want, 'after the exit, one thread');
      sameBits(a.forward(inputs), want, 'again');
      expect(warn.mock.calls.map((c) => String(c[0])).filter((m) => /threads: 3 was asked for; running on one thread: worker 2 exited/.test(m))).toHaveLength(1);
      a.dispose();

      // As a call starts: no event can arrive while thread 0 spins; the stall bound ends the wait.
      const b = create({ threads: 2 });
      expect(await b.threadsReady).toBe(2);
      sameBits(b.forward(inputs), want, 'threaded');
      const bHook = (b as unknown as { __threads: ThreadsHook }).__threads;
      bHook.stallMs = 300;
      void bHook.workers[0].terminate();
      const t0 = Date.now();
      expect(() => b.forward(inputs)).toThrow(/embedding_lengths: a worker thread stopped answering: thread 0 waited more than 300 ms at a barrier; the call was abandoned and the model runs on one thread from now on/);
      expect(Date.now() - t0).toBeLessThan(10_000);
      expect(b.threads).toBe(1);
      sameBits(b.forward(inputs), want, 'after the stall, one thread');
      b.dispose();
    } finally {
      warn.mockRestore();
    }
  }, 60_000);

  it('a worker terminated between training steps: the step throws, changes nothing, and training goes on with the same bits', async () => {
    const def = trainCases[0];
    const { mod, create } = await build(def);
    const params = paramsFor(mod, 3, 0.4);
    const batches = [0, 1].map((s) => inputsFor(mod, 5, 6, 30 + s, 50, { labels: 2 }));
    const one = create({ seed: 1 });
    one.setParams(params);
    for (const b of batches) one.trainStep(b);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const m = create({ seed: 1, threads: 2 });
      expect(await m.threadsReady).toBe(2);
      m.setParams(params);
      m.trainStep(batches[0]);
      const hook = (m as unknown as { __threads: ThreadsHook }).__threads;
      hook.stallMs = 300;
      void hook.workers[0].terminate();
      expect(() => m.trainStep(batches[1])).toThrow(/WasmThreadsError|worker|thread/);
      expect((m as unknown as { step: number }).step).toBe(1);
      m.trainStep(batches[1]);
      const pa = m.getParams();
      const pb = one.getParams();
      for (const p of mod.params) expect(bits(pa[p.name]).equals(bits(pb[p.name])), p.name).toBe(true);
      m.dispose();
    } finally {
      warn.mockRestore();
    }
  }, 60_000);

  it('checks the option', async () => {
    const { create } = await build(parityCases[0]);
    expect(() => create({ threads: 0 })).toThrow(/threads must be an integer from 1 to 256, got 0/);
    expect(() => create({ threads: 1.5 })).toThrow(/threads must be an integer/);
    // A string is not a thread count, and the message shows it as one.
    expect(() => create({ threads: '2' })).toThrow(/threads must be an integer from 1 to 256, got "2"$/);
    const m = create({ threads: 1 });
    expect(m.threads).toBe(1);
    expect(await m.threadsReady).toBe(1);
  });

  it('a process whose threaded model was not disposed still exits; without SharedArrayBuffer it runs on one thread and says why', async () => {
    const { file, dir } = await build(parityCases[0]);
    const script = path.join(dir, 'exit.mjs');
    fs.writeFileSync(
      script,
      `import * as m from ${JSON.stringify(file)};
const model = m.create({ threads: 2 });
const n = await model.threadsReady;
const B = 2, T = 3;
const y = model.forward({ x: { data: new Float32Array(B * T * m.meta.inputs[0].shape[2]).fill(0.5), shape: [B, T, m.meta.inputs[0].shape[2]] } }).y;
console.log('threads', n, 'outputs', y.data.length);
`,
    );
    const run = (args: string[]) => spawnSync(process.execPath, [...args, script], { encoding: 'utf8', timeout: 30_000 });
    const r = run([]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^threads 2 outputs 42$/m);
    // Node without SharedArrayBuffer stands in for a page that is not cross-origin isolated.
    const n = run(['--no-harmony-sharedarraybuffer']);
    expect(n.status, n.stderr).toBe(0);
    expect(n.stdout).toMatch(/^threads 1 outputs 42$/m);
    expect(n.stderr).toMatch(/lstm_seq: threads: 2 was asked for; running on one thread: SharedArrayBuffer is not available; serve the page cross-origin isolated/);
  }, 60_000);
});
