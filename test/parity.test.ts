// Generated JS == reference interpreter (float64), rel. error <= 1e-5, for every layer and option:
// masks with different lengths per row (incl. an empty row), goBackwards, bidirectional, stacked,
// returnState, initial states, stateful carry, both GRU variants, pooling, custom scan cells.
import { describe, expect, it } from 'vitest';
import { trace } from '../src/frontend/trace.js';
import { interpret } from '../src/ir/interpret.js';
import { verifyModule } from '../src/ir/verify.js';
import { compileJs, inputsFor, maxRelError, paramsFor } from './helpers/models.js';
import { parityCases, seqModel } from './helpers/cases.js';
import sentiment from '../examples/sentiment/model.js';

const TOL = 1e-5;
const B = 4;
const T = 6;

describe('generated JS matches the reference interpreter', () => {
  for (const def of parityCases) {
    it(def.name, async () => {
      const mod = trace(def);
      verifyModule(mod);
      const { module } = await compileJs(mod);
      const params = paramsFor(mod);
      const model = module.create();
      model.setParams(params);
      const inputs = inputsFor(mod, B, T);
      const got = model.forward(inputs);
      const want = interpret(mod, inputs, params);
      const lossName = mod.training?.loss;
      // forward() returns every output but the training loss; evaluate() adds the loss.
      const outputs = mod.outputs.filter((o) => o.name !== lossName);
      expect(Object.keys(got).sort()).toEqual(outputs.map((o) => o.name).sort());
      if (lossName) {
        const ev = (model as unknown as { evaluate(b: unknown): { loss: number } }).evaluate(inputs);
        const err = maxRelError([ev.loss], want.outputs[lossName].data);
        expect(err, `${def.name} loss: max rel error ${err}`).toBeLessThanOrEqual(TOL);
      }
      for (const o of outputs) {
        expect(got[o.name].shape, o.name).toEqual(want.outputs[o.name].shape);
        const err = maxRelError(got[o.name].data, want.outputs[o.name].data);
        expect(err, `${def.name}.${o.name}: max rel error ${err}`).toBeLessThanOrEqual(TOL);
      }
    });
  }

  it('masked rows: padding outputs are zeros, and the last step of a row with no valid step is the initial state', async () => {
    const mod = trace(parityCases[2]);
    const { module } = await compileJs(mod);
    const model = module.create({ seed: 3 });
    const inputs = inputsFor(mod, B, T);
    const y = model.forward(inputs).y;
    const H = 7;
    // row 2 has length 1, row 3 length 0 (see lengthsFor)
    for (let t = 1; t < T; t++) for (let k = 0; k < H; k++) expect(y.data[(2 * T + t) * H + k]).toBe(0);
    for (let t = 0; t < T; t++) for (let k = 0; k < H; k++) expect(y.data[(3 * T + t) * H + k]).toBe(0);
  });

  it('stateful layers carry their state across forward calls, and resetState starts over', async () => {
    const def = seqModel('stateful', (m, x) => m.output('y', m.gru(x, { units: 4, stateful: true, returnSequences: true }).output));
    const mod = trace(def);
    const { module } = await compileJs(mod);
    const params = paramsFor(mod);
    const model = module.create();
    model.setParams(params);
    const first = inputsFor(mod, 2, 3, 5);
    const second = inputsFor(mod, 2, 3, 6);
    const y1 = model.forward(first).y;
    const y2 = model.forward(second).y;
    const r1 = interpret(mod, first, params);
    const r2 = interpret(mod, second, params, { states: r1.states });
    expect(maxRelError(y1.data, r1.outputs.y.data)).toBeLessThanOrEqual(TOL);
    expect(maxRelError(y2.data, r2.outputs.y.data)).toBeLessThanOrEqual(TOL);
    model.resetState!();
    const y3 = model.forward(second).y;
    expect(maxRelError(y3.data, interpret(mod, second, params).outputs.y.data)).toBeLessThanOrEqual(TOL);
    expect(() => model.forward(inputsFor(mod, 3, 3, 7))).toThrow(/resetState/);
  });

  it('seeded initialization is reproducible and differs across seeds', async () => {
    const mod = trace(sentiment);
    const { module } = await compileJs(mod);
    const a = module.create({ seed: 7 }).getParams();
    const b = module.create({ seed: 7 }).getParams();
    const c = module.create({ seed: 8 }).getParams();
    expect(a['lstm.U_f']).toEqual(b['lstm.U_f']);
    expect(a['lstm.U_f']).not.toEqual(c['lstm.U_f']);
    expect(Array.from(a['lstm.b_f']).every((v) => v === 1)).toBe(true); // unit forget bias
  });
});
