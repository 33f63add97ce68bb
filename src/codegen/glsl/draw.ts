// One draw: a group of kernel outputs that share their output view geometry (same offset and
// strides, so the same texels of same-width textures), written through multiple render targets.
// The geometry is a row-aligned quad when the written elements are one contiguous run of flat
// indices in row-major order of the iteration space (the fragment recovers the point from its
// texel), else one point per written element (the vertex shader places each point at the texel
// its view addresses). Axes the output does not move along (stride 0, or size 1) are not
// enumerated: every point along them stores the same value, so the one at index 0 stands for all.

import { add, mul, numelExpr, rowMajorStrides, sameIExpr, simplify, type IExpr, type Program, type View } from '../kernel-ir.js';
import { fragTexel, ix, layersOf, multipleOf, SHADER_HELPERS, viewIndex, widthLog2, widthUniforms, type Packing } from './expr.js';
import type { Geometry, PlanShader } from './plan.js';

export interface DrawOut {
  readonly buf: number;
  /** Strides over the draw's iteration space (extra trailing strides are ignored). */
  readonly view: View;
  /** The GLSL float variable holding the value (declared by the body). */
  readonly value: string;
  /** The layer written, for a block scratch buffer (a texture array; the view addresses within the layer). */
  readonly layer?: number;
}

export interface DrawSpec {
  readonly name: string;
  /** Comment lines naming the IR node(s) drawn. */
  readonly comment: readonly string[];
  readonly dims: readonly IExpr[];
  readonly outs: readonly DrawOut[];
  /** GLSL statements computing the values from the point (int i0, i1, ...). */
  readonly body: readonly string[];
  /** For an RGBA32F output: statements computing `vec4 res0` for the four elements from r0 at once (else the body runs per element). */
  readonly quad?: readonly string[];
  /**
   * For an RGBA32F output whose texels are four consecutive elements of the innermost axis (a
   * multiple of 4 long): statements computing `vec4` values (named as `outs[].value`) for the four
   * elements at once, from the point of the first (its innermost index a multiple of 4).
   */
  readonly vec?: readonly string[];
  readonly reads: readonly number[];
  /** Int uniforms the shader declares: B, T and the enclosing loop variables. */
  readonly vars: readonly string[];
  /** Draws writing the same outputs in groups of at most four, for contexts with fewer draw buffers than this draw has outputs. */
  readonly fallback?: readonly DrawSpec[];
}

interface Axis {
  readonly j: number;
  readonly extent: IExpr;
  readonly stride: IExpr;
}

function activeAxes(dims: readonly IExpr[], v: View): Axis[] {
  const out: Axis[] = [];
  dims.forEach((d, j) => {
    const s = simplify(v.strides[j]);
    if (simplify(d) !== 1 && s !== 0) out.push({ j, extent: d, stride: s });
  });
  return out;
}

/** Where the output geometry of a view over `dims` lands; `axes` are enumerated row-major. */
export function geometryOf(dims: readonly IExpr[], v: View): { geom: Geometry; axes: Axis[] } {
  const axes = activeAxes(dims, v);
  const count = numelExpr(axes.map((a) => a.extent));
  const rm = rowMajorStrides(axes.map((a) => a.extent));
  const contiguous = axes.every((a, k) => sameIExpr(a.stride, rm[k]));
  if (contiguous) return { geom: { kind: 'range', offset: simplify(v.offset), count }, axes };
  // Runs of a static length at a static stride that fill at least a quarter of the rows they span
  // (a column block: a piece of a weight concatenation): a quad over those rows discarding the gaps
  // is cheaper than one point per element (SwiftShader draws points slowly: ~4x for [256, 256] of [256, 1024]).
  if (axes.length === 2) {
    const len = simplify(axes[1].extent);
    const stride = simplify(axes[0].stride);
    if (sameIExpr(axes[1].stride, 1) && typeof len === 'number' && typeof stride === 'number' && stride > len && len * 4 >= stride) {
      return { geom: { kind: 'range', offset: simplify(v.offset), count: simplify(add(mul(axes[0].extent, stride), len - stride)), run: { len, stride } }, axes };
    }
  }
  // Runs: the longest contiguous (row-major) suffix of the axes is a run, the outer axes enumerate them.
  const n = runAxes(axes);
  if (n > 0) {
    const len = simplify(numelExpr(axes.slice(axes.length - n).map((a) => a.extent)));
    if (typeof len !== 'number' || len >= MIN_RUN) return { geom: { kind: 'runs', count: numelExpr(axes.slice(0, axes.length - n).map((a) => a.extent)), len }, axes };
  }
  return { geom: { kind: 'points', count }, axes };
}

/** Shortest run drawn as a quad rather than as points. */
const MIN_RUN = 4;

/** How many innermost axes are contiguous in row-major order (unit stride, then each the product of the extents inside it). */
function runAxes(axes: readonly Axis[]): number {
  let expect: IExpr = 1;
  let n = 0;
  for (let k = axes.length - 1; k >= 0 && sameIExpr(axes[k].stride, expect); k--) {
    expect = mul(expect, axes[k].extent);
    n++;
  }
  return n;
}

/** Whether a draw through this view writes whole, 4-aligned texels (so the buffer can be RGBA32F). */
export function wholeTexels(dims: readonly IExpr[], v: View): boolean {
  const { geom, axes } = geometryOf(dims, v);
  if (geom.kind === 'range' && !geom.run) return multipleOf(geom.offset, 4) && multipleOf(geom.count, 4);
  if (geom.kind === 'runs') return multipleOf(geom.len, 4) && multipleOf(v.offset, 4) && axes.slice(0, axes.length - runAxes(axes)).every((a) => multipleOf(a.stride, 4));
  return texelPoints(dims, v);
}

/** For a range with gaps: discard the texels between runs and turn r (counted from the offset) into the point's index. */
function runCheck(geom: Geometry, r: string): string[] {
  if (geom.kind !== 'range' || !geom.run) return [];
  const { len, stride } = geom.run;
  return [`  int rc = ${r} % ${stride};`, `  if (rc >= ${len}) discard;`, `  ${r} = (${r} / ${stride}) * ${len} + rc;`];
}

/** Statements splitting the running index `r` into the axis variables (inactive axes are 0). */
function decompose(dims: readonly IExpr[], axes: readonly Axis[], r: string, ind: string): string[] {
  const L: string[] = [];
  const active = new Set(axes.map((a) => a.j));
  for (let k = axes.length - 1; k >= 0; k--) {
    const a = axes[k];
    if (k === 0) L.push(`${ind}int i${a.j} = ${r};`);
    else {
      const e = ix(a.extent);
      L.push(`${ind}int i${a.j} = ${r} % (${e});`);
      L.push(`${ind}${r} /= (${e});`);
    }
  }
  dims.forEach((_, j) => {
    if (!active.has(j)) L.push(`${ind}int i${j} = 0;`);
  });
  return L;
}

const HEADER = '#version 300 es\nprecision highp float;\nprecision highp int;\nprecision highp sampler2D;';

/** The vertex shader of every quad draw: one triangle covering the viewport. */
export const QUAD_VS = `${HEADER}
// A triangle covering the viewport; the viewport is set to the rows being written.
void main() {
  vec2 p = vec2(gl_VertexID == 1 ? 3.0 : -1.0, gl_VertexID == 2 ? 3.0 : -1.0);
  gl_Position = vec4(p, 0.0, 1.0);
}
`;

function uniforms(vars: readonly string[], samplers: readonly string[], arrays: readonly string[] = []): string[] {
  return [...vars.map((v) => `uniform int ${v};`), ...samplers.map((s) => `uniform highp ${arrays.includes(s) ? 'sampler2DArray' : 'sampler2D'} ${s};`)];
}

/**
 * Whether a points geometry can write whole RGBA32F texels: the innermost enumerated axis is
 * contiguous with an extent that is a multiple of 4, and every run starts 4-aligned. Then each
 * point writes four consecutive elements.
 */
export function texelPoints(dims: readonly IExpr[], v: View): boolean {
  const axes = activeAxes(dims, v);
  if (!axes.length) return false;
  const last = axes[axes.length - 1];
  return sameIExpr(last.stride, 1) && multipleOf(last.extent, 4) && multipleOf(v.offset, 4) && axes.slice(0, -1).every((a) => multipleOf(a.stride, 4));
}

/** The vertex shader of a points or runs geometry (placing each point or run quad); the targets' textures are 2^lw wide. */
function placedVs(spec: DrawSpec, geom: Geometry, axes: readonly Axis[], packed: boolean, lw: number | string): string {
  const v = spec.outs[0].view;
  const flat = ix(viewIndex({ ...v, strides: v.strides.slice(0, spec.dims.length) }));
  const W = typeof lw === 'number' ? `${1 << lw}` : `(1 << ${lw})`;
  const head = [
    HEADER,
    ...spec.comment.map((c) => `// ${c}`),
    ...uniforms(spec.vars, []),
    ...(typeof lw === 'string' ? [`uniform int ${lw};`] : []),
    '// Height of the viewport in texels (the lowest render target).',
    'uniform int u_vh;',
  ];
  if (geom.kind === 'runs') {
    // Quad per run: two triangles over the rows holding the run's texels (only its own columns
    // when it lies in one row); the fragment shader discards texels of the rows outside the run.
    const outer = axes.slice(0, axes.length - runAxes(axes));
    return [
      ...head,
      '// The run: its first element (flat index) and its index.',
      'flat out int v_s;',
      'flat out int v_r;',
      'void main() {',
      '  int run = gl_VertexID / 6;',
      '  int c = gl_VertexID - run * 6;',
      '  v_r = run;',
      '  int r = run;',
      ...decompose(spec.dims, outer, 'r', '  '),
      `  int s = ${flat};`,
      '  v_s = s;',
      `  int q0 = ${packed ? 's >> 2' : 's'};`,
      `  int q1 = q0 + (${ix(geom.len)})${packed ? ' / 4' : ''} - 1;`,
      `  int y0 = q0 >> ${lw};`,
      `  int y1 = q1 >> ${lw};`,
      `  int x0 = y0 == y1 ? q0 - (y0 << ${lw}) : 0;`,
      `  int x1 = y0 == y1 ? q1 - (y0 << ${lw}) + 1 : ${W};`,
      '  int cx = c == 1 || c == 2 || c == 4 ? x1 : x0;',
      '  int cy = c == 2 || c == 4 || c == 5 ? y1 + 1 : y0;',
      `  gl_Position = vec4(float(cx) * 2.0 / float(${W}) - 1.0, float(cy) * 2.0 / float(u_vh) - 1.0, 0.0, 1.0);`,
      '}',
      '',
    ].join('\n');
  }
  const x = typeof lw === 'number' ? `(float(f & ${(1 << lw) - 1}) + 0.5) * ${2 / (1 << lw)}` : `(float(f & ((1 << ${lw}) - 1)) + 0.5) * 2.0 / float(1 << ${lw})`;
  return [
    ...head,
    'flat out int v_p;',
    'void main() {',
    // Packed: point p writes the texel of elements 4p .. 4p + 3 of the enumeration.
    `  int r = ${packed ? '4 * gl_VertexID' : 'gl_VertexID'};`,
    '  v_p = r;',
    ...decompose(spec.dims, axes, 'r', '  '),
    `  int f = ${packed ? `(${flat}) >> 2` : flat};`,
    `  gl_Position = vec4(${x} - 1.0, (float(f >> ${lw}) + 0.5) * 2.0 / float(u_vh) - 1.0, 0.0, 1.0);`,
    '  gl_PointSize = 1.0;',
    '}',
    '',
  ].join('\n');
}

/** For a runs geometry: the fragment's element offset in its run (discarding texels outside it), and its index `r` in the iteration space. */
function runPrologue(geom: Geometry & { kind: 'runs' }, lw: number | string, packed: boolean, r: string): string[] {
  return [`  int e = ${packed ? '4 * ' : ''}${fragTexel(lw)} - v_s;`, `  if (e < 0 || e >= ${ix(geom.len)}) discard;`, `  int ${r} = v_r * (${ix(geom.len)}) + e;`];
}

/** Varyings the fragment shaders of a geometry read. */
function varyingsIn(geom: Geometry): string[] {
  return geom.kind === 'points' ? ['flat in int v_p;'] : geom.kind === 'runs' ? ['flat in int v_s;', 'flat in int v_r;'] : [];
}

/** The fragment's point: from its texel (range) or from the vertex shader (points); returns false from the range check by discarding. */
function pointPrologue(spec: DrawSpec, geom: Geometry, axes: readonly Axis[], lw: number | string): string[] {
  if (geom.kind === 'points') return ['  int r = v_p;', ...decompose(spec.dims, axes, 'r', '  ')];
  if (geom.kind === 'runs') return [...runPrologue(geom, lw, false, 'r'), ...decompose(spec.dims, axes, 'r', '  ')];
  return [
    `  int r = ${fragTexel(lw)} - (${ix(geom.offset)});`,
    `  if (r < 0 || r >= ${ix(geom.count)}) discard;`,
    ...runCheck(geom, 'r'),
    ...decompose(spec.dims, axes, 'r', '  '),
  ];
}

/** The shaders of a draw and of its copy-back (for outputs rendered into spare textures), and its geometry. */
export function renderDraw(p: Program, spec: DrawSpec, copied: readonly number[], pk: Packing): { geom: Geometry; shader: PlanShader; copy?: PlanShader } {
  const { geom, axes } = geometryOf(spec.dims, spec.outs[0].view);
  const packed = pk(spec.outs[0].buf) === 4;
  if (packed && !wholeTexels(spec.dims, spec.outs[0].view)) throw new Error(`internal: ${spec.name} writes an RGBA32F buffer through ${geom.kind} that are not whole texels`);
  // The targets share one width (kernels.ts groups outputs so): the first one's.
  const lw = widthLog2(p, pk, spec.outs[0].buf);
  const vs = geom.kind === 'range' ? QUAD_VS : placedVs(spec, geom, axes, packed, lw);
  const samplers = spec.reads.map((b) => `s_${p.buffers[b].name}`);
  const arrays = spec.reads.filter((b) => layersOf(p, b) > 1).map((b) => `s_${p.buffers[b].name}`);
  const outDecl = spec.outs.map((_, k) => `layout(location = ${k}) out vec4 o${k};`);
  const store = (o: DrawOut): string => (p.buffers[o.buf].dtype === 'i32' ? `trunc(${o.value})` : o.value);
  let main: string[];
  if (!packed) {
    main = [...pointPrologue(spec, geom, axes, lw), ...spec.body, ...spec.outs.map((o, k) => `  o${k} = vec4(${store(o)}, 0.0, 0.0, 1.0);`)];
  } else {
    // Four consecutive elements per fragment (the run is 4-aligned, so all four are written).
    main =
      geom.kind === 'range'
        ? [
            `  int q = ${fragTexel(lw)};`,
            `  int r0 = 4 * q - (${ix(geom.offset)});`,
            `  if (r0 < 0 || r0 >= ${ix(geom.count)}) discard;`,
            ...runCheck(geom, 'r0'),
          ]
        : geom.kind === 'runs'
          ? runPrologue(geom, lw, true, 'r0')
          : ['  int r0 = v_p;'];
    main.push(...spec.outs.map((_, k) => `  vec4 res${k};`));
    // r0 is the iteration index of the texel's first element (range and runs).
    if (spec.quad && geom.kind !== 'points') main.push(...spec.quad);
    else if (spec.vec) main.push('  int r = r0;', ...decompose(spec.dims, axes, 'r', '  '), ...spec.vec, ...spec.outs.map((o, k) => `  res${k} = ${store(o)};`));
    else {
      main.push(
        '  for (int c = 0; c < 4; c++) {',
        '    int r = r0 + c;',
        ...decompose(spec.dims, axes, 'r', '    '),
        ...spec.body.map((l) => `  ${l}`),
        ...spec.outs.map((o, k) => `    res${k}[c] = ${store(o)};`),
        '  }',
      );
    }
    main.push(...spec.outs.map((_, k) => `  o${k} = res${k};`));
  }
  const fs = [
    HEADER,
    ...spec.comment.map((c) => `// ${c}`),
    ...uniforms(spec.vars, samplers, arrays),
    ...widthUniforms(main.join('\n')),
    ...varyingsIn(geom),
    ...outDecl,
    SHADER_HELPERS,
    'void main() {',
    ...main,
    '}',
    '',
  ].join('\n');
  const shader: PlanShader = { name: spec.name, vs, fs, targets: spec.outs.length };
  if (!copied.length) return { geom, shader };
  // Copy-back: the same texels, from the spare textures into the buffers' own.
  const cs = copied.map((b) => `c_${p.buffers[b].name}`);
  const check =
    geom.kind === 'points'
      ? []
      : geom.kind === 'runs'
        ? runPrologue(geom, lw, packed, 'r')
        : packed
        ? [`  int r0 = 4 * ${fragTexel(lw)} - (${ix(geom.offset)});`, `  if (r0 < 0 || r0 >= ${ix(geom.count)}) discard;`, ...runCheck(geom, 'r0')]
        : [`  int r = ${fragTexel(lw)} - (${ix(geom.offset)});`, `  if (r < 0 || r >= ${ix(geom.count)}) discard;`, ...runCheck(geom, 'r')];
  const cfs = [
    HEADER,
    `// copy-back of ${spec.name}: the texels it wrote, from the spare textures`,
    ...uniforms(spec.vars, cs),
    ...widthUniforms(check.join('\n')),
    ...varyingsIn(geom),
    ...copied.map((_, k) => `layout(location = ${k}) out vec4 o${k};`),
    'void main() {',
    ...check,
    '  ivec2 c = ivec2(gl_FragCoord.xy);',
    ...cs.map((s, k) => `  o${k} = texelFetch(${s}, c, 0);`),
    '}',
    '',
  ].join('\n');
  return { geom, shader, copy: { name: `${spec.name} (copy-back)`, vs, fs: cfs, targets: copied.length } };
}

/** Whether a range geometry writes every element of a buffer of `size` elements. */
export function coversAll(geom: Geometry, size: IExpr): boolean {
  return geom.kind === 'range' && !geom.run && simplify(geom.offset) === 0 && sameIExpr(geom.count, size);
}

/** Same texels: same offset and strides over the draw's axes. */
export function sameGeometry(dims: readonly IExpr[], a: View, b: View): boolean {
  return sameIExpr(a.offset, b.offset) && dims.every((d, j) => simplify(d) === 1 || sameIExpr(a.strides[j], b.strides[j]));
}
