// All-or-nothing writes: a failure leaves neither half-written nor temporary files, and old files intact.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, recoverInterruptedWrites, writeFileAtomic, writeFilesAtomic } from '../../src/cli/write-atomic.js';
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

/**
 * The folder as a process killed between its two renames leaves it (see write-atomic.ts's protocol):
 * y renamed (new), g not yet (its temporary still there), both with backups, and the journal.
 */
function killedBetweenRenames(dir: string, pid: number, committed = false) {
  const y = path.join(dir, 'y.safetensors');
  const g = path.join(dir, 'g.safetensors');
  fs.writeFileSync(y, 'old y');
  fs.writeFileSync(g, 'old g');
  fs.linkSync(y, `${y}.bak-${pid}`);
  fs.linkSync(g, `${g}.bak-${pid}`);
  fs.writeFileSync(`${y}.tmp-${pid}`, 'new y');
  fs.writeFileSync(`${g}.tmp-${pid}`, 'new g');
  const files = [y, g].map((target) => ({ target, tmp: `${target}.tmp-${pid}`, bak: `${target}.bak-${pid}`, id: idOf(`${target}.tmp-${pid}`) }));
  const journal = path.join(dir, `.rnnc-journal-${pid}.json`);
  fs.writeFileSync(journal, JSON.stringify({ version: 1, pid, primary: journal, journals: [journal], committed, files }));
  fs.renameSync(`${y}.tmp-${pid}`, y);
  return { y, g };
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
    const { y, g } = killedBetweenRenames(dir, pid, true);
    fs.renameSync(`${g}.tmp-${pid}`, g);
    expect(recoverInterruptedWrites(dir)).toEqual({ rolledBack: 0, cleaned: 1, removed: 0 });
    expect(fs.readFileSync(y, 'utf8')).toBe('new y');
    expect(fs.readFileSync(g, 'utf8')).toBe('new g');
    expect(fs.readdirSync(dir).sort()).toEqual(['g.safetensors', 'y.safetensors']);
  });

  it('a target written by someone else since is left alone', () => {
    const dir = tmpDir();
    const { y, g } = killedBetweenRenames(dir, deadPid());
    fs.writeFileSync(`${y}.other`, 'newer y'); // another inode, replacing the group's new y
    fs.renameSync(`${y}.other`, y);
    expect(recoverInterruptedWrites(dir)).toEqual({ rolledBack: 1, cleaned: 0, removed: 0 });
    expect(fs.readFileSync(y, 'utf8')).toBe('newer y');
    expect(fs.readFileSync(g, 'utf8')).toBe('old g');
    expect(fs.readdirSync(dir).sort()).toEqual(['g.safetensors', 'y.safetensors']);
  });

  it("a running process's files are not touched; a dead one's strays and torn journals are removed", () => {
    const dir = tmpDir();
    const live = process.ppid; // the process that started this one runs
    const dead = deadPid();
    for (const n of [`a.tmp-${live}`, `a.bak-${live}`, `.rnnc-journal-${live}.json`, `a.tmp-${dead}`, `b.js.bak-${dead}`, `.rnnc-journal-${dead}.json`, 'notes.tmp', 'x.tmp-abc']) {
      fs.writeFileSync(path.join(dir, n), n.startsWith('.rnnc') && n.includes(String(dead)) ? '{"vers' : 'x');
    }
    expect(recoverInterruptedWrites(dir)).toEqual({ rolledBack: 0, cleaned: 1, removed: 2 });
    expect(fs.readdirSync(dir).sort()).toEqual([`.rnnc-journal-${live}.json`, `a.bak-${live}`, `a.tmp-${live}`, 'notes.tmp', 'x.tmp-abc'].sort());
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
      process.env.TMPDIR = saved;
    }
  });
});
