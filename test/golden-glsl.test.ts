// Golden files of the GLSL target for every example: the generated module (its plan with every
// GLSL ES 3.00 shader inline) and its types, compiled through the real front end. Regenerate with
// `UPDATE_GOLDEN=1 npx vitest run test/golden-glsl.test.ts`, then read the diff before committing.
// A golden file that no test produces fails.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/frontend/load.js';
import { emitGlslModule } from '../src/codegen/glsl/module.js';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const goldenDir = path.join(root, 'test/golden/glsl');
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
  expect(fs.existsSync(file), `missing golden file test/golden/glsl/${name}: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual, `test/golden/glsl/${name} differs: inspect, then UPDATE_GOLDEN=1 to accept`).toBe(fs.readFileSync(file, 'utf8'));
}

describe('GLSL golden files', () => {
  for (const ex of examples) {
    it(ex, async () => {
      const mod = await loadModel(path.join(root, 'examples', ex, 'model.ts'));
      const { js, dts } = emitGlslModule(mod);
      golden(`${ex}.glsl.js`, js);
      golden(`${ex}.glsl.d.ts`, dts);
    });
  }

  it('no orphan golden files', () => {
    const orphans = fs.existsSync(goldenDir) ? fs.readdirSync(goldenDir).filter((f) => !produced.has(f)) : [];
    if (update) for (const f of orphans) fs.rmSync(path.join(goldenDir, f));
    else expect(orphans, 'golden files with no test producing them').toEqual([]);
  });
});
