// The GLSL module carries each shader's render-target count: the engine skips compiling a shader
// with more targets than the context's MAX_DRAW_BUFFERS (Chromium's SwiftShader has 6) and runs its
// draws' fallback instead; without the count it compiled them and failed.
import { expect, it } from 'vitest';
import { defineModel } from 'rnnc';
import { trace } from '../../../src/frontend/trace.js';
import { emitGlslModule } from '../../../src/codegen/glsl/module.js';

it('every shader of the module text has its render-target count', () => {
  const def = defineModel('glsl_targets', (m) => {
    const x = m.sequence('x', 3);
    const target = m.input('target', 'f32', ['B', 'T', 5]);
    const h = m.lstm(x, { units: 5, returnSequences: true, dropout: 0.2, recurrentDropout: 0.3 }).output;
    m.train({ loss: m.meanSquaredError(h, target), optimizer: { kind: 'adam', lr: 0.05 } });
  });
  const { js, plan } = emitGlslModule(trace(def));
  const shaders = Object.values(plan.programs).flatMap((p) => p.shaders);
  // A draw of more than 6 targets exists (it has a fallback of at most 4).
  expect(Math.max(...shaders.map((s) => s.targets))).toBeGreaterThan(6);
  const texts = [...js.matchAll(/\{ name: ("[^"]*"), targets: (\d+), vs:/g)];
  expect(texts.length).toBe(shaders.length);
  texts.forEach((m, i) => expect([JSON.parse(m[1]), Number(m[2])]).toEqual([shaders[i].name, shaders[i].targets]));
});
