// PyTorch checkpoints as people save them (scripts/fixtures/make_torch_checkpoints.py, PyTorch
// 1.13): torch.save state_dicts (.pt, .pth, .bin; one weight a non-contiguous view), a training
// checkpoint from DistributedDataParallel ('module.' names, the state_dict under 'state_dict',
// an optimizer state beside it), torch.compile's '_orig_mod.' names, float16 and bfloat16
// tensors, and sharded safetensors with their index. Each loads into a generated module with
// layout 'pytorch' and gives PyTorch's logits for the weights as stored; a pickle that calls a
// Python function is refused by name; a wrong layout or a misspelt name says what to do.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compile, writeCompiled } from '../../src/compiler/index.js';
import { fetchWeights, mergeShards, readSafetensors, shardIndex, writeSafetensors } from '../../src/runtime/index.js';
import { readWeightsFile } from '../../src/runtime/weights-file.js';

const root = path.resolve(__dirname, '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'checkpoints');
const work = path.join(root, 'test', '.out', `checkpoints-${process.pid}`);
const read = (f: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(fixtures, f)));

interface Model {
  forward(i: object): { logits: { data: Float32Array } };
  loadWeights(b: Uint8Array, o?: object): void;
}
let mod: { create(o?: { weights?: Uint8Array; layout?: string }): Model };
let ids: { data: Int32Array; shape: number[] };

beforeAll(async () => {
  const r = await compile(path.join(fixtures, 'model.ts'), { targets: 'js', typecheck: false, training: false });
  expect(r.diagnostics).toEqual([]);
  writeCompiled(r.files, work);
  mod = await import(pathToFileURL(path.join(work, 'torch_checkpoint.js')).href);
  const t = readSafetensors(read('inputs.safetensors')).get('ids');
  ids = { data: t?.data as Int32Array, shape: t?.shape ?? [] };
}, 120_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const expected = (kind: string): Float32Array => readSafetensors(read(`expected-${kind}.safetensors`)).get('logits')?.data as Float32Array;
const maxRel = (a: Float32Array, b: Float32Array): number => Math.max(...Array.from(a, (x, i) => Math.abs(x - b[i]) / Math.max(1e-3, Math.abs(b[i]))));

/** Loads `bytes` into a new model (pytorch layout); the logits and what was noted on the console. */
function run(bytes: Uint8Array, layout = 'pytorch'): { logits: Float32Array; notes: string[] } {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    const model = mod.create({ weights: bytes, layout });
    return { logits: model.forward({ ids }).logits.data, notes: warn.mock.calls.map((c) => String(c[0])) };
  } finally {
    warn.mockRestore();
  }
}

describe('PyTorch checkpoints', () => {
  it('a torch.save state_dict, one weight a transposed view, gives PyTorch\'s logits', () => {
    const r = run(read('state_dict.pt'));
    expect(maxRel(r.logits, expected('f32'))).toBeLessThan(1e-5);
    expect(r.notes).toEqual([]);
  });

  it("DistributedDataParallel's training checkpoint: the state_dict under 'state_dict', 'module.' stripped, with notes", () => {
    const r = run(read('ddp.pth'));
    expect(maxRel(r.logits, expected('f32'))).toBeLessThan(1e-5);
    expect(r.notes).toEqual([
      "note: weights: read the state_dict under the key 'state_dict' (the file holds 'epoch', 'state_dict', 'optimizer', 'best_loss')",
      "note: weights: read tensor names without the prefix 'module.' (DistributedDataParallel or DataParallel)",
    ]);
  });

  it("torch.compile's '_orig_mod.' names in float16, and bfloat16 tensors, give the logits of the stored values", () => {
    const half = run(read('compiled-f16.pt'));
    expect(maxRel(half.logits, expected('f16'))).toBeLessThan(1e-5);
    expect(half.notes).toEqual(["note: weights: read tensor names without the prefix '_orig_mod.' (torch.compile)"]);
    expect(maxRel(run(read('bf16.bin')).logits, expected('bf16'))).toBeLessThan(1e-5);
  });

  it('a pickle that calls a Python function is refused by name; nothing of it runs', () => {
    expect(() => mod.create({ weights: read('evil.pt'), layout: 'pytorch' })).toThrow(
      "weights: refused: the pickle asks for the Python global 'posix.system'; rnnc reads only tensors, storages and plain containers from PyTorch files and never runs code (save the model's state_dict(), or convert it to safetensors)",
    );
  });

  it('a truncated or damaged file is a clear error', () => {
    const whole = read('state_dict.pt');
    expect(() => readWeightsFile(whole.subarray(0, whole.length - 100), 'cut.pt')).toThrow(/^cut\.pt: not a readable PyTorch file: the zip archive has no end-of-central-directory record \(truncated\?\)$/);
    expect(() => readWeightsFile(whole.subarray(0, 2000), 'cut.pt')).toThrow(/^cut\.pt: not a readable PyTorch file/);
    const legacy = new Uint8Array([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]);
    expect(() => readWeightsFile(legacy, 'old.pt')).toThrow(/^old\.pt: a PyTorch file in the legacy format/);
  });

  it('mutated and truncated files are WeightsErrors or load, never another exception', () => {
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    let refused = 0;
    for (const f of ['state_dict.pt', 'ddp.pth', 'bf16.bin']) {
      const whole = read(f);
      for (let trial = 0; trial < 150; trial++) {
        const b = whole.slice(0, trial % 3 === 0 ? rand(whole.length) : whole.length);
        for (let k = 0; k < 1 + rand(4); k++) if (b.length) b[rand(b.length)] = rand(256);
        try {
          readWeightsFile(b, f, () => {});
        } catch (e) {
          expect((e as Error).name, String(e)).toBe('WeightsError');
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(100);
  });

  it('the wrong layout says which one the names look like; a misspelt name gets the nearest one', () => {
    expect(() => run(read('state_dict.pt'), 'rnnc')).toThrow(/^weights: these names look like PyTorch's state_dict \(11 of 11 match the pytorch layout, 0 the rnnc layout\): pass --layout pytorch \(create\(\{ weights, layout: .pytorch. \}\)\); missing tensor .emb\.E./);
    const tensors = readWeightsFile(read('state_dict.pt'), 'w');
    const t = tensors.get('rnn.weight_hh_l1');
    tensors.delete('rnn.weight_hh_l1');
    if (t) tensors.set('rnn.weight_hh_11', t);
    const err = (() => {
      try {
        mod.create({ weights: writeSafetensors(tensors), layout: 'pytorch' });
      } catch (e) {
        return String((e as Error).message);
      }
      return '';
    })();
    expect(err).toContain("missing tensor 'rnn.weight_hh_l1' (expected shape [18, 6]); the file has 'rnn.weight_hh_11'");
    expect(err).toContain("unexpected tensor 'rnn.weight_hh_11' with shape [18, 6] (not in the pytorch layout of this model; did you mean 'rnn.weight_hh_l1'?)");
  });
});

describe('sharded safetensors', () => {
  const dir = path.join(fixtures, 'sharded');
  const index = (): Map<string, string> => shardIndex(new Uint8Array(fs.readFileSync(path.join(dir, 'model.safetensors.index.json')))) as Map<string, string>;
  const shards = (): Map<string, Uint8Array> => new Map([...new Set(index().values())].map((f) => [f, new Uint8Array(fs.readFileSync(path.join(dir, f)))]));

  it('merges into one file that loads like the whole state_dict; the index alone is refused with the way to load it', () => {
    expect(maxRel(run(mergeShards(index(), shards(), 'index')).logits, expected('f32'))).toBeLessThan(1e-5);
    expect(() => mod.create({ weights: new Uint8Array(fs.readFileSync(path.join(dir, 'model.safetensors.index.json'))), layout: 'pytorch' })).toThrow(
      /^weights: the index of a sharded checkpoint, not the weights: load it with fetchWeights/,
    );
  });

  it('a missing shard or a tensor in the wrong shard is named', () => {
    const some = shards();
    const [first] = some.keys();
    some.delete(first);
    expect(() => mergeShards(index(), some, 'index.json')).toThrow(`index.json: missing shard ${first}`);
    const moved = index();
    const [name, file] = [...moved][0];
    moved.set(name, [...new Set(moved.values())].find((f) => f !== file) as string);
    expect(() => mergeShards(moved, shards(), 'index.json')).toThrow(new RegExp(`holds '${name.replace(/\./g, '\\.')}', which the index puts in`));
  });

  it('fetchWeights(url of the index) fetches the shards beside it', async () => {
    const server = http.createServer((req, res) => {
      const file = path.join(dir, path.basename(req.url ?? ''));
      if (!fs.existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(fs.readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/model.safetensors.index.json`;
      expect(maxRel(run(await fetchWeights(url)).logits, expected('f32'))).toBeLessThan(1e-5);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('rnnc run --weights INDEX.json and --weights FILE.pt read them', () => {
    const out = path.join(work, 'y.safetensors');
    for (const w of [path.join(dir, 'model.safetensors.index.json'), path.join(fixtures, 'ddp.pth')]) {
      const r = spawnSync(process.execPath, [path.join(root, 'bin', 'rnnc.js'), 'run', path.join(fixtures, 'model.ts'), '--inputs', path.join(fixtures, 'inputs.safetensors'), '--outputs', out, '--weights', w, '--layout', 'pytorch', '--no-typecheck'], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const got = readSafetensors(new Uint8Array(fs.readFileSync(out))).get('logits')?.data as Float32Array;
      expect(maxRel(got, expected('f32'))).toBeLessThan(1e-5);
      if (w.endsWith('.pth')) expect(r.stderr).toContain("note: ddp.pth: read tensor names without the prefix 'module.'");
    }
  }, 60_000);
});
