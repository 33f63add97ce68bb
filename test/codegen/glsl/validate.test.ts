// Every shader the GLSL target generates for the examples (inference, evaluation, training and
// optimizer-update programs) passes glslangValidator, the Khronos reference front end.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../src/frontend/load.js';
import { renderPlan, planSources } from '../../../src/codegen/glsl/render.js';
import { repackShaders } from '../../../src/codegen/glsl/engine.js';
import { examples, programsOf, root } from './programs.js';
import { haveValidator, validateAll } from './validator.js';

describe.runIf(haveValidator)('glslangValidator accepts every generated shader', () => {
  it('rejects a broken shader (the check can fail)', () => {
    const errs = validateAll([
      { stage: 'frag', source: '#version 300 es\nprecision highp float;\nout vec4 o;\nvoid main() { o = vec4(1.0); }\n' },
      { stage: 'frag', source: '#version 300 es\nvoid main() { undefined_thing(); }\n' },
    ]);
    expect(errs[0]).toBe('');
    expect(errs[1]).toMatch(/ERROR: 0:2: 'undefined_thing'/);
  });

  it("the engine's own shaders", () => {
    const all = repackShaders().flatMap((s) => [{ stage: 'vert' as const, source: s.vs }, { stage: 'frag' as const, source: s.fs }]);
    expect(validateAll(all)).toEqual(all.map(() => ''));
  });

  for (const ex of examples) {
    it(ex, async () => {
      const mod = await loadModel(path.join(root, 'examples', ex, 'model.ts'));
      const progs = programsOf(mod);
      const all = [progs.infer, progs.evaluate, progs.train, progs.update].filter((p) => p !== undefined).flatMap((p) => planSources(renderPlan(p)).map((s) => ({ ...s, prog: p.name })));
      const errs = validateAll(all);
      all.forEach((s, i) => expect(errs[i], `${ex} ${s.prog} ${s.name} (${s.stage}):\n${errs[i]}\n${s.source}`).toBe(''));
      expect(all.length).toBeGreaterThan(3);
    });
  }
});
