// Snapshot files, esbuild style (internal/bundler_tests/snapshots): test/golden holds a few
// directories, each owned by one test file; a file there is either plain text (the printed graph
// IR of an example) or a snapshot file of short named sections:
//
//   <header: what produces the file and how to regenerate it>
//
//   ================================================================================
//   map
//   <the section's text>
//
//   ================================================================================
//   matmul
//   ...
//
// `UPDATE_GOLDEN=1` rewrites every file and section the tests produce and deletes orphans (a file
// no test produces, a section no test produces); without it a missing, different or orphaned
// file or section fails with a message that says how to regenerate. Regenerate everything with
// `npm run golden:update` (UPDATE_GOLDEN=1 vitest run test/golden), then read the diff.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect } from 'vitest';
import { pruneBuffers, type Kernel, type Program, type Stmt } from '../../src/codegen/kernel-ir.js';
import { gradientModules } from '../../src/codegen/gradient-modules.js';
import { schedule } from '../../src/codegen/schedule.js';
import type { Module } from '../../src/ir/types.js';
import { withoutLoss } from '../../src/passes/dce.js';
import { optimize } from '../../src/passes/pipeline.js';

export const root = path.resolve(new URL('../..', import.meta.url).pathname);
export const update = process.env.UPDATE_GOLDEN === '1';
const updateAll = update;

/** The line before each section's name. */
export const SEPARATOR = '='.repeat(80);

/** Every example directory that has a model.ts, sorted. */
export const examples: readonly string[] = fs
  .readdirSync(path.join(root, 'examples'))
  .filter((d) => fs.existsSync(path.join(root, 'examples', d, 'model.ts')))
  .sort();

export function examplePath(ex: string): string {
  return path.join(root, 'examples', ex, 'model.ts');
}

export interface Snapshot {
  /** Compares (or, with UPDATE_GOLDEN=1, records) section `name`. Names are unique per file. */
  section(name: string, text: string): void;
  /** Fails on sections of the file that no `section` call produced; with UPDATE_GOLDEN=1 writes the file. Call once, after every section. */
  finish(): void;
}

export interface GoldenDir {
  /** Compares (or, with UPDATE_GOLDEN=1, writes) the plain file test/golden/<sub>/<name>. */
  check(name: string, actual: string): void;
  /** The snapshot file test/golden/<sub>/<name>, headed by `header` (a few `#` lines saying what produces it). */
  snapshot(name: string, header: string): Snapshot;
  /** Fails on files of the directory that no check or snapshot produced (with UPDATE_GOLDEN=1 deletes them). */
  checkOrphans(): void;
}

/** Section texts end without blank lines; a section is never empty (so that the file parses back). */
function sectionText(text: string): string {
  const t = text.replace(/\s+$/, '');
  return t === '' ? '(empty)' : t;
}

/** Sections of a snapshot file in file order (what precedes the first separator is its header). */
export function parseSnapshot(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const chunks = text.split(`\n${SEPARATOR}\n`);
  for (const chunk of chunks.slice(1)) {
    const nl = chunk.indexOf('\n');
    const name = nl < 0 ? chunk : chunk.slice(0, nl);
    out.set(name, nl < 0 ? '' : sectionText(chunk.slice(nl + 1)));
  }
  return out;
}

export function formatSnapshot(header: string, sections: ReadonlyMap<string, string>): string {
  let out = sectionText(header) + '\n';
  for (const [name, text] of sections) out += `\n${SEPARATOR}\n${name}\n${sectionText(text)}\n`;
  return out;
}

/** `base` and `update` are for the harness's own tests (default test/golden and UPDATE_GOLDEN). */
export function goldenDir(sub: string, opts: { base?: string; update?: boolean } = {}): GoldenDir {
  const dir = path.join(opts.base ?? path.join(root, 'test/golden'), sub);
  const shown = opts.base ? dir : path.posix.join('test/golden', sub);
  const update = opts.update ?? updateAll;
  const produced = new Set<string>();
  const claim = (name: string) => {
    expect(produced.has(name), `${shown}/${name} is produced twice`).toBe(false);
    produced.add(name);
  };
  const read = (file: string): string | null => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
  return {
    check(name, actual) {
      claim(name);
      const file = path.join(dir, name);
      if (update) {
        fs.mkdirSync(dir, { recursive: true });
        if (read(file) !== actual) fs.writeFileSync(file, actual);
        return;
      }
      const want = read(file);
      expect(want !== null, `missing golden file ${shown}/${name}: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual, `${shown}/${name} differs: inspect, then UPDATE_GOLDEN=1 to accept`).toBe(want);
    },
    snapshot(name, header) {
      claim(name);
      const file = path.join(dir, name);
      const where = `${shown}/${name}`;
      const stored = parseSnapshot(read(file) ?? '');
      const sections = new Map<string, string>();
      let finished = false;
      let differs = false;
      return {
        section(sname, text) {
          expect(finished, `${where}: section '${sname}' after finish()`).toBe(false);
          expect(/^[^\n]+$/.test(sname) && sname.trim() === sname, `${where}: bad section name ${JSON.stringify(sname)}`).toBe(true);
          expect(sections.has(sname), `${where}: section '${sname}' is produced twice`).toBe(false);
          const t = sectionText(text);
          expect(t.split('\n').includes(SEPARATOR), `${where}: section '${sname}' contains the separator line`).toBe(false);
          sections.set(sname, t);
          if (update) return;
          const want = stored.get(sname);
          // Soft: every section of the test is compared (and recorded, so finish() reports no false orphans).
          if (want !== t) differs = true;
          if (want === undefined) expect.soft(want, `${where} has no section '${sname}': run with UPDATE_GOLDEN=1`).toBeDefined();
          else expect.soft(t, `${where}, section '${sname}' differs: inspect, then UPDATE_GOLDEN=1 to accept`).toBe(want);
        },
        finish() {
          finished = true;
          if (update) {
            const text = formatSnapshot(header, sections);
            fs.mkdirSync(dir, { recursive: true });
            if (read(file) !== text) fs.writeFileSync(file, text);
            return;
          }
          expect(read(file) !== null, `missing golden file ${where}: run with UPDATE_GOLDEN=1`).toBe(true);
          const orphans = [...stored.keys()].filter((k) => !sections.has(k));
          expect(orphans, `sections of ${where} that no test produces: UPDATE_GOLDEN=1 deletes them`).toEqual([]);
          // Same sections, same order, same header: the file is exactly what UPDATE_GOLDEN=1 would
          // write (not checked again when a section already failed).
          if (!differs) expect(read(file), `${where} is not as UPDATE_GOLDEN=1 writes it (header or order)`).toBe(formatSnapshot(header, sections));
        },
      };
    },
    checkOrphans() {
      const files = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((f) => f.isFile()).map((f) => f.name) : [];
      const orphans = files.filter((f) => !produced.has(f));
      if (update) for (const f of orphans) fs.rmSync(path.join(dir, f));
      else expect(orphans, `golden files in ${shown} with no test producing them: UPDATE_GOLDEN=1 deletes them`).toEqual([]);
    },
  };
}

/** The directories of test/golden, each owned by one test file (golden.test.ts checks that nothing else lies there). */
export const GOLDEN_DIRS = ['examples', 'import', 'sections', 'smoke'] as const;

/** `sha256:` and the first 16 hex digits of the SHA-256 of `data`. */
export function digest(data: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex').slice(0, 16)}`;
}

/** Lines longer than this are shown by their start, length and digest (base64 payloads, minified code). */
export const MAX_LINE = 160;

/** `text` with every line longer than MAX_LINE replaced by its first 60 characters, its length and its digest. */
export function shortLines(text: string): string {
  return text
    .split('\n')
    .map((l) => (l.length <= MAX_LINE ? l : `${l.slice(0, 60)} <<${l.length} chars, ${digest(l)}>>`))
    .join('\n');
}

/**
 * The kernel-IR programs every target renders for a module, scheduled as the targets schedule
 * them: `run` (inference, without the loss) and, for a trainable model, `runEval`, `runTrain` and
 * `runStep` (when it differs from runTrain). (The optimizer's update program depends only on the
 * parameters' shapes and the optimizer: test/golden/sections has one.)
 */
export function programsOf(m: Module): { fn: string; program: Program }[] {
  const out = [{ fn: 'run', program: schedule(optimize(withoutLoss(m)), { training: false }) }];
  if (!m.training) return out;
  const opt = optimize(m);
  const { grad, step } = gradientModules(opt, m.training.loss, {});
  out.push({ fn: 'runEval', program: schedule(opt, { training: false }) });
  out.push({ fn: 'runTrain', program: schedule(grad, { training: true }) });
  if (step) out.push({ fn: 'runStep', program: schedule(step, { training: true }) });
  return out;
}

/**
 * Program `p` cut down to the kernels `keep` selects (with the loops around them), its unused
 * buffers dropped: the input of one section of a target's snapshot file.
 */
export function onlyKernels(p: Program, keep: (k: Kernel, loops: number) => boolean): Program {
  const cut = (ss: readonly Stmt[], depth: number): Stmt[] =>
    ss.flatMap((s): Stmt[] => {
      if (s.kind !== 'loop') return keep(s, depth) ? [s] : [];
      const body = cut(s.body, depth + 1);
      return body.length ? [{ ...s, body }] : [];
    });
  return pruneBuffers({ ...p, body: cut(p.body, 0) });
}
