// Model code runs in a child process with a time and memory limit, under Node's permission model
// (issue 19, items 4 and 5). Process-level faults go through the real CLI (bin/rnnc.js runs dist/:
// `npm run build` first); size bounds and the module's round trip use loadModel from source.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RnncError } from '../../src/frontend/diagnostics.js';
import { loadModel } from '../../src/frontend/load.js';
import { writeSafetensors } from '../../src/runtime/index.js';
import { distBuilt, removeTmpDirs, rnnc, root, tmpDir } from './helpers.js';

const bad = (name: string): string => path.join('test', 'fixtures', 'bad-models', name);
const absBad = (name: string): string => path.join(root, bad(name));

/** The CLI, sandbox on (whatever the environment of the test run says). */
const cli = (args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) =>
  rnnc(args, { ...opts, env: { RNNC_TRACE_IN_PROCESS: '', RNNC_TRACE_TIMEOUT: '', RNNC_TRACE_MEMORY: '', ...opts.env } });

/** One located error line and nothing else on stderr: no stack dump, no internal error. */
function expectLocated(stderr: string, where: string, text: string | RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0].startsWith(`${where}: error: `), stderr).toBe(true);
  if (typeof text === 'string') expect(lines[0]).toContain(text);
  else expect(lines[0]).toMatch(text);
  expect(stderr).not.toContain('internal error');
}

async function loadError(file: string, opts: Parameters<typeof loadModel>[1] = {}): Promise<RnncError> {
  try {
    await loadModel(file, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(RnncError);
    return e as RnncError;
  }
  throw new Error(`${file} loaded without an error`);
}

afterAll(removeTmpDirs);

describe('model code cannot control the compiler (CLI)', () => {
  beforeAll(() => {
    if (!distBuilt()) throw new Error('dist/ is missing: run `npm run build` first');
  });

  it('process.exit(0) in build is a located error, exit 1, nothing written', () => {
    const out = tmpDir();
    const r = cli(['compile', bad('exit-in-build.ts'), '--out', out]);
    expect(r.code).toBe(1);
    expectLocated(r.stderr, `${bad('exit-in-build.ts')}:9:11`, 'process.exit(0)');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('a setInterval left running does not keep rnnc alive; it is a located error', () => {
    const t0 = Date.now();
    const r = cli(['compile', bad('set-interval.ts'), '--emit', 'ir']);
    expect(r.code).toBe(1);
    expect(Date.now() - t0).toBeLessThan(50_000);
    expectLocated(r.stderr, `${bad('set-interval.ts')}:6:1`, 'setInterval');
    expect(r.stdout).toBe('');
  });

  it('an async build is refused at defineModel, not an internal error', () => {
    const r = cli(['compile', bad('async-build.ts'), '--emit', 'ir']);
    expect(r.code).toBe(1);
    expectLocated(r.stderr, `${bad('async-build.ts')}:4:16`, 'the build function must be synchronous');
  });

  it('an unhandled rejection is a located error without a stack dump', () => {
    const r = cli(['compile', bad('unhandled-rejection.ts'), '--emit', 'ir']);
    expect(r.code).toBe(1);
    expectLocated(r.stderr, `${bad('unhandled-rejection.ts')}:4:16`, 'unhandled promise rejection: nobody handles this');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("throw 'a string' is located at the throw statement", () => {
    const r = cli(['compile', bad('throw-string.ts'), '--emit', 'ir']);
    expect(r.code).toBe(1);
    expectLocated(r.stderr, `${bad('throw-string.ts')}:6:10`, '"a string"');
  });

  it('units: 2**31 is refused at once, at the dense call', () => {
    const t0 = Date.now();
    const r = cli(['compile', bad('huge-units.ts'), '--out', tmpDir()]);
    expect(r.code).toBe(1);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expectLocated(r.stderr, `${bad('huge-units.ts')}:6:15`, 'dense: units 2147483648 is too large');
  });

  it('an endless loop is stopped at the time limit (--trace-timeout and RNNC_TRACE_TIMEOUT)', () => {
    const r = cli(['compile', bad('endless-loop.ts'), '--emit', 'ir', '--no-typecheck', '--trace-timeout', '1']);
    expect(r.code).toBe(1);
    expectLocated(r.stderr, bad('endless-loop.ts'), 'took longer than 1 s');
    const e = cli(['compile', bad('endless-loop.ts'), '--emit', 'ir', '--no-typecheck'], { env: { RNNC_TRACE_TIMEOUT: '1.5' } });
    expect(e.code).toBe(1);
    expectLocated(e.stderr, bad('endless-loop.ts'), 'took longer than 1.5 s');
  });

  it('a model that eats memory is stopped at the memory limit, without a crash dump', () => {
    const r = cli(['compile', bad('memory-hog.ts'), '--emit', 'ir', '--no-typecheck', '--trace-memory', '64']);
    expect(r.code).toBe(1);
    expectLocated(r.stderr, bad('memory-hog.ts'), 'more than 64 MiB of memory');
  });

  it('limits are checked as usage errors', () => {
    const r = cli(['compile', bad('huge-units.ts'), '--trace-timeout', 'soon']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("invalid value 'soon' for --trace-timeout");
    const m = cli(['compile', bad('huge-units.ts'), '--trace-memory', '0']);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain("invalid value '0' for --trace-memory");
  });
});

describe("model code runs without the user's rights (CLI)", () => {
  /** A folder holding a copy of the fixture, `vocab.txt` beside it and a secret outside it. */
  function workdir(name: string): string {
    const top = tmpDir();
    const dir = path.join(top, 'model');
    fs.mkdirSync(dir);
    fs.copyFileSync(absBad(name), path.join(dir, name));
    fs.writeFileSync(path.join(dir, 'vocab.txt'), 'a\nb\nc\n');
    fs.writeFileSync(path.join(top, 'outside-secret.txt'), 'secret');
    return dir;
  }

  it('a model cannot write files unless --allow-model-io', () => {
    const dir = workdir('writes-file.ts');
    const r = cli(['compile', 'writes-file.ts', '--emit', 'ir', '--no-typecheck'], { cwd: dir });
    expect(r.code).toBe(1);
    expectLocated(r.stderr, 'writes-file.ts:6:4', "tried to write 'pwned.txt'");
    expect(fs.existsSync(path.join(dir, 'pwned.txt'))).toBe(false);

    const a = cli(['compile', 'writes-file.ts', '--emit', 'ir', '--no-typecheck', '--allow-model-io'], { cwd: dir });
    expect(a.code, a.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'pwned.txt'), 'utf8')).toBe('model code wrote this');
  });

  it('a model cannot start processes', () => {
    const dir = workdir('spawns.ts');
    const r = cli(['compile', 'spawns.ts', '--emit', 'ir', '--no-typecheck'], { cwd: dir });
    expect(r.code).toBe(1);
    expectLocated(r.stderr, 'spawns.ts:5:4', 'tried to start a process');
  });

  it('a model reads its own folder, nothing outside it', () => {
    const dir = workdir('reads-sibling.ts');
    const ok = cli(['compile', 'reads-sibling.ts', '--emit', 'ir', '--no-typecheck'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('embedding.E : f32[3, 2]');

    const out = workdir('reads-outside.ts');
    const r = cli(['compile', 'reads-outside.ts', '--emit', 'ir', '--no-typecheck'], { cwd: out });
    expect(r.code).toBe(1);
    expectLocated(r.stderr, 'reads-outside.ts:5:27', "tried to read '../outside-secret.txt'");
  });

  it('a model sees no environment variables unless --allow-model-io', () => {
    const env = { RNNC_TEST_SECRET: 'hunter2' };
    const r = cli(['compile', bad('reads-env.ts'), '--emit', 'ir', '--no-typecheck'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('units=2 ');
    const a = cli(['compile', bad('reads-env.ts'), '--emit', 'ir', '--no-typecheck', '--allow-model-io'], { env });
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toContain('units=3 ');
  });

  it('run and compile document the flags', () => {
    for (const command of ['compile', 'run']) {
      const r = cli([command, '--help']);
      expect(r.stdout).toContain('--allow-model-io');
      expect(r.stdout).toContain('--trace-timeout');
      expect(r.stdout).toContain('--trace-memory');
    }
  });
});

describe('loadModel: sizes and the traced module', () => {
  it('refuses impossible sizes at the call that asked for them', async () => {
    const units = await loadError(absBad('huge-units.ts'), { typecheck: false, inProcess: true });
    expect(units.message).toBe('dense: units 2147483648 is too large (a size may be at most 16777216 = 2^24)');
    expect(units.loc).toEqual({ file: absBad('huge-units.ts'), line: 6, col: 15 });

    const lstm = await loadError(absBad('huge-lstm.ts'), { typecheck: false, inProcess: true });
    expect(lstm.message).toMatch(/^lstm: units 65536 makes the recurrent kernels of 'lstm' \[65536, 65536\] hold 4294967296 elements/);
    expect(lstm.loc).toEqual({ file: absBad('huge-lstm.ts'), line: 6, col: 24 });

    const param = await loadError(absBad('huge-param.ts'), { typecheck: false });
    expect(param.message).toMatch(/^parameter 'W': shape \[4, 536870912\] holds 2147483648 elements/);
    expect(param.loc).toEqual({ file: absBad('huge-param.ts'), line: 6, col: 15 });
  });

  it("locates throw 'a string' in-process too", async () => {
    const e = await loadError(absBad('throw-string.ts'), { typecheck: false, inProcess: true });
    expect(e.loc).toEqual({ file: absBad('throw-string.ts'), line: 6, col: 10 });
  });

  it('the sandboxed module equals the in-process one (the IR crosses the process boundary intact)', async () => {
    for (const file of ['examples/sentiment/model.ts', 'examples/custom-cell/model.ts', 'examples/tagger/model.ts']) {
      const abs = path.join(root, file);
      const boxed = await loadModel(abs, { typecheck: false });
      const local = await loadModel(abs, { typecheck: false, inProcess: true });
      expect(boxed, file).toEqual(local);
    }
  });
});

describe("the child's reply is untrusted data (CLI)", () => {
  beforeAll(() => {
    if (!distBuilt()) throw new Error('dist/ is missing: run `npm run build` first');
  });

  const f32 = (shape: number[], data: number[]) => ({ dtype: 'f32' as const, shape, data: Float32Array.from(data) });
  /** `rnnc run` on model `name` with x: f32 [1, 4]; returns the result and the outputs path. */
  function runModel(name: string): { r: ReturnType<typeof cli>; outputs: string; dir: string } {
    const dir = tmpDir();
    const inputs = path.join(dir, 'x.safetensors');
    fs.writeFileSync(inputs, writeSafetensors({ x: f32([1, 4], [1, 2, 3, 4]) }));
    const outputs = path.join(dir, 'y.safetensors');
    return { r: cli(['run', bad(name), '--inputs', inputs, '--outputs', outputs]), outputs, dir };
  }
  const escaped = (r: { stdout: string; stderr: string }) => `${r.stdout}${r.stderr}`.includes('ESCAPED');

  it('code put into a const value from inside the child is refused by the parent, naming the field; it never runs', () => {
    const out = tmpDir();
    const c = cli(['compile', bad('push-injection.ts'), '--out', out]);
    expect(c.code).toBe(1);
    expectLocated(c.stderr, bad('push-injection.ts'), 'graph.nodes[1].op.value must be a finite number');
    expect(fs.readdirSync(out)).toEqual([]);
    expect(escaped(c)).toBe(false);

    const { r, outputs, dir } = runModel('push-injection.ts');
    expect(r.code).toBe(1);
    expectLocated(r.stderr, bad('push-injection.ts'), 'graph.nodes[1].op.value');
    expect(escaped(r)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['x.safetensors']);
    expect(fs.existsSync(outputs)).toBe(false);
    expect((globalThis as { PWNED?: unknown }).PWNED).toBeUndefined();
  });

  it('a replaced structuredClone does not reach the reply: the module is the traced one', () => {
    const ir = cli(['compile', bad('clone-injection.ts'), '--emit', 'ir']);
    expect(ir.stderr).toBe('');
    expect(ir.code).toBe(0);
    expect(ir.stdout).toMatch(/= const 3 : f32\[\]/);
    const { r } = runModel('clone-injection.ts');
    expect(r.code).toBe(0);
    expect(escaped(r)).toBe(false);

    const src = cli(['compile', bad('source-injection.ts'), '--emit', 'ir']);
    expect(src.code).toBe(0);
    expect(escaped(src)).toBe(false);
  });

  it('a reply forged with process._send is impossible: _send is gone before the model runs', () => {
    const out = tmpDir();
    const c = cli(['compile', bad('forged-reply.ts'), '--out', out]);
    expect(c.code).toBe(1);
    expectLocated(c.stderr, `${bad('forged-reply.ts')}:27:9`, 'process._send is not a function');
    expect(fs.readdirSync(out)).toEqual([]);
    const { r, outputs } = runModel('forged-reply.ts');
    expect(r.code).toBe(1);
    expect(escaped(r)).toBe(false);
    expect(fs.existsSync(outputs)).toBe(false);
  });

  it("the model's stdout goes to rnnc's stderr, never into --emit ir", () => {
    const dir = tmpDir();
    const model = path.join(dir, 'prints.ts');
    fs.writeFileSync(
      model,
      "import { defineModel } from 'rnnc';\ndeclare const console: { log(s: string): void };\nconsole.log('HELLO FROM MODEL');\nexport default defineModel('prints', (m) => {\n  const x = m.input('x', 'f32', ['B', 4]);\n  m.output('y', x);\n});\n",
    );
    const r = cli(['compile', model, '--emit', 'ir']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('HELLO FROM MODEL');
    expect(r.stdout).toMatch(/^module prints/);
    expect(r.stderr).toContain('HELLO FROM MODEL');
  });

  it('--trace-timeout and RNNC_TRACE_TIMEOUT are capped at what setTimeout supports', () => {
    const flag = cli(['compile', bad('clone-injection.ts'), '--emit', 'ir', '--trace-timeout', '3000000']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("invalid value '3000000' for --trace-timeout");
    const env = cli(['compile', bad('clone-injection.ts'), '--emit', 'ir'], { env: { RNNC_TRACE_TIMEOUT: '3000000' } });
    expect(env.code).toBe(1);
    expect(env.stderr).toContain('RNNC_TRACE_TIMEOUT must be at most 2147483');
    expect(cli(['compile', bad('clone-injection.ts'), '--emit', 'ir', '--trace-timeout', '2147483']).code).toBe(0);
  });
});
