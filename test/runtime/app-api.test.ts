// The runtime's helpers for apps (rnnc/runtime), through modules compiled by the public compile():
// createBest() picks the first target that starts and says why the others did not; fetchWeights()
// reads weights over HTTP and names the URL and status when it cannot; the IndexedDB store keeps
// weights and checkpoints across page loads (fake-indexeddb stands in for the browser's);
// summary() lists layers, parameters and counts from a module's meta.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, writeCompiled } from '../../src/compiler/index.js';
import {
  createBest,
  deleteFromIndexedDB,
  fetchWeights,
  listIndexedDB,
  loadFromIndexedDB,
  probeTargets,
  saveToIndexedDB,
  summary,
  summaryData,
  type LoadedModule,
} from '../../src/runtime/index.js';

const root = path.resolve(__dirname, '..', '..');
const work = path.join(root, 'test', '.out', `app-api-${process.pid}`);

const MODEL = `import { defineModel } from 'rnnc';

export default defineModel('clf', (m) => {
  const tokens = m.tokens('tokens');
  const mask = m.mask('mask');
  const x = m.embedding(tokens, { vocab: 30, dim: 6, name: 'emb' });
  const { output } = m.gru(x, { units: 5, numLayers: 2, bidirectional: 'concat', mask, name: 'enc' });
  const scale = m.param('scale', [3], 'ones');
  const logits = m.mul(m.dense(output, { units: 3, name: 'head' }), scale);
  m.output('logits', logits);
  m.train({ loss: m.softmaxCrossEntropy(logits, m.input('label', 'i32', ['B'])), optimizer: { kind: 'adam', lr: 0.05 } });
});
`;

interface Tensor {
  data: Float32Array | Int32Array;
  shape: number[];
}
interface ClfModel {
  forward(i: Record<string, Tensor>): Record<string, Tensor>;
  trainStep(i: Record<string, Tensor>): { loss: number };
  saveWeights(): Uint8Array;
  saveCheckpoint(): Uint8Array;
  loadCheckpoint(b: Uint8Array): void;
  summary(): string;
  readonly step: number;
  readonly meta: Parameters<typeof summary>[0];
  dispose(): void;
}
interface ClfModule {
  meta: Parameters<typeof summary>[0];
  create(o?: { seed?: number; weights?: Uint8Array | ArrayBuffer; threads?: number }): ClfModel;
}

let js: ClfModule;
let wasm: ClfModule;
const inputs = {
  tokens: { data: new Int32Array([1, 4, 9, 2, 7, 7, 3, 0]), shape: [2, 4] },
  mask: { data: new Float32Array([1, 1, 1, 1, 1, 1, 1, 0]), shape: [2, 4] },
  label: { data: new Int32Array([2, 0]), shape: [2] },
};

beforeAll(async () => {
  fs.mkdirSync(work, { recursive: true });
  const model = path.join(work, 'model.ts');
  fs.writeFileSync(model, MODEL);
  const r = await compile(model, { targets: ['js', 'wasm'], typecheck: false });
  expect(r.diagnostics).toEqual([]);
  writeCompiled(r.files, path.join(work, 'gen'));
  js = (await import(pathToFileURL(path.join(work, 'gen', 'clf.js')).href)) as ClfModule;
  wasm = (await import(pathToFileURL(path.join(work, 'gen', 'clf.wasm.js')).href)) as ClfModule;
}, 120_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const failing = (message: string): LoadedModule => ({
  create: () => {
    throw new Error(message);
  },
});

describe('createBest', () => {
  it('in Node: skips wgsl (no navigator.gpu) and runs wasm, with the same numbers as js', async () => {
    const best = await createBest({ wgsl: (): Promise<never> => Promise.reject(new Error('must not load')), wasm: async () => wasm, js: async () => js }, { seed: 3 });
    expect(best.target).toBe('wasm');
    expect(best.skipped).toEqual([{ target: 'wgsl', reason: 'WebGPU is not available (no navigator.gpu)' }]);
    expect(best.note).toBe('running on wasm (1 thread); wgsl unavailable: WebGPU is not available (no navigator.gpu)');
    const ref = js.create({ seed: 3 }).forward(inputs).logits.data;
    const got = best.model.forward(inputs).logits.data;
    for (let i = 0; i < ref.length; i++) expect(got[i]).toBeCloseTo(ref[i], 5);
    best.model.dispose();
  });

  it('a module that fails to start is skipped with its error; the order option is followed', async () => {
    const best = await createBest({ wasm: () => failing('no memory for you'), js: () => js }, { order: ['wasm', 'js'] });
    expect(best.target).toBe('js');
    expect(best.note).toBe('running on js; wasm unavailable: it failed to start: no memory for you');
    const only = await createBest({ wasm: () => wasm, js: () => js }, { order: ['js'] });
    expect(only.target).toBe('js');
    expect(only.skipped).toEqual([]);
  });

  it('passes threads to wasm and waits for them', async () => {
    const best = await createBest({ wasm: () => wasm }, { threads: 2 });
    expect(best.note).toBe('running on wasm (2 threads)');
    best.model.dispose();
  });

  it('bad weights reject at once instead of falling back; no target at all is one error listing every reason', async () => {
    const bad = new Uint8Array([1, 2, 3]);
    await expect(createBest({ wasm: () => wasm, js: () => js }, { weights: bad })).rejects.toThrow('weights: not a safetensors file: 3 bytes, shorter than the 8-byte header length');
    await expect(createBest({ wasm: () => wasm, js: () => js }, { weights: bad })).rejects.toHaveProperty('name', 'WeightsError');
    await expect(createBest({ wgsl: () => js, glsl: () => js })).rejects.toThrow(
      /^createBest: no target can run here \(wgsl: WebGPU is not available \(no navigator\.gpu\); glsl: WebGL2 is not available\)$/,
    );
    await expect(createBest({})).rejects.toThrow(/no loader for any of the targets wgsl, wasm, glsl, js/);
  });

  it('probeTargets reports what Node offers without loading anything', async () => {
    expect(await probeTargets()).toEqual([
      { target: 'wgsl', available: false, reason: 'WebGPU is not available (no navigator.gpu)' },
      { target: 'wasm', available: true, reason: '' },
      { target: 'glsl', available: false, reason: 'WebGL2 is not available' },
      { target: 'js', available: true, reason: '' },
    ]);
  });
});

describe('fetchWeights', () => {
  let server: http.Server;
  let base: string;
  let weights: Uint8Array;
  beforeAll(async () => {
    const trained = js.create({ seed: 1 });
    for (let i = 0; i < 3; i++) trained.trainStep(inputs);
    weights = trained.saveWeights();
    server = http.createServer((req, res) => {
      if (req.url === '/w.safetensors') {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(weights.byteLength) });
        res.end(Buffer.from(weights));
      } else if (req.url === '/spa/w.safetensors') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><title>app</title>');
      } else {
        res.writeHead(404, 'Not Found');
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('returns the bytes, reports progress, and a model created from them computes what the trained one does', async () => {
    const seen: [number, number | undefined][] = [];
    const bytes = await fetchWeights(`${base}/w.safetensors`, { onProgress: (loaded, total) => seen.push([loaded, total]) });
    expect(Buffer.from(bytes).equals(Buffer.from(weights))).toBe(true);
    expect(seen.at(-1)).toEqual([weights.byteLength, weights.byteLength]);
    const a = js.create({ weights: bytes }).forward(inputs).logits.data;
    const b = js.create({ weights }).forward(inputs).logits.data;
    expect([...a]).toEqual([...b]);
  });

  it('a 404, an HTML fallback page and a refused connection are WeightsErrors naming the URL', async () => {
    await expect(fetchWeights(`${base}/missing.safetensors`)).rejects.toThrow(`${base}/missing.safetensors: HTTP 404 Not Found`);
    await expect(fetchWeights(`${base}/spa/w.safetensors`)).rejects.toThrow(/spa\/w\.safetensors: the server sent an HTML page/);
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const err = await fetchWeights(`http://127.0.0.1:${port}/w`).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).name).toBe('WeightsError');
    expect((err as Error).message).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/w: the request failed`));
  });
});

describe('IndexedDB store', () => {
  it('keeps a checkpoint across "page loads": training resumes exactly where it stopped', async () => {
    const indexedDB = new IDBFactory();
    const a = js.create({ seed: 5 });
    for (let i = 0; i < 4; i++) a.trainStep(inputs);
    await saveToIndexedDB('clf/ckpt', a.saveCheckpoint(), { indexedDB });
    const lossA = a.trainStep(inputs).loss;
    // A new model (as after a reload) from what the store holds.
    const stored = await loadFromIndexedDB('clf/ckpt', { indexedDB });
    expect(stored).toBeInstanceOf(Uint8Array);
    const b = js.create({ seed: 99 });
    b.loadCheckpoint(stored as Uint8Array);
    expect(b.step).toBe(4);
    expect(b.trainStep(inputs).loss).toBe(lossA);
  });

  it('lists, replaces and deletes entries; a missing key is undefined; other databases are separate', async () => {
    const indexedDB = new IDBFactory();
    expect(await loadFromIndexedDB('nothing', { indexedDB })).toBeUndefined();
    await saveToIndexedDB('w', new Uint8Array([1, 2, 3]), { indexedDB });
    await saveToIndexedDB('w', new Uint8Array([4, 5]).buffer, { indexedDB });
    await saveToIndexedDB('other', new Uint8Array(10), { indexedDB, database: 'mine' });
    expect([...((await loadFromIndexedDB('w', { indexedDB })) ?? [])]).toEqual([4, 5]);
    const list = await listIndexedDB({ indexedDB });
    expect(list.map((e) => [e.key, e.size])).toEqual([['w', 2]]);
    expect(list[0].savedAt).toBeGreaterThan(Date.now() - 60_000);
    expect((await listIndexedDB({ indexedDB, database: 'mine' })).map((e) => e.key)).toEqual(['other']);
    await deleteFromIndexedDB('w', { indexedDB });
    expect(await loadFromIndexedDB('w', { indexedDB })).toBeUndefined();
    await deleteFromIndexedDB('w', { indexedDB });
  });

  it('the stored bytes are a copy: changing the array after saving changes nothing', async () => {
    const indexedDB = new IDBFactory();
    const bytes = new Uint8Array([7, 7, 7]);
    await saveToIndexedDB('k', bytes, { indexedDB });
    bytes[0] = 0;
    expect([...((await loadFromIndexedDB('k', { indexedDB })) ?? [])]).toEqual([7, 7, 7]);
  });

  it('no IndexedDB, or a bad key, is a clear error', async () => {
    await expect(loadFromIndexedDB('k')).rejects.toThrow('IndexedDB is not available here (no globalThis.indexedDB); pass { indexedDB } to use another');
    await expect(saveToIndexedDB('', new Uint8Array(1), { indexedDB: new IDBFactory() })).rejects.toThrow('the key must be a non-empty string, not ""');
  });
});

describe('summary', () => {
  it('groups every parameter under its layer (stacked, bidirectional, free) and counts them', () => {
    const d = summaryData(js.meta);
    expect(d.layers.map((l) => [l.path, l.kind, l.shape])).toEqual([
      ['emb', 'embedding', 'vocab 30 -> 6'],
      ['enc.l0.fw', 'gru', '6 -> 5, reset after'],
      ['enc.l0.bw', 'gru', '6 -> 5 (backward), reset after'],
      ['enc.l1.fw', 'gru', '10 -> 5, reset after'],
      ['enc.l1.bw', 'gru', '10 -> 5 (backward), reset after'],
      ['head', 'dense', '10 -> 3'],
      ['', 'other', ''],
    ]);
    // Every parameter once, and the counts add up to the parameters' sizes.
    const names = d.layers.flatMap((l) => l.params.map((p) => p.name));
    expect(names.sort()).toEqual(js.meta.params.map((p) => p.name).sort());
    const total = js.meta.params.reduce((a, p) => a + p.shape.reduce((x, y) => x * y, 1), 0);
    expect(d.totalParams).toBe(total);
    // A GRU layer: 3 gates of (I x H + H x H + H); reset-after (the default) adds the recurrent candidate bias H.
    expect(d.layers.find((l) => l.path === 'enc.l1.fw')?.count).toBe(3 * (10 * 5 + 5 * 5 + 5) + 5);
    expect(d.layers.at(-1)?.params).toEqual([{ name: 'scale', shape: [3], count: 3 }]);
  });

  it('prints a table with the totals, the same as model.summary()', () => {
    const text = summary(js.meta);
    expect(text).toMatch(/^Model: clf\nInputs: tokens: i32\[B, T\], mask: f32\[B, T\], label: i32\[B\]\nOutputs: logits: f32\[B, T, 3\]|Outputs: logits: f32\[B, 3\]/);
    expect(text).toContain('emb (embedding)');
    expect(text).toMatch(/\n {2}emb\.E +\[30, 6\] +180\n/);
    expect(text).toContain(`Total params: ${summaryData(js.meta).totalParams.toLocaleString('en-US')} (`);
    expect(js.create().summary()).toBe(text);
    expect(wasm.create().summary()).toBe(text);
  });

  it('names the kept state of a stateful model, and a model without layers lists its parameters under (other)', () => {
    const meta = {
      name: 'cell',
      inputs: [{ name: 'x', dtype: 'f32', shape: ['B', 'T', 2] }],
      outputs: [{ name: 'y', dtype: 'f32', shape: ['B', 3] }],
      states: [{ name: 'h', dtype: 'f32', shape: ['B', 3] }],
      params: [
        { name: 'W', shape: [2, 3] },
        { name: 'U', shape: [3, 3] },
      ],
      groups: [],
    };
    expect(summary(meta)).toBe(
      [
        'Model: cell',
        'Inputs: x: f32[B, T, 2]',
        'Outputs: y: f32[B, 3]',
        'States: h: f32[B, 3]',
        '_'.repeat(29),
        'Layer (type)  Shape   Param #',
        '='.repeat(29),
        '(other)                    15',
        '  W           [2, 3]        6',
        '  U           [3, 3]        9',
        '='.repeat(29),
        'Total params: 15 (60 B as f32)',
        '',
      ].join('\n'),
    );
  });
});
