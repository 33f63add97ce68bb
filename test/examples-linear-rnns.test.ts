// The linear-recurrence examples (examples/linear-rnns: minLSTM, an LRU, a Mamba-style selective
// state space; examples/names/mingru.ts): every recurrence runs as a parallel linear_scan (the
// scans written by hand are recognized), and the generated JS equals the reference interpreter on
// the model as written (the scans run step by step there), at a short and a long T.
import { describe, expect, it } from 'vitest';
import type { ModelDef } from 'rnnc';
import { trace } from '../src/frontend/trace.js';
import { interpret } from '../src/ir/interpret.js';
import { walkNodes } from '../src/ir/graph.js';
import { explainScans } from '../src/passes/linear-scans.js';
import { optimize } from '../src/passes/pipeline.js';
import { compileJs, inputsFor, maxRelError, paramsFor } from './helpers/models.js';
import minlstm from '../examples/linear-rnns/minlstm.js';
import lru from '../examples/linear-rnns/lru.js';
import ssm from '../examples/linear-rnns/selective-ssm.js';
import mingru from '../examples/names/mingru.js';

const cases: [ModelDef, string][] = [
  [minlstm, 'linear_scan (log), written with m.linearScan'],
  [lru, "scan (h): h' = a * h + b"],
  [ssm, "scan (h): h' = a * h + b"],
  [mingru, 'linear_scan (log), written with m.linearScan'],
];

describe('linear-recurrence examples', () => {
  for (const [def, kind] of cases) {
    it(`${def.name}: ${kind}; parallel, and equal to the interpreter at T = 5 and T = 600`, async () => {
      const mod = trace(def);
      const verdicts = explainScans(mod);
      expect(verdicts.length).toBeGreaterThan(0);
      for (const v of verdicts) expect(v.parallel, v.reason).toBe(true);
      let scans = 0;
      walkNodes(optimize(mod).graph, (n) => {
        if (n.op.op === 'scan') scans++;
      });
      expect(scans).toBe(0);
      const { module } = await compileJs(mod);
      const model = module.create();
      const params = paramsFor(mod, 3, 0.5);
      model.setParams(params);
      for (const T of [5, 600]) {
        const inputs = inputsFor(mod, 2, T, T, 30); // ids below 30: the names vocabulary
        const got = model.forward(inputs);
        const want = interpret(mod, inputs, params).outputs;
        for (const o of Object.keys(got)) expect(maxRelError(got[o].data, want[o].data), `${def.name}.${o} at T=${T}`).toBeLessThanOrEqual(1e-4);
        model.resetState?.();
      }
    });
  }
});
