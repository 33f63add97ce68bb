// Golden files for every example: the printed IR and the generated JS module and its types,
// compiled through the real front end (type check, esbuild bundle, trace). Regenerate with
// `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` (or `npm run golden:update`), then
// read the diff line by line before committing. A golden file that no test produces fails.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/frontend/load.js';
import { printModule } from '../src/ir/printer.js';
import { emitJsModule } from '../src/codegen/js/index.js';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const goldenDir = path.join(root, 'test/golden');
const update = process.env.UPDATE_GOLDEN === '1';
const examples = fs.readdirSync(path.join(root, 'examples')).filter((d) => fs.existsSync(path.join(root, 'examples', d, 'model.ts'))).sort();
const produced = new Set<string>();

function golden(name: string, actual: string): void {
  produced.add(name);
  const file = path.join(goldenDir, name);
  if (update) {
    fs.mkdirSync(goldenDir, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  expect(fs.existsSync(file), `missing golden file test/golden/${name}: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual, `test/golden/${name} differs: inspect, then UPDATE_GOLDEN=1 to accept`).toBe(fs.readFileSync(file, 'utf8'));
}

describe('golden files', () => {
  it('examples exist', () => expect(examples).toEqual(expect.arrayContaining(['custom-cell', 'sentiment', 'tagger'])));

  for (const ex of examples) {
    it(ex, async () => {
      const mod = await loadModel(path.join(root, 'examples', ex, 'model.ts'));
      golden(`${ex}.ir`, printModule(mod));
      const { js, dts } = emitJsModule(mod);
      golden(`${ex}.js`, js);
      golden(`${ex}.d.ts`, dts);
    });
  }

  it('no orphan golden files', () => {
    // Subdirectories hold other targets' golden files (test/golden/<target>/), checked by their own tests.
    const orphans = fs.readdirSync(goldenDir, { withFileTypes: true }).filter((f) => f.isFile() && !produced.has(f.name)).map((f) => f.name);
    if (update) for (const f of orphans) fs.rmSync(path.join(goldenDir, f));
    else expect(orphans, 'golden files with no test producing them').toEqual([]);
  });
});
