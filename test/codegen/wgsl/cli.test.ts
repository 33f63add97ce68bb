// `rnnc compile MODEL.ts --target wgsl` writes the WGSL module, its types, the engine and the
// runtime; the module runs on Dawn and matches the JS target on the example.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { loadModel } from '../../../src/frontend/load.js';
import { compileJs, inputsFor, maxRelError } from '../../helpers/models.js';
import { dawnDevice } from '../../helpers/dawn.js';
import type { WgslModule } from './helpers.js';

const root = path.resolve(new URL('../../..', import.meta.url).pathname);

it('rnnc compile --target wgsl writes a module that runs', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-wgsl-cli-'));
  const lines: string[] = [];
  const io = { stdout: (s: string) => lines.push(s), stderr: (s: string) => lines.push(s) };
  const model = path.join(root, 'examples/tagger/model.ts');
  const code = await main(["compile", model, "--target", "wgsl", "--out", out], io);
  expect(code, lines.join('\n')).toBe(0);
  expect(fs.readdirSync(out).sort()).toEqual(['package.json', 'rnnc-runtime.js', 'rnnc-wgsl-engine.js', 'tagger.wgsl.d.ts', 'tagger.wgsl.js']);
  const dts = fs.readFileSync(path.join(out, 'tagger.wgsl.d.ts'), 'utf8');
  expect(dts).toContain('forward(inputs: Inputs, opts?: ForwardOptions): Promise<Outputs>;');
  expect(dts).toContain('device?: GPUDevice;');
  const m = (await import(pathToFileURL(path.join(out, 'tagger.wgsl.js')).href)) as WgslModule;
  const wgsl = await m.create({ device: await dawnDevice(), seed: 4 });
  const mod = await loadModel(model);
  const js = (await compileJs(mod)).module.create({ seed: 4 });
  const inputs = inputsFor(mod, 3, 5);
  const got = await wgsl.forward(inputs);
  const want = js.forward(inputs);
  for (const k of Object.keys(want)) expect(maxRelError(got[k].data, want[k].data), k).toBeLessThanOrEqual(1e-4);
  fs.rmSync(out, { recursive: true, force: true });
}, 120_000);

it('rnnc run --target wgsl runs on Dawn (in Node) and writes the JS target\'s outputs and gradients', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-wgsl-run-'));
  const io = (lines: string[]) => ({ stdout: (s: string) => lines.push(s), stderr: (s: string) => lines.push(s) });
  const model = path.join(root, 'examples/sentiment/model.ts');
  const mod = await loadModel(model);
  const inputs = inputsFor(mod, 2, 4);
  const { writeSafetensors, readSafetensors } = await import('../../../src/runtime/index.js');
  const named = new Map(Object.entries(inputs).map(([k, t]) => [k, { dtype: t.data instanceof Int32Array ? ('i32' as const) : ('f32' as const), shape: [...t.shape], data: t.data }]));
  fs.writeFileSync(path.join(dir, 'x.safetensors'), writeSafetensors(named));
  const results: Record<string, Map<string, { data: Float32Array | Int32Array }>> = {};
  for (const target of ['js', 'wgsl']) {
    const lines: string[] = [];
    const args = ['run', model, '--inputs', path.join(dir, 'x.safetensors'), '--outputs', path.join(dir, `y.${target}.safetensors`), '--grads', path.join(dir, `g.${target}.safetensors`), '--seed', '3', '--target', target];
    expect(await main(args, io(lines)), lines.join('\n')).toBe(0);
    results[target] = new Map([...readSafetensors(fs.readFileSync(path.join(dir, `y.${target}.safetensors`)), 'y'), ...readSafetensors(fs.readFileSync(path.join(dir, `g.${target}.safetensors`)), 'g')]);
  }
  expect([...results.wgsl.keys()].sort()).toEqual([...results.js.keys()].sort());
  for (const [k, t] of results.js) expect(maxRelError(results.wgsl.get(k)!.data, t.data), k).toBeLessThanOrEqual(1e-4);
  // WebGL2 exists only in browsers: refused up front, with a usage error.
  const lines: string[] = [];
  expect(await main(['run', model, '--inputs', path.join(dir, 'x.safetensors'), '--outputs', path.join(dir, 'z.safetensors'), '--target', 'glsl'], io(lines))).toBe(2);
  expect(lines.join('')).toContain('--target glsl needs WebGL2');
  fs.rmSync(dir, { recursive: true, force: true });
}, 180_000);
