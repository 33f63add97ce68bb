// Bundles the WebGL2 engine (device-engine.ts and engine.ts) into one ESM file,
// `rnnc-glsl-engine.js`, written beside generated GLSL modules (like rnnc-runtime.js).

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

function engineEntry(): string {
  for (const ext of ['ts', 'js']) {
    const p = fileURLToPath(new URL(`./device-engine.${ext}`, import.meta.url));
    if (existsSync(p)) return p;
  }
  throw new Error('rnnc: cannot find the GLSL engine (device-engine.ts or .js) beside engine-bundle');
}

let cached: Promise<string> | null = null;

/** The text of `rnnc-glsl-engine.js` (computed once per process). */
export function bundleGlslEngine(): Promise<string> {
  cached ??= (async () => {
    const result = await build({ entryPoints: [engineEntry()], bundle: true, format: 'esm', write: false, platform: 'neutral', target: 'es2022', legalComments: 'none', logLevel: 'silent' });
    const file = result.outputFiles[0];
    if (!file) throw new Error('rnnc: esbuild produced no GLSL engine bundle');
    return `// rnnc-glsl-engine.js: the WebGL2 engine of rnnc's GLSL modules. Do not edit.\n${file.text}`;
  })();
  cached.catch(() => (cached = null));
  return cached;
}
