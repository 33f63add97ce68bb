// Per-target snapshot files of short named sections (esbuild style): each section is one kernel
// kind, built from a small model and cut down to the kernels it is about (onlyKernels), rendered
// by each target's program-level renderer. test/golden/sections/kernels.snap holds the kernel IR
// (fmtProgram) every target's section of the same name renders; js.snap, wasm.snap, wgsl.snap
// and glsl.snap what each target makes of it. Regenerate with
// `UPDATE_GOLDEN=1 npx vitest run test/golden-sections.test.ts` (or `npm run golden:update`),
// then read the diff. A file or section that no test produces fails.
import { describe, it } from 'vitest';
import { defineModel, type ModelBuilder } from 'rnnc';
import { trace } from '../src/frontend/trace.js';
import { fmtProgram, type Kernel, type Program } from '../src/codegen/kernel-ir.js';
import { updateProgram } from '../src/codegen/update-program.js';
import { goldenDir, onlyKernels, programsOf, type Snapshot } from './helpers/golden.js';
import { Elider, renderGlsl, renderJs, renderWat, renderWgsl } from './helpers/render-targets.js';

const model = (name: string, build: (m: ModelBuilder) => void) => trace(defineModel(name, build));
const program = (name: string, build: (m: ModelBuilder) => void, fn = 'run'): Program => {
  const p = programsOf(model(name, build)).find((x) => x.fn === fn);
  if (!p) throw new Error(`${name} has no program ${fn}`);
  return p.program;
};
const fused = (k: Kernel) => k.kind === 'map' && !!k.parts;

/** The sections: name, what it shows, and its kernel-IR program. */
const SECTIONS: { name: string; about: string; program: () => Program; wgsl?: { sequences?: boolean } }[] = [
  {
    name: 'map',
    about: 'elementwise kernels fused into one map: z = tanh(x) * y + 1, w = sigmoid(x)',
    program: () =>
      program('map', (m) => {
        const x = m.input('x', 'f32', ['B', 4]);
        const y = m.input('y', 'f32', ['B', 4]);
        m.output('z', m.add(m.mul(m.tanh(x), y), 1));
        m.output('w', m.sigmoid(x));
      }),
  },
  {
    name: 'lstm_step',
    about: 'the fused LSTM step (units 4, masked): gates, cell update, mask selects and carry writes in one map kernel inside the time loop',
    program: () =>
      onlyKernels(
        program('lstm', (m) => {
          const x = m.sequence('x', 3);
          const mask = m.mask('mask');
          m.output('y', m.lstm(x, { units: 4, mask }).output);
        }),
        (k, loops) => loops > 0 && fused(k),
      ),
  },
  {
    name: 'whole_sequence',
    about: 'a masked LSTM (units 4) and a dense head: on WGSL the loop as one whole-sequence kernel besides its per-step kernels, the kernels around it inside it (switched on per call)',
    program: () =>
      program('whole', (m) => {
        const x = m.sequence('x', 3);
        const mask = m.mask('mask');
        m.output('y', m.dense(m.lstm(x, { units: 4, mask }).output, { units: 2 }));
      }),
    wgsl: { sequences: true },
  },
  {
    name: 'reduce',
    about: 'reductions: sum over the last axis, max over time',
    program: () =>
      program('reduce', (m) => {
        const x = m.sequence('x', 5);
        m.output('sum', m.sum(x, 2));
        m.output('max', m.max(x, 1));
      }),
  },
  {
    name: 'matmul',
    about: 'a matmul of an input by a parameter: [B, 8] x [8, 4]',
    program: () =>
      program('matmul', (m) => {
        const x = m.input('x', 'f32', ['B', 8]);
        m.output('y', m.matmul(x, m.param('W', [8, 4])));
      }),
  },
  {
    name: 'gather_scatter_add',
    about: "an embedding's gather (forward) and scatter_add (its gradient), from the training program",
    program: () =>
      onlyKernels(
        program(
          'embed',
          (m) => {
            const ids = m.tokens('ids');
            const target = m.input('target', 'f32', ['B', 'T', 3]);
            const e = m.embedding(ids, { vocab: 10, dim: 3, name: 'emb' });
            m.train({ loss: m.meanSquaredError(e, target), optimizer: { kind: 'sgd', lr: 0.1 } });
          },
          'runTrain',
        ),
        (k) => k.kind === 'gather' || k.kind === 'scatter_add',
      ),
  },
  {
    name: 'update_adam',
    about: 'the optimizer update program (update-program.ts): Adam with clipNorm, one parameter',
    program: () => updateProgram('update', [{ name: 'W', shape: [3, 2] }], { optimizer: { kind: 'adam', lr: 0.01 }, clipNorm: 1 }),
  },
];

const dir = goldenDir('sections');
const header = (what: string) =>
  [
    `# ${what}`,
    '# One section per kernel kind, built from a small model; kernels.snap has the kernel IR each section renders.',
    '# Produced by test/golden-sections.test.ts; regenerate with UPDATE_GOLDEN=1 (npm run golden:update).',
  ].join('\n');
const files: Record<'kernels' | 'js' | 'wasm' | 'wgsl' | 'glsl', Snapshot> = {
  kernels: dir.snapshot('kernels.snap', header('Kernel IR (fmtProgram) of each section: the input every target renders.')),
  js: dir.snapshot('js.snap', header('JS target: renderProgram (src/codegen/js/render.ts).')),
  wasm: dir.snapshot('wasm.snap', header('wasm target: the WAT functions of renderWasmProgram (src/codegen/wasm/program.ts).')),
  wgsl: dir.snapshot(
    'wgsl.snap',
    header('WGSL target: the kernels of renderWgslProgram (src/codegen/wgsl/render.ts); params at the start of arena M, the rest in W.\n# Blocks repeated from an earlier kernel are shown as one line naming it.'),
  ),
  glsl: dir.snapshot(
    'glsl.snap',
    header('GLSL target: the shaders of renderPlan (src/codegen/glsl/render.ts).\n# Blocks repeated from an earlier shader are shown as one line naming it.'),
  ),
};
const wgslElide = new Elider();
const glslElide = new Elider();

describe('per-target snapshot sections', () => {
  for (const s of SECTIONS) {
    it(s.name, () => {
      const p = s.program();
      files.kernels.section(s.name, `# ${s.about}\n${fmtProgram(p)}`);
      files.js.section(s.name, renderJs(p));
      files.wasm.section(s.name, renderWat(p));
      files.wgsl.section(s.name, renderWgsl(p, wgslElide, s.name, s.wgsl));
      files.glsl.section(s.name, renderGlsl(p, glslElide, s.name));
    });
  }

  it('no orphan sections or files', () => {
    for (const f of Object.values(files)) f.finish();
    dir.checkOrphans();
  });
});
