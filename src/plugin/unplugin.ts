// The bundler plugin, one implementation for vite, rollup, esbuild and webpack (unplugin).
//
// Convention: an import of `./NAME.rnnc` compiles the model file `./NAME.ts` (or `.mts`) beside the
// importer for the plugin's default target; `./NAME.<target>.rnnc` (js, wasm, wgsl, glsl) for that
// target. Nothing named `.rnnc` exists on disk: the generated files are served from memory, under
// ids `<model folder>/__rnnc__/<model file>/<target>/<file>`, so a module's relative imports (its
// GPU engine) resolve to its own files. The runtime is imported as 'rnnc/runtime' and resolved to
// this package's copy, so an app has one runtime whatever it imports.
//
// Types: beside the model, the plugin writes `NAME.rnnc.d.ts` (and `NAME.<target>.rnnc.d.ts`), the
// generated module's declaration file, which TypeScript finds for the import (`rnnc/client`
// declares every `*.rnnc` loosely until then). A model is compiled again when it or a local file it
// imports changes (each load compares their modification times), and the bundler watches them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUnplugin, type UnpluginBuildContext, type UnpluginContext } from 'unplugin';
import { compileLoaded, loadModelFile, TARGET_NAMES, type CompileResult, type LoadedModel, type TargetName } from '../compiler/compile.js';

export interface RnncPluginOptions {
  /** The target of `./NAME.rnnc` imports (default 'js'); `./NAME.<target>.rnnc` picks one. */
  readonly target?: TargetName;
  /** false leaves the training programs out of every module (apps that only infer). Default true. */
  readonly training?: boolean;
  /** IR passes to run (default all). */
  readonly passes?: readonly string[];
  /** Type-check model files (default true). */
  readonly typecheck?: boolean;
  /** Write `NAME.rnnc.d.ts` beside each model, for the editor (default true). */
  readonly dts?: boolean;
  /** Let model code use files and processes while it is traced (default false: sandboxed). */
  readonly allowModelIo?: boolean;
  /** Time limit for tracing a model, in seconds. */
  readonly timeoutS?: number;
}

const PLUGIN = 'rnnc';
const DIR = '__rnnc__';
const IMPORT_RE = /\.rnnc$/;
const MODEL_EXTS = ['.ts', '.mts'];
/** Virtual entries: the generated module, and the module of the `NAME.rnnc` form. */
const ENTRY = 'index.js';
const DEFAULT_ENTRY = 'default.js';

/** This package's runtime entry: dist/runtime/index.js beside dist/plugin/ (index.ts from source). */
function runtimeEntry(): string {
  for (const ext of ['js', 'ts']) {
    const p = fileURLToPath(new URL(`../runtime/index.${ext}`, import.meta.url));
    if (fs.existsSync(p)) return p;
  }
  throw new Error('rnnc: cannot find its runtime (dist/runtime/index.js)');
}

interface Request {
  readonly model: string;
  readonly target: TargetName;
}

/** `./NAME.rnnc` or `./NAME.<target>.rnnc` from `importer`: the model file, the target, and which form. */
function parseImport(spec: string, importer: string, defaultTarget: TargetName): (Request & { explicit: boolean }) | { error: string } {
  const base = path.resolve(path.dirname(importer), spec.replace(IMPORT_RE, ''));
  const parts = path.basename(base).split('.');
  const last = parts.at(-1) as TargetName;
  const explicit = parts.length > 1 && (TARGET_NAMES as readonly string[]).includes(last);
  const stem = explicit ? base.slice(0, -(last.length + 1)) : base;
  const target = explicit ? last : defaultTarget;
  const model = MODEL_EXTS.map((e) => stem + e).find((f) => fs.existsSync(f));
  if (!model) return { error: `${spec}: no model file ${MODEL_EXTS.map((e) => path.basename(stem) + e).join(' or ')} in ${path.dirname(stem)}` };
  return { model, target, explicit };
}

const virtualId = (r: Request, file: string): string => path.join(path.dirname(r.model), DIR, path.basename(r.model), r.target, file);

/** The model, target and file named by a virtual id, or undefined for any other id. */
function parseVirtual(id: string): (Request & { file: string }) | undefined {
  const clean = id.replace(/[?#].*$/, '');
  const at = clean.lastIndexOf(`${path.sep}${DIR}${path.sep}`);
  if (at < 0) return undefined;
  const [modelFile, target, ...rest] = clean.slice(at + DIR.length + 2).split(path.sep);
  if (!modelFile || !(TARGET_NAMES as readonly string[]).includes(target) || rest.length !== 1) return undefined;
  return { model: path.join(clean.slice(0, at), modelFile), target: target as TargetName, file: rest[0] };
}

/** A model file traced, with the `mtime:size` of every file it read then: a change of any means trace again. */
interface Trace {
  readonly loaded: LoadedModel;
  readonly stamp: string;
}

function stampOf(files: readonly string[]): string {
  return files
    .map((f) => {
      try {
        const s = fs.statSync(f);
        return `${f}:${s.mtimeMs}:${s.size}`;
      } catch {
        return `${f}:-`;
      }
    })
    .join('|');
}

type Ctx = UnpluginBuildContext & UnpluginContext;

const isEsbuild = (ctx: Ctx): boolean => ctx.getNativeBuildContext?.().framework === 'esbuild';

export const rnncUnplugin = createUnplugin<RnncPluginOptions | undefined>((options = {}) => {
  const defaultTarget = options.target ?? 'js';
  if (!(TARGET_NAMES as readonly string[]).includes(defaultTarget)) {
    throw new Error(`rnnc plugin: unknown target '${String(defaultTarget)}' (targets: ${TARGET_NAMES.join(', ')})`);
  }
  /** Per model file: its trace, which every target of it shares (a model is run once, not once per target). */
  const traces = new Map<string, Promise<Trace>>();
  /** Per model file and target: the module compiled from a trace; stale once that trace is replaced. */
  const cache = new Map<string, { readonly trace: Trace; readonly result: Promise<CompileResult> }>();
  /** Virtual entries imported as `NAME.<target>.rnnc` (they get `NAME.<target>.rnnc.d.ts`). */
  const explicitEntries = new Set<string>();
  const runtime = runtimeEntry();

  const traced = (model: string): Promise<Trace> => {
    const hit = traces.get(model);
    if (hit) {
      return hit.then((t) => {
        if (stampOf(t.loaded.watchFiles) === t.stamp) return t;
        if (traces.get(model) === hit) traces.delete(model);
        return traced(model);
      });
    }
    const p = (async () => {
      const loaded = await loadModelFile(model, {
        ...(options.typecheck === false ? { typecheck: false } : {}),
        ...(options.allowModelIo ? { allowModelIo: true } : {}),
        ...(options.timeoutS !== undefined ? { timeoutS: options.timeoutS } : {}),
      });
      return { loaded, stamp: stampOf(loaded.watchFiles) };
    })();
    traces.set(model, p);
    return p;
  };

  const compiled = async (r: Request): Promise<CompileResult> => {
    const trace = await traced(r.model);
    const key = `${r.model}\n${r.target}`;
    const hit = cache.get(key);
    if (hit?.trace === trace) return hit.result;
    const result = compileLoaded(trace.loaded, {
      targets: [r.target],
      runtimeImport: 'rnnc/runtime',
      ...(options.training === false ? { training: false } : {}),
      ...(options.passes ? { passes: options.passes } : {}),
    });
    cache.set(key, { trace, result });
    return result;
  };

  /** The generated declaration file beside the model, rewritten only when it changed. */
  const writeDts = (r: Request, result: CompileResult, explicit: boolean): void => {
    if (options.dts === false) return;
    const entry = result.entries[r.target];
    const dts = entry && result.files.find((f) => f.name === entry.replace(/\.js$/, '.d.ts'));
    if (!dts) return;
    const stem = r.model.replace(/\.m?ts$/, '');
    const file = `${stem}${explicit ? `.${r.target}` : ''}.rnnc.d.ts`;
    const text = String(dts.contents).replace(/^\/\/ .*\n/, `// ${path.basename(file)}: types of \`${path.basename(file, '.d.ts')}\`, generated by rnnc's bundler plugin. Do not edit.\n`);
    try {
      if (fs.readFileSync(file, 'utf8') === text) return;
    } catch {
      // not written yet
    }
    fs.writeFileSync(file, text);
  };

  return {
    name: PLUGIN,
    enforce: 'pre',
    resolveId(this: Ctx, id, importer, opts) {
      // esbuild: unplugin would put the runtime in the plugin's namespace, which only load()
      // serves; esbuild.setup below resolves it to the file instead.
      if (id === 'rnnc/runtime') return isEsbuild(this) ? null : runtime;
      if (importer && IMPORT_RE.test(id) && (id.startsWith('.') || path.isAbsolute(id))) {
        const r = parseImport(id, importer.replace(/[?#].*$/, ''), defaultTarget);
        if ('error' in r) return null;
        // Vite's dev server scans imports for dependencies to pre-bundle before any module is
        // loaded; a compiled model has none, and an import left unresolved is one the scan skips.
        if ((opts as { scan?: boolean } | undefined)?.scan) return null;
        // The default form is a module of its own (re-exporting the target's), so that each form
        // gets its own declaration file.
        const entry = virtualId(r, r.explicit ? ENTRY : DEFAULT_ENTRY);
        if (r.explicit) explicitEntries.add(entry);
        return entry;
      }
      const from = importer && parseVirtual(importer);
      if (from && id.startsWith('./')) return virtualId(from, id.slice(2));
      return null;
    },
    loadInclude(id) {
      return parseVirtual(id) !== undefined;
    },
    async load(this: Ctx, id) {
      const v = parseVirtual(id);
      if (!v) return null;
      const result = await compiled(v);
      for (const f of result.watchFiles) this.addWatchFile(f);
      if (!result.ok) {
        const [first, ...more] = result.diagnostics;
        const message = [first, ...more].map((d) => d?.text).join('\n');
        this.error({
          message: `rnnc: ${message}`,
          ...(first?.file ? { id: first.file } : {}),
          ...(first?.file && first.line ? { loc: { file: first.file, line: first.line, column: Math.max(0, (first.column ?? 1) - 1) } } : {}),
        });
        // Rollup and vite throw in this.error. unplugin's esbuild context only records the error,
        // and passes it (and the files to watch) to esbuild only with a module's contents: so a
        // placeholder goes with it, and esbuild's watch mode still sees the model's fix.
        if (isEsbuild(this)) return 'export {};\n';
        throw new Error(`rnnc: ${message}`);
      }
      if (v.file === DEFAULT_ENTRY) {
        writeDts(v, result, false);
        return `export * from './${ENTRY}';\n`;
      }
      const name = v.file === ENTRY ? result.entries[v.target] : v.file;
      const file = result.files.find((f) => f.name === name);
      if (!file) return null;
      if (v.file === ENTRY && explicitEntries.has(id.replace(/[?#].*$/, ''))) writeDts(v, result, true);
      return String(file.contents);
    },
    esbuild: {
      setup(build) {
        build.onResolve({ filter: /^rnnc\/runtime$/ }, () => ({ path: runtime }));
      },
    },
    watchChange(id) {
      for (const [key, p] of traces) {
        void p.then((t) => {
          if (t.loaded.watchFiles.includes(id) && traces.get(key) === p) traces.delete(key);
        });
      }
    },
  };
});
