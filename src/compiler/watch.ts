// `rnnc compile --watch` (and any tool without a bundler): compile, then compile again whenever the
// model file or a local file it imports changes. Folders are watched rather than files, because
// editors often save by writing a new file and renaming it over the old one.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { compile, type CompileOptions, type CompileResult } from './compile.js';

export interface Watcher {
  /** Stops watching; a compile under way finishes, but its result is not reported. */
  close(): void;
}

export interface WatchOptions extends CompileOptions {
  /** Quiet time after the last change before compiling again, in ms (default 50). */
  readonly debounceMs?: number;
}

/** Compile `file` now and after every change to what it reads; `onResult` gets each result in order. */
export function watchCompile(file: string, opts: WatchOptions, onResult: (r: CompileResult) => void | Promise<void>): Watcher {
  const watchers = new Map<string, fs.FSWatcher>();
  let files = new Set<string>([path.resolve(file)]);
  let closed = false;
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const watchDirs = (): void => {
    const dirs = new Set([...files].map((f) => path.dirname(f)));
    for (const [d, w] of watchers) {
      if (!dirs.has(d)) {
        w.close();
        watchers.delete(d);
      }
    }
    for (const d of dirs) {
      if (watchers.has(d)) continue;
      try {
        const w = fs.watch(d, (_event, name) => {
          if (name === null || files.has(path.join(d, name.toString()))) schedule();
        });
        w.on('error', () => {
          w.close();
          watchers.delete(d);
        });
        watchers.set(d, w);
      } catch {
        // A folder that vanished: watched again once a compile names it.
      }
    }
  };

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const r = await compile(file, opts);
        if (closed) return;
        // Keep watching what the last good compile read, plus whatever this one names.
        files = new Set([...(r.ok ? [] : files), ...r.watchFiles]);
        watchDirs();
        await onResult(r);
      } while (again && !closed);
    } finally {
      running = false;
    }
  };

  function schedule(): void {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), opts.debounceMs ?? 50);
  }

  watchDirs();
  void run();
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
