// glslangValidator (Debian glslang-tools), the Khronos reference GLSL front end: exit 2 on an error.
// Shaders are checked in one process per batch (a process per shader costs seconds per example).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const haveValidator = spawnSync('glslangValidator', ['--version']).status === 0;

/** Validates each source; returns, per source, its error text ('' when it compiles). */
export function validateAll(sources: readonly { stage: 'vert' | 'frag'; source: string }[]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-glsl-'));
  try {
    const files = sources.map((s, i) => {
      const f = path.join(dir, `s${i}.${s.stage}`);
      fs.writeFileSync(f, s.source);
      return f;
    });
    const r = spawnSync('glslangValidator', files, { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status === 0) return sources.map(() => '');
    // Output: each file's path on a line of its own, then that file's messages.
    const errs = sources.map(() => '');
    let cur = -1;
    for (const line of `${r.stdout}${r.stderr}`.split('\n')) {
      const k = files.indexOf(line.trim());
      if (k >= 0) cur = k;
      else if (cur >= 0 && line.trim()) errs[cur] += `${line}\n`;
    }
    if (errs.every((e) => !e.includes('ERROR'))) errs[0] = `glslangValidator failed (exit ${r.status}):\n${r.stdout}${r.stderr}`;
    return errs.map((e) => (e.includes('ERROR') ? e : ''));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
