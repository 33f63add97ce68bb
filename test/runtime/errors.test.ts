import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { InputError, WeightsError } from '../../src/runtime/errors.js';

describe('runtime errors and packaging', () => {
  it('has named error classes', () => {
    const w = new WeightsError("tensor 'x': bad");
    expect(w).toBeInstanceOf(Error);
    expect(w.name).toBe('WeightsError');
    expect(String(w)).toBe("WeightsError: tensor 'x': bad");
    const i = new InputError("input 'tokens': bad");
    expect(i.name).toBe('InputError');
    expect(i).not.toBeInstanceOf(WeightsError);
  });

  it('imports nothing from node: in src/runtime (it runs in browsers)', () => {
    const dir = new URL('../../src/runtime/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      expect(text, f).not.toMatch(/from\s+['"]node:|require\(|from\s+['"](fs|path|os|crypto|buffer)['"]/);
    }
  });
});
