// All-or-nothing file writes for the CLI that hold even when the process is killed (kill -9, a
// crash) at any point, also between two renames.
//
// Every name rnnc makes carries an rnnc-specific marker and the writing group's owner tag
// `<pid>-<threadId>-<random>` (OWNER below): temporaries `TARGET.rnnc-tmp-OWNER`, backups
// `TARGET.rnnc-bak-OWNER`, journals `.rnnc-journal-OWNER.json`. Two writers never share a name,
// also not two threads of one process, and no user file (`notes.txt.bak-123`, `x.tmp-9`) matches.
//
// Protocol for one group of files (`writeFilesAtomic`), the "primary" journal being the one in the
// first file's directory:
//   1. the journal is written (and fsynced) in every directory the group writes to, the primary
//      first: it lists every target, its temporary and its backup, so each directory that will
//      hold any of our files names all of them;
//   2. every file's content goes to its temporary (fsynced); every existing target gets its backup,
//      a hard link to the old content (a copy with the same mode where the file system has no hard
//      links); nothing visible has changed yet;
//   3. the primary is replaced (temporary + rename) by one that also holds the identity
//      (device:inode) of each new file: from here on, recovery undoes;
//   4. the temporaries are renamed over the targets, one by one;
//   5. COMMIT: the primary is replaced (temporary + rename) by one marked committed: the single
//      point where the group turns from old to new; then the backups, the other journals and
//      last the primary are removed (whatever is left, the primary is, so any directory of the
//      group leads to it).
// A failure in step 4 rolls the group back at once. A killed process leaves its journals; the next
// writeFilesAtomic into any directory of the group finds a journal of a dead owner and resolves the
// whole group: while the primary holds the identities and is not marked committed (killed in steps
// 3-4), every target that is still the group's new file gets its old content back (or is removed,
// if it did not exist before); otherwise nothing needs undoing. Either way every temporary, backup
// and journal of the group goes. The same pass removes any other `*.rnnc-tmp-OWNER` /
// `*.rnnc-bak-OWNER` file of a dead owner in that directory.
//
// A journal is a file anyone can put into a folder (a repository or an archive can ship one), so
// recovery trusts one only when it is consistent with the names this code makes (see
// `readJournal`): every temporary and backup is its target's name plus the marker and the
// journal's own owner, every journal is `<folder>/.rnnc-journal-OWNER.json` for exactly the folders
// of the targets, the journal read is one of them, and the owner in its name is its own. Anything
// else is left alone: neither the journal nor any file it names is touched. And recovery touches a
// folder only while that folder holds the group's journal (a real group has one in every folder in
// which it has anything left to undo or remove), so a journal cannot reach into a folder it is not in.
//
// Liveness: files of another process are leftovers when no process with that id runs. Files with
// this process's id are leftovers only when they carry this thread's id (writes are synchronous, so
// this thread has none in flight while it recovers: they are from an earlier process that had the
// same id); files of another thread of this process with the same id are left alone (another thread
// of this process may be writing them), so such leftovers of an earlier process wait for a later one.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';

export interface FileToWrite {
  readonly path: string;
  readonly data: string | Uint8Array;
}

const JOURNAL_VERSION = 2;
/** `<pid>-<threadId>-<random>`: who wrote a group. */
const OWNER = String.raw`(\d+)-(\d+)-[0-9a-f]{8,32}`;
const OWNER_RE = new RegExp(`^${OWNER}$`);
const JOURNAL_RE = new RegExp(String.raw`^\.rnnc-journal-(${OWNER})\.json$`);
/** Our temporaries and backups: `NAME.rnnc-tmp-OWNER`, `NAME.rnnc-bak-OWNER`. */
const STRAY_RE = new RegExp(String.raw`^.+\.rnnc-(?:tmp|bak)-(${OWNER})$`);
const ID_RE = /^\d+:\d+$/;

const tmpName = (p: string, owner: string): string => `${p}.rnnc-tmp-${owner}`;
const bakName = (p: string, owner: string): string => `${p}.rnnc-bak-${owner}`;
const journalBase = (owner: string): string => `.rnnc-journal-${owner}.json`;
const journalName = (dir: string, owner: string): string => path.join(dir, journalBase(owner));
const newOwner = (): string => `${process.pid}-${threadId}-${crypto.randomBytes(8).toString('hex')}`;

interface JournalEntry {
  readonly target: string;
  readonly tmp: string;
  /** The old content's hard link (or copy); null when the target did not exist. */
  readonly bak: string | null;
  /** `dev:ino` of the new content (step 3 on): a target is ours to undo only while it is this file. */
  readonly id: string | null;
}

interface Journal {
  readonly version: number;
  /** `<pid>-<threadId>-<random>`, also in every name the group uses. */
  readonly owner: string;
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

const isFile = (p: string): boolean => {
  try {
    return fs.lstatSync(p).isFile();
  } catch {
    return false;
  }
};

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
 * Whether files of this owner (`<pid>-<threadId>-...`) are leftovers. This process's own id counts
 * only with this thread's id: writes are synchronous, so when recovery runs this thread has none in
 * flight, and such files are from an earlier process that had the same id; another thread of this
 * process may be writing its own right now.
 */
function gone(owner: string): boolean {
  const m = OWNER_RE.exec(owner);
  if (!m) return false;
  const pid = Number(m[1]);
  if (pid === process.pid) return Number(m[2]) === threadId;
  return !pidAlive(pid);
}

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

/** Flush a file that exists to the disk. */
function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Errors of `link` that mean "this file system has no hard links (here)". */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EXDEV', 'EACCES']);

/** The backup of an existing target: a hard link, or, where there are none, a copy with its mode. */
function makeBackup(target: string, bak: string): void {
  tryUnlink(bak);
  try {
    fs.linkSync(target, bak);
    return;
  } catch (e) {
    if (!NO_LINKS.has((e as { code?: string }).code ?? '')) throw e;
  }
  fs.copyFileSync(target, bak, fs.constants.COPYFILE_EXCL);
  fs.chmodSync(bak, fs.statSync(target).mode & 0o7777);
  fsyncFile(bak);
}

type Parsed = { ok: true; journal: Journal } | { ok: false; torn: boolean };

/**
 * A journal, when `file` is one that this code wrote: well-formed, and every name in it one this
 * code makes (see the header). `torn`: not JSON at all (a journal of ours killed while step 1 wrote
 * it, the only kind recovery removes without acting on it).
 */
function parseJournal(file: string): Parsed {
  let j: Journal;
  try {
    j = JSON.parse(fs.readFileSync(file, 'utf8')) as Journal;
  } catch (e) {
    return { ok: false, torn: e instanceof SyntaxError };
  }
  const bad: Parsed = { ok: false, torn: false };
  if (j === null || typeof j !== 'object' || j.version !== JOURNAL_VERSION) return bad;
  const { owner, pid, primary, journals, committed, files } = j;
  if (typeof owner !== 'string' || !OWNER_RE.test(owner) || pid !== Number(OWNER_RE.exec(owner)?.[1])) return bad;
  if (path.basename(file) !== journalBase(owner)) return bad; // the owner in the name is its own
  if (typeof committed !== 'boolean' || typeof primary !== 'string') return bad;
  if (!Array.isArray(files) || files.length === 0 || !Array.isArray(journals)) return bad;
  const targets = new Set<string>();
  for (const f of files as unknown[]) {
    if (f === null || typeof f !== 'object') return bad;
    const { target, tmp, bak, id } = f as JournalEntry;
    if (typeof target !== 'string' || !path.isAbsolute(target) || path.resolve(target) !== target) return bad;
    if (path.basename(target) === '' || path.dirname(target) === target || targets.has(target)) return bad;
    if (tmp !== tmpName(target, owner)) return bad;
    if (bak !== null && bak !== bakName(target, owner)) return bad;
    if (id !== null && (typeof id !== 'string' || !ID_RE.test(id))) return bad;
    targets.add(target);
  }
  // Exactly one journal per folder of the targets, in the order the writer makes them.
  const dirs = [...new Set([...targets].map((t) => path.dirname(t)))];
  if (journals.length !== dirs.length || !dirs.every((d, i) => journals[i] === journalName(d, owner))) return bad;
  if (primary !== journals[0]) return bad;
  // The file read is one of the journals it lists (by identity: the folder may be reached another way).
  const self = fileId(file);
  if (self === null || !journals.some((p) => fileId(p) === self)) return bad;
  return { ok: true, journal: j };
}

function readJournal(file: string): Journal | null {
  const r = parseJournal(file);
  return r.ok ? r.journal : null;
}

/**
 * Resolve a group from any of its (validated) journals. While the primary holds the files' ids
 * (steps 3-4), every target that is still the group's new file (same device and inode) gets its old
 * content back, or is removed when it did not exist; a target not renamed yet, or replaced since by
 * someone else, is left alone. Otherwise nothing was renamed, or everything was and the group
 * committed. Then every temporary, backup and journal of the group goes, the primary last. Only
 * folders that still hold the group's journal are touched (the writer and this function remove a
 * folder's journal only after everything else of the group there). Idempotent: a recovery killed
 * half-way is finished by the next one.
 */
function resolveGroup(j: Journal): 'rolled back' | 'clean' {
  const held = new Set(j.journals.filter(isFile).map((p) => path.dirname(p)));
  const ours = (p: string) => held.has(path.dirname(p));
  const primaryJournal = held.has(path.dirname(j.primary)) ? readJournal(j.primary) : null;
  const primary = primaryJournal !== null && primaryJournal.owner === j.owner ? primaryJournal : null;
  const undo = primary !== null && !primary.committed && primary.files.every((f) => f.id !== null);
  if (undo) {
    for (const f of [...primary.files].reverse()) {
      if (!ours(f.target) || fileId(f.target) !== f.id) continue;
      try {
        if (f.bak === null) fs.unlinkSync(f.target);
        else if (exists(f.bak)) fs.renameSync(f.bak, f.target); // the old content, back in place
      } catch (e) {
        // ENOENT: another process recovering the same group got there first.
        if ((e as { code?: string }).code !== 'ENOENT') throw e;
      }
    }
  }
  for (const f of j.files) {
    if (!ours(f.target)) continue;
    tryUnlink(f.tmp);
    if (f.bak !== null) tryUnlink(f.bak);
  }
  for (const dir of held) fsyncDir(dir);
  for (const journal of j.journals) if (ours(journal)) tryUnlink(tmpName(journal, j.owner));
  for (const journal of j.journals) if (journal !== j.primary && ours(journal)) tryUnlink(journal);
  if (ours(j.primary)) {
    tryUnlink(j.primary);
    fsyncDir(path.dirname(j.primary));
  }
  return undo ? 'rolled back' : 'clean';
}

/**
 * Finish what interrupted rnnc processes left in `dir`: resolve the groups whose journals belong to
 * dead owners (see above), then remove dead owners' `*.rnnc-tmp-OWNER` and `*.rnnc-bak-OWNER`
 * files. Files of running processes are left alone, and so is a journal that is not consistent
 * (`ignored`: neither it nor anything it names is touched). Returns what it did.
 */
export function recoverInterruptedWrites(dir: string): { rolledBack: number; cleaned: number; removed: number; ignored: number } {
  const done = { rolledBack: 0, cleaned: 0, removed: 0, ignored: 0 };
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return done; // no directory, nothing to recover
  }
  for (const name of names) {
    const m = JOURNAL_RE.exec(name);
    if (!m || !gone(m[1])) continue;
    const file = path.join(dir, name);
    if (!isFile(file)) continue; // resolved with another journal of its group, or not a file
    const r = parseJournal(file);
    if (!r.ok) {
      if (r.torn) {
        // Torn while step 1 wrote it: no file of the group had been renamed, and none is listed here.
        tryUnlink(file);
        done.cleaned++;
      } else done.ignored++;
      continue;
    }
    let res: 'rolled back' | 'clean';
    try {
      res = resolveGroup(r.journal);
    } catch (e) {
      throw new Error(`cannot finish the write that an interrupted rnnc (pid ${r.journal.pid}) recorded in '${file}': ${(e as Error).message}`);
    }
    if (res === 'rolled back') done.rolledBack++;
    else done.cleaned++;
  }
  for (const name of fs.readdirSync(dir)) {
    const m = STRAY_RE.exec(name);
    if (!m || !gone(m[1])) continue;
    const file = path.join(dir, name);
    if (!isFile(file)) continue;
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

  const owner = newOwner();
  const primary = journalName(dirs[0], owner);
  const journals = dirs.map((d) => journalName(d, owner));
  const entries: JournalEntry[] = targets.map((target) => ({
    target,
    tmp: tmpName(target, owner),
    bak: fs.existsSync(target) && fs.statSync(target).isFile() ? bakName(target, owner) : null,
    id: null,
  }));
  const journal = (files: JournalEntry[], committed = false): string =>
    `${JSON.stringify({ version: JOURNAL_VERSION, owner, pid: process.pid, primary, journals, committed, files } satisfies Journal, null, 1)}\n`;
  /** The primary's new version, in one rename. */
  const replacePrimary = (text: string) => {
    writeDurable(tmpName(primary, owner), text);
    fs.renameSync(tmpName(primary, owner), primary);
    fsyncDir(dirs[0]);
  };
  const written: string[] = [];
  const cleanUp = () => {
    for (const f of entries) {
      tryUnlink(f.tmp);
      if (f.bak !== null) tryUnlink(f.bak);
    }
    tryUnlink(tmpName(primary, owner));
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
    for (const f of entries) if (f.bak !== null) makeBackup(f.target, f.bak);
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
