// The DSL's trace-time checks: each mistake is reported at the user's line with a clear message.
import { describe, expect, it } from 'vitest';
import { defineModel, type ModelBuilder } from 'rnnc';
import { trace } from '../../src/frontend/trace.js';
import { RnncError } from '../../src/frontend/diagnostics.js';
import { printModule } from '../../src/ir/printer.js';
import { verifyModule } from '../../src/ir/verify.js';

const here = new URL(import.meta.url).pathname;

/** Trace a model and return the RnncError it raises. */
function traceError(build: (m: ModelBuilder) => void): RnncError {
  try {
    trace(defineModel('bad', build));
  } catch (e) {
    expect(e).toBeInstanceOf(RnncError);
    return e as RnncError;
  }
  throw new Error('expected the model to fail tracing');
}

/** The 1-based line of the first line in this file containing `marker`. */
import { readFileSync } from 'node:fs';
const source = readFileSync(here, 'utf8').split('\n');
const lineOf = (marker: string) => source.findIndex((l) => l.includes(marker)) + 1;

describe('located trace errors', () => {
  it('matmul shape mismatch names both shapes at the call', () => {
    const e = traceError((m) => {
      const x = m.sequence('x', 8);
      const w = m.param('w', [7, 4]);
      m.output('y', m.matmul(x as never, w as never)); // MARK:matmul
    });
    expect(e.message).toBe('matmul: matmul inner sizes differ: [B, T, 8] x [7, 4] (8 vs 7)');
    expect(e.loc?.file).toBe(here);
    expect(e.loc?.line).toBe(lineOf('MARK:matmul'));
  });

  it('broadcast mismatch', () => {
    const e = traceError((m) => {
      const x = m.sequence('x', 8);
      m.output('y', m.add(x, m.param('b', [5]))); // MARK:add
    });
    expect(e.message).toMatch(/^add: cannot broadcast \[5\] into \[B, T, 8\]/);
    expect(e.loc?.line).toBe(lineOf('MARK:add'));
  });

  it('scan body returning a carry of the wrong shape', () => {
    const e = traceError((m) => {
      const x = m.sequence('x', 8);
      const r = m.scan({
        carries: { h: m.zeros(['B', 4]) },
        sequences: { x },
        body: (_c, { x: xt }) => ({ carries: { h: xt as never } }),
      }); // MARK:scan-shape
      m.output('y', r.finals.h);
    });
    expect(e.message).toBe("scan body returns carry 'h' as f32[B, 8], but it enters the scan as f32[B, 4]");
    expect(e.loc?.line).toBe(lineOf('MARK:scan-shape') - 4);
  });

  it('scan body missing or adding a carry', () => {
    const missing = traceError((m) => {
      const x = m.sequence('x', 4);
      const r = m.scan({ carries: { h: m.zeros(['B', 4]), c: m.zeros(['B', 4]) }, sequences: { x }, body: ({ h }) => ({ carries: { h } as never }) });
      m.output('y', r.finals.h);
    });
    expect(missing.message).toBe("scan body returned no carry 'c' (carries are: h, c)");
    const extra = traceError((m) => {
      const x = m.sequence('x', 4);
      const r = m.scan({ carries: { h: m.zeros(['B', 4]) }, sequences: { x }, body: ({ h }) => ({ carries: { h, k: h } as never }) });
      m.output('y', r.finals.h);
    });
    expect(extra.message).toBe("scan body returned an unknown carry 'k' (carries are: h)");
  });

  it('scan body returning a positional list instead of a record (the rval[0] mistake)', () => {
    const e = traceError((m) => {
      const x = m.sequence('x', 4);
      const r = m.scan({ carries: { h: m.zeros(['B', 4]) }, sequences: { x }, body: ({ h }) => [h] as never });
      m.output('y', r.finals.h);
    });
    expect(e.message).toMatch(/^scan body must return \{ carries: \{ h \}, steps\?: \{\.\.\.\} \}, got an array/);
  });

  it('a tensor made inside a scan body cannot escape it', () => {
    let leaked: unknown;
    const e = traceError((m) => {
      const x = m.sequence('x', 4);
      m.scan({
        carries: { h: m.zeros(['B', 4]) },
        sequences: { x },
        body: ({ h }) => {
          leaked = m.tanh(h);
          return { carries: { h } };
        },
      });
      m.output('y', m.tanh(leaked as never)); // MARK:leak
    });
    expect(e.message).toMatch(/made inside a scan body cannot be used outside it/);
    expect(e.loc?.line).toBe(lineOf('MARK:leak'));
  });

  it('linearScan: shapes, masks and truncate are checked at the call', () => {
    const cases: [(m: ModelBuilder) => void, RegExp, string][] = [
      [(m) => { const x = m.sequence('x', 4); m.linearScan({ a: m.param('a', [3]), b: x }); }, /^linearScan: a is \[3\], which does not broadcast into b's \[B, T, 4\]$/, 'MARK:ls-a'], // MARK:ls-a
      [(m) => { const x = m.sequence('x', 4); m.linearScan({ a: x, b: x, h0: m.zeros(['B', 3]) }); }, /^linearScan: h0 must be f32\[B, 4\] \(b's shape without T\), got f32\[B, 3\]$/, 'MARK:ls-h0'], // MARK:ls-h0
      [(m) => { const x = m.sequence('x', 4); m.linearScan({ a: x, b: m.sum(x, 1) as never }); }, /^linearScan: b must be f32\[B, T, \.\.\.\], got f32\[B, 4\]$/, 'MARK:ls-b'], // MARK:ls-b
      [(m) => { const x = m.sequence('x', 4); m.linearScan({ a: x, b: x, truncate: 3 } as never); }, /^linearScan: unknown option 'truncate'/, 'MARK:ls-trunc'], // MARK:ls-trunc
      [(m) => { const x = m.sequence('x', 4); m.linearScan({ a: x, b: x, mask: x as never }); }, /^linearScan: mask must be f32\[B, T\], got f32\[B, T, 4\]$/, 'MARK:ls-mask'], // MARK:ls-mask
    ];
    for (const [build, message, mark] of cases) {
      const e = traceError(build);
      expect(e.message).toMatch(message);
      expect(e.loc?.file).toBe(here);
      expect(e.loc?.line).toBe(lineOf(mark));
    }
  });

  it('unknown layer option suggests the right one', () => {
    const e = traceError((m) => {
      const x = m.sequence('x', 4);
      m.output('y', m.lstm(x, { units: 3, returnSequence: true } as { units: number }).output); // MARK:opt
    });
    expect(e.message).toMatch(/^lstm: unknown option 'returnSequence' \(did you mean 'returnSequences'\?\)/);
    expect(e.loc?.line).toBe(lineOf('MARK:opt'));
  });

  it('layer input of the wrong kind', () => {
    const e = traceError((m) => {
      const ids = m.tokens('ids');
      m.output('y', m.gru(ids as never, { units: 3 }).output);
    });
    expect(e.message).toBe('gru: input must be a float sequence f32[B, T, features], got i32[B, T]');
    const e2 = traceError((m) => {
      const x = m.sequence('x', 4);
      m.output('y', m.embedding(x as never, { vocab: 10, dim: 2 }));
    });
    expect(e2.message).toBe('embedding: ids must be i32 token ids, got f32[B, T, 4]');
  });

  it('duplicate names, bad sizes, missing outputs', () => {
    expect(traceError((m) => { m.param('w', [2]); m.param('w', [2]); }).message).toBe("parameter 'w' is declared twice (give each layer its own name)");
    expect(traceError((m) => { const x = m.sequence('x', 4); m.lstm(x, { units: 2, name: 'l' }); m.lstm(x, { units: 2, name: 'l' }); }).message).toMatch(/parameter 'l\.W_i' is declared twice/);
    expect(traceError((m) => { m.input('x', 'f32', ['B', 0]); }).message).toMatch(/invalid size 0/);
    expect(traceError((m) => { m.sequence('x', 4); }).message).toBe("model 'bad' declares no output: call m.output(name, tensor)");
    expect(traceError((m) => { const x = m.sequence('x', 4); m.output('y', m.lstm(x, { units: 0 }).output); }).message).toBe('lstm: units must be a positive integer, got 0');
  });

  it('initial state of the wrong shape', () => {
    const e = traceError((m) => {
      const x = m.sequence('x', 4);
      const h0 = m.input('h0', 'f32', ['B', 5]);
      m.output('y', m.gru(x, { units: 3, initialState: [{ h: h0 }] }).output);
    });
    expect(e.message).toBe('initialState[0].h must be f32[B, 3], got f32[B, 5]');
  });

  it('errors thrown by user code keep their message and the user location', () => {
    const e = traceError(() => {
      throw new TypeError('boom'); // MARK:throw
    });
    expect(e.message).toBe('TypeError: boom');
    expect(e.loc?.line).toBe(lineOf('MARK:throw'));
  });
});

describe('types guard the named results', () => {
  it('scan results are records: positional indexing is a type error', () => {
    const def = defineModel('typed', (m) => {
      const x = m.sequence('x', 4);
      const r = m.scan({ carries: { h: m.zeros(['B', 4]) }, sequences: { x }, body: ({ h }, { x: xt }) => ({ carries: { h: m.add(h, xt) }, steps: { y: h } }) });
      // @ts-expect-error: no positional access, the Theano rval[0] bug cannot be written
      void r[0];
      // @ts-expect-error: steps are named
      void r.steps[0];
      const y: import('rnnc').Tensor<'f32', readonly ['B', 'T', 4]> = r.steps.y;
      m.output('y', y);
    });
    const mod = trace(def);
    verifyModule(mod);
    expect(mod.outputs[0].type.shape).toEqual(['B', 'T', 4]);
  });

  it('layer results carry their shapes in the type', () => {
    const def = defineModel('typed2', (m) => {
      const x = m.sequence('x', 4);
      const seq = m.lstm(x, { units: 6, returnSequences: true }).output;
      const last = m.gru(x, { units: 5, returnState: true });
      const s: import('rnnc').Tensor<'f32', readonly ['B', 'T', 6]> = seq;
      const l: import('rnnc').Tensor<'f32', readonly ['B', 5]> = last.output;
      void last.states[0].h;
      // @ts-expect-error: states only exist with returnState: true
      void m.gru(x, { units: 5, name: 'g2' }).states;
      m.output('s', s);
      m.output('l', l);
      // @ts-expect-error: 6 is not the inner size of a [7, 2] kernel
      m.matmul(seq, m.param('w7', [7, 2]));
    });
    expect(() => trace(def)).toThrow(/matmul inner sizes differ/);
  });
});

describe('tracing', () => {
  it('captures outer tensors as scan invariants once each', () => {
    const mod = trace(defineModel('cap', (m) => {
      const x = m.sequence('x', 3);
      const w = m.param('w', [3, 3]);
      const r = m.scan({ carries: { h: m.zeros(['B', 3]) }, sequences: { x }, body: ({ h }, { x: xt }) => ({ carries: { h: m.tanh(m.add(m.matmul(xt, w), m.matmul(h, w))) } }) });
      m.output('h', r.finals.h);
    }));
    const scan = mod.graph.nodes.find((n) => n.op.op === 'scan')!;
    expect(scan.op.op === 'scan' && scan.op.invariants).toBe(1);
    expect(printModule(mod)).toContain('invariants(%');
  });

  it('layer names follow Keras auto-naming and the groups describe each cell', () => {
    const mod = trace(defineModel('names', (m) => {
      const x = m.sequence('x', 3);
      const a = m.lstm(x, { units: 2, returnSequences: true }).output;
      const b = m.lstm(a, { units: 2, bidirectional: 'sum', numLayers: 2 }).output;
      m.output('y', m.dense(b, { units: 1 }));
    }));
    expect(mod.groups.map((g) => g.path)).toEqual(['lstm', 'lstm_1.l0.fw', 'lstm_1.l0.bw', 'lstm_1.l1.fw', 'lstm_1.l1.bw', 'dense']);
    expect(mod.params.filter((p) => p.name.startsWith('lstm_1.l1.bw.')).map((p) => p.shape[0])).toContain(2);
  });
});
