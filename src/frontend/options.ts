// Option records are checked at trace time too: a model compiled without the type checker,
// or with a cast, still gets a located error for a misspelt option instead of a silent default.

import type { SourceLoc } from '../ir/types.js';
import { RnncError } from './diagnostics.js';

export function checkOptions(what: string, opts: object, allowed: readonly string[], loc: SourceLoc | undefined): void {
  for (const key of Object.keys(opts)) {
    if ((opts as Record<string, unknown>)[key] === undefined) continue;
    if (!allowed.includes(key)) {
      const near = closest(key, allowed);
      throw new RnncError(`${what}: unknown option '${key}'${near ? ` (did you mean '${near}'?)` : ''}; options are: ${allowed.join(', ')}`, loc);
    }
  }
}

function closest(key: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const n of names) {
    const d = editDistance(key.toLowerCase(), n.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

export function positiveInt(what: string, name: string, v: unknown, loc: SourceLoc | undefined): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new RnncError(`${what}: ${name} must be a positive integer, got ${JSON.stringify(v)}`, loc);
  return v;
}

export function oneOf<T extends string>(what: string, name: string, v: unknown, allowed: readonly T[], loc: SourceLoc | undefined): T {
  if (typeof v !== 'string' || !allowed.includes(v as T)) {
    throw new RnncError(`${what}: ${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${JSON.stringify(v)}`, loc);
  }
  return v as T;
}

/**
 * The largest size one axis may have (units, vocab, dim, features): 2^24. Larger sizes cannot be
 * trained or run by any backend, and refusing them here names the call and option that asked.
 */
export const MAX_SIZE = 2 ** 24;

/**
 * The most elements one parameter, and all parameters together, may hold: 2^30 f32 values are
 * 4 GiB, the whole of a wasm32 memory (and what a Float32Array can address is only 4x that).
 */
export const MAX_PARAM_ELEMENTS = 2 ** 30;

/** A positive integer size no larger than MAX_SIZE. */
export function size(what: string, name: string, v: unknown, loc: SourceLoc | undefined): number {
  const n = positiveInt(what, name, v, loc);
  if (n > MAX_SIZE) throw new RnncError(`${what}: ${name} ${n} is too large (a size may be at most ${MAX_SIZE} = 2^24)`, loc);
  return n;
}

/** Refuse a parameter of `elements` values that no backend could hold, naming the option that asked for it. */
export function checkParamElements(what: string, option: string, param: string, shape: readonly number[], loc: SourceLoc | undefined): void {
  const elements = shape.reduce((a, b) => a * b, 1);
  if (elements > MAX_PARAM_ELEMENTS) {
    throw new RnncError(
      `${what}: ${option} makes ${param} [${shape.join(', ')}] hold ${elements} elements, more than one parameter may hold (${MAX_PARAM_ELEMENTS} = 2^30 f32 values, 4 GiB: a whole wasm32 memory)`,
      loc,
    );
  }
}
