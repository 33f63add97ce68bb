// typecheckModel in-process (from source: rnnc's types come from src/index.ts).
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { typecheckModel } from '../../src/frontend/typecheck.js';
import { fixture, root } from './helpers.js';

describe('typecheckModel', () => {
  it('locates a type error in the model file (1-based line and column)', () => {
    const errors = typecheckModel(path.join(root, fixture('type-error.ts')));
    expect(errors).toHaveLength(1);
    expect(errors[0].loc).toEqual({ file: path.join(root, fixture('type-error.ts')), line: 4, col: 9 });
    expect(errors[0].message).toBe("Type 'string' is not assignable to type 'number'. [TS2322]");
  });

  it('locates a syntax error', () => {
    const errors = typecheckModel(path.join(root, fixture('syntax-error.ts')));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].loc).toMatchObject({ line: 6, col: 2 });
    expect(errors[0].message).toBe('Declaration or statement expected. [TS1128]');
  });

  it('checks text given in memory, and follows local imports', () => {
    const file = path.join(root, 'test', 'cli', 'fixtures', 'in-memory.ts');
    const errors = typecheckModel(file, {
      text: "import { defineModel } from 'rnnc';\nimport { nope } from './type-error.js';\nexport default defineModel('x', () => {});\n",
    });
    const lines = errors.map((e) => `${path.basename(e.loc!.file)}:${e.loc!.line}:${e.loc!.col}`);
    expect(lines).toContain('in-memory.ts:2:10'); // no export 'nope'
    expect(lines).toContain('type-error.ts:4:9'); // the imported file's own error
  });
});
