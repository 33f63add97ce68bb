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
