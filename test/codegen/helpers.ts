// Shared helpers for the JS backend tests: build modules by hand, emit, import, compare.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { GraphBuilder } from '../../src/ir/graph.js';
import { interpret } from '../../src/ir/interpret.js';
import type { InputInfo, InputRole, Module, OutputInfo, ParamInfo, Shape, StateInfo, TensorType, ValueId, WeightGroup } from '../../src/ir/types.js';
import { bundleRuntime } from '../../src/codegen/runtime-bundle.js';
import { emitJsModule, type EmitJsOptions } from '../../src/codegen/js/module.js';

/** A small module under construction: inputs, params, states and outputs recorded as they are added. */
export class ModBuilder {
  readonly g = new GraphBuilder();
  private readonly inputs: InputInfo[] = [];
  private readonly params: ParamInfo[] = [];
  private readonly states: { name: string; value: ValueId; type: TensorType }[] = [];
  private readonly updates = new Map<string, ValueId>();
  private readonly outputs: OutputInfo[] = [];
  groups: WeightGroup[] = [];

  constructor(readonly name = 'm') {}

  input(name: string, dtype: 'f32' | 'i32', shape: Shape, role: InputRole = 'data'): ValueId {
    const type = { dtype, shape };
    const value = this.g.leaf({ op: 'input', name }, type);
    this.inputs.push({ name, value, type, role });
    return value;
  }

  param(name: string, shape: number[]): ValueId {
    const value = this.g.leaf({ op: 'param', name }, { dtype: 'f32', shape });
    this.params.push({ name, value, shape, init: { kind: 'uniform', low: -0.5, high: 0.5 } });
    return value;
  }

  state(name: string, shape: Shape): ValueId {
    const type: TensorType = { dtype: 'f32', shape };
    const value = this.g.leaf({ op: 'state', name }, type);
    this.states.push({ name, value, type });
    return value;
  }

  update(name: string, v: ValueId): void {
    this.updates.set(name, v);
  }

  output(name: string, value: ValueId): void {
    this.outputs.push({ name, value, type: this.g.type(value) });
  }

  finish(): Module {
    const states: StateInfo[] = this.states.map((s) => ({ ...s, update: this.updates.get(s.name) ?? s.value }));
    return { name: this.name, graph: this.g.finish(), inputs: this.inputs, params: this.params, states, outputs: this.outputs, groups: this.groups };
  }
}

let dirCache: string | null = null;
let counter = 0;

/** Emits the module, writes it with the bundled runtime into a temp dir and imports it. */
export async function load(m: Module, opts: EmitJsOptions = {}): Promise<{ mod: any; js: string; dts: string; file: string; dir: string }> {
  if (!dirCache) {
    dirCache = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-'));
    fs.writeFileSync(path.join(dirCache, 'rnnc-runtime.js'), await bundleRuntime());
  }
  const { js, dts } = emitJsModule(m, opts);
  const base = `${m.name}_${counter++}`;
  const file = path.join(dirCache, `${base}.js`);
  fs.writeFileSync(file, js);
  fs.writeFileSync(path.join(dirCache, `${base}.d.ts`), dts);
  const mod = await import(pathToFileURL(file).href);
  return { mod, js, dts, file, dir: dirCache };
}

/** Deterministic pseudo-random floats in [-1, 1). */
export function rand(n: number, seed = 1): Float32Array {
  let s = seed >>> 0 || 1;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s / 2 ** 32) * 2 - 1;
  }
  return out;
}

export function relErr(got: ArrayLike<number>, want: ArrayLike<number>): number {
  if (got.length !== want.length) return Infinity;
  let scale = 1;
  for (let i = 0; i < want.length; i++) scale = Math.max(scale, Math.abs(want[i]));
  let err = 0;
  for (let i = 0; i < want.length; i++) {
    const d = Math.abs(got[i] - want[i]);
    if (Number.isNaN(d)) {
      if (!(Number.isNaN(got[i]) && Number.isNaN(want[i]))) return Infinity;
    } else err = Math.max(err, d / scale);
  }
  return err;
}

type Tensors = Record<string, { data: Float32Array | Int32Array; shape: number[] }>;

/**
 * Runs the generated model and the reference interpreter on the same inputs and params;
 * returns the worst relative error over all outputs (and the two results).
 */
export async function compare(m: Module, inputs: Tensors, opts: { seed?: number } = {}) {
  const { mod, js } = await load(m);
  const model = mod.create({ seed: opts.seed ?? 3 });
  const params = model.getParams() as Record<string, Float32Array>;
  const got = model.forward(inputs) as Tensors;
  const want = interpret(m, inputs, params);
  let worst = 0;
  for (const o of m.outputs) {
    const g = got[o.name];
    const w = want.outputs[o.name];
    if (!g || !w) throw new Error(`output '${o.name}' missing`);
    if (g.shape.join() !== w.shape.join()) throw new Error(`output '${o.name}': shape ${g.shape} vs ${w.shape}`);
    worst = Math.max(worst, relErr(g.data, w.data));
  }
  return { worst, got, want, js, model, mod };
}
