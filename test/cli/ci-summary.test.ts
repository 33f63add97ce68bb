// scripts/ci-summary.mjs: the final `N passed, N failed[, N skipped]` line of .ci/run.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, tmpDir, removeTmpDirs } from './helpers.js';

afterAll(removeTmpDirs);

function summary(report: unknown): { code: number | null; stdout: string } {
  const dir = tmpDir();
  const file = path.join(dir, 'report.json');
  if (report !== undefined) fs.writeFileSync(file, JSON.stringify(report));
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'ci-summary.mjs'), file], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout };
}

const base = { numTotalTests: 0, numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, numFailedTestSuites: 0, success: true, testResults: [] };

describe('ci-summary', () => {
  it('prints passed and failed counts and exits 0 when all pass', () => {
    const r = summary({ ...base, numTotalTests: 12, numPassedTests: 12 });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('12 passed, 0 failed\n');
  });

  it('adds skipped (pending + todo) and exits 1 on failures', () => {
    const r = summary({ ...base, numTotalTests: 10, numPassedTests: 6, numFailedTests: 1, numPendingTests: 2, numTodoTests: 1, success: false });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('6 passed, 1 failed, 3 skipped\n');
  });

  it('exits 1 when no test ran or the report is missing', () => {
    expect(summary({ ...base })).toEqual({ code: 1, stdout: '0 passed, 0 failed\n' });
    expect(summary(undefined)).toEqual({ code: 1, stdout: '0 passed, 0 failed\n' });
  });
});
