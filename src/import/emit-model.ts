// A Program as an rnnc model file: the text a person would have written, with the dynamic axes
// named 'B' and 'T' and one comment per layer naming its source.

import { ImportError } from './import-error.js';
import { fmtOptions, quote, type Program, type ProgramInput, type SDim } from './program.js';

export interface EmitOptions {
  /** The model's name (defineModel's first argument). */
  name: string;
  /** Lines for the file's header comment. */
  header: readonly string[];
}

/** A valid model name from a file name ('my-model.onnx' -> 'my_model'). */
export function modelNameFrom(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  let name = base.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'imported';
  if (/^[0-9]/.test(name)) name = `m_${name}`;
  return name.slice(0, 60);
}

export function emitModel(p: Program, opts: EmitOptions): string {
  const bound = (d: SDim): SDim => {
    if (typeof d === 'number') return d;
    const b = p.bindings.get(d) ?? (d === 'B' || d === 'T' ? d : undefined);
    if (!b) throw new ImportError(`${p.source}: cannot tell whether the dynamic axis '${d}' is the batch or the time axis`);
    return b;
  };
  const declare = (i: ProgramInput): string => {
    const shape = i.shape.map(bound);
    const doc = fmtOptions({ doc: i.doc });
    if (i.dtype === 'i32' && shape.length === 2 && shape[0] === 'B' && shape[1] === 'T') return `const ${i.var} = m.tokens(${quote(i.name)}, ${doc});`;
    if (i.dtype === 'f32' && shape.length === 3 && shape[0] === 'B' && shape[1] === 'T' && typeof shape[2] === 'number') return `const ${i.var} = m.sequence(${quote(i.name)}, ${shape[2]}, ${doc});`;
    return `const ${i.var} = m.input(${quote(i.name)}, '${i.dtype}', [${shape.map((d) => (typeof d === 'number' ? String(d) : quote(d))).join(', ')}], ${doc});`;
  };
  const body = [
    ...p.inputs.filter((i) => !i.inline).map(declare),
    ...p.lines,
    ...p.outputs.map((o) => `m.output(${quote(o.name)}, ${o.var}, ${fmtOptions({ doc: o.doc })});`),
  ];
  // Symbols become 'B' / 'T' (they appear quoted: '\u0001batch\u0001' -> 'B').
  const text = body
    // biome-ignore lint/suspicious/noControlCharactersInRegex: \u0001 delimits the placeholders program.ts writes
    .map((l) => l.replace(/\u0001([^\u0001]*)\u0001/g, (_, s: string) => String(bound(s))))
    .map((l) => `  ${l}`)
    .join('\n');
  if (text.includes('\u0001')) throw new Error('internal: an axis symbol was left in the model text');
  return [
    ...opts.header.map((h) => `// ${h}`),
    "import { defineModel } from 'rnnc';",
    '',
    `export default defineModel(${quote(opts.name)}, (m) => {`,
    text,
    '});',
    '',
  ].join('\n');
}
