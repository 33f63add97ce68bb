// Bundles rnnc's runtime (src/runtime/index.ts, or dist/runtime/index.js when installed)
// into one self-contained ESM file, written as `rnnc-runtime.js` beside generated modules:
// an app ships those files and needs nothing from rnnc at run time.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The runtime entry, relative to this file: ../runtime/index.{ts,js} (src when run from source, dist when installed). */
export function runtimeEntry(): string {
  for (const ext of ['ts', 'js']) {
    const p = fileURLToPath(new URL(`../runtime/index.${ext}`, import.meta.url));
    if (existsSync(p)) return p;
  }
  throw new Error(`rnnc: cannot find the runtime entry (runtime/index.ts or .js) beside ${fileURLToPath(new URL('../', import.meta.url))}`);
}

/** The one dynamic import of the runtime: Node's worker_threads, for the wasm target's threads in Node. */
const NODE_IMPORT = 'import(nodeWorkerThreads())';

/**
 * Puts back the comments that tell bundlers to leave that import alone (vite, webpack): esbuild's
 * minifier drops them, and webpack warns "Critical dependency: the request of a dependency is an
 * expression" without its own.
 */
export function withBundlerHints(text: string): string {
  const parts = text.split(NODE_IMPORT);
  if (parts.length !== 2) throw new Error(`rnnc: the runtime bundle should hold '${NODE_IMPORT}' once, found ${parts.length - 1}`);
  return parts.join('import(/* @vite-ignore */ /* webpackIgnore: true */ nodeWorkerThreads())');
}

let cached: Promise<string> | null = null;

/** The text of `rnnc-runtime.js` (computed once per process). */
export function bundleRuntime(): Promise<string> {
  cached ??= (async () => {
    const result = await build({
      entryPoints: [runtimeEntry()],
      bundle: true,
      format: 'esm',
      write: false,
      platform: 'neutral',
      target: 'es2022',
      legalComments: 'none',
      // Compact, but with every name kept: stack traces through the runtime still read.
      minifyWhitespace: true,
      minifySyntax: true,
      logLevel: 'silent',
    });
    const file = result.outputFiles[0];
    if (!file) throw new Error('rnnc: esbuild produced no runtime bundle');
    return `// rnnc-runtime.js: the rnnc runtime, bundled for generated modules. Do not edit.\n${withBundlerHints(file.text)}`;
  })();
  cached.catch(() => (cached = null));
  return cached;
}

/** `rnnc-runtime.js` among a target's files, unless the module imports the runtime from elsewhere. */
export async function runtimeFiles(opts: { readonly runtimeImport?: string } = {}): Promise<{ name: string; data: string }[]> {
  return opts.runtimeImport ? [] : [{ name: 'rnnc-runtime.js', data: await bundleRuntime() }];
}
