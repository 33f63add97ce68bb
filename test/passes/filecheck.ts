// A tiny FileCheck (LLVM / MLIR style) for printed IR: pass tests read as the IR they expect.
//
//   filecheck(text, [
//     'CHECK: scan carries(h=',          // a line at or after the last match contains this
//     'CHECK-NEXT: ^args(',              // ... on the very next line
//     'CHECK-NOT: matmul',               // nothing matches between the last match and the next one (or the end)
//     /CHECK: concat .* axis=1 : f32\[32, 128\]/,
//   ]);
//
// A string check is `DIRECTIVE: pattern`; the pattern is a literal substring in which `{{re}}`
// embeds a regular expression, `[[NAME:re]]` binds what `re` matched to NAME and a later `[[NAME]]`
// must match that same text (as in FileCheck: `[[X:%[0-9]+]] = matmul` ... `slice [[X]]`). A bare
// string (no directive) is a CHECK. A RegExp check is a CHECK whose source may start with
// `CHECK-NEXT: ` or `CHECK-NOT: ` in the same way. Matching is line by line; on failure the error
// shows the check, its number and the text scanned.

import { expect } from 'vitest';

export type Check = string | RegExp;

type Directive = 'CHECK' | 'CHECK-NEXT' | 'CHECK-NOT';

interface Parsed {
  readonly directive: Directive;
  /** The pattern with the variables bound so far; `names` are the variables it binds. */
  readonly compile: (vars: ReadonlyMap<string, string>) => { re: RegExp; names: string[] };
  readonly source: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `{{re}}` segments are regular expressions, `[[N:re]]` / `[[N]]` variables, the rest literal text. */
function patternOf(text: string): Parsed['compile'] {
  return (vars) => {
    let src = '';
    const names: string[] = [];
    const token = /\{\{(.*?)\}\}|\[\[([A-Za-z_][A-Za-z0-9_]*)(?::(.*?))?\]\]/g;
    let at = 0;
    for (let m = token.exec(text); m; m = token.exec(text)) {
      src += escapeRe(text.slice(at, m.index));
      at = m.index + m[0].length;
      if (m[1] !== undefined) src += `(?:${m[1]})`;
      else if (m[3] !== undefined) {
        src += `(?<${m[2]}>${m[3]})`;
        names.push(m[2]);
      } else {
        const v = vars.get(m[2]);
        if (v === undefined) throw new Error(`filecheck: variable [[${m[2]}]] is used before it is defined in ${JSON.stringify(text)}`);
        src += escapeRe(v);
      }
    }
    return { re: new RegExp(src + escapeRe(text.slice(at))), names };
  };
}

function parse(c: Check): Parsed {
  if (c instanceof RegExp) {
    const m = /^(CHECK(?:-NEXT|-NOT)?): ?/.exec(c.source);
    const directive = (m ? m[1] : 'CHECK') as Directive;
    const re = new RegExp(m ? c.source.slice(m[0].length) : c.source, c.flags.replace('g', ''));
    return { directive, compile: () => ({ re, names: [] }), source: String(c) };
  }
  const m = /^\s*(CHECK(?:-NEXT|-NOT)?):\s?(.*)$/s.exec(c);
  if (m) return { directive: m[1] as Directive, compile: patternOf(m[2].trim()), source: c.trim() };
  return { directive: 'CHECK', compile: patternOf(c), source: c };
}

/** Returns null when every check holds, else a message saying which one failed and where. */
export function filecheckError(text: string, checks: readonly Check[]): string | null {
  const lines = text.split('\n');
  const parsed = checks.map(parse);
  const vars = new Map<string, string>();
  let pos = 0; // the first line a CHECK may match
  let last = -1; // the line of the last positive match
  let pendingNot: { p: Parsed; i: number }[] = [];
  const show = (from: number, to: number) =>
    lines
      .slice(from, to)
      .map((l, k) => `  ${String(from + k + 1).padStart(4)} | ${l}`)
      .join('\n');
  const notsBetween = (from: number, to: number): string | null => {
    for (const { p, i } of pendingNot) {
      const { re } = p.compile(vars);
      for (let l = from; l < to; l++) {
        if (re.test(lines[l])) return `check ${i + 1} (${p.source}) matched line ${l + 1}, between lines ${from + 1} and ${to}:\n${show(from, to)}`;
      }
    }
    return null;
  };
  for (const [i, p] of parsed.entries()) {
    if (p.directive === 'CHECK-NOT') {
      pendingNot.push({ p, i });
      continue;
    }
    const { re, names } = p.compile(vars);
    let at = -1;
    let match: RegExpExecArray | null = null;
    if (p.directive === 'CHECK-NEXT') {
      if (last < 0) return `check ${i + 1} (${p.source}) is a CHECK-NEXT with no match before it`;
      match = last + 1 < lines.length ? re.exec(lines[last + 1]) : null;
      if (!match) return `check ${i + 1} (${p.source}) does not match the line after line ${last + 1}:\n${show(last, Math.min(lines.length, last + 2))}`;
      at = last + 1;
    } else {
      for (let l = pos; l < lines.length && !match; l++) {
        match = re.exec(lines[l]);
        if (match) at = l;
      }
      if (!match) return `check ${i + 1} (${p.source}) matches no line from line ${pos + 1} on:\n${show(pos, lines.length)}`;
    }
    const bad = notsBetween(pos, at);
    if (bad) return bad;
    for (const name of names) vars.set(name, match.groups![name]);
    pendingNot = [];
    last = at;
    pos = at + 1;
  }
  return notsBetween(pos, lines.length);
}

/** Asserts that `text` passes `checks` (see the file comment). */
export function filecheck(text: string, checks: readonly Check[]): void {
  const err = filecheckError(text, checks);
  expect(err, `${err}\n--- full text ---\n${text}`).toBeNull();
}

/** `CHECK` lines written as one block, one directive per line (blank lines and `//` comments are skipped). */
export function checks(block: string): string[] {
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('//'));
}
