// `npm run demo` serves this folder with vite; `vite build examples/web` bundles it. The rnnc plugin
// compiles ../names/model.ts for each target the page imports (`../names/model.<target>.rnnc`).
// Inside this repository, 'rnnc/vite' resolves to the package itself (Node's self-reference by
// package name), built into dist/ by `npm run build`.
import rnnc from 'rnnc/vite';

// Cross-origin isolation: the wasm target's threads need SharedArrayBuffer (docs/deploy.md).
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default {
  plugins: [rnnc()],
  server: { headers: isolation },
  preview: { headers: isolation },
  build: {
    target: 'es2022',
    // The WebGPU module of this model is about 760 KB before gzip (92 KB after): above vite's 500 KB hint.
    chunkSizeWarningLimit: 1024,
    // Most of this build is rnnc compiling the model for four targets (about 4 s); rolldown's hint
    // that a plugin took most of the build time says only that.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
};
