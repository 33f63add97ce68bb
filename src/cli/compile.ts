// `rnnc compile`: model file -> IR -> generated module files (or the IR text with --emit).

import * as path from 'node:path';
import { RnncError } from '../frontend/diagnostics.js';
import { printModule } from '../ir/printer.js';
import type { Module } from '../ir/types.js';
import {
  COMPILE_HELP,
  EMITS,
  oneOf,
  parse,
  str,
  TARGETS,
  TRACE_OPTIONS,
  traceOptions,
  UsageError,
  type Emit,
  type Target,
} from './args.js';
import type { Io } from './io.js';
import { writeFilesAtomic, type FileToWrite } from './write-atomic.js';
import { passNames } from '../passes/pipeline.js';
import { compileModel } from '../codegen/programs.js';
import { loadBackend, TARGET_NAMES, type TargetName } from '../codegen/targets.js';

/** Targets to generate for `--target`: 'all' is every one. */
export function resolveTargets(target: Target): TargetName[] {
  return target === 'all' ? [...TARGET_NAMES] : [target];
}

/** A model name used as a file name must be one plain file name. */
export function checkModelName(m: Module): string {
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(m.name)) {
    throw new RnncError(`model name '${m.name}' cannot be used as a file name (use letters, digits, '_', '-', '.')`, m.source ? { file: m.source, line: 1, col: 1 } : undefined);
  }
  return m.name;
}

export interface Generated {
  readonly files: FileToWrite[];
  /** Per target, the path of the file an app imports. */
  readonly entries: ReadonlyMap<TargetName, string>;
}

/**
 * The files of every target for one model, without writing them (files shared by targets appear
 * once). The pipeline runs once (compileModel); each target renders its program set.
 */
export async function generate(m: Module, targets: readonly TargetName[], outDir: string, passes?: readonly string[]): Promise<Generated> {
  checkModelName(m);
  const compiled = compileModel(m, passes ? { passes } : {});
  const files = new Map<string, FileToWrite>();
  const entries = new Map<TargetName, string>();
  for (const t of targets) {
    const backend = await loadBackend(t);
    const out = await backend.render(compiled.programs(backend.kernels));
    for (const f of out.files) files.set(f.name, { path: path.join(outDir, f.name), data: f.data });
    entries.set(t, path.join(outDir, out.entry));
  }
  return { files: [...files.values()], entries };
}

/** `--passes a,b,c`: the IR passes to run (default all; `none` for none). Unknown names are usage errors. */
export function parsePasses(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value === 'none' ? [] : value.split(',').map((p) => p.trim()).filter(Boolean);
  const known = passNames();
  for (const n of names) {
    if (!known.includes(n)) throw new UsageError(`unknown pass '${n}' for --passes (passes: ${known.join(', ')}; or none)`, 'compile');
  }
  return names;
}

/** A path as the user would type it: relative to the current directory when below it. */
export function shownPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

const withNewline = (s: string): string => (s.endsWith('\n') ? s : `${s}\n`);

export async function compileCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('compile', args, {
    target: { type: 'string' },
    out: { type: 'string' },
    emit: { type: 'string' },
    passes: { type: 'string' },
    stats: { type: 'boolean' },
    'no-typecheck': { type: 'boolean' },
    ...TRACE_OPTIONS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(COMPILE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('missing MODEL.ts', 'compile');
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}' (one model file per call)`, 'compile');
  const target = oneOf('target', str(values.target) ?? 'js', TARGETS, 'compile');
  const emit: Emit | undefined = values.emit === undefined ? undefined : oneOf('emit', str(values.emit) ?? '', EMITS, 'compile');
  const outDir = path.resolve(str(values.out) ?? 'out');
  const passes = parsePasses(str(values.passes));
  const targets = emit ? [] : resolveTargets(target);

  // Loaded on demand: ts-morph and esbuild take a while to load, and --help needs neither.
  const { loadModel } = await import('../frontend/load.js');
  const m = await loadModel(positionals[0], { typecheck: !values['no-typecheck'], ...traceOptions(values, 'compile') });
  if (emit === 'ir') {
    io.stdout(withNewline(printModule(m)));
    return 0;
  }
  if (emit === 'ir-opt') {
    const { optimize } = await import('../passes/pipeline.js');
    io.stdout(withNewline(`// passes: ${passes ? passes.join(', ') || '(none)' : passNames().join(', ')}\n${printModule(optimize(m, passes ? { passes } : {}))}`));
    return 0;
  }
  if (values.stats) {
    // Per program: kernels per time step, launches per call, matmul FLOPs and peak bytes, also at a typical size.
    // The programs of the first target named (--target all: js).
    const { formatStats, setStats } = await import('../codegen/stats.js');
    const backend = await loadBackend(targets[0] ?? 'js');
    io.stdout(withNewline(formatStats(setStats(compileModel(m, passes ? { passes } : {}).programs(backend.kernels)), { B: 32, T: 100 })));
  }
  const { files } = await generate(m, targets, outDir, passes);
  writeFilesAtomic(files);
  for (const f of files) io.stdout(`wrote ${shownPath(f.path)}\n`);
  return 0;
}
