// Helpers shared by the pass tests: printing, op counts per graph, and running two modules on the
// reference interpreter (float64) with the same inputs, parameters and dropout masks.
import { expect } from 'vitest';
import { walkNodes } from '../../src/ir/graph.js';
import { interpret, type HostTensor } from '../../src/ir/interpret.js';
import { printModule } from '../../src/ir/printer.js';
import type { Graph, Module, OpName } from '../../src/ir/types.js';
import { dropoutMasks, inputsFor as inputs32, paramsFor as params32, rng } from '../helpers/data.js';

export { dropoutMasks, rng };

// float64 data: these tests compare modules on the float64 interpreter.
const inputsFor = (mod: Module, B: number, T: number, seed: number, vocab: number, idRange: Record<string, number>) => inputs32(mod, B, T, seed, vocab, idRange, Float64Array);
const paramsFor = (mod: Module, seed: number, scale: number) => params32(mod, seed, scale, Float64Array);

export const ir = (m: Module) => printModule(m, { locs: false });

/** How many nodes of `op` each graph holds: the top level, then every scan body in walk order. */
export function opCounts(m: Module, op: OpName): { top: number; bodies: number[] } {
  const count = (g: Graph) => g.nodes.filter((n) => n.op.op === op).length;
  const bodies: number[] = [];
  walkNodes(m.graph, (n) => {
    if (n.op.op === 'scan') bodies.push(count(n.op.body));
  });
  return { top: count(m.graph), bodies };
}

export interface Case {
  inputs: Record<string, HostTensor>;
  params: Record<string, Float64Array>;
  dropout: Record<string, HostTensor>;
}

export function caseFor(mod: Module, B = 3, T = 5, seed = 1, vocab = 30): Case {
  return { inputs: inputsFor(mod, B, T, seed, vocab, { labels: 2 }), params: paramsFor(mod, seed + 1, 0.6), dropout: dropoutMasks(mod, B, T, seed + 2) };
}

/** Outputs of `m` on `c`, feeding only the inputs and dropout masks `m` still has. */
export function run(m: Module, c: Case) {
  const inputs = Object.fromEntries(m.inputs.map((i) => [i.name, c.inputs[i.name]]));
  const names = new Set<string>();
  walkNodes(m.graph, (n) => {
    if (n.op.op === 'dropout') names.add(n.op.name);
  });
  const dropout = Object.fromEntries(Object.entries(c.dropout).filter(([k]) => names.has(k)));
  return interpret(m, inputs, c.params, { dropout }).outputs;
}

/** Every output of `ref` is in `got`, with the same shape, elementwise within `rel` (relative, absolute near zero). */
export function expectSameOutputs(got: ReturnType<typeof run>, ref: ReturnType<typeof run>, what: string, rel = 1e-6): void {
  expect(Object.keys(got).sort(), `${what}: output names`).toEqual(Object.keys(ref).sort());
  let nonzero = 0;
  for (const [name, r] of Object.entries(ref)) {
    const g = got[name];
    expect(g.shape, `${what}: shape of ${name}`).toEqual(r.shape);
    for (let i = 0; i < r.data.length; i++) {
      const a = g.data[i];
      const b = r.data[i];
      if (b !== 0) nonzero++;
      const err = Math.abs(a - b);
      if (!(err <= rel * Math.max(Math.abs(a), Math.abs(b)) + 1e-12)) {
        expect.fail(`${what}: ${name}[${i}] is ${a}, expected ${b} (error ${err})`);
      }
    }
  }
  expect(nonzero, `${what}: the reference is all zeros, which would prove nothing`).toBeGreaterThan(0);
}
