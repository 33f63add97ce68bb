// checkUntrustedModule: the child's reply is checked field by field against the IR's types.
import { describe, expect, it } from 'vitest';
import { RnncError } from '../../src/frontend/diagnostics.js';
import { checkChildMessage, checkUntrustedModule } from '../../src/frontend/untrusted-module.js';
import type { Module } from '../../src/ir/types.js';

const FILE = '/models/model.ts';
const t = (shape: (number | 'B' | 'T')[]) => ({ dtype: 'f32', shape });

/** A valid module, as plain mutable data. */
function good(): any {
  return {
    name: 'm',
    graph: {
      values: [t(['B', 4]), t([]), t(['B', 4]), t([4, 2]), t(['B', 2])],
      nodes: [
        { op: { op: 'input', name: 'x' }, inputs: [], outputs: [0], loc: { file: FILE, line: 3, col: 5 } },
        { op: { op: 'const', value: 3 }, inputs: [], outputs: [1] },
        { op: { op: 'binary', fn: 'mul' }, inputs: [0, 1], outputs: [2] },
        { op: { op: 'param', name: 'd.W' }, inputs: [], outputs: [3] },
        { op: { op: 'matmul' }, inputs: [2, 3], outputs: [4] },
      ],
      results: [],
    },
    inputs: [{ name: 'x', value: 0, type: t(['B', 4]), role: 'data', doc: 'the features' }],
    params: [{ name: 'd.W', value: 3, shape: [4, 2], init: { kind: 'uniform', low: -1, high: 1 } }],
    states: [],
    outputs: [{ name: 'y', value: 4, type: t(['B', 2]) }],
    groups: [{ kind: 'dense', path: 'd', input: 4, units: 2, bias: false }],
    training: { loss: 'y', optimizer: { kind: 'adam', lr: 0.001, nesterov: false }, clipNorm: 5 },
    source: FILE,
  };
}

function refusal(mutate: (m: any) => void): RnncError {
  const m = good();
  mutate(m);
  try {
    checkUntrustedModule(m, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(RnncError);
    expect((e as RnncError).loc).toEqual({ file: FILE, line: 0, col: 0 });
    return e as RnncError;
  }
  throw new Error('accepted');
}

describe('checkUntrustedModule', () => {
  it('accepts a valid module and rebuilds it unchanged', () => {
    const m = good();
    const c: Module = checkUntrustedModule(m, FILE);
    expect(c).toEqual(m);
    expect(c).not.toBe(m);
  });

  it('refuses a string where the IR has a number, naming the field', () => {
    expect(refusal((m) => (m.graph.nodes[1].op.value = '(globalThis.PWNED = 1, 3)')).message).toContain('graph.nodes[1].op.value must be a finite number');
    expect(refusal((m) => (m.graph.nodes[1].op.value = Number.POSITIVE_INFINITY)).message).toContain('graph.nodes[1].op.value must be a finite number');
    expect(refusal((m) => (m.graph.values[0].shape[1] = '4; x()')).message).toContain('graph.values[0].shape[1]');
    expect(refusal((m) => (m.graph.nodes[2].inputs[0] = 0.5)).message).toContain('graph.nodes[2].inputs[0] must be a non-negative integer');
    expect(refusal((m) => (m.params[0].init.low = '1')).message).toContain('params[0].init.low');
    expect(refusal((m) => (m.training.optimizer.lr = 'x')).message).toContain('training.optimizer.lr');
  });

  it('refuses an unknown op, fn, dtype, role or key', () => {
    expect(refusal((m) => (m.graph.nodes[4].op = { op: 'eval' })).message).toContain('graph.nodes[4].op.op is not an op of the IR');
    expect(refusal((m) => (m.graph.nodes[2].op.fn = 'pow')).message).toContain('graph.nodes[2].op.fn must be one of');
    expect(refusal((m) => (m.graph.values[1].dtype = 'f64')).message).toContain('graph.values[1].dtype');
    expect(refusal((m) => (m.inputs[0].role = 'x')).message).toContain('inputs[0].role');
    expect(refusal((m) => (m.graph.nodes[4].op.extra = 1)).message).toContain('graph.nodes[4].op.extra is not a field of the IR');
    expect(refusal((m) => (m.extra = 1)).message).toContain('extra is not a field of the IR');
    expect(refusal((m) => (m.groups[0].kind = 'conv')).message).toContain('groups[0].kind');
  });

  it('refuses line breaks and control characters in names, files and docs', () => {
    expect(refusal((m) => (m.source = 'model.ts\nglobalThis.PWNED = 1;')).message).toContain('source contains a control character or line break');
    expect(refusal((m) => (m.inputs[0].name = 'x\ny')).message).toContain('inputs[0].name contains');
    expect(refusal((m) => (m.graph.nodes[0].loc.file = 'a\u2028b')).message).toContain('graph.nodes[0].loc.file contains');
    expect(refusal((m) => (m.outputs[0].doc = 'ok\u001b[2J')).message).toContain('outputs[0].doc contains');
  });

  it('refuses non-arrays, non-plain objects and missing fields', () => {
    expect(refusal((m) => (m.graph.nodes = { length: 0 })).message).toContain('graph.nodes is not an array');
    expect(refusal((m) => (m.graph.values[0] = new Map())).message).toContain('graph.values[0] is not a plain object');
    expect(refusal((m) => delete m.graph.nodes[1].op.value).message).toContain('graph.nodes[1].op.value is missing');
    expect(() => checkUntrustedModule('module', FILE)).toThrow(RnncError);
  });

  it('checks scan bodies recursively', () => {
    const e = refusal((m) => {
      m.graph.nodes.push({
        op: {
          op: 'scan',
          carries: ['h'],
          sequences: [],
          invariants: 0,
          steps: [],
          reverse: false,
          masked: false,
          maskOutput: 'zero',
          truncate: null,
          body: { values: [t(['B', 2])], nodes: [{ op: { op: 'arg', index: '0' }, inputs: [], outputs: [0] }], results: [0] },
        },
        inputs: [4],
        outputs: [5],
      });
    });
    expect(e.message).toContain('graph.nodes[5].op.body.nodes[0].op.index');
  });
});

describe('checkChildMessage', () => {
  it('makes an error one printable line and refuses unknown kinds', () => {
    const r = checkChildMessage({ kind: 'error', error: { message: 'bad\n\u001b[31mred', related: [] } }, FILE);
    expect(r).toEqual({ kind: 'error', error: { message: 'bad  [31mred', related: [] } });
    expect(() => checkChildMessage({ kind: 'exec' }, FILE)).toThrow(/the reply.kind/);
  });
});
