// Tracing: run the model's build function against a fresh builder and collect the IR module.
// This file (with what it imports) is all the tracing child process (trace-child.ts) loads:
// nothing here may need esbuild, ts-morph or file access.

import type { Module, SourceLoc } from '../ir/types.js';
import { asRnncError, RnncError } from './diagnostics.js';
import type { ModelDef } from './define.js';
import { ModelBuilder } from './model-builder.js';

/** The ModelDef brand; checked by property because the bundle holds its own copy of defineModel. */
export function isModelDef(x: unknown): x is ModelDef {
  return (
    typeof x === 'object' &&
    x !== null &&
    (x as { __rnnc?: unknown }).__rnnc === 'model' &&
    typeof (x as { name?: unknown }).name === 'string' &&
    typeof (x as { build?: unknown }).build === 'function'
  );
}

/**
 * An RnncError from any copy of rnnc (the bundle carries its own classes when built from source)
 * becomes one of ours; anything else thrown by user code is located by its stack.
 */
export function normalizeError(e: unknown, fallback?: SourceLoc): RnncError {
  if (e instanceof RnncError) return e;
  if (e instanceof Error && e.name === 'RnncError') {
    const f = e as Error & { loc?: SourceLoc; related?: unknown[] };
    const related = Array.isArray(f.related) ? f.related.map((r) => normalizeError(r)) : [];
    return new RnncError(e.message, f.loc ?? fallback, related);
  }
  return asRnncError(e, fallback);
}

const isThenable = (x: unknown): boolean =>
  (typeof x === 'object' || typeof x === 'function') && x !== null && typeof (x as { then?: unknown }).then === 'function';

export function trace(def: ModelDef, opts: { file?: string } = {}): Module {
  const fileLoc = opts.file ? { file: opts.file, line: 1, col: 1 } : undefined;
  const defLoc = def.loc ?? fileLoc;
  if (typeof def.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(def.name)) {
    throw new RnncError(`model name ${JSON.stringify(def.name)} is not valid: use letters, digits, '_' and '-'`, defLoc);
  }
  const m = new ModelBuilder();
  let returned: unknown;
  try {
    returned = def.build(m);
  } catch (e) {
    throw normalizeError(e, defLoc);
  }
  if (isThenable(returned)) {
    // Swallow its outcome: calls on `m` after an await would land after tracing ended.
    (returned as Promise<unknown>).then(undefined, () => {});
    throw new RnncError(
      `model '${def.name}': the build function must be synchronous, but it returned a Promise (an async build?); rnnc records the model while build runs, so anything after an await would be lost`,
      defLoc,
    );
  }
  if (m.outputs.length === 0) throw new RnncError(`model '${def.name}' declares no output: call m.output(name, tensor)`, defLoc);
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
