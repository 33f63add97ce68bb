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

/** A location that names only a file (line 0): for problems no line can be given for, e.g. a time limit. */
export function fileLoc(file: string): SourceLoc {
  return { file, line: 0, col: 0 };
}

export function fmtLoc(loc: SourceLoc, cwd = process.cwd()): string {
  const rel = path.isAbsolute(loc.file) ? path.relative(cwd, loc.file) : loc.file;
  const shown = rel.startsWith('..') ? loc.file : rel;
  return loc.line > 0 ? `${shown}:${loc.line}:${loc.col}` : shown;
}

// Files of rnnc itself (src/ when run from source, dist/ when installed, and src/ again when dist's
// frames are source-mapped); frames there are never the user's.
const selfRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ownRoots = [selfRoot, ...['src', 'dist'].map((d) => path.join(path.dirname(selfRoot), d))];

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

/** Further files of rnnc (the tracing child's entry), shared by every copy of this module. */
const OWN_FILES = Symbol.for('rnnc.ownFiles');
export function addOwnFile(file: string): void {
  const g = globalThis as Record<symbol, Set<string> | undefined>;
  (g[OWN_FILES] ??= new Set()).add(file);
}

function isOwnFrame(file: string): boolean {
  return (
    (globalThis as Record<symbol, Set<string> | undefined>)[OWN_FILES]?.has(file) === true ||
    file.startsWith('node:') ||
    file.startsWith('internal') ||
    file.includes(`${path.sep}node_modules${path.sep}`) ||
    ownRoots.some((r) => file.startsWith(r + path.sep))
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

/**
 * Where the model's code last threw a value that is not an Error (which has no stack): the model
 * bundle's `throw` statements report their own position here (see throw-locs.ts).
 */
const THROWN = Symbol.for('rnnc.thrown');
type ThrownNote = { value: unknown; loc: SourceLoc };

/** Install the global that noted `throw` statements call; returns the value unchanged. */
export function installThrowNotes(): void {
  (globalThis as Record<symbol, unknown>)[THROWN] = (value: unknown, file: string, line: number, col: number): unknown => {
    if (!(value instanceof Error)) (globalThis as Record<symbol, unknown>)[Symbol.for('rnnc.thrown.last')] = { value, loc: { file, line, col } } satisfies ThrownNote;
    return value;
  };
}

function notedThrow(e: unknown): SourceLoc | undefined {
  const note = (globalThis as Record<symbol, unknown>)[Symbol.for('rnnc.thrown.last')] as ThrownNote | undefined;
  return note && Object.is(note.value, e) ? note.loc : undefined;
}

function describeValue(e: unknown): string {
  if (typeof e === 'string') return JSON.stringify(e.length > 200 ? `${e.slice(0, 200)}...` : e);
  if (typeof e === 'object' && e !== null) {
    try {
      const text = JSON.stringify(e);
      if (text !== undefined) return text.length > 200 ? `${text.slice(0, 200)}...` : text;
    } catch {
      // fall through
    }
  }
  return String(e);
}

/** Wrap anything thrown while running user code into a located RnncError. */
export function asRnncError(e: unknown, fallback?: SourceLoc): RnncError {
  if (e instanceof RnncError) return e;
  if (e instanceof Error) {
    const loc = userLocFromStack(e.stack) ?? fallback;
    return new RnncError(`${e.name === 'Error' ? '' : `${e.name}: `}${e.message}`, loc);
  }
  return new RnncError(`the model's code threw ${describeValue(e)} (not an Error)`, notedThrow(e) ?? fallback);
}
