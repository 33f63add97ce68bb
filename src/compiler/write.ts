// Writing a compiled model to a folder: every file at once (all old or all new, write-atomic.ts),
// plus a `package.json` that says the folder holds ES modules. Generated modules are ES modules
// named `.js`; without that marker, Node reads them as CommonJS in a project whose package.json
// has no `"type": "module"` (what `npm init -y` writes) and `import { create }` fails there.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CompiledFile } from './compile.js';
import { writeFilesAtomic, type FileToWrite } from './write-atomic.js';

/** What rnnc writes as `<out>/package.json`; the "//" entry tells it apart from a user's file. */
export const OUT_PACKAGE_JSON = `${JSON.stringify(
  {
    '//': 'Written by rnnc compile: the generated modules in this folder are ES modules.',
    type: 'module',
    sideEffects: false,
  },
  null,
  2,
)}\n`;

const MARK = 'Written by rnnc compile';

export interface WriteResult {
  /** Absolute paths of the files written, in order. */
  readonly written: readonly string[];
  /** Problems that do not stop the write (e.g. a package.json of the user's that makes the folder CommonJS). */
  readonly warnings: readonly string[];
}

/** The folder's package.json, when it is the user's and does not make `.js` files ES modules. */
function foreignPackageWarning(file: string, text: string): string | undefined {
  let type: unknown;
  try {
    type = (JSON.parse(text) as { type?: unknown }).type;
  } catch {
    return `${file} is not valid JSON; rnnc left it alone, and Node may not load the generated ES modules beside it`;
  }
  if (type === 'module') return undefined;
  return `${file} has no "type": "module", so Node reads the generated .js files beside it as CommonJS; write them to a folder of their own (--out) or add "type": "module" there`;
}

/** Write `files` into `outDir` (created if missing) atomically, with the ES-module marker when the folder has no package.json of its own. */
export function writeCompiled(files: readonly CompiledFile[], outDir: string): WriteResult {
  const dir = path.resolve(outDir);
  const toWrite: FileToWrite[] = files.map((f) => ({ path: path.join(dir, f.name), data: f.contents }));
  const warnings: string[] = [];
  const pkg = path.join(dir, 'package.json');
  let existing: string | undefined;
  try {
    existing = fs.readFileSync(pkg, 'utf8');
  } catch {
    existing = undefined;
  }
  if (existing === undefined || (existing.includes(MARK) && existing !== OUT_PACKAGE_JSON)) {
    toWrite.push({ path: pkg, data: OUT_PACKAGE_JSON });
  } else if (!existing.includes(MARK)) {
    const w = foreignPackageWarning(pkg, existing);
    if (w) warnings.push(w);
  }
  writeFilesAtomic(toWrite);
  return { written: toWrite.map((f) => f.path), warnings };
}
