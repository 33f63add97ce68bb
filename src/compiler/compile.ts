// The programmatic compiler: a model file in, the generated files (in memory) and located
// diagnostics as data out. `rnnc compile`, `rnnc compile --watch` and the bundler plugin are all
// thin callers of `compile`; nothing here writes a file (see `writeCompiled`).

import * as path from 'node:path';
import { RnncError, asRnncError } from '../frontend/diagnostics.js';
import type { Module } from '../ir/types.js';
import { compileModel } from '../codegen/programs.js';
import { loadBackend, TARGET_NAMES, type TargetName } from '../codegen/targets.js';
import type { ModelMeta } from '../runtime/shell.js';
import { passNames } from '../passes/pipeline.js';
import { withoutLoss } from '../passes/dce.js';

export { TARGET_NAMES, type TargetName };

export interface CompileOptions {
  /** One target, several, or 'all' (default 'js'). */
  readonly targets?: TargetName | readonly TargetName[] | 'all';
  /** IR passes to run, in pipeline order (default: all of them; [] for none). */
  readonly passes?: readonly string[];
  /** Type-check the model file first (default true). */
  readonly typecheck?: boolean;
  /**
   * false leaves the training programs (gradients, optimizer update) out of the module: an app that
   * only infers ships less code, and the module has no `trainStep`. Default true.
   */
  readonly training?: boolean;
  /** Let the model's code use files, processes and the environment while it is traced (default false). */
  readonly allowModelIo?: boolean;
  /** Time limit for running the model's code, in seconds. */
  readonly timeoutS?: number;
  /** Heap limit of the process that runs the model's code, in MiB. */
  readonly memoryMb?: number;
  /**
   * Import specifier of the runtime in the generated modules. Default: './rnnc-runtime.js', a
   * bundled copy written among the files. Bundlers pass 'rnnc/runtime' (one copy in an app).
   */
  readonly runtimeImport?: string;
}

/** One problem, located where it was written when rnnc knows the place. */
export interface Diagnostic {
  readonly severity: 'error';
  readonly message: string;
  /** Absolute path of the file, when known. */
  readonly file?: string;
  /** 1-based line and column; absent when only the file (or nothing) is known. */
  readonly line?: number;
  readonly column?: number;
  /** The one-line form the CLI prints: `file:line:col: error: message`. */
  readonly text: string;
}

export interface CompiledFile {
  /** File name, relative to the output folder (e.g. 'names.wasm.js'). */
  readonly name: string;
  readonly contents: string | Uint8Array;
}

export interface CompileResult {
  /** True when there is no diagnostic and `files` holds the module of every target asked for. */
  readonly ok: boolean;
  /** The model's name (what `defineModel` was given), once the model was traced. */
  readonly name?: string;
  /** Every generated file; files shared by several targets (rnnc-runtime.js) appear once. */
  readonly files: readonly CompiledFile[];
  /** Per target, the name of the file an app imports. */
  readonly entries: Readonly<Partial<Record<TargetName, string>>>;
  /** The model's description, as generated modules export it (`meta`). */
  readonly meta?: ModelMeta;
  readonly diagnostics: readonly Diagnostic[];
  /** The model file and every local file it imports: what a watcher should watch. */
  readonly watchFiles: readonly string[];
  /** When not ok: the error as thrown, for callers that rethrow it (the CLI does). */
  readonly error?: unknown;
}

/** `targets` as a list; unknown names are an error. */
export function targetList(targets: CompileOptions['targets']): TargetName[] {
  if (targets === undefined) return ['js'];
  if (targets === 'all') return [...TARGET_NAMES];
  const list = typeof targets === 'string' ? [targets] : [...targets];
  for (const t of list) {
    if (!(TARGET_NAMES as readonly string[]).includes(t)) throw new RnncError(`unknown target '${String(t)}' (targets: ${TARGET_NAMES.join(', ')}, all)`);
  }
  if (list.length === 0) throw new RnncError(`no target given (targets: ${TARGET_NAMES.join(', ')}, all)`);
  return [...new Set(list)];
}

/** A model name used as a file name must be one plain file name. */
export function checkModelName(m: Module): string {
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(m.name)) {
    throw new RnncError(`model name '${m.name}' cannot be used as a file name (use letters, digits, '_', '-', '.')`, m.source ? { file: m.source, line: 1, col: 1 } : undefined);
  }
  return m.name;
}

/** Unknown pass names are an error that lists the known ones. */
export function checkPasses(passes: readonly string[] | undefined): void {
  if (passes === undefined) return;
  const known = passNames();
  for (const n of passes) {
    if (!known.includes(n)) throw new RnncError(`unknown pass '${n}' (passes: ${known.join(', ')})`);
  }
}

/** An error as diagnostics: the error and every problem reported with it. */
export function diagnosticsOf(e: unknown, cwd = process.cwd()): Diagnostic[] {
  const err = asRnncError(e);
  return [err, ...err.related].map((x) => ({
    severity: 'error' as const,
    message: x.message,
    ...(x.loc ? { file: x.loc.file } : {}),
    ...(x.loc && x.loc.line > 0 ? { line: x.loc.line, column: x.loc.col } : {}),
    text: x.format(cwd),
  }));
}

/**
 * The model less its loss and the inputs only the loss reads (labels), with no training spec:
 * nothing differentiates it, and forward asks for no more than it uses.
 */
export function inferenceOnly(m: Module): Module {
  return m.training ? { ...withoutLoss(m), training: undefined } : m;
}

/**
 * The files of every target for one traced module (files shared by targets appear once). The
 * pipeline runs once (compileModel); each target renders its program set.
 */
export async function renderModule(
  m: Module,
  targets: readonly TargetName[],
  opts: Pick<CompileOptions, 'passes' | 'training' | 'runtimeImport'> = {},
): Promise<{ files: CompiledFile[]; entries: Partial<Record<TargetName, string>>; meta: ModelMeta }> {
  checkModelName(m);
  const source = opts.training === false ? inferenceOnly(m) : m;
  const compiled = compileModel(source, opts.passes ? { passes: opts.passes } : {});
  const files = new Map<string, CompiledFile>();
  const entries: Partial<Record<TargetName, string>> = {};
  let meta: ModelMeta | undefined;
  for (const t of targets) {
    const backend = await loadBackend(t);
    const set = compiled.programs(backend.kernels);
    meta ??= set.meta;
    const out = await backend.render(set, opts.runtimeImport ? { runtimeImport: opts.runtimeImport } : {});
    for (const f of out.files) files.set(f.name, { name: f.name, contents: f.data });
    entries[t] = out.entry;
  }
  if (!meta) throw new RnncError('no target given');
  return { files: [...files.values()], entries, meta };
}

/** A model file type-checked and traced (the step every target shares), or why it could not be. */
export interface LoadedModel {
  readonly ok: boolean;
  readonly module?: Module;
  readonly name?: string;
  /** The model file and every local file it imports. */
  readonly watchFiles: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  readonly error?: unknown;
}

/** Type-check and trace a model file. Never throws for a problem in the model: see `diagnostics`. */
export async function loadModelFile(file: string, opts: Omit<CompileOptions, 'targets' | 'passes' | 'training' | 'runtimeImport'> = {}): Promise<LoadedModel> {
  let watchFiles: readonly string[] = [path.resolve(file)];
  try {
    // Loaded on demand: ts-morph and esbuild take a while to load.
    const { loadModel } = await import('../frontend/load.js');
    const m = await loadModel(file, {
      typecheck: opts.typecheck !== false,
      allowModelIo: opts.allowModelIo === true,
      ...(opts.timeoutS !== undefined ? { timeoutS: opts.timeoutS } : {}),
      ...(opts.memoryMb !== undefined ? { memoryMb: opts.memoryMb } : {}),
      onInputs: (files) => {
        watchFiles = files;
      },
    });
    return { ok: true, module: m, name: m.name, watchFiles, diagnostics: [] };
  } catch (e) {
    return { ok: false, watchFiles, diagnostics: diagnosticsOf(e), error: e };
  }
}

/** Compile a loaded model for `opts.targets`. Never throws for a problem in the model. */
export async function compileLoaded(loaded: LoadedModel, opts: Pick<CompileOptions, 'targets' | 'passes' | 'training' | 'runtimeImport'> = {}): Promise<CompileResult> {
  const { watchFiles, name } = loaded;
  if (!loaded.ok || !loaded.module) {
    return { ok: false, ...(name ? { name } : {}), files: [], entries: {}, diagnostics: loaded.diagnostics, watchFiles, error: loaded.error };
  }
  try {
    const { files, entries, meta } = await renderModule(loaded.module, targetList(opts.targets), opts);
    return { ok: true, name: loaded.module.name, files, entries, meta, diagnostics: [], watchFiles };
  } catch (e) {
    return { ok: false, ...(name ? { name } : {}), files: [], entries: {}, diagnostics: diagnosticsOf(e), watchFiles, error: e };
  }
}

/** Type-check, trace and compile a model file. Never throws for a problem in the model: see `diagnostics`. */
export async function compile(file: string, opts: CompileOptions = {}): Promise<CompileResult> {
  // Options are checked before the model runs: a bad target or pass list costs no trace.
  try {
    targetList(opts.targets);
    checkPasses(opts.passes);
  } catch (e) {
    return { ok: false, files: [], entries: {}, diagnostics: diagnosticsOf(e), watchFiles: [path.resolve(file)], error: e };
  }
  return compileLoaded(await loadModelFile(file, opts), opts);
}
