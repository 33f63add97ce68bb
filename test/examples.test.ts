// The training examples, quick versions: examples/spam/train.mjs and examples/names/train.mjs run as
// a user runs them (`node ...`, which compiles the model with the real CLI), on a small slice of
// their data sets. The loss must fall, the report must be printed, and a checkpoint written at the
// end of an epoch must resume: the resumed epoch continues the same trajectory as a run that never
// stopped (same data order, optimizer state and step count), so its loss is the same number.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(new URL('..', import.meta.url).pathname);

interface Epoch {
  epoch: number;
  loss: number;
  step: number;
  [k: string]: unknown;
}
interface Report {
  resumedFrom: number;
  history: Epoch[];
  [k: string]: unknown;
}

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-examples-'));
});
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs an example script (not on a TTY: one plain line per epoch) and reads its --json report. */
function train(script: string, args: string[], tag: string): { stdout: string; report: Report } {
  const json = path.join(dir, `${tag}.json`);
  const r = spawnSync(process.execPath, [path.join(root, script), '--quick', '--out', path.join(dir, 'out'), '--json', json, ...args], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  expect(r.stderr).toBe('');
  return { stdout: r.stdout, report: JSON.parse(fs.readFileSync(json, 'utf8')) as Report };
}

describe('examples/spam: LSTM spam filter on SpamAssassin', () => {
  it('trains (loss falls), reports accuracies, and resumes from a checkpoint on the same trajectory', { timeout: 240_000 }, () => {
    const ckpt = path.join(dir, 'spam.ckpt');
    const full = train('examples/spam/train.mjs', ['--epochs', '3'], 'spam-full');
    expect(full.stdout).toMatch(/^spam_lstm: 160 training \/ 40 validation emails/m);
    expect(full.stdout).toMatch(/^epoch 1\/3 {2}loss \d\.\d{4} {2}train acc \d\.\d{4} {2}val acc \d\.\d{4}/m);
    expect(full.stdout).toMatch(/^spam_lstm report$/m);
    expect(full.stdout).toMatch(/^ {2}val accuracy {5}\d\.\d{4}/m);
    const h = full.report.history;
    expect(h.map((e) => e.epoch)).toEqual([1, 2, 3]);
    expect(h[2].loss).toBeLessThan(h[0].loss * 0.7);
    for (const e of h) {
      for (const acc of [e.trainAcc, e.valAcc] as number[]) {
        expect(acc).toBeGreaterThanOrEqual(0);
        expect(acc).toBeLessThanOrEqual(1);
      }
    }

    // Two epochs with a checkpoint, then one more from it.
    const first = train('examples/spam/train.mjs', ['--epochs', '2', '--checkpoint', ckpt], 'spam-a');
    expect(fs.existsSync(ckpt)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]); // written atomically, nothing left over
    expect(first.report.history.map((e) => e.loss)).toEqual(h.slice(0, 2).map((e) => e.loss));
    const resumed = train('examples/spam/train.mjs', ['--epochs', '3', '--resume', ckpt], 'spam-b');
    expect(resumed.stdout).toMatch(/^resumed from .*spam\.ckpt: step 10, 2 epoch\(s\) done$/m);
    expect(resumed.report.resumedFrom).toBe(2);
    expect(resumed.report.history.map((e) => e.epoch)).toEqual([3]);
    expect(resumed.report.history[0].step).toBe(h[2].step);
    expect(resumed.report.history[0].loss).toBe(h[2].loss);
  });
});

describe('examples/names: character-level LSTM language model with truncated BPTT', () => {
  it('trains (loss per character falls), samples names, and resumes from a checkpoint on the same trajectory', { timeout: 240_000 }, () => {
    const ckpt = path.join(dir, 'names.ckpt');
    const full = train('examples/names/train.mjs', ['--epochs', '2'], 'names-full');
    expect(full.stdout).toMatch(/^names: 450 training \/ 50 validation names/m);
    expect(full.stdout).toMatch(/^epoch 2\/2 {2}loss\/char \d\.\d{4} {2}val loss\/char \d\.\d{4} {2}val perplexity \d+\.\d{2}/m);
    expect(full.stdout).toMatch(/^names report$/m);
    expect(full.stdout).toMatch(/^ {2}samples \(temperature 0\.8, \d+ of 10 not in the lists\):$/m);
    const h = full.report.history;
    expect(h.map((e) => e.epoch)).toEqual([1, 2]);
    expect(h[1].step).toBe(2 * h[0].step);
    expect(h[1].loss).toBeLessThan(h[0].loss - 0.05);
    expect(h[1].valLoss as number).toBeLessThan(h[0].valLoss as number);
    expect(h[1].valLoss as number).toBeLessThan(Math.log(30)); // better than guessing uniformly
    const samples = (full.report as unknown as { samples: string[] }).samples;
    expect(samples).toHaveLength(10);
    for (const s of samples) expect(s).toMatch(/^[a-z' -]*$/);

    // One epoch with a checkpoint, then the second from it (the LSTM state is reset at each epoch).
    const first = train('examples/names/train.mjs', ['--epochs', '1', '--checkpoint', ckpt, '--samples', '0'], 'names-a');
    expect(first.report.history.map((e) => e.loss)).toEqual([h[0].loss]);
    const resumed = train('examples/names/train.mjs', ['--epochs', '2', '--resume', ckpt, '--samples', '0'], 'names-b');
    expect(resumed.stdout).toMatch(/^resumed from .*names\.ckpt: step \d+, 1 epoch\(s\) done$/m);
    expect(resumed.report.history.map((e) => e.epoch)).toEqual([2]);
    expect(resumed.report.history[0].step).toBe(h[1].step);
    expect(resumed.report.history[0].loss).toBe(h[1].loss);
    expect(resumed.report.history[0].valLoss).toBe(h[1].valLoss);
  });

  it('--model mingru: two minGRU layers trained as parallel log-space scans, then sampled one character per call', { timeout: 240_000 }, () => {
    const run = train('examples/names/train.mjs', ['--model', 'mingru', '--epochs', '2'], 'names-mingru');
    expect(run.report.model).toBe('names_mingru');
    const h = run.report.history;
    expect(h[1].loss).toBeLessThan(h[0].loss - 0.05);
    expect(h[1].valLoss as number).toBeLessThan(Math.log(30));
    const samples = (run.report as unknown as { samples: string[] }).samples;
    expect(samples).toHaveLength(10);
    for (const s of samples) expect(s).toMatch(/^[a-z' -]*$/);
  });
});
