// "Writes both or neither" under kill -9. A preloaded fault injector (fixtures/pause-fs.mjs) stops
// the writer right after its k-th file-system change in the output folders, for every k, and the
// process is killed there with SIGKILL. The next write into the folder must leave the group all
// old (killed before the commit) or all new (after it), with no temporary, backup or journal files
// left. The same for `rnnc compile` and `rnnc run` (outputs and gradients, and run's temporary
// folder) through bin/rnnc.js, which needs dist/ (`npm run build`).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUT_PACKAGE_JSON } from '../../src/compiler/write.js';
import { writeSafetensors } from '../../src/runtime/safetensors.js';
import { bin, distBuilt, root, tmpDir, removeTmpDirs } from './helpers.js';

const PAUSE = path.join(root, 'test', 'cli', 'fixtures', 'pause-fs.mjs');
const WRITE_ATOMIC = path.join(root, 'src', 'compiler', 'write-atomic.ts');

afterAll(removeTmpDirs);

interface Killed {
  /** The process paused at the requested call and was killed there (else it ran to its end). */
  paused: boolean;
  stderr: string;
}

/** Runs node with the fault injector; with `at` > 0, kills it with SIGKILL where it pauses. */
function runPaused(args: string[], env: Record<string, string>, dir: string, at: number, cwd = root): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', PAUSE, ...args], {
      cwd,
      env: { ...process.env, RNNC_DEBUG: '', RNNC_PAUSE_DIR: dir, RNNC_PAUSE_AT: String(at), ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let paused = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (!paused && /paused after/.test(stderr)) {
        paused = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ paused, stderr });
    });
  });
}

/** The counted calls of a complete run (the injector's plan). */
async function plan(args: string[], env: Record<string, string>, dir: string, cwd = root): Promise<string[]> {
  const log = path.join(os.tmpdir(), `rnnc-pause-log-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const r = await runPaused(args, { ...env, RNNC_PAUSE_LOG: log }, dir, 0, cwd);
  expect(r.paused).toBe(false);
  const ops = JSON.parse(fs.readFileSync(log, 'utf8')) as string[];
  fs.rmSync(log, { force: true });
  return ops;
}

// rnnc's names, and the old ones (`NAME.tmp-<pid>`), which must not appear either.
const STRAY = /\.(rnnc-)?(tmp|bak)-[\d-]+[0-9a-f]*$|^\.rnnc-journal-/;
const JOURNAL = String.raw`\.rnnc-journal-\d+-\d+-[0-9a-f]+\.json`;
const TMP = String.raw`\.rnnc-tmp-\d+-\d+-[0-9a-f]+`;
const listing = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
const content = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);

describe('writeFilesAtomic killed with SIGKILL after every file-system change', () => {
  let driver = '';
  beforeAll(async () => {
    // The module under test, bundled for a plain node child process.
    const dir = tmpDir('rnnc-kill-driver-');
    await build({ entryPoints: [WRITE_ATOMIC], bundle: true, format: 'esm', platform: 'node', outfile: path.join(dir, 'write-atomic.mjs'), logLevel: 'silent' });
    driver = path.join(dir, 'driver.mjs');
    fs.writeFileSync(
      driver,
      "import * as fs from 'node:fs';\nimport { writeFilesAtomic } from './write-atomic.mjs';\nwriteFilesAtomic(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')));\n",
    );
  });

  /**
   * One group: `old` is what exists before (null: absent), `files` what the killed call writes.
   * After the kill, a second call writes `recover` (another file, or the same group again).
   */
  async function sweep(layout: (base: string) => { old: Record<string, string | null>; dirs: string[] }, label: string) {
    const setup = () => {
      const base = tmpDir(`rnnc-kill-${label}-`);
      const { old, dirs } = layout(base);
      for (const [file, text] of Object.entries(old)) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        if (text !== null) fs.writeFileSync(file, text);
      }
      const spec = path.join(os.tmpdir(), `${path.basename(base)}.json`);
      fs.writeFileSync(spec, JSON.stringify(Object.keys(old).map((p) => ({ path: p, data: `new ${path.basename(p)}` }))));
      return { base, old, dirs, spec };
    };
    const first = setup();
    const ops = await plan([driver, first.spec], {}, first.base);
    expect(ops.filter((o) => o.startsWith('renameSync')).length).toBeGreaterThanOrEqual(Object.keys(first.old).length);
    const results = { trials: 0, mixedBeforeRecovery: 0, allOld: 0, allNew: 0, journalsLeftForLater: 0 };
    // The last call of step 1 (a journal in every folder); the old code had no journal.
    const lastJournal = ops.reduce((last, o, i) => (new RegExp(`^openSync \\S*${JOURNAL}$`).test(o) ? i + 1 : last), 0);
    // The commit: the last rename of the primary journal (marked committed); none in the old code.
    const commit = ops.reduce((last, o, i) => (new RegExp(`^renameSync \\S+ \\S*${JOURNAL}$`).test(o) ? i + 1 : last), ops.length);
    for (let k = 1; k <= ops.length; k++) {
      // The next write after the kill: another file into one of the group's folders (odd k, every
      // folder gets turns), or the same group again (even k).
      for (const recovery of [k % 2 === 1 ? 'other file' : 'same group'] as const) {
        const { base, old, dirs, spec } = setup();
        const killed = await runPaused([driver, spec], {}, base, k);
        expect(killed.paused, `${label} k=${k}: ${killed.stderr}`).toBe(true);
        results.trials++;
        const states = Object.entries(old).map(([f, text]) => (content(f) === text ? 'old' : content(f) === `new ${path.basename(f)}` ? 'new' : 'other'));
        if (new Set(states).size > 1) results.mixedBeforeRecovery++;
        // The next write into one of the group's folders (the k-th: every folder gets a turn).
        const into = dirs[k % dirs.length];
        const next = path.join(os.tmpdir(), `${path.basename(base)}-next.json`);
        const nextFiles = recovery === 'other file' ? [{ path: path.join(into, 'other.txt'), data: 'other' }] : JSON.parse(fs.readFileSync(spec, 'utf8'));
        fs.writeFileSync(next, JSON.stringify(nextFiles));
        const again = await runPaused([driver, next], {}, base, 0);
        expect(again.paused).toBe(false);
        expect(again.stderr, `${label} k=${k}`).toBe('');
        const after = Object.entries(old).map(([f, text]) => (content(f) === text ? 'old' : content(f) === `new ${path.basename(f)}` ? 'new' : `other: ${content(f)}`));
        const what = `${label} killed after ${ops[k - 1]} (${k}), then ${recovery} into ${path.relative(base, into) || '.'}: ${after.join(', ')}`;
        if (recovery === 'same group') expect(after.every((s) => s === 'new'), what).toBe(true);
        else {
          expect(after.every((s) => s === 'old') || after.every((s) => s === 'new'), what).toBe(true);
          if (after[0] === 'old') results.allOld++;
          else results.allNew++;
        }
        // No temporary, backup or journal file in the group's folders. Only a kill before every
        // folder had its journal, or after the commit once the other folders' journals are gone
        // (when all that is left is journals with nothing to undo), may leave one in a folder the
        // next write did not touch: the next write there removes it.
        expect(listing(into).filter((n) => STRAY.test(n)), what).toEqual([]);
        if (k > lastJournal && k <= commit) for (const d of dirs) expect(listing(d).filter((n) => STRAY.test(n)), what).toEqual([]);
        else {
          for (const d of dirs) {
            if (d === into) continue;
            const left = listing(d).filter((n) => STRAY.test(n));
            expect(left.every((n) => new RegExp(`^${JOURNAL}$`).test(n)), what).toBe(true);
            if (left.length > 0) results.journalsLeftForLater++;
            const clean = path.join(os.tmpdir(), `${path.basename(base)}-clean.json`);
            fs.writeFileSync(clean, JSON.stringify([{ path: path.join(d, 'other.txt'), data: 'other' }]));
            expect((await runPaused([driver, clean], {}, base, 0)).stderr).toBe('');
            fs.rmSync(clean, { force: true });
            expect(listing(d).filter((n) => STRAY.test(n)), what).toEqual([]);
          }
        }
        fs.rmSync(spec, { force: true });
        fs.rmSync(next, { force: true });
      }
    }
    // Both outcomes occur: kills before the commit roll back, kills after it keep the new files.
    expect(results.allOld).toBeGreaterThan(0);
    expect(results.allNew).toBeGreaterThan(0);
    return results;
  }

  it('one folder: two existing files and a new one', async () => {
    const r = await sweep((base) => ({ old: { [path.join(base, 'y.safetensors')]: 'old y', [path.join(base, 'g.safetensors')]: 'old g', [path.join(base, 'n.txt')]: null }, dirs: [base] }), 'one');
    // The old code left mixed groups here (y new, g old); the fault injector does produce them.
    expect(r.mixedBeforeRecovery).toBeGreaterThan(0);
    console.log(`one folder: ${JSON.stringify(r)}`);
  }, 180_000);

  it('three folders (one created by the write): the journal in any of them recovers the group', async () => {
    const r = await sweep(
      (base) => ({
        old: { [path.join(base, 'a', 'y.safetensors')]: 'old y', [path.join(base, 'b', 'g.safetensors')]: 'old g', [path.join(base, 'c', 'sub', 'n.txt')]: null },
        dirs: [path.join(base, 'a'), path.join(base, 'b'), path.join(base, 'c', 'sub')],
      }),
      'three',
    );
    expect(r.mixedBeforeRecovery).toBeGreaterThan(0);
    console.log(`three folders: ${JSON.stringify(r)}`);
  }, 240_000);
});

describe.skipIf(!distBuilt())('rnnc compile and rnnc run killed with SIGKILL', () => {
  // A model with a loss (for --grads) and no recurrence, so these tests exercise the file writing only.
  const GRAD_MODEL = `import { defineModel } from 'rnnc';

export default defineModel('killtiny', (m) => {
  const x = m.sequence('x', 3);
  const target = m.input('target', 'f32', ['B', 'T', 2]);
  const y = m.dense(x, { units: 2, name: 'proj' });
  m.output('y', y);
  m.train({ loss: m.meanSquaredError(y, target), optimizer: { kind: 'sgd', lr: 0.1 } });
});
`;
  const fixtureDir = () => {
    const dir = tmpDir('rnnc-kill-cli-');
    fs.writeFileSync(path.join(dir, 'model.ts'), GRAD_MODEL);
    const x = { dtype: 'f32' as const, shape: [2, 3, 3], data: Float32Array.from({ length: 18 }, (_, i) => Math.sin(i)) };
    const target = { dtype: 'f32' as const, shape: [2, 3, 2], data: Float32Array.from({ length: 12 }, (_, i) => Math.cos(i)) };
    fs.writeFileSync(path.join(dir, 'x.safetensors'), writeSafetensors({ x, target }));
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'y.safetensors'), 'old y');
    fs.writeFileSync(path.join(out, 'g.safetensors'), 'old g');
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(tmp);
    return { dir, out, tmp };
  };
  const runArgs = (dir: string) => [bin, 'run', path.join(dir, 'model.ts'), '--no-typecheck', '--inputs', path.join(dir, 'x.safetensors'), '--outputs', path.join(dir, 'out', 'y.safetensors'), '--grads', path.join(dir, 'out', 'g.safetensors')];
  const isNew = (file: string, key: string) => {
    const text = content(file);
    return text !== null && text.startsWith('old') === false && text.includes(key);
  };

  it('run --outputs --grads: killed between the two renames, the next run leaves both old or both new, and no temporary folder', async () => {
    const f = fixtureDir();
    const env = { TMPDIR: f.tmp };
    const ops = await plan(runArgs(f.dir), env, f.out);
    // Reset the outputs the plan run wrote.
    fs.writeFileSync(path.join(f.out, 'y.safetensors'), 'old y');
    fs.writeFileSync(path.join(f.out, 'g.safetensors'), 'old g');
    const firstTargetRename = ops.findIndex((o) => new RegExp(`^renameSync \\S+${TMP} (y|g)\\.safetensors$`).test(o)) + 1;
    expect(firstTargetRename).toBeGreaterThan(0);
    // Killed right after the first output is renamed: one new, one old, as the issue found.
    const killed = await runPaused(runArgs(f.dir), env, f.out, firstTargetRename);
    expect(killed.paused, killed.stderr).toBe(true);
    const mixed = [content(path.join(f.out, 'y.safetensors')) === 'old y', content(path.join(f.out, 'g.safetensors')) === 'old g'];
    expect(mixed[0] !== mixed[1]).toBe(true);
    // Killed while its temporary folder exists (right after it was made).
    const tmpOps = await plan(runArgs(f.dir), env, f.tmp);
    const made = tmpOps.findIndex((o) => o.startsWith('mkdtempSync rnnc-run-')) + 1;
    expect(made).toBeGreaterThan(0);
    fs.writeFileSync(path.join(f.out, 'y.safetensors'), 'old y');
    fs.writeFileSync(path.join(f.out, 'g.safetensors'), 'old g');
    const killed2 = await runPaused(runArgs(f.dir), env, f.tmp, made + 2);
    expect(killed2.paused, killed2.stderr).toBe(true);
    expect(listing(f.tmp).some((n) => n.startsWith('rnnc-run-'))).toBe(true);
    // A group killed mid-rename, then a killed run left its folder: the next complete run clears both.
    await runPaused(runArgs(f.dir), env, f.out, firstTargetRename);
    const done = await runPaused(runArgs(f.dir), env, f.out, 0);
    expect(done.paused).toBe(false);
    expect(isNew(path.join(f.out, 'y.safetensors'), 'loss')).toBe(true);
    expect(isNew(path.join(f.out, 'g.safetensors'), 'grad.')).toBe(true);
    expect(listing(f.out)).toEqual(['g.safetensors', 'y.safetensors']);
    expect(listing(f.tmp).filter((n) => n.startsWith('rnnc-run-'))).toEqual([]);
  }, 240_000);

  it('run: a group killed between the renames is rolled back by the next command that writes there', async () => {
    const f = fixtureDir();
    const env = { TMPDIR: f.tmp };
    const ops = await plan(runArgs(f.dir), env, f.out);
    const k = ops.findIndex((o) => new RegExp(`^renameSync \\S+${TMP} (y|g)\\.safetensors$`).test(o)) + 1;
    fs.writeFileSync(path.join(f.out, 'y.safetensors'), 'old y');
    fs.writeFileSync(path.join(f.out, 'g.safetensors'), 'old g');
    const killed = await runPaused(runArgs(f.dir), env, f.out, k);
    expect(killed.paused, `k=${k} ${ops.join(", ")}: ${killed.stderr}`).toBe(true);
    // The next command writes other files into the folder: the killed group is rolled back.
    const other = [bin, 'compile', path.join(f.dir, 'model.ts'), '--out', f.out];
    expect((await runPaused(other, env, f.out, 0)).paused).toBe(false);
    expect(content(path.join(f.out, 'y.safetensors'))).toBe('old y');
    expect(content(path.join(f.out, 'g.safetensors'))).toBe('old g');
    expect(listing(f.out).filter((n) => STRAY.test(n))).toEqual([]);
    expect(listing(f.out)).toContain('killtiny.js');
  }, 240_000);

  it('compile: killed between or after its renames, the next command writing into the folder leaves the module and its runtime from one run', async () => {
    const f = fixtureDir();
    const env = { TMPDIR: f.tmp };
    const args = [bin, 'compile', path.join(f.dir, 'model.ts'), '--no-typecheck', '--out', f.out];
    const names = ['killtiny.js', 'killtiny.d.ts', 'rnnc-runtime.js'];
    const setOld = () => {
      for (const n of names) fs.writeFileSync(path.join(f.out, n), `old ${n}`);
      // rnnc's own ES-module marker, already current: compile leaves it as it is.
      fs.writeFileSync(path.join(f.out, 'package.json'), OUT_PACKAGE_JSON);
    };
    setOld(); // the plan must see the same files as the trials
    const ops = await plan(args, env, f.out);
    setOld();
    const renames = ops.map((o, i) => [o, i + 1] as const).filter(([o]) => new RegExp(`^renameSync \\S+${TMP} [^.][^ ]*$`).test(o));
    expect(renames.map(([o]) => o.split(' ')[2]).sort()).toEqual([...names].sort());
    // The commit: the last rename of the primary journal (marked committed).
    const commit = ops.reduce((last, o, i) => (new RegExp(`^renameSync \\S+ ${JOURNAL}$`).test(o) ? i + 1 : last), 0);
    expect(commit).toBeGreaterThan(renames[2][1]);
    // After the first rename (sentiment.js new, rnnc-runtime.js old in the issue), after the last, after the commit.
    for (const [op, k] of [renames[0], renames[2], [ops[commit - 1], commit] as const]) {
      setOld();
      const killed = await runPaused(args, env, f.out, k);
      expect(killed.paused, `${op}: ${killed.stderr}`).toBe(true);
      // The next command writing into the folder: another model's compile (it writes rnnc-runtime.js too).
      const r = await runPaused([bin, 'compile', path.join(root, 'test', 'cli', 'fixtures', 'tiny.ts'), '--no-typecheck', '--out', f.out], env, f.out, 0);
      expect(r.paused, r.stderr).toBe(false);
      const own = names.slice(0, 2).map((n) => (content(path.join(f.out, n)) === `old ${n}` ? 'old' : 'new'));
      expect(own, `${op} (${k})`).toEqual(k === commit ? ['new', 'new'] : ['old', 'old']);
      expect(listing(f.out).filter((n) => STRAY.test(n)), op).toEqual([]);
    }
  }, 300_000);
});
