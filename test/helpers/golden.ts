// Golden files, esbuild-snapshot style: one directory per target under test/golden, one file per
// (example, artifact). `UPDATE_GOLDEN=1` rewrites them (and deletes orphans); otherwise a missing,
// different or orphaned file fails with a message that says how to regenerate.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect } from 'vitest';

export const root = path.resolve(new URL('../..', import.meta.url).pathname);
export const update = process.env.UPDATE_GOLDEN === '1';

/** Every example directory that has a model.ts, sorted. */
export const examples: readonly string[] = fs
  .readdirSync(path.join(root, 'examples'))
  .filter((d) => fs.existsSync(path.join(root, 'examples', d, 'model.ts')))
  .sort();

export function examplePath(ex: string): string {
  return path.join(root, 'examples', ex, 'model.ts');
}

export interface GoldenDir {
  /** Compares (or, with UPDATE_GOLDEN=1, writes) test/golden/<sub>/<name>. */
  check(name: string, actual: string): void;
  /** Fails on files of the directory no check produced (subdirectories are other targets'). */
  checkOrphans(): void;
}

export function goldenDir(sub: string): GoldenDir {
  const dir = path.join(root, 'test/golden', sub);
  const shown = path.posix.join('test/golden', sub);
  const produced = new Set<string>();
  return {
    check(name, actual) {
      produced.add(name);
      const file = path.join(dir, name);
      if (update) {
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(file, actual);
        return;
      }
      expect(fs.existsSync(file), `missing golden file ${shown}/${name}: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual, `${shown}/${name} differs: inspect, then UPDATE_GOLDEN=1 to accept`).toBe(fs.readFileSync(file, 'utf8'));
    },
    checkOrphans() {
      const files = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((f) => f.isFile()).map((f) => f.name) : [];
      const orphans = files.filter((f) => !produced.has(f));
      if (update) for (const f of orphans) fs.rmSync(path.join(dir, f));
      else expect(orphans, `golden files in ${shown} with no test producing them`).toEqual([]);
    },
  };
}
