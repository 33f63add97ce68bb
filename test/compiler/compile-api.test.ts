// rnnc/compiler: compile() returns files in memory and diagnostics as data; writeCompiled() writes
// them with the ES-module marker; watchCompile() and `rnnc compile --watch` compile again when the
// model or a file it imports changes. Models here import a local file (./config.ts), as apps do.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, OUT_PACKAGE_JSON, watchCompile, writeCompiled, type CompileResult } from '../../src/compiler/index.js';

const root = path.resolve(__dirname, '..', '..');
// Inside the repository, so that model files resolve 'rnnc' (the package's self-reference).
const work = path.join(root, 'test', '.out', `compiler-api-${process.pid}`);

const MODEL = `import { defineModel } from 'rnnc';
import { UNITS } from './config';

export default defineModel('clf', (m) => {
  const tokens = m.tokens('tokens');
  const x = m.embedding(tokens, { vocab: 20, dim: 4, name: 'emb' });
  const { output } = m.gru(x, { units: UNITS, name: 'gru' });
  const logits = m.dense(output, { units: 3, name: 'head' });
  m.output('logits', logits);
  m.train({ loss: m.softmaxCrossEntropy(logits, m.input('label', 'i32', ['B'])), optimizer: { kind: 'sgd', lr: 0.1 } });
});
`;

function project(name: string, units = 5): { dir: string; model: string; config: string } {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  const model = path.join(dir, 'model.ts');
  const config = path.join(dir, 'config.ts');
  fs.writeFileSync(model, MODEL);
  fs.writeFileSync(config, `export const UNITS = ${units};\n`);
  return { dir, model, config };
}

const text = (r: CompileResult, name: string): string => {
  const f = r.files.find((x) => x.name === name);
  if (!f) throw new Error(`no ${name} among ${r.files.map((x) => x.name).join(', ')}`);
  return String(f.contents);
};

beforeAll(() => fs.mkdirSync(work, { recursive: true }));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('compile()', () => {
  it('returns every target in memory, shared files once, and what to watch', async () => {
    const p = project('ok');
    const r = await compile(p.model, { targets: ['js', 'wgsl'] });
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.name).toBe('clf');
    expect(r.entries).toEqual({ js: 'clf.js', wgsl: 'clf.wgsl.js' });
    expect(r.files.map((f) => f.name).sort()).toEqual(['clf.d.ts', 'clf.js', 'clf.wgsl.d.ts', 'clf.wgsl.js', 'rnnc-runtime.js', 'rnnc-wgsl-engine.js']);
    expect(r.meta?.outputs.map((o) => [o.name, o.shape])).toEqual([['logits', ['B', 3]]]);
    expect([...r.watchFiles].sort()).toEqual([p.config, p.model].sort());
    // The same model through the CLI's path gives the same bytes.
    const again = await compile(p.model, { targets: 'js' });
    expect(text(again, 'clf.js')).toBe(text(r, 'clf.js'));
  }, 120_000);

  it('reports problems as located data and writes nothing', async () => {
    const p = project('bad');
    fs.writeFileSync(p.model, MODEL.replace("m.output('logits', logits);", "m.output('logits', m.add(logits, m.zeros([7])));"));
    const r = await compile(p.model, { targets: ['js'] });
    expect(r.ok).toBe(false);
    expect(r.files).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0];
    expect(d).toMatchObject({ severity: 'error', file: p.model, line: 9 });
    expect(d.column).toBeGreaterThan(0);
    expect(d.message).toMatch(/add: cannot broadcast/);
    expect(d.text).toBe(`${path.relative(process.cwd(), p.model)}:9:${d.column}: error: ${d.message}`);
    // The model's imports are still reported for watching, so fixing them is noticed.
    expect(r.watchFiles).toContain(p.model);

    const unknown = await compile(p.model, { targets: ['cuda' as never] });
    expect(unknown.diagnostics.map((x) => x.message)).toEqual(["unknown target 'cuda' (targets: js, wasm, wgsl, glsl, all)"]);
    const pass = await compile(p.model, { passes: ['nope'] });
    expect(pass.diagnostics[0].message).toMatch(/^unknown pass 'nope' \(passes: /);
  }, 120_000);

  it('leaves the training programs out with training: false', async () => {
    const p = project('infer');
    const full = await compile(p.model, { targets: ['js'] });
    const infer = await compile(p.model, { targets: ['js'], training: false });
    expect(infer.ok).toBe(true);
    expect(text(full, 'clf.d.ts')).toContain('trainStep(');
    expect(text(infer, 'clf.d.ts')).not.toContain('trainStep(');
    expect(text(infer, 'clf.js')).not.toContain('TRAINING');
    expect(text(infer, 'clf.js').length).toBeLessThan(0.7 * text(full, 'clf.js').length);
    // The inference module computes what the full one does.
    const dir = path.join(p.dir, 'gen');
    writeCompiled(full.files, path.join(dir, 'full'));
    writeCompiled(infer.files, path.join(dir, 'infer'));
    const a = await import(path.join(dir, 'full', 'clf.js'));
    const b = await import(path.join(dir, 'infer', 'clf.js'));
    const tokens = { data: new Int32Array([1, 2, 3, 4, 5, 6]), shape: [2, 3] };
    const ya = a.create({ seed: 4 }).forward({ tokens }).logits.data as Float32Array;
    const yb = b.create({ seed: 4 }).forward({ tokens }).logits.data as Float32Array;
    expect(Array.from(yb)).toEqual(Array.from(ya));
    expect(typeof b.create({ seed: 4 }).trainStep).toBe('undefined');
  }, 120_000);
});

describe('writeCompiled()', () => {
  it('marks its folder as ES modules and leaves a package.json of the user alone', () => {
    const files = [{ name: 'm.js', contents: 'export const x = 1;\n' }];
    const own = path.join(work, 'write-own');
    const w1 = writeCompiled(files, own);
    expect(w1.written).toEqual([path.join(own, 'm.js'), path.join(own, 'package.json')]);
    expect(fs.readFileSync(path.join(own, 'package.json'), 'utf8')).toBe(OUT_PACKAGE_JSON);
    expect(JSON.parse(OUT_PACKAGE_JSON)).toMatchObject({ type: 'module', sideEffects: false });
    // Written again: the marker is ours and current, so only the module is rewritten.
    expect(writeCompiled(files, own).written).toEqual([path.join(own, 'm.js')]);

    const cjs = path.join(work, 'write-cjs');
    fs.mkdirSync(cjs, { recursive: true });
    const theirs = '{ "name": "app", "type": "commonjs" }\n';
    fs.writeFileSync(path.join(cjs, 'package.json'), theirs);
    const w2 = writeCompiled(files, cjs);
    expect(fs.readFileSync(path.join(cjs, 'package.json'), 'utf8')).toBe(theirs);
    expect(w2.warnings).toHaveLength(1);
    expect(w2.warnings[0]).toContain('has no "type": "module"');

    const esm = path.join(work, 'write-esm');
    fs.mkdirSync(esm, { recursive: true });
    fs.writeFileSync(path.join(esm, 'package.json'), '{ "type": "module" }\n');
    expect(writeCompiled(files, esm).warnings).toEqual([]);
  });
});

/** Resolves with the first result `pred` accepts; rejects after `ms`. */
function waitFor<T>(results: T[], pred: (r: T) => boolean, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const poll = setInterval(() => {
      const hit = results.find(pred);
      if (hit) {
        clearInterval(poll);
        resolve(hit);
      } else if (Date.now() - t0 > ms) {
        clearInterval(poll);
        reject(new Error(`timed out after ${ms} ms; results so far: ${results.length}`));
      }
    }, 50);
  });
}

describe('watching', () => {
  it('watchCompile compiles again when a file the model imports changes, and after a fix', async () => {
    const p = project('watch');
    const results: CompileResult[] = [];
    const w = watchCompile(p.model, { targets: 'js', debounceMs: 20 }, (r) => void results.push(r));
    try {
      const first = await waitFor(results, (r) => r.ok, 60_000);
      expect(first.meta?.params.find((x) => x.name === 'gru.U_z')?.shape ?? first.meta?.params.find((x) => x.name.startsWith('gru.U'))?.shape).toEqual([5, 5]);
      fs.writeFileSync(p.config, 'export const UNITS = 7;\n');
      const second = await waitFor(results, (r) => r.ok && r.meta?.params.some((x) => x.name.startsWith('gru.U') && x.shape[0] === 7) === true, 60_000);
      expect(second.ok).toBe(true);
      // A broken import is reported, and the fix compiles again.
      fs.writeFileSync(p.config, "export const UNITS: number = 'seven';\n");
      const broken = await waitFor(results, (r) => !r.ok, 60_000);
      expect(broken.diagnostics[0].file).toBe(p.config);
      fs.writeFileSync(p.config, 'export const UNITS = 6;\n');
      await waitFor(results, (r) => r.ok && r.meta?.params.some((x) => x.name.startsWith('gru.U') && x.shape[0] === 6) === true, 60_000);
    } finally {
      w.close();
    }
  }, 240_000);

  it('rnnc compile --watch rewrites the output on a change and stops on SIGINT', async () => {
    const p = project('cli-watch');
    const out = path.join(p.dir, 'out');
    const child = spawn(process.execPath, [path.join(root, 'bin', 'rnnc.js'), 'compile', p.model, '--watch', '--out', out], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const until = async (re: RegExp, ms = 60_000): Promise<void> => {
      const t0 = Date.now();
      while (!re.test(stdout)) {
        if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${re}; stdout: ${stdout}; stderr: ${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    try {
      await until(/compiled clf; watching 2 file\(s\)/);
      expect(fs.readFileSync(path.join(out, 'clf.js'), 'utf8')).toContain('"shape":[5,');
      fs.writeFileSync(p.config, 'export const UNITS = 9;\n');
      await until(/compiled clf;[\s\S]*compiled clf;/);
      expect(fs.readFileSync(path.join(out, 'clf.js'), 'utf8')).toContain('"shape":[9,');
      expect(stderr).toBe('');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 240_000);
});
