// Bundles the WebGPU engine (engine.ts) into one ESM file, `rnnc-wgsl-engine.js`, written beside
// generated WGSL modules (like rnnc-runtime.js): an app ships those files and nothing else.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

function engineEntry(): string {
  for (const ext of ['ts', 'js']) {
    const p = fileURLToPath(new URL(`./engine.${ext}`, import.meta.url));
    if (existsSync(p)) return p;
  }
  throw new Error('rnnc: cannot find the WGSL engine (engine.ts or engine.js) beside engine-bundle');
}

let cached: Promise<string> | null = null;

/** The text of `rnnc-wgsl-engine.js` (computed once per process). */
export function bundleEngine(): Promise<string> {
  cached ??= (async () => {
    const result = await build({ entryPoints: [engineEntry()], bundle: true, format: 'esm', write: false, platform: 'neutral', target: 'es2022', legalComments: 'none', logLevel: 'silent' });
    const file = result.outputFiles[0];
    if (!file) throw new Error('rnnc: esbuild produced no WGSL engine bundle');
    return `// rnnc-wgsl-engine.js: the WebGPU engine of rnnc's WGSL modules. Do not edit.\n${file.text}`;
  })();
  cached.catch(() => (cached = null));
  return cached;
}
