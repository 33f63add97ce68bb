// Plumbing shared by the example training scripts: compiling the model with the rnnc CLI,
// atomic checkpoint writes, a progress bar, and (from random.mjs) a small seeded PRNG for data shuffling.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time of a file or of every file under a folder. */
export function newest(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const e of fs.readdirSync(p)) t = Math.max(t, newest(path.join(p, e)));
  return t;
}

/** Compiles the model with the rnnc CLI unless out/ already holds a module newer than it and the compiler. */
export function compileModel(modelFile, name, outDir) {
  const js = path.join(outDir, `${name}.js`);
  const runtime = path.join(outDir, 'rnnc-runtime.js');
  const dist = path.join(root, 'dist');
  const stamp = Math.max(newest(modelFile), fs.existsSync(dist) ? newest(dist) : 0);
  if (fs.existsSync(js) && fs.existsSync(runtime) && fs.statSync(js).mtimeMs >= stamp) return js;
  // Compile into a private folder, then move the files in (the module last): a run started
  // meanwhile never imports a half-written module.
  const tmp = path.join(outDir, `.tmp-${process.pid}`);
  fs.mkdirSync(tmp, { recursive: true });
  try {
    const r = spawnSync(process.execPath, [path.join(root, 'bin/rnnc.js'), 'compile', modelFile, '--out', tmp], { encoding: 'utf8' });
    if (r.status !== 0) {
      process.stderr.write(r.stderr || r.stdout);
      console.error(`train.mjs: rnnc compile ${path.relative(process.cwd(), modelFile)} failed (exit ${r.status})`);
      process.exit(1);
    }
    for (const f of ['rnnc-runtime.js', `${name}.d.ts`, `${name}.js`]) fs.renameSync(path.join(tmp, f), path.join(outDir, f));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return js;
}

/** Writes bytes to file atomically: a temporary file beside it, then a rename. */
export function writeAtomic(file, bytes) {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}

export const tty = process.stdout.isTTY === true;
/** One updating line on a TTY; nothing otherwise (scripts print a line per epoch). */
export function progressBar(label, done, total, lossLabel, loss, t0) {
  if (!tty) return;
  const width = 24;
  const fill = Math.round((width * done) / total);
  const secs = (performance.now() - t0) / 1000;
  const eta = done > 0 ? (secs / done) * (total - done) : 0;
  const line = `${label} [${'='.repeat(fill)}${' '.repeat(width - fill)}] ${done}/${total}  ${lossLabel} ${loss.toFixed(4)}  ${secs.toFixed(0)}s  eta ${eta.toFixed(0)}s`;
  process.stdout.write(`\r${line.slice(0, (process.stdout.columns || 80) - 1)}\x1b[K`);
}

export { rng, shuffle } from './random.mjs';
