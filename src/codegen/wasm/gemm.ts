// Matmul kernels: out[m, n] = sum_k a[m, k] w[k, n] through arbitrary affine views, as SIMD
// register-blocked micro-kernels chosen by the operands' static strides:
//
// - dot form (a and w both unit stride along k, the layout the scheduler's transposeOperands
//   gives large operands): an R x C tile of f32x4 accumulators, each a running dot product over
//   4 k at a time (R a-vectors and C w-vectors loaded per step, R * C multiply-adds), summed
//   across lanes at the end (C = 4: all four at once, one vector store); a K % 4 tail in scalar.
//   k runs in blocks of KC (later blocks add to what earlier ones stored) so that a long
//   reduction (dU = h^T dG over B * T) does not stream all of w once per row tile.
// - broadcast form (w unit stride along n: a row-major weight): an R x 4C tile, a[m, k] splat
//   times C vectors of w's row k; N % 4 trailing columns in scalar.
// - anything else: scalar dot products.
//
// Loop order: k blocks, then chunks of rows (about 32 KiB of a, kept in L1), then column blocks,
// then row tiles (R rows, then one at a time). Accumulation is f32 (4 partial sums per output in
// the dot form). Tile sizes were chosen by measurement (docs/wasm.md).

import { fmtIExpr, type IExpr, type MatmulKernel } from '../kernel-ir.js';
import { partLines } from './threads.js';
import { bytes, countedLoop, get, iadd, iexpr, imul, set, staticValue, type WatFn } from './wat.js';

/** Tile sizes (rows x columns; for the broadcast form columns are 4-wide vectors), k unrolling and the k block. */
export const DOT_TILE = { R: 2, C: 4, U: 1, KC: 256, CHUNK: 8192, MAXROWS: 32 };
export const BCAST_TILE = { R: 4, C: 2 };

export function matmulForm(k: MatmulKernel): 'dot' | 'broadcast' | 'scalar' {
  const aCS = staticValue(k.a.strides[1]);
  const wRS = staticValue(k.w.strides[0]);
  const wCS = staticValue(k.w.strides[1]);
  if (aCS === 1 && wRS === 1) return 'dot';
  if (wCS === 1 && k.n >= 4) return 'broadcast';
  return 'scalar';
}

const hsum = (v: string): string =>
  `(f32.add (f32.add (f32x4.extract_lane 0 ${v}) (f32x4.extract_lane 1 ${v})) (f32.add (f32x4.extract_lane 2 ${v}) (f32x4.extract_lane 3 ${v})))`;

/** A stride in bytes: a constant, or a local computed at entry. */
function strideLocal(fn: WatFn, name: string, s: IExpr): string {
  const v = staticValue(s);
  if (v !== null) return `(i32.const ${4 * v})`;
  const l = fn.local(name, 'i32');
  fn.emit(set(l, bytes(s)));
  return get(l);
}

const addTo = (l: string, by: string): string => set(l, `(i32.add ${get(l)} ${by})`);

export function renderMatmul(fn: WatFn, k: MatmulKernel, base: (buf: number) => string): void {
  const form = matmulForm(k);
  const M = fn.local('M', 'i32');
  const K = fn.local('K', 'i32');
  fn.emit(set(M, iexpr(k.m)), set(K, iexpr(k.k)));
  const A0 = fn.local('A', 'i32');
  const W0 = fn.local('W', 'i32');
  const O0 = fn.local('O', 'i32');
  fn.emit(set(A0, iadd(get(base(k.a.buf)), bytes(k.a.offset))));
  fn.emit(set(W0, iadd(get(base(k.w.buf)), bytes(k.w.offset))));
  fn.emit(set(O0, iadd(get(base(k.out.buf)), bytes(k.out.offset))));
  const aRS = strideLocal(fn, 'aRS', k.a.strides[0]);
  const aCS = strideLocal(fn, 'aCS', k.a.strides[1]);
  const wRS = strideLocal(fn, 'wRS', k.w.strides[0]);
  const wCS = strideLocal(fn, 'wCS', k.w.strides[1]);
  const oRS = strideLocal(fn, 'oRS', k.out.strides[0]);
  const oCS = strideLocal(fn, 'oCS', k.out.strides[1]);
  const i = fn.local('i', 'i32');
  const n = fn.local('n', 'i32');
  const kk = fn.local('k', 'i32');
  // The dot form runs k in blocks of KC (the a rows of a chunk and w's column block stay in cache); other forms in one block.
  const kb = fn.local('kb', 'i32');
  const kl = fn.local('kl', 'i32');
  const N = k.n;
  fn.emit(`;; ${form} form: [${fmtIExpr(k.m)}, ${fmtIExpr(k.k)}] x [${fmtIExpr(k.k)}, ${N}]`);

  // Row pointers of a row block: a_r, o_r at row i + r.
  const rowPtrs = (R: number): { a: string[]; o: string[]; init: string[] } => {
    const a: string[] = [];
    const o: string[] = [];
    const init: string[] = [];
    for (let r = 0; r < R; r++) {
      a.push(fn.local(`a${r}`, 'i32'));
      o.push(fn.local(`o${r}`, 'i32'));
    }
    init.push(set(a[0], iadd(get(A0), `(i32.mul ${get(i)} ${aRS})`)), set(o[0], iadd(get(O0), `(i32.mul ${get(i)} ${oRS})`)));
    for (let r = 1; r < R; r++) init.push(set(a[r], `(i32.add ${get(a[r - 1])} ${aRS})`), set(o[r], `(i32.add ${get(o[r - 1])} ${oRS})`));
    return { a, o, init };
  };

  const dotTile = (R: number, C: number, rows: ReturnType<typeof rowPtrs>): string[] => {
    const acc: string[][] = [];
    const sacc: string[][] = [];
    for (let r = 0; r < R; r++) {
      acc.push([]);
      sacc.push([]);
      for (let c = 0; c < C; c++) {
        acc[r].push(fn.local(`acc${r}${c}`, 'v128'));
        sacc[r].push(fn.local(`sacc${r}${c}`, 'f32'));
      }
    }
    // With static row strides of a and w (a static K), every row of the tile is one pointer plus a
    // constant offset (the load's immediate): two pointer increments per k step instead of R + C.
    const aStride = staticValue(k.a.strides[0]);
    const wStride = staticValue(k.w.strides[1]);
    const pa = aStride !== null && aStride >= 0 ? [fn.local('pa0', 'i32')] : rows.a.map((_, r) => fn.local(`pa${r}`, 'i32'));
    const pw = wStride !== null && wStride >= 0 ? [fn.local('pw0', 'i32')] : [...Array(C).keys()].map((c) => fn.local(`pw${c}`, 'i32'));
    const aAt = (r: number, off: number): string => (pa.length === 1 ? `offset=${off + 4 * r * aStride!} ${get(pa[0])}` : `offset=${off} ${get(pa[r])}`);
    const wAt = (c: number, off: number): string => (pw.length === 1 ? `offset=${off + 4 * c * wStride!} ${get(pw[0])}` : `offset=${off} ${get(pw[c])}`);
    const wv = [...Array(C).keys()].map((c) => fn.local(`wv${c}`, 'v128'));
    const av = fn.local('av', 'v128');
    const L: string[] = [];
    for (let r = 0; r < pa.length; r++) L.push(set(pa[r], `(i32.add ${get(rows.a[r])} (i32.shl ${get(kb)} (i32.const 2)))`));
    L.push(set(pw[0], `(i32.add ${iadd(get(W0), `(i32.mul ${get(n)} ${wCS})`)} (i32.shl ${get(kb)} (i32.const 2)))`));
    for (let c = 1; c < pw.length; c++) L.push(set(pw[c], `(i32.add ${get(pw[c - 1])} ${wCS})`));
    for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) L.push(set(acc[r][c], '(v128.const i32x4 0 0 0 0)'), set(sacc[r][c], '(f32.const 0)'));
    L.push(set(kk, '(i32.const 0)'));
    // k unrolled U times (4U per step, loads at offsets 16u), then 4 at a time, then one at a time.
    const kStep = (U: number): string[] => {
      const body: string[] = [];
      for (let u = 0; u < U; u++) {
        for (let c = 0; c < C; c++) body.push(set(wv[c], `(v128.load ${wAt(c, 16 * u)})`));
        for (let r = 0; r < R; r++) {
          body.push(set(av, `(v128.load ${aAt(r, 16 * u)})`));
          for (let c = 0; c < C; c++) body.push(set(acc[r][c], `(f32x4.add ${get(acc[r][c])} (f32x4.mul ${get(av)} ${get(wv[c])}))`));
        }
      }
      for (const x of [...pa, ...pw]) body.push(addTo(x, `(i32.const ${16 * U})`));
      return body;
    };
    const U = Math.max(1, DOT_TILE.U);
    if (U > 1) L.push(...countedLoop(kk, get(kl), 4 * U, kStep(U), `${fn.name}_ku${R}${C}`));
    L.push(...countedLoop(kk, get(kl), 4, kStep(1), `${fn.name}_k${R}${C}`));
    const tail: string[] = [];
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) tail.push(set(sacc[r][c], `(f32.add ${get(sacc[r][c])} (f32.mul (f32.load ${aAt(r, 0)}) (f32.load ${wAt(c, 0)})))`));
    }
    for (const x of [...pa, ...pw]) tail.push(addTo(x, '(i32.const 4)'));
    L.push(...countedLoop(kk, get(kl), 1, tail, `${fn.name}_kt${R}${C}`));
    const contiguous = staticValue(k.out.strides[1]) === 1;
    for (let r = 0; r < R; r++) {
      if (C === 4 && contiguous) {
        // The four dot products of a row summed across lanes at once (two shuffle-add rounds) and stored as one vector.
        const a = acc[r].map(get);
        const lo = (x: string, y: string): string => `(f32x4.add (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 ${x} ${y}) (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 ${x} ${y}))`;
        const s01 = lo(a[0], a[1]);
        const s23 = lo(a[2], a[3]);
        const sum = `(f32x4.add (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 ${s01} ${s23}) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 ${s01} ${s23}))`;
        const tails = `(f32x4.replace_lane 3 (f32x4.replace_lane 2 (f32x4.replace_lane 1 (f32x4.splat ${get(sacc[r][0])}) ${get(sacc[r][1])}) ${get(sacc[r][2])}) ${get(sacc[r][3])})`;
        const at = iadd(get(rows.o[r]), imul(get(n), 4));
        // Blocks of k after the first add to what the earlier blocks stored.
        L.push(`(v128.store ${at} (f32x4.add (f32x4.add ${sum} ${tails}) (v128.bitselect (v128.const i32x4 0 0 0 0) (v128.load ${at}) (i32x4.splat (i32.sub (i32.const 0) (i32.eqz ${get(kb)}))))))`);
        continue;
      }
      for (let c = 0; c < C; c++) {
        const addr = iadd(get(rows.o[r]), `(i32.mul (i32.add ${get(n)} (i32.const ${c})) ${oCS})`);
        L.push(`(f32.store ${addr} (f32.add (f32.add ${hsum(get(acc[r][c]))} ${get(sacc[r][c])}) (select (f32.const 0) (f32.load ${addr}) (i32.eqz ${get(kb)}))))`);
      }
    }
    return L;
  };

  // Broadcast form: C vectors (4C columns) starting at column n.
  const bcastTile = (R: number, C: number, rows: ReturnType<typeof rowPtrs>): string[] => {
    const acc: string[][] = [];
    for (let r = 0; r < R; r++) {
      acc.push([]);
      for (let c = 0; c < C; c++) acc[r].push(fn.local(`acc${r}${c}`, 'v128'));
    }
    const pa = rows.a.map((_, r) => fn.local(`pa${r}`, 'i32'));
    const pw = fn.local('pw', 'i32');
    const wv = [...Array(C).keys()].map((c) => fn.local(`wv${c}`, 'v128'));
    const av = fn.local('av', 'v128');
    const L: string[] = [];
    for (let r = 0; r < R; r++) L.push(set(pa[r], get(rows.a[r])));
    L.push(set(pw, iadd(get(W0), imul(get(n), 4))));
    for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) L.push(set(acc[r][c], '(v128.const i32x4 0 0 0 0)'));
    L.push(set(kk, '(i32.const 0)'));
    const body: string[] = [];
    for (let c = 0; c < C; c++) body.push(set(wv[c], `(v128.load offset=${16 * c} ${get(pw)})`));
    for (let r = 0; r < R; r++) {
      body.push(set(av, `(v128.load32_splat ${get(pa[r])})`));
      for (let c = 0; c < C; c++) body.push(set(acc[r][c], `(f32x4.add ${get(acc[r][c])} (f32x4.mul ${get(av)} ${get(wv[c])}))`));
    }
    for (const x of pa) body.push(addTo(x, aCS));
    body.push(addTo(pw, wRS));
    L.push(...countedLoop(kk, get(K), 1, body, `${fn.name}_k${R}${C}`));
    const contiguous = staticValue(k.out.strides[1]) === 1;
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        if (contiguous) L.push(`(v128.store offset=${16 * c} ${iadd(get(rows.o[r]), imul(get(n), 4))} ${get(acc[r][c])})`);
        else {
          for (let lane = 0; lane < 4; lane++) {
            const addr = iadd(get(rows.o[r]), `(i32.mul (i32.add ${get(n)} (i32.const ${4 * c + lane})) ${oCS})`);
            L.push(`(f32.store ${addr} (f32x4.extract_lane ${lane} ${get(acc[r][c])}))`);
          }
        }
      }
    }
    return L;
  };

  // One output column n of R rows by scalar dot products.
  const scalarCol = (R: number, rows: ReturnType<typeof rowPtrs>): string[] => {
    const pa = rows.a.map((_, r) => fn.local(`pa${r}`, 'i32'));
    const sacc = rows.a.map((_, r) => fn.local(`sacc${r}0`, 'f32'));
    const pw = fn.local('pw', 'i32');
    const w = fn.local('w', 'f32');
    const L: string[] = [];
    for (let r = 0; r < R; r++) L.push(set(pa[r], get(rows.a[r])), set(sacc[r], '(f32.const 0)'));
    L.push(set(pw, iadd(get(W0), `(i32.mul ${get(n)} ${wCS})`)), set(kk, '(i32.const 0)'));
    const body: string[] = [set(w, `(f32.load ${get(pw)})`)];
    for (let r = 0; r < R; r++) body.push(set(sacc[r], `(f32.add ${get(sacc[r])} (f32.mul (f32.load ${get(pa[r])}) ${get(w)}))`), addTo(pa[r], aCS));
    body.push(addTo(pw, wRS));
    L.push(...countedLoop(kk, get(K), 1, body, `${fn.name}_ks${R}`));
    for (let r = 0; r < R; r++) L.push(`(f32.store ${iadd(get(rows.o[r]), `(i32.mul ${get(n)} ${oCS})`)} ${get(sacc[r])})`);
    return L;
  };

  // Loop order: a chunk of rows (about 32 KiB of a, which then stays in L1), then column blocks
  // (one block's slice of w is reused by every row tile of the chunk), then row tiles. Rows
  // outermost would stream all of w once per row tile: 1 MiB per 4 rows for W1's recurrent matmul.
  const R = form === 'dot' ? DOT_TILE.R : form === 'broadcast' ? BCAST_TILE.R : 1;
  const i0 = fn.local('i0', 'i32');
  const iEnd = fn.local('iend', 'i32');
  const mc = fn.local('mc', 'i32');
  /** Row tiles of the chunk [i0, iend): R rows at a time, then one, each running tile(rows). */
  const rowTiles = (tile: (R: number, rows: ReturnType<typeof rowPtrs>) => string[], label: string): string[] => {
    const L: string[] = [set(i, get(i0))];
    if (R > 1) {
      const rows = rowPtrs(R);
      L.push(...countedLoop(i, get(iEnd), R, [...rows.init, ...tile(R, rows)], `${label}_r${R}`));
    }
    const one = rowPtrs(1);
    L.push(...countedLoop(i, get(iEnd), 1, [...one.init, ...tile(1, one)], `${label}_r1`));
    return L;
  };
  // Threads (threads.ts) take parts of the columns, multiples of 16 so that every tile stays
  // whole, when each gets at least 16; otherwise parts of the rows.
  const nLo = fn.local('nlo', 'i32');
  const nHi = fn.local('nhi', 'i32');
  const mLo = fn.local('mlo', 'i32');
  const mHi = fn.local('mhi', 'i32');
  const colPart = partLines(fn, `(i32.const ${N})`, 16, 'cols');
  const rowPart = partLines(fn, get(M), R, 'rows');
  fn.emit(
    `(if (i32.ge_u (i32.const ${N}) (i32.mul (global.get $nt) (i32.const 16)))`,
    `  (then ${[...colPart.lines, set(nLo, get(colPart.lo)), set(nHi, get(colPart.hi)), set(mLo, '(i32.const 0)'), set(mHi, get(M))].join(' ')})`,
    `  (else ${[...rowPart.lines, set(nLo, '(i32.const 0)'), set(nHi, `(i32.const ${N})`), set(mLo, get(rowPart.lo)), set(mHi, get(rowPart.hi))].join(' ')}))`,
  );
  const cols: string[] = [set(n, get(nLo))];
  const colLoop = (step: number, tile: (R: number, rows: ReturnType<typeof rowPtrs>) => string[], label: string): void => {
    cols.push(...countedLoop(n, get(nHi), step, rowTiles(tile, `${fn.name}_${label}`), `${fn.name}_${label}`));
  };
  if (form === 'dot') {
    const C = DOT_TILE.C;
    if (N >= C) colLoop(C, (r, rows) => dotTile(r, C, rows), 'n');
    if (N % C) colLoop(1, (r, rows) => dotTile(r, 1, rows), 'nt');
  } else if (form === 'broadcast') {
    const C = BCAST_TILE.C;
    if (N >= 4 * C) colLoop(4 * C, (r, rows) => bcastTile(r, C, rows), 'n');
    if (N % (4 * C) >= 4) colLoop(4, (r, rows) => bcastTile(r, 1, rows), 'nv');
    if (N % 4) colLoop(1, (r, rows) => scalarCol(r, rows), 'nt');
  } else {
    colLoop(1, (r, rows) => scalarCol(r, rows), 'nt');
  }
  // mc = max(R, 8192 / kl rounded down to a multiple of R): the chunk's rows of a fill about 32 KiB.
  const KC = form === 'dot' ? DOT_TILE.KC : 0x40000000;
  const pass = [
    set(kl, `(i32.sub ${get(K)} ${get(kb)})`),
    set(kl, `(select ${get(kl)} (i32.const ${KC}) (i32.lt_s ${get(kl)} (i32.const ${KC})))`),
    set(mc, `(i32.and (i32.div_u (i32.const ${DOT_TILE.CHUNK}) (select ${get(kl)} (i32.const 1) (i32.gt_s ${get(kl)} (i32.const 0)))) (i32.const ${-R}))`),
    set(mc, `(select ${get(mc)} (i32.const ${R}) (i32.gt_s ${get(mc)} (i32.const ${R})))`),
    set(mc, `(select ${get(mc)} (i32.const ${DOT_TILE.MAXROWS}) (i32.lt_s ${get(mc)} (i32.const ${DOT_TILE.MAXROWS})))`),
    set(i0, get(mLo)),
    `(block $${fn.name}_chunks_end`,
    `  (loop $${fn.name}_chunks`,
    `    (br_if $${fn.name}_chunks_end (i32.ge_s ${get(i0)} ${get(mHi)}))`,
    `    ${set(iEnd, `(i32.add ${get(i0)} ${get(mc)})`)}`,
    `    ${set(iEnd, `(select ${get(iEnd)} ${get(mHi)} (i32.lt_s ${get(iEnd)} ${get(mHi)}))`)}`,
    ...cols.map((l) => `    ${l}`),
    `    ${set(i0, get(iEnd))}`,
    `    (br $${fn.name}_chunks)))`,
    set(kb, `(i32.add ${get(kb)} ${get(kl)})`),
  ];
  // At least one pass, so that K = 0 stores zeros.
  fn.emit(set(kb, '(i32.const 0)'), `(loop $${fn.name}_kblocks`, ...pass.map((l) => `  ${l}`), `  (br_if $${fn.name}_kblocks (i32.lt_s ${get(kb)} ${get(K)})))`);
}
