// Small helpers for building test modules by hand (the DSL is not used here on purpose).

import { GraphBuilder } from '../../src/ir/graph.js';
import { interpret } from '../../src/ir/interpret.js';
import type { DType, InitSpec, InputInfo, InputRole, Module, Op, OutputInfo, ParamInfo, Shape, StateInfo, ValueId, WeightGroup } from '../../src/ir/types.js';

export class TestModule {
  readonly b = new GraphBuilder();
  readonly inputs: InputInfo[] = [];
  readonly params: ParamInfo[] = [];
  readonly states: StateInfo[] = [];
  readonly outputs: OutputInfo[] = [];
  readonly groups: WeightGroup[] = [];

  input(name: string, dtype: DType, shape: Shape, role: InputRole = 'data'): ValueId {
    const type = { dtype, shape };
    const value = this.b.leaf({ op: 'input', name }, type);
    this.inputs.push({ name, value, type, role });
    return value;
  }

  param(name: string, shape: number[], init: InitSpec = { kind: 'zeros' }): ValueId {
    const value = this.b.leaf({ op: 'param', name }, { dtype: 'f32', shape });
    this.params.push({ name, value, shape, init });
    return value;
  }

  state(name: string, shape: Shape): ValueId {
    const type = { dtype: 'f32' as const, shape };
    const value = this.b.leaf({ op: 'state', name }, type);
    this.states.push({ name, value, update: -1, type });
    return value;
  }

  update(name: string, v: ValueId): void {
    const i = this.states.findIndex((s) => s.name === name);
    this.states[i] = { ...this.states[i], update: v };
  }

  op(op: Op, ...inputs: ValueId[]): ValueId {
    return this.b.add1(op, inputs);
  }

  output(name: string, value: ValueId): void {
    this.outputs.push({ name, value, type: this.b.type(value) });
  }

  module(name = 'test'): Module {
    return {
      name,
      graph: this.b.finish(),
      inputs: this.inputs,
      params: this.params,
      states: this.states,
      outputs: this.outputs,
      groups: this.groups,
    };
  }
}

export interface Arg {
  dtype?: DType;
  shape: number[];
  data: number[];
}

/** Evaluates one op on static-shaped inputs and returns its single output. */
export function run1(op: Op, ...args: Arg[]): { data: number[]; shape: number[] } {
  const tm = new TestModule();
  const ins = args.map((a, i) => tm.input(`x${i}`, a.dtype ?? 'f32', a.shape));
  tm.output('y', tm.op(op, ...ins));
  const r = interpret(
    tm.module(),
    Object.fromEntries(args.map((a, i) => [`x${i}`, { data: a.data, shape: a.shape }])),
    {},
  );
  return { data: [...r.outputs.y.data], shape: r.outputs.y.shape };
}

export const t = (shape: number[], data: number[], dtype: DType = 'f32'): Arg => ({ shape, data, dtype });
