// `throw 'a string'` carries no stack, so nothing tells where it was thrown. Before bundling, each
// `throw EXPR` of the user's own files whose EXPR makes no call (a literal, a variable, an object)
// becomes `throw globalThis[Symbol.for('rnnc.thrown')](EXPR, file, line, col)` (identity when not installed), which notes the
// position when the value is not an Error and returns it unchanged (diagnostics.ts reads the note).
// Only throws that end their line are rewritten, so no other position on any line moves.

import { ts } from 'ts-morph';

const NOTE = "(globalThis[Symbol.for('rnnc.thrown')] ?? ((v) => v))";

function makesCall(node: ts.Node): boolean {
  if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node) || ts.isFunctionLike(node) || ts.isClassLike(node)) return true;
  return ts.forEachChild(node, makesCall) === true;
}

/** `text` with its eligible throw statements noted; the same text when there are none. */
export function noteThrows(text: string, file: string): string {
  if (!text.includes('throw')) return text;
  const kind = /\.[mc]?tsx?$/.test(file) ? (file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS) : file.endsWith('x') ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ESNext, true, kind);
  const edits: { start: number; end: number; line: number; col: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isThrowStatement(node) && node.expression && !makesCall(node.expression)) {
      const start = node.getStart(sf);
      const end = node.getEnd();
      const nl = text.indexOf('\n', end);
      const rest = text.slice(end, nl < 0 ? text.length : nl);
      if (/^[\s;})\]]*(\/\/.*)?$/.test(rest)) {
        const { line, character } = sf.getLineAndCharacterOfPosition(start);
        edits.push({ start: node.expression.getStart(sf), end: node.expression.getEnd(), line: line + 1, col: character + 1 });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (edits.length === 0) return text;
  let out = '';
  let at = 0;
  for (const e of edits.sort((a, b) => a.start - b.start)) {
    out += `${text.slice(at, e.start)}${NOTE}(${text.slice(e.start, e.end)}, ${JSON.stringify(file)}, ${e.line}, ${e.col})`;
    at = e.end;
  }
  return out + text.slice(at);
}
