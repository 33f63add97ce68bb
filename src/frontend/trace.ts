// Tracing: run the model's build function against a fresh builder and collect the IR module.

import type { Module } from '../ir/types.js';
import { asRnncError, RnncError } from './diagnostics.js';
import type { ModelDef } from './define.js';
import { ModelBuilder } from './model-builder.js';

export function trace(def: ModelDef, opts: { file?: string } = {}): Module {
  const fileLoc = opts.file ? { file: opts.file, line: 1, col: 1 } : undefined;
  if (typeof def.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(def.name)) {
    throw new RnncError(`model name ${JSON.stringify(def.name)} is not valid: use letters, digits, '_' and '-'`, fileLoc);
  }
  const m = new ModelBuilder();
  try {
    def.build(m);
  } catch (e) {
    throw asRnncError(e, fileLoc);
  }
  if (m.outputs.length === 0) throw new RnncError(`model '${def.name}' declares no output: call m.output(name, tensor)`, fileLoc);
  const declared = new Set(m.states.map((s) => s.name));
  return {
    name: def.name,
    graph: m.root.gb.finish([]),
    inputs: m.inputs,
    params: m.params,
    states: m.states.filter((s) => declared.has(s.name)),
    outputs: m.outputs,
    groups: m.groups,
    ...(m.training ? { training: m.training } : {}),
    ...(opts.file ? { source: opts.file } : {}),
  };
}
