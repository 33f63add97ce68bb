// All-or-nothing file writes for the CLI. Each file is written to `path + '.tmp-<pid>'` and then
// renamed over its target, so a reader never sees a half-written file. A group of files is written
// together: if any write or rename fails, the files already renamed are rolled back (an existing
// target gets its old content back, a new one is removed) and every temporary file is deleted.

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface FileToWrite {
  readonly path: string;
  readonly data: string | Uint8Array;
}

const tmpName = (p: string): string => `${p}.tmp-${process.pid}`;
const bakName = (p: string): string => `${p}.bak-${process.pid}`;

function tryUnlink(p: string): void {
  try {
    fs.unlinkSync(p);
  } catch {
    // already gone
  }
}

/** Write one file atomically. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  writeFilesAtomic([{ path: file, data }]);
}

/** Write several files; either all of them are replaced or none is (directories are created as needed). */
export function writeFilesAtomic(files: readonly FileToWrite[]): void {
  const targets = files.map((f) => path.resolve(f.path));
  if (new Set(targets).size !== targets.length) throw new Error('writeFilesAtomic: the same path is written twice');
  const tmps: string[] = [];
  // Phase 1: every file's full content lands in its temporary file; nothing visible changes yet.
  try {
    for (let i = 0; i < files.length; i++) {
      fs.mkdirSync(path.dirname(targets[i]), { recursive: true });
      const tmp = tmpName(targets[i]);
      tmps.push(tmp);
      fs.writeFileSync(tmp, files[i].data);
    }
  } catch (e) {
    for (const t of tmps) tryUnlink(t);
    throw e;
  }
  // Phase 2: keep a hard link to each old target, rename the temporaries over the targets,
  // and undo the renames done so far if one fails.
  const baks: (string | null)[] = [];
  let done = 0;
  try {
    for (let i = 0; i < files.length; i++) {
      let bak: string | null = null;
      if (fs.existsSync(targets[i]) && fs.statSync(targets[i]).isFile()) {
        bak = bakName(targets[i]);
        tryUnlink(bak);
        fs.linkSync(targets[i], bak);
      }
      baks.push(bak);
      fs.renameSync(tmps[i], targets[i]);
      done++;
    }
  } catch (e) {
    for (let i = 0; i < done; i++) {
      const bak = baks[i];
      try {
        if (bak) fs.renameSync(bak, targets[i]);
        else tryUnlink(targets[i]);
      } catch {
        // best effort: leave the new file rather than nothing
      }
    }
    for (const t of tmps) tryUnlink(t);
    for (const b of baks) if (b) tryUnlink(b);
    throw e;
  }
  for (const b of baks) if (b) tryUnlink(b);
}
