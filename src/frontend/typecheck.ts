// Type-checks a model file (and the local files it imports) with ts-morph before it is run,
// so that a wrong shape or a typo fails with `file:line:col: error: ...` like in the editor.
// rnnc's own public types are found through `paths`, from src/ when running from source and
// from dist/ when installed; diagnostics inside rnnc's own files are never reported.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project, ts } from 'ts-morph';
import { RnncError } from './diagnostics.js';

const selfFile = fileURLToPath(import.meta.url);
/** Running from TypeScript source (vitest, tsx) rather than the built dist/. */
export const fromSource = selfFile.endsWith('.ts');
/** The package root: two levels above src/frontend/ or dist/frontend/. */
export const packageRoot = path.resolve(path.dirname(selfFile), '..', '..');
const ownRoots = [path.join(packageRoot, 'src'), path.join(packageRoot, 'dist')];

/** Where the type checker finds `rnnc` and `rnnc/runtime`. */
export function rnncTypePaths(): Record<string, string[]> {
  return fromSource
    ? {
        rnnc: [path.join(packageRoot, 'src', 'index.ts')],
        'rnnc/runtime': [path.join(packageRoot, 'src', 'runtime', 'index.ts')],
      }
    : {
        rnnc: [path.join(packageRoot, 'dist', 'index.d.ts')],
        'rnnc/runtime': [path.join(packageRoot, 'dist', 'runtime', 'index.d.ts')],
      };
}

function isUserFile(file: string): boolean {
  const f = path.resolve(file);
  if (f.split(path.sep).includes('node_modules')) return false;
  if (ownRoots.some((r) => f.startsWith(r + path.sep))) return false;
  // TypeScript's own lib files live in ts-morph's in-memory lib folder.
  if (/[\\/]lib\.[\w.]*d\.ts$/.test(f) && !fs.existsSync(f)) return false;
  return true;
}

/** One line: TypeScript's chained messages joined with spaces, plus the TS code. */
function flatten(d: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  return `${text.split('\n').map((l) => l.trim()).filter(Boolean).join(' ')} [TS${d.code}]`;
}

export interface TypecheckOptions {
  /** Check this text as the content of `file` instead of reading it from disk. */
  readonly text?: string;
}

/** Every type and syntax error of the model file and its local imports, located; empty when it checks. */
export function typecheckModel(file: string, opts: TypecheckOptions = {}): RnncError[] {
  const abs = path.resolve(file);
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      target: ts.ScriptTarget.ESNext,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      allowImportingTsExtensions: true,
      resolveJsonModule: true,
      forceConsistentCasingInFileNames: true,
      paths: rnncTypePaths(),
    },
  });
  if (opts.text !== undefined) project.createSourceFile(abs, opts.text, { overwrite: true });
  else project.addSourceFileAtPath(abs);
  const program = project.getProgram().compilerObject;

  const errors: RnncError[] = [];
  const seen = new Set<string>();
  const add = (d: ts.Diagnostic): void => {
    if (d.category !== ts.DiagnosticCategory.Error) return;
    let e: RnncError;
    if (d.file && d.start !== undefined) {
      if (!isUserFile(d.file.fileName)) return;
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      e = new RnncError(flatten(d), { file: path.resolve(d.file.fileName), line: line + 1, col: character + 1 });
    } else {
      e = new RnncError(flatten(d));
    }
    const key = e.format();
    if (!seen.has(key)) {
      seen.add(key);
      errors.push(e);
    }
  };
  for (const d of program.getOptionsDiagnostics()) add(d);
  for (const sf of program.getSourceFiles()) {
    if (!isUserFile(sf.fileName)) continue;
    for (const d of program.getSyntacticDiagnostics(sf)) add(d);
    for (const d of program.getSemanticDiagnostics(sf)) add(d);
  }
  // The model file's own errors first, then those of the files it imports.
  const own = (e: RnncError): number => (e.loc?.file === abs ? 0 : 1);
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => own(a.e) - own(b.e) || a.i - b.i)
    .map(({ e }) => e);
}
