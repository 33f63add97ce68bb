#!/usr/bin/env node
// Reads a vitest JSON report (--reporter=json --outputFile=...) and prints, as its last line,
// `N passed, N failed` (plus `, N skipped` when tests were skipped or todo).
// Exit status: 0 when the report exists, at least one test ran and none failed; 1 otherwise.
import * as fs from 'node:fs';

const file = process.argv[2] ?? '.vitest-report.json';
let report;
try {
  report = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  process.stderr.write(`ci-summary: cannot read the vitest report '${file}': ${e.message}\n`);
  process.stdout.write('0 passed, 0 failed\n');
  process.exit(1);
}

const n = (k) => (Number.isFinite(report[k]) ? report[k] : 0);
const passed = n('numPassedTests');
const failed = n('numFailedTests');
const skipped = n('numPendingTests') + n('numTodoTests');
const failedFiles = n('numFailedTestSuites');

if (failedFiles > 0 && failed === 0) process.stderr.write(`ci-summary: ${failedFiles} test file(s) failed outside any test\n`);
if (passed + failed === 0) process.stderr.write('ci-summary: no test ran\n');
process.stdout.write(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`);
process.exit(failed > 0 || passed + failed === 0 || report.success === false ? 1 : 0);
