// Located errors. Every error a user can cause is an RnncError: one line, naming the place
// (file:line:col for model code; the tensor or input name for data), never only a stack trace.

import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import type { SourceLoc } from '../ir/types.js';

export class RnncError extends Error {
  override name = 'RnncError';
  constructor(
    message: string,
    readonly loc?: SourceLoc,
    /** Further located problems reported together with this one (e.g. all type errors of a file). */
    readonly related: readonly RnncError[] = [],
  ) {
    super(message);
  }

  /** `file:line:col: error: message`, one line per problem. */
  format(cwd = process.cwd()): string {
    const all = [this, ...this.related];
    return all.map((e) => `${e.loc ? `${fmtLoc(e.loc, cwd)}: ` : ''}error: ${e.message}`).join('\n');
  }
}

export function fmtLoc(loc: SourceLoc, cwd = process.cwd()): string {
  const rel = path.isAbsolute(loc.file) ? path.relative(cwd, loc.file) : loc.file;
  const shown = rel.startsWith('..') ? loc.file : rel;
  return `${shown}:${loc.line}:${loc.col}`;
}

// Files of rnnc itself (src/ when run from source, dist/ when installed); frames there are never the user's.
const selfRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const frameRe = /\(?((?:file:\/\/)?[^()\s]+?):(\d+):(\d+)\)?$/;

function parseFrame(line: string): SourceLoc | undefined {
  const m = frameRe.exec(line.trim());
  if (!m) return undefined;
  let file = m[1];
  if (file.startsWith('file://')) {
    try {
      file = fileURLToPath(file);
    } catch {
      return undefined;
    }
  }
  return { file, line: Number(m[2]), col: Number(m[3]) };
}

function isOwnFrame(file: string): boolean {
  return (
    file.startsWith('node:') ||
    file.startsWith('internal') ||
    file.includes(`${path.sep}node_modules${path.sep}`) ||
    file.startsWith(selfRoot + path.sep)
  );
}

/** The first stack frame outside rnnc: where the user's model code called into the DSL. */
export function userLocFromStack(stack: string | undefined): SourceLoc | undefined {
  if (!stack) return undefined;
  for (const line of stack.split('\n').slice(1)) {
    if (!line.trim().startsWith('at ')) continue;
    const loc = parseFrame(line);
    if (loc && !isOwnFrame(loc.file)) return loc;
  }
  return undefined;
}

export function captureLoc(): SourceLoc | undefined {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  const stack = new Error().stack;
  Error.stackTraceLimit = saved;
  return userLocFromStack(stack);
}

/** Wrap anything thrown while running user code into a located RnncError. */
export function asRnncError(e: unknown, fallback?: SourceLoc): RnncError {
  if (e instanceof RnncError) return e;
  if (e instanceof Error) {
    const loc = userLocFromStack(e.stack) ?? fallback;
    return new RnncError(`${e.name === 'Error' ? '' : `${e.name}: `}${e.message}`, loc);
  }
  return new RnncError(String(e), fallback);
}
