// The rnnc command line, spawned as users run it: node bin/rnnc.js (needs dist/, see helpers.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distBuilt, fixture, rnnc, root, tmpDir, removeTmpDirs } from './helpers.js';

afterAll(removeTmpDirs);

beforeAll(() => {
  if (!distBuilt()) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});

describe('rnnc help and version', () => {
  it('--help lists the commands on stdout and exits 0', () => {
    const r = rnnc(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rnnc compile MODEL.ts');
    expect(r.stdout).toContain('rnnc run MODEL.ts');
    expect(r.stderr).toBe('');
  });

  it('compile --help and run --help describe their options', () => {
    const c = rnnc(['compile', '--help']);
    expect(c.code).toBe(0);
    for (const opt of ['--target', '--out', '--emit', '--no-typecheck']) expect(c.stdout).toContain(opt);
    const r = rnnc(['run', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--weights', '--layout', '--inputs', '--outputs', '--seed', '--grads']) expect(r.stdout).toContain(opt);
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const r = rnnc(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`rnnc ${pkg.version}\n`);
  });

  it('no arguments prints the usage on stderr and exits 2', () => {
    const r = rnnc([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });
});

describe('rnnc usage errors (exit 2)', () => {
  it('names an unknown option', () => {
    const r = rnnc(['compile', fixture('type-error.ts'), '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("rnnc: unknown option '--frobnicate' (see 'rnnc compile --help')\n");
  });

  it('names an unknown command', () => {
    const r = rnnc(['build', 'x.ts']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'build'");
  });

  it('rejects a bad --target value and a missing option value', () => {
    const bad = rnnc(['compile', 'm.ts', '--target', 'cuda']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("invalid value 'cuda' for --target");
    const missing = rnnc(['compile', 'm.ts', '--out']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("option '--out' needs a value");
  });

  it('compile --target wgsl/glsl/wasm reports a model error once, located, before generating anything', () => {
    for (const t of ['wgsl', 'glsl', 'wasm']) {
      const r = rnnc(['compile', fixture('type-error.ts'), '--target', t]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/type-error\.ts:\d+:\d+: error: /);
    }
  });

  it('run requires --inputs and --outputs (--grads is covered by grads.test.ts)', () => {
    const noInputs = rnnc(['run', 'm.ts', '--outputs', 'y.safetensors']);
    expect(noInputs.code).toBe(2);
    expect(noInputs.stderr).toContain('missing --inputs');
    const noOutputs = rnnc(['run', 'm.ts', '--inputs', 'x.safetensors']);
    expect(noOutputs.code).toBe(2);
    expect(noOutputs.stderr).toContain('missing --outputs');
  });
});

describe('rnnc model errors (exit 1, located)', () => {
  it('a missing model file is one error line', () => {
    const r = rnnc(['compile', 'does/not/exist.ts']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error: model file 'does/not/exist.ts' does not exist\n");
  });

  it('a type error is reported at file:line:col', () => {
    const out = tmpDir();
    const r = rnnc(['compile', fixture('type-error.ts'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^test\/cli\/fixtures\/type-error\.ts:4:9: error: Type 'string' is not assignable to type 'number'\. \[TS2322\]\n$/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('a syntax error is reported at file:line:col, with and without the type check', () => {
    const r = rnnc(['compile', fixture('syntax-error.ts')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^test\/cli\/fixtures\/syntax-error\.ts:6:2: error: Declaration or statement expected\. \[TS1128\]/);
    const n = rnnc(['compile', fixture('syntax-error.ts'), '--no-typecheck']);
    expect(n.code).toBe(1);
    expect(n.stderr).toMatch(/^test\/cli\/fixtures\/syntax-error\.ts:\d+:\d+: error: /);
  });

  it('a file without a default ModelDef export is located at its export', () => {
    const r = rnnc(['compile', fixture('no-default.ts')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('test/cli/fixtures/no-default.ts:4:1: error: no-default.ts must `export default defineModel(...)`\n');
  });

  it('an exception at the top level of the model file is located where it was thrown', () => {
    const r = rnnc(['compile', fixture('throws.ts')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('test/cli/fixtures/throws.ts:4:31: error: no sizes configured\n');
  });
});
