// Bad input through the real CLI: every mistake gets one clear, located line and a non-zero
// exit, and nothing half-written is left behind.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSafetensors, writeSafetensors, type NamedTensor } from '../src/runtime/safetensors.js';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const bin = path.join(root, 'bin/rnnc.js');
const small = path.join(root, 'test/fixtures/models/small.ts');
const bad = (f: string) => path.join(root, 'test/fixtures/bad-models', f);
let dir = '';

function rnnc(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
}

function f32(shape: number[], fill = 0.1): NamedTensor {
  return { dtype: 'f32', shape, data: new Float32Array(shape.reduce((a, b) => a * b, 1)).fill(fill) };
}

/** The weights `small` expects in the rnnc layout. */
function goodWeights(): Map<string, NamedTensor> {
  const t = new Map<string, NamedTensor>();
  for (const g of ['i', 'f', 'c', 'o']) {
    t.set(`rnn.W_${g}`, f32([3, 4]));
    t.set(`rnn.U_${g}`, f32([4, 4]));
    t.set(`rnn.b_${g}`, f32([4]));
  }
  t.set('head.W', f32([4, 2]));
  t.set('head.b', f32([2]));
  return t;
}

function goodInputs(): Map<string, NamedTensor> {
  return new Map<string, NamedTensor>([
    ['x', f32([2, 5, 3], 0.3)],
    ['mask', f32([2, 5], 1)],
  ]);
}

function write(name: string, bytes: Uint8Array): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

function runWith(weights: string, inputs: string, out = path.join(dir, 'out.safetensors')) {
  return rnnc('run', small, '--weights', weights, '--inputs', inputs, '--outputs', out);
}

function expectError(r: ReturnType<typeof rnnc>, pattern: RegExp): void {
  expect(r.status, r.stderr).not.toBe(0);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-errors-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('model files', () => {
  it('a shape mismatch is located at the call', () => {
    const r = rnnc('compile', bad('shape-mismatch.ts'), '--out', path.join(dir, 'o1'));
    expectError(r, /shape-mismatch\.ts:7:15: error: add: cannot broadcast \[5\] into \[B, T, 4\]/);
    expect(fs.existsSync(path.join(dir, 'o1'))).toBe(false);
  });

  it('a scan body returning the wrong carry is located at the scan', () => {
    const r = rnnc('compile', bad('scan-carry.ts'), '--out', path.join(dir, 'o2'));
    expectError(r, /scan-carry\.ts:6:15: error: scan body returns carry 'h' as f32\[B, 3\], but it enters the scan as f32\[B, 4\]/);
  });

  it('a model file without a default export', () => {
    expectError(rnnc('compile', bad('no-default.ts')), /no-default\.ts.*export default defineModel/);
  });
});

describe('weights files', () => {
  it('good weights run and write the outputs', () => {
    const w = write('good.safetensors', writeSafetensors(goodWeights()));
    const x = write('in.safetensors', writeSafetensors(goodInputs()));
    const r = runWith(w, x);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const y = readSafetensors(new Uint8Array(fs.readFileSync(path.join(dir, 'out.safetensors')))).get('y')!;
    expect(y.shape).toEqual([2, 2]);
  });

  it('a truncated file', () => {
    const bytes = writeSafetensors(goodWeights());
    const w = write('trunc.safetensors', bytes.slice(0, bytes.length - 10));
    expectError(runWith(w, write('in.safetensors', writeSafetensors(goodInputs()))), /trunc\.safetensors.*(out of range|past the end|truncated)/i);
  });

  it('a bad header', () => {
    const header = new TextEncoder().encode('{not json');
    const bytes = new Uint8Array(8 + header.length);
    new DataView(bytes.buffer).setBigUint64(0, BigInt(header.length), true);
    bytes.set(header, 8);
    const w = write('badheader.safetensors', bytes);
    expectError(runWith(w, write('in.safetensors', writeSafetensors(goodInputs()))), /badheader\.safetensors.*(JSON|header)/i);
  });

  it('missing, extra and mis-shaped tensors are all named, with both shapes', () => {
    const t = goodWeights();
    t.delete('rnn.U_o');
    t.set('rnn.extra', f32([2]));
    t.set('head.W', f32([4, 3]));
    const w = write('wrong.safetensors', writeSafetensors(t));
    const r = runWith(w, write('in.safetensors', writeSafetensors(goodInputs())));
    expectError(r, /wrong\.safetensors/);
    expect(r.stderr).toMatch(/rnn\.U_o/);
    expect(r.stderr).toMatch(/rnn\.extra/);
    expect(r.stderr).toMatch(/head\.W.*\[4, 2\].*\[4, 3\]/);
  });

  it('a layout that does not fit the file', () => {
    const w = write('good2.safetensors', writeSafetensors(goodWeights()));
    const r = rnnc('run', small, '--weights', w, '--layout', 'pytorch', '--inputs', write('in.safetensors', writeSafetensors(goodInputs())), '--outputs', path.join(dir, 'o.safetensors'));
    expectError(r, /rnn\.weight_ih_l0/);
  });
});

describe('run inputs', () => {
  const w = () => write('good.safetensors', writeSafetensors(goodWeights()));

  it('wrong length (shape) names the input and both shapes', () => {
    const x = goodInputs();
    x.set('x', f32([2, 5, 4]));
    expectError(runWith(w(), write('bad-in.safetensors', writeSafetensors(x))), /input 'x': expected shape \[B, T, 3\], got \[2, 5, 4\]/);
  });

  it('wrong dtype names the input', () => {
    const x = goodInputs();
    x.set('mask', { dtype: 'i32', shape: [2, 5], data: new Int32Array(10).fill(1) });
    expectError(runWith(w(), write('bad-in2.safetensors', writeSafetensors(x))), /input 'mask'.*f32/);
  });

  it('inconsistent time sizes', () => {
    const x = goodInputs();
    x.set('mask', f32([2, 6], 1));
    expectError(runWith(w(), write('bad-in3.safetensors', writeSafetensors(x))), /input 'mask'.*T is 6.*5/);
  });

  it('a missing input', () => {
    const x = goodInputs();
    x.delete('mask');
    expectError(runWith(w(), write('bad-in4.safetensors', writeSafetensors(x))), /missing input 'mask'/);
  });

  it('an existing outputs file is left untouched when the run fails, and no temp file remains', () => {
    const out = path.join(dir, 'keep.safetensors');
    fs.writeFileSync(out, 'previous');
    const x = goodInputs();
    x.set('x', f32([2, 5, 4]));
    expectError(runWith(w(), write('bad-in5.safetensors', writeSafetensors(x)), out), /input 'x'/);
    expect(fs.readFileSync(out, 'utf8')).toBe('previous');
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
