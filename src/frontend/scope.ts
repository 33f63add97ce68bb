// A scope is the graph being traced: the model's top level, or a scan body. A body that uses
// a tensor of an enclosing scope captures it as an invariant argument, so custom cells can
// close over weights the way ordinary functions do (JAX's closure conversion, Theano's non_sequences).

import { GraphBuilder } from '../ir/graph.js';
import { ShapeError } from '../ir/shapes.js';
import type { Op, SourceLoc, TensorType, ValueId } from '../ir/types.js';
import { RnncError } from './diagnostics.js';
import { TENSOR, type Tensor } from './tensor.js';

export class TensorImpl {
  readonly [TENSOR] = true as const;
  constructor(
    readonly scope: Scope,
    readonly id: ValueId,
    readonly dtype: TensorType['dtype'],
    readonly shape: TensorType['shape'],
  ) {}
  get type(): TensorType {
    return { dtype: this.dtype, shape: this.shape };
  }
  toString(): string {
    return `Tensor<${this.dtype}, [${this.shape.join(', ')}]>`;
  }
}

export class Scope {
  readonly gb = new GraphBuilder();
  /** Outer values captured as invariants, in argument order. */
  readonly captures: ValueId[] = [];
  private readonly captureMap = new Map<ValueId, ValueId>();
  closed = false;

  constructor(
    readonly parent: Scope | undefined,
    /** Index of the first invariant argument (carries and sequence slices come first). */
    readonly argBase = 0,
  ) {}

  isWithin(other: Scope): boolean {
    for (let s: Scope | undefined = this; s; s = s.parent) if (s === other) return true;
    return false;
  }

  /** The value id of `t` in this scope, capturing it from an enclosing scope if need be. */
  use(t: TensorImpl, loc: SourceLoc | undefined): ValueId {
    if (t.scope === this) return t.id;
    if (!this.isWithin(t.scope)) {
      const why = t.scope.closed
        ? 'a tensor made inside a scan body cannot be used outside it: return it from the body as a carry or a step output'
        : 'this tensor belongs to another model or scope';
      throw new RnncError(why, loc);
    }
    const outer = this.parent!.use(t, loc);
    const known = this.captureMap.get(outer);
    if (known !== undefined) return known;
    const arg = this.gb.leaf({ op: 'arg', index: this.argBase + this.captures.length }, t.type, loc);
    this.captures.push(outer);
    this.captureMap.set(outer, arg);
    return arg;
  }

  wrap(id: ValueId): TensorImpl {
    const t = this.gb.type(id);
    return new TensorImpl(this, id, t.dtype, t.shape);
  }

  /** Add a node; a shape mistake becomes an error at the user's line, prefixed by what they called. */
  add(op: Op, ins: readonly TensorImpl[], what: string, loc: SourceLoc | undefined): TensorImpl[] {
    const ids = ins.map((t) => this.use(t, loc));
    try {
      return this.gb.add(op, ids, loc).map((v) => this.wrap(v));
    } catch (e) {
      if (e instanceof ShapeError) throw new RnncError(`${what}: ${e.message}`, loc);
      throw e;
    }
  }
}

export function impl(t: Tensor | TensorImpl, what: string, loc: SourceLoc | undefined): TensorImpl {
  if (t instanceof TensorImpl) return t;
  throw new RnncError(`${what}: expected a tensor, got ${describe(t)}`, loc);
}

export function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'object') return 'an object';
  return `${typeof x} ${String(x)}`;
}
