// The `rnnc` command line. bin/rnnc.js calls main(); tests may call it in-process with their own Io.
//
// Exit codes: 0 success; 1 an error in the model, weights or inputs (one located line per problem on
// stderr) or an internal error; 2 a usage error.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RnncError } from '../frontend/diagnostics.js';
import { COMPILE_HELP, IMPORT_HELP, MAIN_HELP, RUN_HELP, UsageError } from './args.js';
import { compileCommand } from './compile.js';
import type { Io } from './io.js';
import { runCommand } from './run.js';

export type { Io } from './io.js';

const processIo: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

export function version(): string {
  // package.json sits two levels above src/cli/ and dist/cli/.
  const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json');
  return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
}

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  compile: compileCommand,
  run: runCommand,
  import: async (args, io) => (await import('./import.js')).importCommand(args, io),
};
const HELPS: Record<string, string> = { compile: COMPILE_HELP, run: RUN_HELP, import: IMPORT_HELP };

function isErrorNamed(e: unknown, ...names: string[]): e is Error {
  return e instanceof Error && names.includes(e.name);
}

/** Report an error the way the CLI contract says; returns the exit code. */
export function report(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    const hint = e.command ? `rnnc ${e.command} --help` : 'rnnc --help';
    io.stderr(`rnnc: ${e.message} (see '${hint}')\n`);
    return 2;
  }
  if (e instanceof RnncError) {
    io.stderr(`${e.format()}\n`);
    return 1;
  }
  // A copy of RnncError from another bundle (e.g. a generated module's runtime).
  if (isErrorNamed(e, 'RnncError') && typeof (e as { format?: unknown }).format === 'function') {
    io.stderr(`${(e as unknown as RnncError).format()}\n`);
    return 1;
  }
  if (isErrorNamed(e, 'InputError', 'WeightsError', 'ImportError')) {
    io.stderr(`error: ${e.message.split('\n').join(' ')}\n`);
    return 1;
  }
  const msg = e instanceof Error ? e.message : String(e);
  io.stderr(`rnnc: internal error: ${msg.split('\n')[0]}\n`);
  if (process.env.RNNC_DEBUG === '1' && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  return 1;
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr(MAIN_HELP);
      return 2;
    }
    if (first === '--help' || first === '-h') {
      io.stdout(MAIN_HELP);
      return 0;
    }
    if (first === '--version' || first === '-V' || first === '-v') {
      io.stdout(`rnnc ${version()}\n`);
      return 0;
    }
    if (first === 'help') {
      const topic = rest[0];
      if (topic === undefined) io.stdout(MAIN_HELP);
      else if (HELPS[topic]) io.stdout(HELPS[topic]);
      else throw new UsageError(`unknown command '${topic}' (commands: compile, run)`);
      return 0;
    }
    if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`);
    const command = COMMANDS[first];
    if (!command) throw new UsageError(`unknown command '${first}' (commands: compile, run)`);
    return await command(rest, io);
  } catch (e) {
    return report(e, io);
  }
}
