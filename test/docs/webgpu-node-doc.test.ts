// docs/webgpu-node.md, followed as written: its shell block compiles examples/sentiment for wgsl and
// its script runs the module on `nodeWebGpuDevice()` from the package's `rnnc/webgpu-node` export
// (Dawn on llvmpipe here). The scores must match the js module's on the same seed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
// Inside the repository, with no package.json of its own: 'rnnc/webgpu-node' resolves to this package.
const dir = path.join(root, 'test', '.out', `webgpu-node-doc-${process.pid}`);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function blocks(file: string): { lang: string; text: string }[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], text: m[2] }));
}

it('the doc script runs the sentiment model on Dawn and matches the js target', () => {
  fs.mkdirSync(dir, { recursive: true });
  const [sh, script] = blocks('docs/webgpu-node.md');
  expect(sh.lang).toBe('sh');
  const compileLine = sh.text.split('\n').find((l) => l.startsWith('npx rnnc compile'));
  expect(compileLine).toBe('npx rnnc compile model.ts --target wgsl --out gen');
  const bin = path.join(root, 'bin', 'rnnc.js');
  const model = path.join(root, 'examples', 'sentiment', 'model.ts');
  for (const target of ['wgsl', 'js']) {
    const r = spawnSync(process.execPath, [bin, 'compile', model, '--target', target, '--out', path.join(dir, 'gen'), '--no-typecheck'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  }
  expect(script.text.startsWith('// main.mjs\n')).toBe(true);
  fs.writeFileSync(path.join(dir, 'main.mjs'), script.text);
  const run = spawnSync(process.execPath, ['main.mjs'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  const got = [...run.stdout.matchAll(/-?\d+\.\d+(?:e-?\d+)?/g)].map((m) => Number(m[0]));
  // The same inputs through the js module.
  const ref = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { create } from './gen/sentiment.js';
       const m = create({ seed: 0 });
       const out = m.forward({ tokens: { data: new Int32Array([12, 7, 431, 9]), shape: [1, 4] }, mask: { data: new Float32Array([1, 1, 1, 1]), shape: [1, 4] } });
       console.log(JSON.stringify([...out.logits.data]));`,
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  expect(ref.status, ref.stderr).toBe(0);
  const want = JSON.parse(ref.stdout) as number[];
  expect(got).toHaveLength(2);
  for (let i = 0; i < 2; i++) expect(Math.abs(got[i] - want[i])).toBeLessThan(1e-4);
}, 180_000);
