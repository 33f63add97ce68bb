// Shared by the import tests: import a fixture, compile the model it writes for js and wasm, and
// compare both with the fixture's expected outputs (`case<k>.in.<name>` / `case<k>.out.<name>`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { compile, writeCompiled } from '../../src/compiler/index.js';
import type { Reference } from '../../src/import/check.js';
import { importModel, type ImportResult } from '../../src/import/import-model.js';
import { readSafetensors, type NamedTensor } from '../../src/runtime/safetensors.js';

export const root = path.resolve(__dirname, '..', '..');
export const fixturesRoot = path.join(root, 'test', 'fixtures', 'import');
export const work = path.join(root, 'test', '.out', `import-${process.pid}`);

interface Model {
  forward(i: Record<string, { data: Float32Array | Int32Array; shape: number[] }>): Record<string, { data: Float32Array; shape: number[] }>;
}
interface Mod {
  create(o?: { weights?: Uint8Array }): Model;
}

/** The fixture's cases: inputs and expected outputs by source name. */
export function casesOf(file: string): { inputs: Map<string, NamedTensor>; outputs: Map<string, NamedTensor> }[] {
  const all = readSafetensors(fs.readFileSync(file));
  const out: { inputs: Map<string, NamedTensor>; outputs: Map<string, NamedTensor> }[] = [];
  for (const [k, t] of all) {
    const m = /^case(\d+)\.(in|out)\.(.+)$/.exec(k);
    if (!m) continue;
    const i = Number(m[1]);
    out[i] ??= { inputs: new Map(), outputs: new Map() };
    (m[2] === 'in' ? out[i].inputs : out[i].outputs).set(m[3], t);
  }
  return out;
}

/** Largest |a - b| / max(1, |b|). */
export function maxErr(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
  return a.length === b.length ? worst : Infinity;
}

/**
 * Import `file`, compile for js and wasm, check every case on both against the expected outputs
 * (and, given a reference runtime, against what it computes on the same inputs); returns the
 * import and the worst error.
 */
export async function checkFixture(file: string, expected: string, label: string, reference?: Reference): Promise<{ result: ImportResult; worst: number }> {
  const result = await importModel(file);
  const dir = path.join(work, label);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'model.ts'), result.modelTs);
  const c = await compile(path.join(dir, 'model.ts'), { targets: ['js', 'wasm'], training: false });
  expect(c.diagnostics).toEqual([]);
  writeCompiled(c.files, path.join(dir, 'gen'));
  let worst = 0;
  for (const target of ['js', 'wasm'] as const) {
    const mod = (await import(pathToFileURL(path.join(dir, 'gen', c.entries[target]!)).href)) as Mod;
    const model = mod.create({ weights: result.weights });
    for (const cs of casesOf(expected)) {
      const inputs: Record<string, { data: Float32Array | Int32Array; shape: number[] }> = {};
      for (const i of result.io.inputs) {
        const t = cs.inputs.get(i.source);
        if (!t) throw new Error(`${label}: the fixture has no input '${i.source}'`);
        inputs[i.name] = { data: t.data, shape: t.shape };
      }
      const got = model.forward(inputs);
      expect(result.io.outputs.map((o) => o.source).sort(), `${label}: outputs`).toEqual([...cs.outputs.keys()].sort());
      if (reference && target === 'js') {
        const feeds = new Map(result.io.inputs.map((i) => [i.source, Object.assign({ ...inputs[i.name] }, { sourceDtype: i.sourceDtype })]));
        const theirs = await reference(feeds);
        for (const o of result.io.outputs) {
          const e = maxErr(got[o.name].data, theirs.get(o.source)!);
          worst = Math.max(worst, e);
          expect(e, `${label} ${o.source} vs the reference runtime`).toBeLessThan(1e-5);
        }
      }
      for (const o of result.io.outputs) {
        const want = cs.outputs.get(o.source)!;
        expect(got[o.name].shape, `${label} ${target} ${o.source} shape`).toEqual(want.shape);
        const e = maxErr(got[o.name].data, want.data);
        worst = Math.max(worst, e);
        expect(e, `${label} ${target} ${o.source}`).toBeLessThan(1e-5);
      }
    }
  }
  return { result, worst };
}
