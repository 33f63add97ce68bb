// Loads a model file the way `rnnc compile` does: type-check it, bundle it with esbuild, run the
// bundle under Node with source maps on (so the DSL's captureLoc sees model.ts lines), take its
// default export (a ModelDef), trace it into IR and verify the result.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { Module, SourceLoc } from '../ir/types.js';
import { verifyModule } from '../ir/verify.js';
import { asRnncError, RnncError } from './diagnostics.js';
import type { ModelDef } from './define.js';
import { trace } from './trace.js';
import { fromSource, packageRoot, typecheckModel } from './typecheck.js';

export interface LoadOptions {
  /** Type-check the model file first (default true). */
  readonly typecheck?: boolean;
}

/** The ModelDef brand; checked by property because the bundle holds its own copy of defineModel. */
export function isModelDef(x: unknown): x is ModelDef {
  return (
    typeof x === 'object' &&
    x !== null &&
    (x as { __rnnc?: unknown }).__rnnc === 'model' &&
    typeof (x as { name?: unknown }).name === 'string' &&
    typeof (x as { build?: unknown }).build === 'function'
  );
}

/**
 * An RnncError from any copy of rnnc (the bundle carries its own classes when built from source)
 * becomes one of ours; anything else thrown by user code is located by its stack.
 */
export function normalizeError(e: unknown, fallback?: SourceLoc): RnncError {
  if (e instanceof RnncError) return e;
  if (e instanceof Error && e.name === 'RnncError') {
    const f = e as Error & { loc?: SourceLoc; related?: unknown[] };
    const related = Array.isArray(f.related) ? f.related.map((r) => normalizeError(r)) : [];
    return new RnncError(e.message, f.loc ?? fallback, related);
  }
  return asRnncError(e, fallback);
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
      if (fromSource) {
        // rnnc's own files compiled into the bundle must still know where they live
        // (diagnostics.ts tells rnnc's stack frames from the user's by import.meta.url).
        build.onLoad({ filter: /\.ts$/ }, (args) => {
          if (!args.path.startsWith(srcRoot + path.sep)) return undefined;
          const text = fs.readFileSync(args.path, 'utf8');
          return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
        });
      }
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

/** Run a model file and return the default-exported ModelDef, without tracing it. */
export async function importModelDef(file: string, opts: LoadOptions = {}): Promise<{ def: ModelDef; file: string }> {
  const abs = path.resolve(file);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(abs);
  } catch {
    stat = undefined;
  }
  if (!stat) throw new RnncError(`model file '${file}' does not exist`);
  if (!stat.isFile()) throw new RnncError(`model file '${file}' is not a file`);

  if (opts.typecheck !== false) {
    const errors = typecheckModel(abs);
    if (errors.length > 0) throw new RnncError(errors[0].message, errors[0].loc, errors.slice(1));
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-model-'));
  const out = path.join(dir, 'model.mjs');
  try {
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
      });
    } catch (e) {
      throw esbuildError(e, abs);
    }
    const js = result.outputFiles.find((f) => f.path === out) ?? result.outputFiles[0];
    fs.writeFileSync(out, js.contents);
    process.setSourceMapsEnabled(true);
    let mod: { default?: unknown };
    try {
      mod = (await import(pathToFileURL(out).href)) as { default?: unknown };
    } catch (e) {
      throw normalizeError(e, { file: abs, line: 1, col: 1 });
    }
    if (!isModelDef(mod.default)) {
      throw new RnncError(`${path.basename(abs)} must \`export default defineModel(...)\``, exportDefaultLoc(abs));
    }
    return { def: mod.default, file: abs };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Type-check, bundle, run and trace a model file into a verified IR module. */
export async function loadModel(file: string, opts: LoadOptions = {}): Promise<Module> {
  const { def, file: abs } = await importModelDef(file, opts);
  let m: Module;
  try {
    m = trace(def, { file: abs });
  } catch (e) {
    throw normalizeError(e);
  }
  verifyModule(m);
  return m;
}
