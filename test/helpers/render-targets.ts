// A kernel-IR Program rendered by each target's program-level entry point, as text: JS
// (renderProgram), the WAT functions of renderWasmProgram, the WGSL kernels of renderWgslProgram
// and the GLSL shaders of renderPlan. Used by the snapshot tests (test/golden*.test.ts).
import type { Program } from '../../src/codegen/kernel-ir.js';
import { renderProgram } from '../../src/codegen/js/render.js';
import { renderWasmProgram } from '../../src/codegen/wasm/program.js';
import { renderWgslProgram } from '../../src/codegen/wgsl/render.js';
import { renderPlan } from '../../src/codegen/glsl/render.js';

// Typed through the entry points only: the renderers' internals may move.
type ModuleParts = Parameters<typeof renderWasmProgram>[2];
type Placement = NonNullable<ReturnType<Parameters<typeof renderWgslProgram>[1]['fixed']>>;

/**
 * Text repeated from earlier in a file: a shader's helper functions and declarations, cut at
 * lines that close a top-level block (`}`) or are blank, that are identical (at least three lines)
 * to a block already shown in an earlier section or shader, are replaced by one line naming it
 * (consecutive ones shown at the same place by one line).
 */
export class Elider {
  private readonly seen = new Map<string, string>();
  text(text: string, where: string): string {
    const out: string[] = [];
    let block: string[] = [];
    let run: { first: string; lines: number; names: string[] } | null = null;
    const endRun = () => {
      if (run) out.push(`// [${run.lines} lines as in ${run.first}: ${run.names.join(', ')}]`);
      run = null;
    };
    const flush = () => {
      const key = block.join('\n');
      const first = this.seen.get(key);
      if (block.length >= 3 && first !== undefined && first !== where) {
        const head = block.find((l) => !l.startsWith('//') && l.trim() !== '') ?? block[0];
        const name = /([A-Za-z_]\w*)\s*\(/.exec(head)?.[1] ?? head.trim().slice(0, 40);
        if (run && run.first === first) {
          run.lines += block.length;
          run.names.push(name);
        } else {
          endRun();
          run = { first, lines: block.length, names: [name] };
        }
      } else {
        endRun();
        if (block.length >= 3 && first === undefined) this.seen.set(key, where);
        out.push(...block);
      }
      block = [];
    };
    for (const line of text.split('\n')) {
      block.push(line);
      if (line === '}' || line.trim() === '') flush();
    }
    flush();
    endRun();
    return out.join('\n');
  }
}

export function renderJs(p: Program): string {
  return renderProgram(p, { fnName: p.name });
}

export function renderWat(p: Program): string {
  const parts: ModuleParts = { functions: [], math: new Set(), failures: [] };
  renderWasmProgram(p, p.name, parts);
  const math = [...parts.math].sort();
  return [
    ...(math.length ? [`;; math functions used: ${math.join(', ')}`] : []),
    ...parts.failures.map((f) => `;; id check: ${JSON.stringify(f)}`),
    ...parts.functions,
  ].join('\n');
}

export function renderWgsl(p: Program, elide = new Elider(), section = p.name, opts: { sequences?: boolean } = {}): string {
  // Parameters in the model arena M one after another, everything else in the work arena W from 0.
  const base = new Map<number, number>();
  let at = 0;
  for (const b of p.buffers) {
    if (b.role !== 'param') continue;
    base.set(b.id, at);
    at += Number(b.size);
  }
  const fixed = (buf: number): Placement | undefined => (base.has(buf) ? { arena: 'M', base: base.get(buf)! } : undefined);
  const r = renderWgslProgram(p, { fixed, workStart: 0, ...opts });
  return r.shaders.map((s) => `// ---- kernel ${s.name}, grid ${JSON.stringify(s.grid)}\n${elide.text(s.code, `${section}/${s.name}`)}`).join('\n');
}

export function renderGlsl(p: Program, elide = new Elider(), section = p.name): string {
  const plan = renderPlan(p);
  const out: string[] = [];
  const vertex = new Set<string>();
  for (const s of plan.shaders) {
    if (!vertex.has(s.vs)) {
      vertex.add(s.vs);
      out.push(`// ---- vertex shader of ${s.name}`, elide.text(s.vs, `${section}/${s.name}.vert`));
    }
    out.push(`// ---- fragment shader ${s.name} (${s.targets} render target${s.targets === 1 ? '' : 's'})`, elide.text(s.fs, `${section}/${s.name}`));
  }
  return out.join('\n');
}

/** Every target's text of `p` (throws where a renderer refuses the program). */
export function renderAll(p: Program): { js: string; wasm: string; wgsl: string; glsl: string } {
  return { js: renderJs(p), wasm: renderWat(p), wgsl: renderWgsl(p), glsl: renderGlsl(p) };
}
