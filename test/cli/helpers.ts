// Helpers for the CLI tests. They spawn `node bin/rnnc.js`, which imports the compiled CLI from
// dist/: the test command (`npm test` = `npm run build && vitest run`) builds it first. When running
// vitest alone, run `npm run build` before `npx vitest run test/cli`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = path.join(root, 'bin', 'rnnc.js');
export const fixture = (name: string): string => path.join('test', 'cli', 'fixtures', name);

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function rnnc(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? root,
    env: { ...process.env, RNNC_DEBUG: '', ...opts.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];

/** A fresh temporary directory, removed by removeTmpDirs() (call it in afterAll). */
export function tmpDir(prefix = 'rnnc-cli-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTmpDirs(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

export function distBuilt(): boolean {
  return fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'));
}
