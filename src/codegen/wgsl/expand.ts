// Kernel text with its repeated lines written once. A register-blocked matmul is 16 rows of the
// same statements (unrolled for the shader compiler: loops over private arrays measured 4x slower
// on llvmpipe), which made up three quarters of a module's size. Renderers write
//
//   //@for r 16
//     let x{r} = bitcast<f32>(W[ar{r} + kk]); s{r}_0 += x{r} * q0;
//   //@end
//
// and the module carries that; `expandWgsl` writes the lines out, for the engine before it compiles
// a kernel and for the snapshots. `{expr}` inside a loop is integer arithmetic (+ - * / %, / and %
// truncating) over the loop variables in scope.

const FOR = /^\s*\/\/@for ([a-z]\w*) (\d+)\s*$/;
const END = /^\s*\/\/@end\s*$/;

export function expandWgsl(text: string): string {
  if (!text.includes('//@')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let i = 0;
  const block = (env: Record<string, number>, into: string[]): void => {
    while (i < lines.length) {
      const line = lines[i];
      if (END.test(line)) return;
      const f = FOR.exec(line);
      i++;
      if (!f) {
        into.push(Object.keys(env).length ? substitute(line, env) : line);
        continue;
      }
      const start = i;
      const n = Number(f[2]);
      if (n === 0) {
        // Skip the body (still parsed, for its nested @end).
        block({ ...env, [f[1]]: 0 }, []);
      }
      for (let v = 0; v < n; v++) {
        i = start;
        block({ ...env, [f[1]]: v }, into);
      }
      if (i >= lines.length) throw new Error(`wgsl: '//@for ${f[1]}' without //@end`);
      i++;
    }
  };
  block({}, out);
  if (i < lines.length) throw new Error(`wgsl: a '//@end' without its '//@for' (line ${i + 1})`);
  return out.join('\n');
}

function substitute(line: string, env: Record<string, number>): string {
  return line.replace(/\{([\w+\-*/%]+)\}/g, (all, expr: string) => {
    const v = evaluate(expr, env);
    return v === undefined ? all : String(v);
  });
}

/** Integer arithmetic over env, or undefined when the text is not such an expression. */
function evaluate(expr: string, env: Record<string, number>): number | undefined {
  const tokens = expr.match(/\d+|[a-z]\w*|[+\-*/%]/gi);
  if (!tokens || tokens.join('') !== expr) return undefined;
  let at = 0;
  const atom = (): number | undefined => {
    const t = tokens[at++];
    if (t === undefined) return undefined;
    if (/^\d+$/.test(t)) return Number(t);
    return Object.hasOwn(env, t) ? env[t] : undefined;
  };
  const term = (): number | undefined => {
    let v = atom();
    while (v !== undefined && (tokens[at] === '*' || tokens[at] === '/' || tokens[at] === '%')) {
      const op = tokens[at++];
      const w = atom();
      if (w === undefined) return undefined;
      v = op === '*' ? v * w : op === '/' ? Math.trunc(v / w) : v % w;
    }
    return v;
  };
  let v = term();
  while (v !== undefined && (tokens[at] === '+' || tokens[at] === '-')) {
    const op = tokens[at++];
    const w = term();
    if (w === undefined) return undefined;
    v = op === '+' ? v + w : v - w;
  }
  return at === tokens.length ? v : undefined;
}
