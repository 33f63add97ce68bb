// loadModel in-process, from source: the bundle compiles rnnc's src/ in, and user locations must
// still come out as model-file lines (source maps on, rnnc's own frames skipped).
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RnncError } from '../../src/frontend/diagnostics.js';
import { loadModel } from '../../src/frontend/load.js';
import { fixture, root } from './helpers.js';

const abs = (name: string): string => path.join(root, fixture(name));

async function loadError(name: string, typecheck = true): Promise<RnncError> {
  try {
    await loadModel(abs(name), { typecheck });
  } catch (e) {
    expect(e).toBeInstanceOf(RnncError);
    return e as RnncError;
  }
  throw new Error(`${name} loaded without an error`);
}

async function loadError2(file: string): Promise<RnncError> {
  try {
    await loadModel(file, { typecheck: false, inProcess: false });
  } catch (e) {
    expect(e).toBeInstanceOf(RnncError);
    return e as RnncError;
  }
  throw new Error(`${file} loaded without an error`);
}

describe('loadModel', () => {
  it('traces a valid model into a verified module', async () => {
    const m = await loadModel(abs('tiny.ts'));
    expect(m.name).toBe('tiny');
    expect(m.inputs.map((i) => i.name)).toEqual(['x']);
    expect(m.outputs.map((o) => o.name)).toEqual(['y']);
    expect(m.params.map((p) => p.name).sort()).toEqual(['proj.W', 'proj.b']);
  });

  it('reports a missing file', async () => {
    const e = await loadError('nope.ts');
    expect(e.message).toContain('does not exist');
  });

  it('reports all type errors, the first one located', async () => {
    const e = await loadError('type-error.ts');
    expect(e.loc).toEqual({ file: abs('type-error.ts'), line: 4, col: 9 });
  });

  it('locates syntax errors from esbuild when the type check is off', async () => {
    const e = await loadError('syntax-error.ts', false);
    expect(e.loc?.file).toBe(abs('syntax-error.ts'));
    expect(e.loc?.line).toBe(6);
  });

  it('locates a shape error at the DSL call in the model file', async () => {
    const e = await loadError('shape-error.ts');
    expect(e.loc).toMatchObject({ file: abs('shape-error.ts'), line: 6 });
  });

  it('requires a default-exported ModelDef', async () => {
    const e = await loadError('no-default.ts');
    expect(e.message).toBe('no-default.ts must `export default defineModel(...)`');
    expect(e.loc).toEqual({ file: abs('no-default.ts'), line: 4, col: 1 });
  });

  it('runs the model sandboxed by default: reading outside its folder is a located error', async () => {
    const file = path.join(root, 'test', 'fixtures', 'bad-models', 'reads-outside.ts');
    const e = await loadError2(file);
    expect(e.message).toContain("the model's code tried to read '../outside-secret.txt'");
    expect(e.loc).toEqual({ file, line: 5, col: 27 });
  });

  it('locates an exception thrown by the model file at its top level', async () => {
    const e = await loadError('throws.ts');
    expect(e.message).toBe('no sizes configured');
    expect(e.loc).toEqual({ file: abs('throws.ts'), line: 4, col: 31 });
  });
});
