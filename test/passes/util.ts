// Helpers shared by the pass tests: printing, op counts per graph, and running two modules on the
// reference interpreter (float64) with the same inputs, parameters and dropout masks.
import { expect } from 'vitest';
import { walkNodes } from '../../src/ir/graph.js';
import { interpret, type HostTensor } from '../../src/ir/interpret.js';
import { printModule } from '../../src/ir/printer.js';
import type { Graph, InputInfo, Module, OpName } from '../../src/ir/types.js';

// (Own copies of test/helpers/models.ts' generators: that file imports the code generator, which
// these IR-only tests do not need.)

/** A small deterministic generator. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/** Lengths per batch row: full, shorter, one step, none. */
function lengthsFor(B: number, T: number): number[] {
  const pattern = [T, Math.max(1, T - 2), 1, 0];
  return Array.from({ length: B }, (_, b) => pattern[b % pattern.length]);
}

/** Deterministic inputs; i32 ids are below `vocab`, or below `idRange[name]` for the named inputs. */
function inputsFor(mod: Module, B: number, T: number, seed: number, vocab: number, idRange: Record<string, number>): Record<string, HostTensor> {
  const r = rng(seed);
  const out: Record<string, HostTensor> = {};
  const lengths = lengthsFor(B, T);
  for (const inp of mod.inputs as InputInfo[]) {
    const shape = inp.type.shape.map((d) => (d === 'B' ? B : d === 'T' ? T : d)) as number[];
    const n = shape.reduce((a, b) => a * b, 1);
    if (inp.role === 'mask') out[inp.name] = { data: Float64Array.from({ length: n }, (_, i) => (i % T < lengths[Math.floor(i / T)] ? 1 : 0)), shape };
    else if (inp.role === 'lengths') out[inp.name] = { data: Int32Array.from(lengths), shape };
    else if (inp.type.dtype === 'i32') out[inp.name] = { data: Int32Array.from({ length: n }, () => Math.floor(r() * (idRange[inp.name] ?? vocab))), shape };
    else out[inp.name] = { data: Float64Array.from({ length: n }, () => r() * 2 - 1), shape };
  }
  return out;
}

function paramsFor(mod: Module, seed: number, scale: number): Record<string, Float64Array> {
  const r = rng(seed);
  const out: Record<string, Float64Array> = {};
  for (const p of mod.params) out[p.name] = Float64Array.from({ length: p.shape.reduce((a, b) => a * b, 1) }, () => (r() * 2 - 1) * scale);
  return out;
}

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

/** Fixed dropout masks (training mode) for every dropout the module names. */
export function dropoutMasks(mod: Module, B: number, T: number, seed: number): Record<string, HostTensor> {
  const r = rng(seed);
  const out: Record<string, HostTensor> = {};
  walkNodes(mod.graph, (n) => {
    const op = n.op;
    if (op.op !== 'dropout' || out[op.name]) return;
    const shape = op.shape.map((d) => (d === 'B' ? B : d === 'T' ? T : d)) as number[];
    const size = shape.reduce((a, b) => a * b, 1);
    out[op.name] = { data: Float64Array.from({ length: size }, () => (r() < op.rate ? 0 : 1 / (1 - op.rate))), shape };
  });
  return out;
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
