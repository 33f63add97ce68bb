// `rnnc compile`: model file -> IR -> generated module files (or the IR text with --emit).

import * as path from 'node:path';
import { printModule } from '../ir/printer.js';
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
import { passNames } from '../passes/pipeline.js';
import { compileModel } from '../codegen/programs.js';
import { loadBackend, TARGET_NAMES, type TargetName } from '../codegen/targets.js';
import { inferenceOnly, renderModule, type CompileResult } from '../compiler/compile.js';
import { writeCompiled } from '../compiler/write.js';
import { watchCompile } from '../compiler/watch.js';

/** Targets to generate for `--target`: 'all' is every one. */
export function resolveTargets(target: Target): TargetName[] {
  return target === 'all' ? [...TARGET_NAMES] : [target];
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
    'explain-scan': { type: 'boolean' },
    summary: { type: 'boolean' },
    'inference-only': { type: 'boolean' },
    watch: { type: 'boolean', short: 'w' },
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

  const training = values['inference-only'] !== true;
  const trace = traceOptions(values, 'compile');
  if (values.watch) {
    if (emit) throw new UsageError('--watch writes files; it cannot be combined with --emit', 'compile');
    return watchCommand(positionals[0], { targets, passes, training, typecheck: !values['no-typecheck'], ...trace, summary: values.summary === true }, outDir, io);
  }

  // Loaded on demand: ts-morph and esbuild take a while to load, and --help needs neither.
  const { loadModel } = await import('../frontend/load.js');
  const m = await loadModel(positionals[0], { typecheck: !values['no-typecheck'], ...trace });
  if (values['explain-scan']) {
    const { explainScans, formatVerdicts } = await import('../passes/linear-scans.js');
    io.stdout(withNewline(formatVerdicts(explainScans(m).map((v) => (v.loc ? { ...v, loc: { ...v.loc, file: shownPath(v.loc.file) } } : v)))));
  }
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
    const source = training ? m : inferenceOnly(m);
    io.stdout(withNewline(formatStats(setStats(compileModel(source, passes ? { passes } : {}).programs(backend.kernels)), { B: 32, T: 100 })));
  }
  const { files, meta } = await renderModule(m, targets, { ...(passes ? { passes } : {}), training });
  if (values.summary) io.stdout(withNewline((await import('../runtime/summary.js')).summary(meta)));
  report(writeCompiled(files, outDir), io);
  return 0;
}

function report(w: ReturnType<typeof writeCompiled>, io: Io): void {
  for (const f of w.written) io.stdout(`wrote ${shownPath(f)}\n`);
  for (const warning of w.warnings) io.stderr(`warning: ${warning}\n`);
}

/**
 * `--watch`: compile now and on every change of the model or its imports, until interrupted.
 * A failed compile prints its errors and keeps the last good files.
 */
async function watchCommand(file: string, opts: Parameters<typeof watchCompile>[1] & { summary: boolean }, outDir: string, io: Io): Promise<number> {
  const printSummary = opts.summary ? (await import('../runtime/summary.js')).summary : undefined;
  const done = new Promise<number>((resolve) => {
    const onResult = (r: CompileResult): void => {
      const time = new Date().toTimeString().slice(0, 8);
      if (!r.ok) {
        for (const d of r.diagnostics) io.stderr(`${d.text}\n`);
        io.stderr(`[${time}] compile failed; watching ${r.watchFiles.length} file(s) for changes\n`);
        return;
      }
      try {
        if (printSummary && r.meta) io.stdout(withNewline(printSummary(r.meta)));
        report(writeCompiled(r.files, outDir), io);
        io.stdout(`[${time}] compiled ${r.name}; watching ${r.watchFiles.length} file(s) for changes\n`);
      } catch (e) {
        io.stderr(`[${time}] ${e instanceof Error ? e.message : String(e)}\n`);
      }
    };
    const w = watchCompile(file, opts, onResult);
    const stop = (): void => {
      w.close();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return done;
}
