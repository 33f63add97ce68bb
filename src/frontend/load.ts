// Loads a model file the way `rnnc compile` does: type-check it, bundle it with esbuild, run the
// bundle (with source maps on, so the DSL's captureLoc sees model.ts lines), take its default
// export (a ModelDef), trace it into IR and verify the result. The bundle runs in a child process
// with a time and memory limit, under Node's permission model unless I/O is allowed (sandbox.ts).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { Module, SourceLoc } from '../ir/types.js';
import { verifyModule } from '../ir/verify.js';
import { asRnncError, fileLoc, installThrowNotes, RnncError } from './diagnostics.js';
import type { ModelDef } from './define.js';
import { defaultLimits, startTraceChild } from './sandbox.js';
import { noteThrows } from './throw-locs.js';
import { isModelDef, normalizeError, trace } from './trace.js';
import { fromSource, packageRoot, typecheckModel } from './typecheck.js';
import { checkUntrustedModule } from './untrusted-module.js';

export { isModelDef, normalizeError };

export interface LoadOptions {
  /** Type-check the model file first (default true). */
  readonly typecheck?: boolean;
  /**
   * Let the model's code use files, processes, workers and the environment while it is traced
   * (no permission model; the time and memory limits still hold). Default false: sandboxed.
   */
  readonly allowModelIo?: boolean;
  /** Time limit for running the model's code, in seconds (default RNNC_TRACE_TIMEOUT or 60). */
  readonly timeoutS?: number;
  /** Heap limit of the process that runs the model's code, in MiB (default RNNC_TRACE_MEMORY or 2048). */
  readonly memoryMb?: number;
  /**
   * @internal For rnnc's own tests only (no CLI flag sets it): run the model's code in this
   * process, without the child process, its limits or the permission model. Defaults to true only
   * when rnnc runs from its TypeScript source (vitest) with RNNC_TRACE_IN_PROCESS=1; the built
   * package (dist/, what users run) ignores that variable.
   */
  readonly inProcess?: boolean;
  /**
   * Called with the absolute paths of the model file and every local file it imports (not
   * node_modules), once they are known, also when loading fails later: what a watcher watches.
   */
  readonly onInputs?: (files: readonly string[]) => void;
}

/** Where the specifiers 'rnnc' and 'rnnc/runtime' go in a model bundle. */
function rnncPlugin(): esbuild.Plugin {
  const srcRoot = path.join(packageRoot, 'src');
  return {
    name: 'rnnc',
    setup(build) {
      build.onResolve({ filter: /^rnnc(\/runtime)?$/ }, (args) => {
        const sub = args.path === 'rnnc' ? 'index' : path.join('runtime', 'index');
        if (fromSource) return { path: path.join(srcRoot, `${sub}.ts`) };
        // Installed: import the very module the compiler runs, so classes and state are shared.
        return { path: pathToFileURL(path.join(packageRoot, 'dist', `${sub}.js`)).href, external: true };
      });
      build.onLoad({ filter: /\.[mc]?[jt]sx?$/ }, (args) => {
        if (args.path.startsWith(srcRoot + path.sep)) {
          if (!fromSource || !args.path.endsWith('.ts')) return undefined;
          // rnnc's own files compiled into the bundle must still know where they live
          // (diagnostics.ts tells rnnc's stack frames from the user's by import.meta.url).
          const text = fs.readFileSync(args.path, 'utf8');
          return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
        }
        if (args.path.split(path.sep).includes('node_modules') || args.path.startsWith(path.join(packageRoot, 'dist') + path.sep)) return undefined;
        // The user's own files: `throw 'a string'` gets its position noted (throw-locs.ts).
        const text = fs.readFileSync(args.path, 'utf8');
        const ext = path.extname(args.path).replace(/^\.[mc]?/, '.');
        const loader = ({ '.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.jsx': 'jsx' } as const)[ext] ?? 'js';
        return { contents: noteThrows(text, args.path), loader };
      });
    },
  };
}

function esbuildError(e: unknown, abs: string): RnncError {
  const failure = e as { errors?: esbuild.Message[] };
  if (!Array.isArray(failure.errors) || failure.errors.length === 0) return asRnncError(e);
  const located = failure.errors.map((m) => {
    const loc = m.location
      ? { file: path.resolve(process.cwd(), m.location.file), line: m.location.line, col: m.location.column + 1 }
      : { file: abs, line: 1, col: 1 };
    return new RnncError(m.text, loc);
  });
  return new RnncError(located[0].message, located[0].loc, located.slice(1));
}

/** Position of `export default` in the model file, for the error when it is missing. */
function exportDefaultLoc(abs: string): SourceLoc {
  const text = fs.readFileSync(abs, 'utf8');
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i].indexOf('export default');
    if (c >= 0) return { file: abs, line: i + 1, col: c + 1 };
  }
  return { file: abs, line: 1, col: 1 };
}

/** The model file's absolute path; an error when it is missing or not a file. */
function modelPath(file: string): string {
  const abs = path.resolve(file);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(abs);
  } catch {
    stat = undefined;
  }
  if (!stat) throw new RnncError(`model file '${file}' does not exist`);
  if (!stat.isFile()) throw new RnncError(`model file '${file}' is not a file`);
  return abs;
}

/** Type-check model file `abs` and bundle it into `out`. */
async function bundleModel(abs: string, out: string, opts: LoadOptions): Promise<void> {
  if (opts.typecheck !== false) {
    const errors = typecheckModel(abs);
    if (errors.length > 0) throw new RnncError(errors[0].message, errors[0].loc, errors.slice(1));
  }
  let result: esbuild.BuildResult<{ write: false; outfile: string }>;
  try {
    result = await esbuild.build({
      entryPoints: [abs],
      outfile: out,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: 'inline',
      write: false,
      logLevel: 'silent',
      absWorkingDir: process.cwd(),
      plugins: [rnncPlugin()],
      metafile: opts.onInputs !== undefined,
    });
  } catch (e) {
    throw esbuildError(e, abs);
  }
  if (opts.onInputs && result.metafile) {
    const cwd = process.cwd();
    const files = Object.keys(result.metafile.inputs)
      .map((f) => path.resolve(cwd, f))
      .filter((f) => !f.split(path.sep).includes('node_modules') && !f.startsWith(path.join(packageRoot, 'src') + path.sep) && !f.startsWith(path.join(packageRoot, 'dist') + path.sep));
    opts.onInputs([...new Set([abs, ...files])]);
  }
  const js = result.outputFiles.find((f) => f.path === out) ?? result.outputFiles[0];
  fs.writeFileSync(out, js.contents);
}

const bundleDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-model-'));

const noDefault = (abs: string): RnncError => new RnncError(`${path.basename(abs)} must \`export default defineModel(...)\``, exportDefaultLoc(abs));

/**
 * Run a model file in this process and return the default-exported ModelDef, without tracing it.
 * No sandbox: for rnnc's own tests and tools; loadModel is what users get.
 */
export async function importModelDef(file: string, opts: LoadOptions = {}): Promise<{ def: ModelDef; file: string }> {
  const abs = modelPath(file);
  const dir = bundleDir();
  const out = path.join(dir, 'model.mjs');
  try {
    await bundleModel(abs, out, opts);
    process.setSourceMapsEnabled(true);
    installThrowNotes();
    let mod: { default?: unknown };
    try {
      mod = (await import(pathToFileURL(out).href)) as { default?: unknown };
    } catch (e) {
      throw normalizeError(e, { file: abs, line: 1, col: 1 });
    }
    if (!isModelDef(mod.default)) throw noDefault(abs);
    return { def: mod.default, file: abs };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The names codegen writes into generated code: what the DSL accepts (checked again, as the child is not trusted). */
function checkNames(m: Module): void {
  const ok = /^[A-Za-z_][A-Za-z0-9_.]*$/;
  const names = [...m.inputs, ...m.params, ...m.states, ...m.outputs].map((x) => x.name);
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(m.name) || names.some((n) => typeof n !== 'string' || !ok.test(n))) {
    throw new RnncError('the process running the model sent back a module with invalid names', m.source ? { file: m.source, line: 0, col: 0 } : undefined);
  }
}

/** Type-check, bundle, run and trace a model file into a verified IR module. */
export async function loadModel(file: string, opts: LoadOptions = {}): Promise<Module> {
  let m: Module;
  if (opts.inProcess ?? (fromSource && process.env.RNNC_TRACE_IN_PROCESS === '1')) {
    const { def, file: abs } = await importModelDef(file, opts);
    try {
      m = trace(def, { file: abs });
    } catch (e) {
      throw normalizeError(e);
    }
  } else {
    const limits = defaultLimits();
    const abs = modelPath(file);
    const dir = bundleDir();
    const out = path.join(dir, 'model.mjs');
    try {
      // The child boots while the model is type-checked and bundled.
      const child = await startTraceChild(abs, dir, {
        allowIo: opts.allowModelIo === true,
        timeoutMs: opts.timeoutS !== undefined ? opts.timeoutS * 1000 : limits.timeoutMs,
        memoryMb: opts.memoryMb ?? limits.memoryMb,
      });
      try {
        await bundleModel(abs, out, opts);
      } catch (e) {
        child.cancel();
        throw e;
      }
      const r = await child.run(out);
      if (r === 'no-default') throw noDefault(abs);
      // Untrusted data from a process the model's code ran in: checked against the IR's shape.
      m = checkUntrustedModule(r, abs);
      if (m.source !== undefined && m.source !== abs) {
        throw new RnncError("the process running the model sent back a module rnnc does not accept: source is not the model file's path", fileLoc(abs));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    checkNames(m);
  }
  verifyModule(m);
  return m;
}
