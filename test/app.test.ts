// What a user does: `npx rnnc compile` each example, then an app imports the generated module
// (plain Node, no rnnc at run time), type-checks against its .d.ts, and runs inference.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const bin = path.join(root, 'bin/rnnc.js');

function rnnc(args: string[], cwd = root) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
}

const apps: Record<string, { file: string; app: string }> = {
  sentiment: {
    file: 'sentiment',
    app: `
import { create, meta, type Inputs } from './out/sentiment.js';
const model = create({ seed: 1 });
const B = 2, T = 5;
const inputs: Inputs = {
  tokens: { data: Int32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 0, 0]), shape: [B, T] },
  mask: { data: Float32Array.from([1, 1, 1, 1, 1, 1, 1, 1, 0, 0]), shape: [B, T] },
};
const { logits } = model.forward(inputs);
console.log(JSON.stringify({ name: meta.name, shape: logits.shape, finite: Array.from(logits.data).every(Number.isFinite) }));
`,
  },
  tagger: {
    file: 'tagger',
    app: `
import { create } from './out/tagger.js';
const model = create();
const out = model.forward({ tokens: { data: new Int32Array(12).fill(3), shape: [3, 4] }, lengths: { data: Int32Array.from([4, 2, 0]), shape: [3] } });
console.log(JSON.stringify({ shape: out.tags.shape, finite: Array.from(out.tags.data).every(Number.isFinite) }));
`,
  },
  'custom-cell': {
    file: 'custom_cell',
    app: `
import { create } from './out/custom_cell.js';
const model = create();
const out = model.forward({ x: { data: new Float32Array(2 * 3 * 8).fill(0.5), shape: [2, 3, 8] } });
console.log(JSON.stringify({ cho: out.cho.shape, torch: out.torch.shape }));
`,
  },
};

describe('npx rnnc compile -> an app imports the module', () => {
  for (const [ex, { file, app }] of Object.entries(apps)) {
    it(ex, () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `rnnc-app-${ex}-`));
      try {
        const r = rnnc(['compile', path.join(root, 'examples', ex, 'model.ts'), '--out', path.join(dir, 'out')]);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual([`${file}.d.ts`, `${file}.js`, 'package.json', 'rnnc-runtime.js'].sort());
        // Type-check the app against the generated .d.ts with the real compiler, strict.
        fs.writeFileSync(path.join(dir, 'app.ts'), app);
        fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
        const tsconfig = { compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022'], types: ['node'], typeRoots: [path.join(root, 'node_modules/@types')], skipLibCheck: false }, files: ['app.ts'] };
        fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
        const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir, encoding: 'utf8' });
        expect(tsc.stdout + tsc.stderr).toBe('');
        // Run it as plain JS: the apps use types only in the import list and one annotation.
        const js = app.replace(/, type Inputs/, '').replace(/const inputs: Inputs =/, 'const inputs =');
        fs.writeFileSync(path.join(dir, 'app.mjs'), js);
        const run = spawnSync(process.execPath, [path.join(dir, 'app.mjs')], { cwd: dir, encoding: 'utf8' });
        expect(run.stderr).toBe('');
        const out = JSON.parse(run.stdout.trim());
        if (ex === 'sentiment') expect(out).toEqual({ name: 'sentiment', shape: [2, 2], finite: true });
        if (ex === 'tagger') expect(out).toEqual({ shape: [3, 4, 9], finite: true });
        if (ex === 'custom-cell') expect(out).toEqual({ cho: [2, 3, 16], torch: [2, 16] });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
