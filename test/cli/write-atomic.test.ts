// All-or-nothing writes: a failure leaves neither half-written nor temporary files, and old files intact.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, recoverInterruptedWrites, writeFileAtomic, writeFilesAtomic } from '../../src/compiler/write-atomic.js';
import { tmpDir, removeTmpDirs } from './helpers.js';

afterAll(removeTmpDirs);

describe('writeFilesAtomic', () => {
  it('writes new files and replaces existing ones, creating directories', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'a.js'), 'old');
    writeFilesAtomic([
      { path: path.join(dir, 'a.js'), data: 'new a' },
      { path: path.join(dir, 'sub', 'b.bin'), data: new Uint8Array([1, 2, 3]) },
    ]);
    expect(fs.readFileSync(path.join(dir, 'a.js'), 'utf8')).toBe('new a');
    expect([...fs.readFileSync(path.join(dir, 'sub', 'b.bin'))]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.js', 'sub']);
  });

  it('a failed write of one file leaves the other targets untouched and no temporary files', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'a.js'), 'old a');
    const blocker = path.join(dir, 'blocker');
    fs.writeFileSync(blocker, 'a file where a directory is needed');
    expect(() =>
      writeFilesAtomic([
        { path: path.join(dir, 'a.js'), data: 'new a' },
        { path: path.join(dir, 'new.js'), data: 'new' },
        { path: path.join(blocker, 'c.js'), data: 'cannot be written' },
      ]),
    ).toThrow();
    expect(fs.readFileSync(path.join(dir, 'a.js'), 'utf8')).toBe('old a');
    expect(fs.readdirSync(dir).sort()).toEqual(['a.js', 'blocker']);
  });

  it('a failed rename rolls back the files already renamed', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'a.js'), 'old a');
    fs.mkdirSync(path.join(dir, 'b.js')); // a directory: renaming a file over it fails
    fs.writeFileSync(path.join(dir, 'b.js', 'keep'), 'x');
    expect(() =>
      writeFilesAtomic([
        { path: path.join(dir, 'a.js'), data: 'new a' },
        { path: path.join(dir, 'fresh.js'), data: 'fresh' },
        { path: path.join(dir, 'b.js'), data: 'new b' },
      ]),
    ).toThrow();
    expect(fs.readFileSync(path.join(dir, 'a.js'), 'utf8')).toBe('old a');
    expect(fs.readdirSync(dir).sort()).toEqual(['a.js', 'b.js']);
    expect(fs.readdirSync(path.join(dir, 'b.js'))).toEqual(['keep']);
  });

  it('without hard links, the backups are copies with the same mode, and a rollback restores them', () => {
    const dir = tmpDir();
    const a = path.join(dir, 'a.js');
    fs.writeFileSync(a, 'old a');
    fs.chmodSync(a, 0o640);
    fs.mkdirSync(path.join(dir, 'b.js')); // renaming a file over a directory fails: the group rolls back
    const cjsFs = createRequire(import.meta.url)('node:fs') as { linkSync: typeof fs.linkSync }; // what node:fs's exports are synced from
    const link = cjsFs.linkSync;
    const noLinks = Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
    cjsFs.linkSync = () => {
      throw noLinks;
    };
    syncBuiltinESMExports();
    try {
      expect(() =>
        writeFilesAtomic([
          { path: a, data: 'new a' },
          { path: path.join(dir, 'b.js'), data: 'new b' },
        ]),
      ).toThrow(/EISDIR|ENOTEMPTY|EEXIST|directory/i);
      expect(fs.readFileSync(a, 'utf8')).toBe('old a');
      expect(fs.statSync(a).mode & 0o777).toBe(0o640);
      expect(fs.readdirSync(dir).sort()).toEqual(['a.js', 'b.js']);
      writeFileAtomic(a, 'new a');
      expect(fs.readFileSync(a, 'utf8')).toBe('new a');
      expect(fs.readdirSync(dir).sort()).toEqual(['a.js', 'b.js']);
    } finally {
      cjsFs.linkSync = link;
      syncBuiltinESMExports();
    }
  });

  it('writeFileAtomic leaves an existing file untouched when the data cannot be written', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'y.safetensors');
    fs.writeFileSync(file, 'old');
    // Data that fails while being written (a non-buffer, non-string value makes writeFileSync throw).
    expect(() => writeFileAtomic(file, 42 as unknown as string)).toThrow();
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['y.safetensors']);
  });
});

/** The id of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '0']);
  return r.pid as number;
}

const idOf = (p: string) => {
  const st = fs.lstatSync(p, { bigint: true });
  return `${st.dev}:${st.ino}`;
};

/** An owner tag (`<pid>-<threadId>-<random>`) as the writer makes them, for a process with this id. */
const ownerOf = (pid: number, thread = 0) => `${pid}-${thread}-0123456789abcdef`;

/**
 * The folder as a process killed between its two renames leaves it (see write-atomic.ts's protocol):
 * y renamed (new), g not yet (its temporary still there), both with backups, and the journal.
 */
function killedBetweenRenames(dir: string, pid: number, committed = false) {
  const owner = ownerOf(pid);
  const y = path.join(dir, 'y.safetensors');
  const g = path.join(dir, 'g.safetensors');
  fs.writeFileSync(y, 'old y');
  fs.writeFileSync(g, 'old g');
  fs.linkSync(y, `${y}.rnnc-bak-${owner}`);
  fs.linkSync(g, `${g}.rnnc-bak-${owner}`);
  fs.writeFileSync(`${y}.rnnc-tmp-${owner}`, 'new y');
  fs.writeFileSync(`${g}.rnnc-tmp-${owner}`, 'new g');
  const files = [y, g].map((target) => ({ target, tmp: `${target}.rnnc-tmp-${owner}`, bak: `${target}.rnnc-bak-${owner}`, id: idOf(`${target}.rnnc-tmp-${owner}`) }));
  const journal = path.join(dir, `.rnnc-journal-${owner}.json`);
  fs.writeFileSync(journal, JSON.stringify({ version: 2, owner, pid, primary: journal, journals: [journal], committed, files }));
  fs.renameSync(`${y}.rnnc-tmp-${owner}`, y);
  return { y, g, owner };
}

describe('recovery of writes a killed process left', () => {
  it('a group killed between two renames is rolled back by the next write into the folder', () => {
    const dir = tmpDir();
    const { y, g } = killedBetweenRenames(dir, deadPid());
    expect(fs.readFileSync(y, 'utf8')).toBe('new y'); // the mix the issue found
    writeFileAtomic(path.join(dir, 'other.txt'), 'other');
    expect(fs.readFileSync(y, 'utf8')).toBe('old y');
    expect(fs.readFileSync(g, 'utf8')).toBe('old g');
    expect(fs.readdirSync(dir).sort()).toEqual(['g.safetensors', 'other.txt', 'y.safetensors']);
  });

  it('a committed group keeps its new files; only the leftovers go', () => {
    const dir = tmpDir();
    const pid = deadPid();
    const { y, g, owner } = killedBetweenRenames(dir, pid, true);
    fs.renameSync(`${g}.rnnc-tmp-${owner}`, g);
    expect(recoverInterruptedWrites(dir)).toEqual({ rolledBack: 0, cleaned: 1, removed: 0, ignored: 0 });
    expect(fs.readFileSync(y, 'utf8')).toBe('new y');
    expect(fs.readFileSync(g, 'utf8')).toBe('new g');
    expect(fs.readdirSync(dir).sort()).toEqual(['g.safetensors', 'y.safetensors']);
  });

  it('a target written by someone else since is left alone', () => {
    const dir = tmpDir();
    const { y, g } = killedBetweenRenames(dir, deadPid());
    fs.writeFileSync(`${y}.other`, 'newer y'); // another inode, replacing the group's new y
    fs.renameSync(`${y}.other`, y);
    expect(recoverInterruptedWrites(dir)).toEqual({ rolledBack: 1, cleaned: 0, removed: 0, ignored: 0 });
    expect(fs.readFileSync(y, 'utf8')).toBe('newer y');
    expect(fs.readFileSync(g, 'utf8')).toBe('old g');
    expect(fs.readdirSync(dir).sort()).toEqual(['g.safetensors', 'y.safetensors']);
  });

  it("a running process's files are not touched; a dead one's strays and torn journals are removed", () => {
    const dir = tmpDir();
    const live = ownerOf(process.ppid); // the process that started this one runs
    const dead = ownerOf(deadPid());
    const names = [`a.rnnc-tmp-${live}`, `a.rnnc-bak-${live}`, `.rnnc-journal-${live}.json`, `a.rnnc-tmp-${dead}`, `b.js.rnnc-bak-${dead}`, `.rnnc-journal-${dead}.json`, 'notes.tmp', 'x.tmp-abc'];
    for (const n of names) fs.writeFileSync(path.join(dir, n), n === `.rnnc-journal-${dead}.json` ? '{"vers' : 'x');
    expect(recoverInterruptedWrites(dir)).toEqual({ rolledBack: 0, cleaned: 1, removed: 2, ignored: 0 });
    expect(fs.readdirSync(dir).sort()).toEqual([`.rnnc-journal-${live}.json`, `a.rnnc-bak-${live}`, `a.rnnc-tmp-${live}`, 'notes.tmp', 'x.tmp-abc'].sort());
  });

  it("files of another thread of this process are left alone; this thread's (an earlier process's) go", () => {
    const dir = tmpDir();
    const otherThread = ownerOf(process.pid, threadId + 1);
    const thisThread = ownerOf(process.pid, threadId);
    for (const n of [`a.rnnc-tmp-${otherThread}`, `a.rnnc-tmp-${thisThread}`]) fs.writeFileSync(path.join(dir, n), 'x');
    expect(recoverInterruptedWrites(dir)).toEqual({ rolledBack: 0, cleaned: 0, removed: 1, ignored: 0 });
    expect(fs.readdirSync(dir)).toEqual([`a.rnnc-tmp-${otherThread}`]);
  });

  it("a user's files that look like temporaries or backups (notes.txt.bak-<n>, x.tmp-<n>) survive a write", () => {
    const dir = tmpDir();
    const dead = deadPid();
    const user = ['notes.txt.bak-4000000', 'x.tmp-4000000', `y.bak-${dead}`, `z.tmp-${dead}`, '.rnnc-journal-4000000.json'];
    for (const n of user) fs.writeFileSync(path.join(dir, n), `user ${n}`);
    writeFileAtomic(path.join(dir, 'out.txt'), 'out');
    expect(fs.readdirSync(dir).sort()).toEqual([...user, 'out.txt'].sort());
    for (const n of user) expect(fs.readFileSync(path.join(dir, n), 'utf8')).toBe(`user ${n}`);
  });

  it('makeTempDir removes the folders of runs that no longer run', () => {
    const saved = process.env.TMPDIR;
    const tmp = tmpDir();
    process.env.TMPDIR = tmp;
    try {
      const dead = deadPid();
      fs.mkdirSync(path.join(tmp, `rnnc-run-${dead}-abc123`, 'sub'), { recursive: true });
      fs.mkdirSync(path.join(tmp, `rnnc-run-${process.ppid}-def456`));
      fs.mkdirSync(path.join(tmp, 'rnnc-model-xyz'));
      const made = makeTempDir('rnnc-run-');
      expect(path.basename(made)).toMatch(new RegExp(`^rnnc-run-${process.pid}-`));
      expect(fs.readdirSync(tmp).sort()).toEqual([path.basename(made), `rnnc-run-${process.ppid}-def456`, 'rnnc-model-xyz'].sort());
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});

describe('journals that rnnc did not write are left alone', () => {
  /** A folder with a victim file outside the output folder, and the output folder. */
  const setup = () => {
    const base = tmpDir();
    const victimDir = path.join(base, 'victim');
    const out = path.join(base, 'out');
    fs.mkdirSync(victimDir);
    fs.mkdirSync(out);
    const victim = path.join(victimDir, 'important.txt');
    fs.writeFileSync(victim, 'important');
    return { base, victimDir, out, victim };
  };
  const snapshot = (dir: string): Record<string, string> => {
    const r: Record<string, string> = {};
    for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (e.isFile()) {
        const p = path.join(e.parentPath, e.name);
        r[path.relative(dir, p)] = fs.readFileSync(p, 'utf8');
      }
    }
    return r;
  };
  /** Writes into `out` succeed and change nothing but their own file; the planted journal stays. */
  const expectUntouched = (base: string, out: string, journalName: string) => {
    const before = snapshot(base);
    expect(() => writeFilesAtomic([{ path: path.join(out, 'y.safetensors'), data: 'new y' }])).not.toThrow();
    expect(recoverInterruptedWrites(out).ignored).toBe(journalName.match(/^\.rnnc-journal-\d+-\d+-[0-9a-f]+\.json$/) ? 1 : 0);
    expect(snapshot(base)).toEqual({ ...before, [path.relative(base, path.join(out, 'y.safetensors'))]: 'new y' });
    expect(fs.existsSync(path.join(out, journalName))).toBe(true);
  };

  it('the planted journal of the review (old name, a file outside the folder as its temporary) deletes nothing', () => {
    const { base, out, victim } = setup();
    const target = path.join(out, 'y.safetensors');
    const journal = path.join(out, '.rnnc-journal-4000001.json');
    fs.writeFileSync(journal, JSON.stringify({ version: 1, pid: 4000001, primary: journal, journals: [journal, victim], committed: false, files: [{ target, tmp: victim, bak: victim, id: null }] }));
    expectUntouched(base, out, path.basename(journal));
  });

  it('a journal with our name naming a file outside the folder (as temporary, backup, journal or target) deletes nothing', () => {
    const { base, victimDir, out, victim } = setup();
    const owner = ownerOf(deadPid());
    const journal = path.join(out, `.rnnc-journal-${owner}.json`);
    const target = path.join(out, 'y.safetensors');
    const variants = [
      { files: [{ target, tmp: victim, bak: null, id: null }], journals: [journal] },
      { files: [{ target, tmp: `${target}.rnnc-tmp-${owner}`, bak: victim, id: null }], journals: [journal] },
      { files: [{ target, tmp: `${target}.rnnc-tmp-${owner}`, bak: null, id: null }], journals: [journal, victim] },
      // Consistent names, but the target lies in a folder that holds no journal of the group:
      // recovery must not reach into it (not even with the victim's own identity as the new file's).
      {
        files: [
          { target, tmp: `${target}.rnnc-tmp-${owner}`, bak: null, id: '1:1' },
          { target: victim, tmp: `${victim}.rnnc-tmp-${owner}`, bak: null, id: idOf(victim) },
        ],
        journals: [journal, path.join(victimDir, `.rnnc-journal-${owner}.json`)],
      },
    ];
    for (const v of variants) {
      fs.writeFileSync(`${victim}.rnnc-tmp-${owner}`, 'a file of the victim folder');
      fs.writeFileSync(journal, JSON.stringify({ version: 2, owner, pid: Number(owner.split('-')[0]), primary: journal, journals: v.journals, committed: false, files: v.files }));
      if (v.files.length === 2) {
        // A well-formed group: this one is acted on, but only in the output folder.
        const before = snapshot(victimDir);
        writeFilesAtomic([{ path: path.join(out, 'other.txt'), data: 'other' }]);
        expect(snapshot(victimDir)).toEqual(before);
        expect(fs.readFileSync(victim, 'utf8')).toBe('important');
      } else expectUntouched(base, out, path.basename(journal));
      fs.rmSync(journal, { force: true });
    }
  });

  it('a journal naming a file inside the folder that is not a temporary of the group deletes nothing', () => {
    const { base, out } = setup();
    const owner = ownerOf(deadPid());
    const journal = path.join(out, `.rnnc-journal-${owner}.json`);
    const keep = path.join(out, 'keep.txt');
    const target = path.join(out, 'y.safetensors');
    fs.writeFileSync(keep, 'keep');
    fs.writeFileSync(target, 'old y');
    for (const entry of [
      { target, tmp: keep, bak: null, id: null },
      { target, tmp: `${target}.rnnc-tmp-${owner}`, bak: keep, id: null },
      { target, tmp: `${target}.rnnc-tmp-${ownerOf(1)}`, bak: null, id: null },
    ]) {
      fs.writeFileSync(journal, JSON.stringify({ version: 2, owner, pid: Number(owner.split('-')[0]), primary: journal, journals: [journal], committed: false, files: [entry] }));
      expectUntouched(base, out, path.basename(journal));
      fs.writeFileSync(target, 'old y');
    }
    // Another owner in the file name than in the journal.
    const other = path.join(out, `.rnnc-journal-${ownerOf(deadPid())}.json`);
    fs.rmSync(journal);
    fs.writeFileSync(other, JSON.stringify({ version: 2, owner, pid: Number(owner.split('-')[0]), primary: journal, journals: [journal], committed: false, files: [{ target: keep, tmp: `${keep}.rnnc-tmp-${owner}`, bak: null, id: idOf(keep) }] }));
    expectUntouched(base, out, path.basename(other));
    expect(fs.readFileSync(keep, 'utf8')).toBe('keep');
  });
});
