// `rnnc compile` writing a module and `rnnc run` evaluating one, end to end through bin/rnnc.js.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSafetensors, writeSafetensors } from '../../src/runtime/index.js';
import { distBuilt, fixture, rnnc, tmpDir, removeTmpDirs } from './helpers.js';

afterAll(removeTmpDirs);

beforeAll(() => {
  if (!distBuilt()) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});

const f32 = (shape: number[], data: number[]) => ({ dtype: 'f32' as const, shape, data: Float32Array.from(data) });

describe('rnnc compile', () => {
  it('writes <model>.js, <model>.d.ts and rnnc-runtime.js, and the module runs', async () => {
    const out = tmpDir();
    const r = rnnc(['compile', fixture('tiny.ts'), '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['package.json', 'rnnc-runtime.js', 'tiny.d.ts', 'tiny.js']);
    const mod = (await import(pathToFileURL(path.join(out, 'tiny.js')).href)) as {
      create(o?: { seed?: number }): { forward(i: Record<string, { data: Float32Array; shape: number[] }>): Record<string, { shape: number[] }> };
    };
    const y = mod.create({ seed: 1 }).forward({ x: { data: new Float32Array(2 * 5 * 3), shape: [2, 5, 3] } }).y;
    expect(y.shape).toEqual([2, 5, 2]);
  });

  it('--target all writes every target (the shared runtime once); the default --out is ./out', () => {
    const cwd = tmpDir();
    const model = path.resolve(fixture('tiny.ts'));
    const r = rnnc(['compile', model, '--target', 'all'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readdirSync(path.join(cwd, 'out')).sort()).toEqual([
      'package.json',
      'rnnc-glsl-engine.js',
      'rnnc-runtime.js',
      'rnnc-wgsl-engine.js',
      'tiny.d.ts',
      'tiny.glsl.d.ts',
      'tiny.glsl.js',
      'tiny.js',
      'tiny.wasm.d.ts',
      'tiny.wasm.js',
      'tiny.wgsl.d.ts',
      'tiny.wgsl.js',
    ]);
  });

  it('--emit ir prints the IR and writes nothing; ir-opt runs the passes named by --passes', () => {
    const cwd = tmpDir();
    const model = path.resolve(fixture('tiny.ts'));
    const ir = rnnc(['compile', model, '--emit', 'ir'], { cwd });
    expect(ir.code).toBe(0);
    expect(ir.stdout).toMatch(/^module tiny\n/);
    expect(fs.readdirSync(cwd)).toEqual([]);
    const none = rnnc(['compile', model, '--emit', 'ir-opt', '--passes', 'none'], { cwd });
    expect(none.stdout).toBe(`// passes: (none)\n${ir.stdout}`);
    // An LSTM: fuse-gates and hoist leave one recurrent matmul in the scan body and one input GEMM before it.
    const lstm = path.resolve('test/fixtures/models/small.ts');
    const opt = rnnc(['compile', lstm, '--emit', 'ir-opt'], { cwd });
    expect(opt.code).toBe(0);
    expect(opt.stdout.split('\n')[0]).toBe('// passes: fold, cse, linear-scans, fuse-gates, hoist, split-carries, prune-scan-args, dce');
    const raw = rnnc(['compile', lstm, '--emit', 'ir'], { cwd });
    const matmuls = (s: string) => (s.match(/= matmul /g) ?? []).length;
    expect(matmuls(raw.stdout)).toBe(9); // 8 per-gate matmuls in the body + the dense head
    expect(matmuls(opt.stdout)).toBe(3); // input GEMM, recurrent matmul, dense head
    // --explain-scan: the LSTM's scan stays sequential, and the line says where and why.
    const why = rnnc(['compile', lstm, '--explain-scan', '--emit', 'ir'], { cwd });
    expect(why.code).toBe(0);
    expect(why.stdout.split('\n')[0]).toMatch(/small\.ts:\d+:\d+ scan \(h, c\): sequential: carry 'h' is not linear in itself: /);
    const mingru = rnnc(['compile', path.resolve('examples/names/mingru.ts'), '--explain-scan', '--emit', 'ir'], { cwd });
    expect(mingru.stdout.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/mingru\.ts:\d+:\d+ linear_scan \(log\): parallel, written with m\.linearScan/),
      expect.stringMatching(/mingru\.ts:\d+:\d+ linear_scan \(log\): parallel, written with m\.linearScan/),
    ]);
    const bad = rnnc(['compile', model, '--emit', 'ir-opt', '--passes', 'fold,hoisting'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown pass 'hoisting'");
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('--stats prints kernels per step, launches, FLOPs and peak bytes of each program', () => {
    const out = tmpDir();
    const lstm = path.resolve('test/fixtures/models/small.ts');
    const r = rnnc(['compile', lstm, '--out', out, '--stats']);
    expect(r.code).toBe(0);
    // The LSTM step after fuse-gates, hoist and fuse-pointwise: one recurrent matmul and one fused kernel.
    expect(r.stdout).toMatch(/^run \(small\): .*\n {2}forward loop t: 2 kernels per step \(1 matmul, 1 map\)/);
    expect(r.stdout).toMatch(/kernel launches per call: T \* 2 \+ \d+ = \d+ at B=32, T=100/);
    expect(r.stdout).toMatch(/peak buffer bytes: .* MiB at B=32, T=100|peak buffer bytes: .* KiB at B=32, T=100/);
    const plain = rnnc(['compile', lstm, '--out', out, '--stats', '--passes', 'none']);
    expect(plain.stdout).toMatch(/forward loop t: (\d+) kernels per step/);
    expect(Number(/forward loop t: (\d+) kernels per step/.exec(plain.stdout)![1])).toBeGreaterThan(2);
  });

  it('a failing compile leaves existing outputs untouched', () => {
    const out = tmpDir();
    fs.writeFileSync(path.join(out, 'rnnc-runtime.js'), 'old');
    const r = rnnc(['compile', fixture('shape-error.ts'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^test\/cli\/fixtures\/shape-error\.ts:6:\d+: error: /);
    expect(fs.readdirSync(out)).toEqual(['rnnc-runtime.js']);
    expect(fs.readFileSync(path.join(out, 'rnnc-runtime.js'), 'utf8')).toBe('old');
  });
});

describe('rnnc run', () => {
  // x: [B=1, T=2, 3]; y = x W + b with W: [3, 2], b: [2].
  const x = [1, 2, 3, -1, 0.5, 2];
  const W = [1, 0, 0, 1, 1, -1];
  const b = [0.5, -0.5];
  const expected = [1 + 3 + 0.5, 2 - 3 - 0.5, -1 + 2 + 0.5, 0.5 - 2 - 0.5];

  function files(): { dir: string; inputs: string; weights: string; outputs: string } {
    const dir = tmpDir();
    const inputs = path.join(dir, 'x.safetensors');
    const weights = path.join(dir, 'w.safetensors');
    fs.writeFileSync(inputs, writeSafetensors({ x: f32([1, 2, 3], x) }));
    fs.writeFileSync(weights, writeSafetensors({ 'proj.W': f32([3, 2], W), 'proj.b': f32([2], b) }));
    return { dir, inputs, weights, outputs: path.join(dir, 'y.safetensors') };
  }

  it('evaluates the model on the named inputs with the given weights', () => {
    const { inputs, weights, outputs } = files();
    const r = rnnc(['run', fixture('tiny.ts'), '--weights', weights, '--inputs', inputs, '--outputs', outputs]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const y = readSafetensors(fs.readFileSync(outputs)).get('y')!;
    expect(y.shape).toEqual([1, 2, 2]);
    [...y.data].forEach((v, i) => expect(v).toBeCloseTo(expected[i], 5));
  });

  it('without --weights uses the seeded initialization (deterministic per --seed)', () => {
    const { dir, inputs } = files();
    const out = (name: string, seed: string) => {
      const p = path.join(dir, name);
      expect(rnnc(['run', fixture('tiny.ts'), '--inputs', inputs, '--outputs', p, '--seed', seed]).code).toBe(0);
      return [...readSafetensors(fs.readFileSync(p)).get('y')!.data];
    };
    expect(out('a.safetensors', '3')).toEqual(out('b.safetensors', '3'));
    expect(out('c.safetensors', '4')).not.toEqual(out('a.safetensors', '3'));
  });

  it('a tensor that is not a model input is an error naming it; the outputs file is untouched', () => {
    const { dir, outputs } = files();
    const bad = path.join(dir, 'bad.safetensors');
    fs.writeFileSync(bad, writeSafetensors({ x: f32([1, 2, 3], x), z: f32([1], [0]) }));
    fs.writeFileSync(outputs, 'old');
    const r = rnnc(['run', fixture('tiny.ts'), '--inputs', bad, '--outputs', outputs]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error: bad.safetensors: tensor 'z' is not an input of model 'tiny' (inputs: x)\n");
    expect(fs.readFileSync(outputs, 'utf8')).toBe('old');
  });

  it('a weights file that does not fit the model is one error line naming the tensor', () => {
    const { dir, inputs, outputs } = files();
    const w = path.join(dir, 'w2.safetensors');
    fs.writeFileSync(w, writeSafetensors({ 'proj.W': f32([2, 3], W), 'proj.b': f32([2], b) }));
    const r = rnnc(['run', fixture('tiny.ts'), '--weights', w, '--inputs', inputs, '--outputs', outputs]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: w2\.safetensors: .*proj\.W/);
    expect(fs.existsSync(outputs)).toBe(false);
  });

  it('an input the file lacks, or a token id out of range, is one line naming the file, the input and the position', () => {
    const dir = tmpDir();
    const model = path.resolve('examples/sentiment/model.ts');
    const ids = (data: number[]) => ({ dtype: 'i32' as const, shape: [1, 3], data: Int32Array.from(data) });
    const noMask = path.join(dir, 'no-mask.safetensors');
    fs.writeFileSync(noMask, writeSafetensors({ tokens: ids([1, 2, 3]) }));
    const r1 = rnnc(['run', model, '--inputs', noMask, '--outputs', path.join(dir, 'y1.safetensors')]);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toBe("error: no-mask.safetensors: missing input 'mask' (f32 [B, T]; expected inputs: tokens, mask)\n");
    const bad = path.join(dir, 'bad-token.safetensors');
    fs.writeFileSync(bad, writeSafetensors({ tokens: ids([1, 7000, 2]), mask: f32([1, 3], [1, 1, 1]) }));
    const r2 = rnnc(['run', model, '--inputs', bad, '--outputs', path.join(dir, 'y2.safetensors')]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toBe("error: bad-token.safetensors: input 'tokens' at [0, 1]: id 7000 is out of range for a vocabulary of size 2000 (valid ids are 0 to 1999)\n");
  });

  it('a missing inputs file is an error naming it', () => {
    const r = rnnc(['run', fixture('tiny.ts'), '--inputs', 'nope.safetensors', '--outputs', 'y.safetensors']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error: cannot read --inputs file 'nope.safetensors': no such file\n");
  });
});
