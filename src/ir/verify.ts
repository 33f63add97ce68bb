// The verifier: checks that a module built or rewritten by anything (tracer, passes, tests
// building plain objects) is well formed, before a backend trusts it. Types are re-derived
// with inferTypes, so a pass that changes a node without fixing its types is caught here.

import { fmtShape, fmtType, inferTypes, sameShape, sameType, ShapeError, stepType } from './shapes.js';
import { walkNodes } from './graph.js';
import { nodeHeader } from './printer.js';
import { scanArgList, scanArgParts, scanOperandCount } from './scan-parts.js';
import type { Graph, Module, Node, Op, TensorType, ValueId } from './types.js';

export class VerifyError extends Error {
  override name = 'VerifyError';
}

export function verifyModule(m: Module): void {
  verifyGraph(m.graph);
  const g = m.graph;
  const def = new Map<ValueId, Node>();
  for (const n of g.nodes) for (const v of n.outputs) def.set(v, n);

  const checkValue = (what: string, v: ValueId): TensorType => {
    const t = Number.isInteger(v) ? g.values[v] : undefined;
    if (!t || !def.has(v)) throw new VerifyError(`${what} refers to %${v}, which is not defined in the graph`);
    return t;
  };
  const unique = (what: string, names: readonly string[]): void => {
    const seen = new Set<string>();
    for (const n of names) {
      if (seen.has(n)) throw new VerifyError(`${what} name '${n}' is used twice`);
      seen.add(n);
    }
  };
  // A listed leaf must be the node of that kind and name; every such node must be listed.
  const checkLeaves = (kind: 'input' | 'param' | 'state', infos: readonly { name: string; value: ValueId }[]): void => {
    unique(kind, infos.map((i) => i.name));
    const byName = new Map(infos.map((i) => [i.name, i]));
    for (const info of infos) {
      checkValue(`${kind} '${info.name}'`, info.value);
      const n = def.get(info.value)!;
      if (n.op.op !== kind || n.op.name !== info.name) {
        throw new VerifyError(`${kind} '${info.name}' refers to %${info.value}, which is defined by ${nodeHeader(n)}, not by ${kind} '${info.name}'`);
      }
    }
    for (const n of g.nodes) {
      if (n.op.op !== kind) continue;
      const info = byName.get(n.op.name);
      if (!info || info.value !== n.outputs[0]) {
        throw new VerifyError(`${nodeHeader(n)} is not listed in the module's ${kind}s`);
      }
    }
  };

  checkLeaves('input', m.inputs);
  for (const i of m.inputs) {
    if (!sameType(i.type, g.values[i.value])) {
      throw new VerifyError(`input '${i.name}' is typed ${fmtType(i.type)}, but its node %${i.value} is ${fmtType(g.values[i.value])}`);
    }
  }
  checkLeaves('param', m.params);
  for (const p of m.params) {
    const t = g.values[p.value];
    if (!p.shape.every((d) => Number.isInteger(d) && d >= 0)) {
      throw new VerifyError(`param '${p.name}' must have a static shape, got ${fmtShape(p.shape)}`);
    }
    if (t.dtype !== 'f32' || !sameShape(t.shape, p.shape)) {
      throw new VerifyError(`param '${p.name}' has shape ${fmtShape(p.shape)}, but its node %${p.value} is ${fmtType(t)}`);
    }
  }
  checkLeaves('state', m.states);
  for (const s of m.states) {
    if (!sameType(s.type, g.values[s.value])) {
      throw new VerifyError(`state '${s.name}' is typed ${fmtType(s.type)}, but its node %${s.value} is ${fmtType(g.values[s.value])}`);
    }
    const u = checkValue(`update of state '${s.name}'`, s.update);
    if (!sameType(u, s.type)) {
      throw new VerifyError(`state '${s.name}' is ${fmtType(s.type)}, but its update %${s.update} is ${fmtType(u)}`);
    }
  }
  // A dropout name is one random stream: every node of that name (at any depth) reads the one
  // mask, so they must agree on its rate and shape.
  const dropouts = new Map<string, { op: Extract<Op, { op: 'dropout' }>; n: Node }>();
  walkNodes(g, (n) => {
    if (n.op.op !== 'dropout') return;
    const first = dropouts.get(n.op.name);
    if (!first) dropouts.set(n.op.name, { op: n.op, n });
    else if (first.op.rate !== n.op.rate || !sameShape(first.op.shape, n.op.shape)) {
      throw new VerifyError(`${nodeHeader(n)} reuses dropout name '${n.op.name}' of ${nodeHeader(first.n)} with a different rate or shape`);
    }
  });
  unique('output', m.outputs.map((o) => o.name));
  for (const o of m.outputs) {
    const t = checkValue(`output '${o.name}'`, o.value);
    if (!sameType(t, o.type)) throw new VerifyError(`output '${o.name}' is typed ${fmtType(o.type)}, but %${o.value} is ${fmtType(t)}`);
  }
}

/**
 * Checks one graph. `args` are the body argument types when `g` is a scan body, null at top level.
 * `where` prefixes messages so that errors in nested bodies say which scan they are in.
 */
export function verifyGraph(g: Graph, args: readonly TensorType[] | null = null, where = ''): void {
  const defined = new Array<boolean>(g.values.length).fill(false);
  const inRange = (v: ValueId): boolean => Number.isInteger(v) && v >= 0 && v < g.values.length && g.values[v] !== undefined;

  for (const [i, n] of g.nodes.entries()) {
    const label = `${where}node ${i} (${nodeHeader(n)})`;
    const fail = (msg: string): never => {
      throw new VerifyError(`${label}: ${msg}`);
    };
    for (const v of n.inputs) {
      if (!inRange(v)) fail(`uses %${v}, which is out of range (the graph has ${g.values.length} values)`);
      if (!defined[v]) fail(`uses %${v} before it is defined`);
    }
    for (const v of n.outputs) {
      if (!inRange(v)) fail(`defines %${v}, which is out of range (the graph has ${g.values.length} values)`);
      if (defined[v]) fail(`defines %${v} a second time`);
    }
    const ins = n.inputs.map((v) => g.values[v]);
    const op = n.op;
    switch (op.op) {
      case 'input':
      case 'param':
      case 'state':
      case 'arg': {
        if (n.inputs.length !== 0 || n.outputs.length !== 1) fail(`${op.op} takes no inputs and defines one value`);
        if (op.op === 'arg') {
          if (args === null) fail('arg outside a scan body');
          else if (!Number.isInteger(op.index) || op.index < 0 || op.index >= args.length) {
            fail(`arg index ${op.index} is out of range (the body has ${args.length} args)`);
          } else if (!sameType(args[op.index], g.values[n.outputs[0]])) {
            fail(`arg ${op.index} is recorded as ${fmtType(g.values[n.outputs[0]])}, but the scan passes ${fmtType(args[op.index])}`);
          }
        } else if (args !== null) {
          fail(`${op.op} node inside a scan body (pass the value in as an invariant)`);
        }
        break;
      }
      default: {
        if (op.op === 'scan') {
          const expected = scanOperandCount(op);
          if (!Number.isInteger(op.invariants) || op.invariants < 0) fail(`invariants must be a count, got ${op.invariants}`);
          if (op.truncate !== null && !(Number.isInteger(op.truncate) && op.truncate > 0)) fail(`truncate must be a positive integer or null, got ${op.truncate}`);
          for (const [what, names] of [['carry', op.carries], ['sequence', op.sequences], ['step', op.steps]] as const) {
            const dup = names.find((s, j) => names.indexOf(s) !== j);
            if (dup !== undefined) fail(`${what} name '${dup}' is used twice`);
          }
          if (ins.length !== expected) fail(`scan expects ${expected} operands, got ${ins.length}`);
          const parts = scanArgParts(op, ins);
          const bodyArgs = scanArgList({ ...parts, sequences: parts.sequences.map(stepType) });
          const body = op.body;
          verifyGraph(body, bodyArgs, `${where}in the body of ${nodeHeader(n)}: `);
        }
        let inferred: TensorType[] = [];
        try {
          inferred = inferTypes(op, ins);
        } catch (e) {
          if (e instanceof ShapeError) fail(e.message);
          throw e;
        }
        if (inferred.length !== n.outputs.length) fail(`defines ${n.outputs.length} values, but ${op.op} defines ${inferred.length}`);
        for (const [j, v] of n.outputs.entries()) {
          if (!sameType(g.values[v], inferred[j])) fail(`%${v} is recorded as ${fmtType(g.values[v])}, but its inputs give ${fmtType(inferred[j])}`);
        }
      }
    }
    for (const v of n.outputs) defined[v] = true;
  }

  if (args === null) {
    if (g.results.length > 0) throw new VerifyError(`${where}graph results are only allowed in scan bodies (top-level results: ${g.results.map((v) => `%${v}`).join(', ')})`);
  } else {
    for (const v of g.results) {
      if (!inRange(v) || !defined[v]) throw new VerifyError(`${where}body result %${v} is not defined in the body`);
    }
  }
}
