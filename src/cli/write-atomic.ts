// All-or-nothing file writes for the CLI that hold even when the process is killed (kill -9, a
// crash) at any point, also between two renames.
//
// Protocol for one group of files (`writeFilesAtomic`), `<pid>` being this process's id, and the
// "primary" journal being `.rnnc-journal-<pid>.json` in the first file's directory:
//   1. the journal is written (and fsynced) in every directory the group writes to, the primary
//      first: it lists every target, its temporary `TARGET.tmp-<pid>` and its backup link
//      `TARGET.bak-<pid>`, so each directory that will hold any of our files names all of them;
//   2. every file's content goes to its temporary (fsynced); every existing target gets its backup,
//      a hard link to the old content; nothing visible has changed yet;
//   3. the primary is replaced (temporary + rename) by one that also holds the identity
//      (device:inode) of each new file: from here on, recovery undoes;
//   4. the temporaries are renamed over the targets, one by one;
//   5. COMMIT: the primary is replaced (temporary + rename) by one marked committed: the single
//      point where the group turns from old to new; then the backups, the other journals and
//      last the primary are removed (whatever is left, the primary is, so any directory of the
//      group leads to it).
// A failure in step 4 rolls the group back at once. A killed process leaves its journals; the next
// writeFilesAtomic into any directory of the group (the next `rnnc compile` or `rnnc run` writing
// there) finds a journal of a dead process and resolves the whole group: while the primary holds
// the identities and is not marked committed (killed in steps 3-4), every target that is still the group's new file gets its
// old content back (or is removed, if it did not exist before); otherwise (killed in steps 1-2, or
// after the commit) nothing needs undoing. Either way every temporary, backup and journal of the
// group goes. The files are then all old (killed before the commit) or all new (after it). The
// same pass removes any other `*.tmp-<pid>` / `*.bak-<pid>` file of a dead process in that
// directory. Until a later write there, a killed group's directory may show a mix of old and new
// targets next to the journal.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface FileToWrite {
  readonly path: string;
  readonly data: string | Uint8Array;
}

const JOURNAL_VERSION = 1;
const JOURNAL_RE = /^\.rnnc-journal-(\d+)\.json$/;
/** Our temporaries and backups: `NAME.tmp-<pid>`, `NAME.bak-<pid>`. */
const STRAY_RE = /^.+\.(?:tmp|bak)-(\d+)$/;

const tmpName = (p: string, pid: number = process.pid): string => `${p}.tmp-${pid}`;
const bakName = (p: string): string => `${p}.bak-${process.pid}`;
const journalName = (dir: string): string => path.join(dir, `.rnnc-journal-${process.pid}.json`);

interface JournalEntry {
  readonly target: string;
  readonly tmp: string;
  /** The old content's hard link; null when the target did not exist. */
  readonly bak: string | null;
  /** `dev:ino` of the new content (step 3 on): a target is ours to undo only while it is this file. */
  readonly id: string | null;
}

interface Journal {
  readonly version: number;
  readonly pid: number;
  /** The primary journal: while it holds the files' ids, the group needs undoing. */
  readonly primary: string;
  /** Every journal of the group (the primary first). */
  readonly journals: readonly string[];
  /** Step 5: every target holds its new content; nothing is to be undone. */
  readonly committed: boolean;
  readonly files: readonly JournalEntry[];
}

function tryUnlink(p: string): void {
  try {
    fs.unlinkSync(p);
  } catch {
    // already gone
  }
}

/** `dev:ino` of a path (not following a link), or null when there is none. */
function fileId(p: string): string | null {
  try {
    const st = fs.lstatSync(p, { bigint: true });
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

const exists = (p: string): boolean => fileId(p) !== null;

/** Whether a process with this id runs (EPERM: it runs, as another user). */
export function pidAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

/**
 * Whether files named with this pid are leftovers. Our own pid counts: writes are synchronous, so
 * when recovery runs this process has none in flight, and such files are from an earlier process
 * that had the same id.
 */
const gone = (pid: number): boolean => pid === process.pid || !pidAlive(pid);

function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // not every platform or file system can fsync a directory
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Write a file's content and flush it to the disk before anything refers to it. */
function writeDurable(file: string, data: string | Uint8Array): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A journal, or null when it cannot be one of ours (torn while step 1 wrote it, or foreign). */
function readJournal(file: string): Journal | null {
  let j: Journal;
  try {
    j = JSON.parse(fs.readFileSync(file, 'utf8')) as Journal;
  } catch {
    return null;
  }
  const okEntry = (f: JournalEntry) =>
    f !== null &&
    typeof f === 'object' &&
    typeof f.target === 'string' &&
    typeof f.tmp === 'string' &&
    (f.id === null || typeof f.id === 'string') &&
    (f.bak === null || typeof f.bak === 'string');
  const ok =
    j !== null &&
    typeof j === 'object' &&
    j.version === JOURNAL_VERSION &&
    Number.isSafeInteger(j.pid) &&
    typeof j.primary === 'string' &&
    typeof j.committed === 'boolean' &&
    Array.isArray(j.journals) &&
    j.journals.every((x) => typeof x === 'string') &&
    Array.isArray(j.files) &&
    j.files.every(okEntry);
  return ok ? j : null;
}

/**
 * Resolve a group from any of its journals. While the primary holds the files' ids (steps 3-4), every
 * target that is still the group's new file (same device and inode) gets its old content back, or
 * is removed when it did not exist; a target not renamed yet, or replaced since by someone else, is
 * left alone. Otherwise nothing was renamed, or everything was and the group committed. Then every
 * temporary, backup and journal of the group goes, the primary last. Idempotent: a recovery killed
 * half-way is finished by the next one.
 */
function resolveGroup(j: Journal): 'rolled back' | 'clean' {
  const primary = exists(j.primary) ? readJournal(j.primary) : null;
  const undo = primary !== null && !primary.committed && primary.files.every((f) => f.id !== null);
  if (undo) {
    for (const f of [...primary.files].reverse()) {
      if (fileId(f.target) !== f.id) continue;
      try {
        if (f.bak === null) fs.unlinkSync(f.target);
        else if (exists(f.bak)) fs.renameSync(f.bak, f.target); // the old inode, back in place
      } catch (e) {
        // ENOENT: another process recovering the same group got there first.
        if ((e as { code?: string }).code !== 'ENOENT') throw e;
      }
    }
  }
  for (const f of j.files) {
    tryUnlink(f.tmp);
    if (f.bak !== null) tryUnlink(f.bak);
  }
  for (const dir of new Set(j.files.map((f) => path.dirname(f.target)))) fsyncDir(dir);
  for (const journal of j.journals) tryUnlink(tmpName(journal, j.pid));
  for (const journal of j.journals) if (journal !== j.primary) tryUnlink(journal);
  tryUnlink(j.primary);
  fsyncDir(path.dirname(j.primary));
  return undo ? 'rolled back' : 'clean';
}

/**
 * Finish what interrupted rnnc processes left in `dir`: resolve the groups whose journals belong to
 * dead processes (see above), then remove dead processes' `*.tmp-<pid>` and `*.bak-<pid>` files.
 * Files of running processes are left alone. Returns what it did.
 */
export function recoverInterruptedWrites(dir: string): { rolledBack: number; cleaned: number; removed: number } {
  const done = { rolledBack: 0, cleaned: 0, removed: 0 };
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return done; // no directory, nothing to recover
  }
  for (const name of names) {
    const m = JOURNAL_RE.exec(name);
    if (!m || !gone(Number(m[1]))) continue;
    const file = path.join(dir, name);
    if (!exists(file)) continue; // resolved with another journal of its group
    const j = readJournal(file);
    if (j === null) {
      // Torn while step 1 wrote it: no file of the group had been renamed, and none is listed here.
      tryUnlink(file);
      done.cleaned++;
    } else {
      let r: 'rolled back' | 'clean';
      try {
        r = resolveGroup(j);
      } catch (e) {
        throw new Error(`cannot finish the write that an interrupted rnnc (pid ${j.pid}) recorded in '${file}': ${(e as Error).message}`);
      }
      if (r === 'rolled back') done.rolledBack++;
      else done.cleaned++;
    }
  }
  for (const name of fs.readdirSync(dir)) {
    const m = STRAY_RE.exec(name);
    if (!m || !gone(Number(m[1]))) continue;
    const file = path.join(dir, name);
    try {
      if (!fs.lstatSync(file).isFile()) continue;
    } catch {
      continue;
    }
    tryUnlink(file);
    done.removed++;
  }
  return done;
}

/** Write one file atomically. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  writeFilesAtomic([{ path: file, data }]);
}

/**
 * Write several files; either all of them are replaced or none is, also when the process is killed
 * (see the protocol above: a killed group is resolved by the next call that writes into one of its
 * directories). Directories are created as needed.
 */
export function writeFilesAtomic(files: readonly FileToWrite[]): void {
  const targets = files.map((f) => path.resolve(f.path));
  if (new Set(targets).size !== targets.length) throw new Error('writeFilesAtomic: the same path is written twice');
  if (targets.length === 0) return;
  const dirs = [...new Set(targets.map((t) => path.dirname(t)))];
  for (const dir of dirs) recoverInterruptedWrites(dir);

  const primary = journalName(dirs[0]);
  const journals = dirs.map((d) => journalName(d));
  const entries: JournalEntry[] = targets.map((target) => ({
    target,
    tmp: tmpName(target),
    bak: fs.existsSync(target) && fs.statSync(target).isFile() ? bakName(target) : null,
    id: null,
  }));
  const journal = (files: JournalEntry[], committed = false): string =>
    `${JSON.stringify({ version: JOURNAL_VERSION, pid: process.pid, primary, journals, committed, files } satisfies Journal, null, 1)}\n`;
  /** The primary's new version, in one rename. */
  const replacePrimary = (text: string) => {
    writeDurable(tmpName(primary), text);
    fs.renameSync(tmpName(primary), primary);
    fsyncDir(dirs[0]);
  };
  const written: string[] = [];
  const cleanUp = () => {
    for (const f of entries) {
      tryUnlink(f.tmp);
      if (f.bak !== null) tryUnlink(f.bak);
    }
    tryUnlink(tmpName(primary));
    for (const j of [...written].reverse()) tryUnlink(j);
  };
  // Steps 1-3: journals, new contents, old contents' links; nothing visible changes.
  try {
    for (const j of journals) {
      fs.mkdirSync(path.dirname(j), { recursive: true });
      written.push(j);
      writeDurable(j, journal(entries));
      fsyncDir(path.dirname(j));
    }
    for (let i = 0; i < files.length; i++) writeDurable(entries[i].tmp, files[i].data);
    for (const f of entries) {
      if (f.bak === null) continue;
      tryUnlink(f.bak);
      fs.linkSync(f.target, f.bak);
    }
    replacePrimary(journal(entries.map((f) => ({ ...f, id: fileId(f.tmp) }))));
  } catch (e) {
    cleanUp();
    throw e;
  }

  // Step 4: the renames; on a failure, the same undo a later recovery would do.
  try {
    for (const f of entries) fs.renameSync(f.tmp, f.target);
    for (const dir of dirs) fsyncDir(dir);
  } catch (e) {
    try {
      const j = readJournal(primary);
      if (j) resolveGroup(j);
    } catch {
      // best effort: the journal stays, and the next write there finishes the undo
    }
    throw e;
  }

  // Step 5: commit (one rename), then the leftovers, the primary last.
  try {
    replacePrimary(journal(entries, true));
  } catch (e) {
    try {
      const j = readJournal(primary);
      if (j && !j.committed) resolveGroup(j);
    } catch {
      // best effort, as above
    }
    throw e;
  }
  for (const f of entries) if (f.bak !== null) tryUnlink(f.bak);
  for (const j of journals.slice(1)) tryUnlink(j);
  fs.unlinkSync(primary);
}

/**
 * A fresh temporary directory `os.tmpdir()/<prefix><pid>-XXXXXX`, after removing the ones with this
 * prefix that processes no longer running left behind (a killed `rnnc run` cannot remove its own).
 */
export function makeTempDir(prefix: string): string {
  removeStaleTempDirs(prefix);
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}${process.pid}-`));
}

/** Remove `os.tmpdir()/<prefix><pid>-*` directories whose process is gone; returns how many. */
export function removeStaleTempDirs(prefix: string): number {
  const re = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)-[^/]+$`);
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(os.tmpdir());
  } catch {
    return 0;
  }
  for (const name of names) {
    const m = re.exec(name);
    if (!m || pidAlive(Number(m[1]))) continue;
    try {
      fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
      removed++;
    } catch {
      // another process removed it, or it is not ours to remove
    }
  }
  return removed;
}
