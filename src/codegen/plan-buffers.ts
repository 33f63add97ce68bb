// plan-buffers: liveness-based reuse of scratch buffers (Theano's ScanSaveMem spirit, for the
// buffers of one call). A kernel-IR pass, run by the scheduler after fuse-pointwise
// (ScheduleOptions.planBuffers).
//
// Statements are numbered in program order (a loop spans the numbers of its body). Each scratch
// buffer gets a live interval:
//   - its home is the innermost loop that contains every access;
//   - if, inside the home loop's body, the first access of every iteration is a kernel that writes
//     the whole buffer (directly in that body, not in a nested loop, and not reading it too), the
//     buffer is iteration-local and lives from that write to its last access in the body;
//   - otherwise it lives across iterations: the interval grows to the whole home loop and the test
//     repeats one level out (at the top level, from its first to its last access).
// Buffers whose intervals do not overlap share one allocation when their dtypes match and their
// sizes are equal or provably ordered (sizes are products of numbers, B and T; a slot only grows
// to a size known to be at least its current one). A buffer whose last read is the map kernel that
// first writes another, through the very view it is written through, shares with it (an in-place
// update: map kernels read everything of a point before storing). Input, param, state, output and
// random buffers are never shared, nor is a buffer read before anything writes it (it would see
// another buffer's leftovers instead of zeros).

import {
  add,
  isContiguous,
  kernelReads,
  kernelWrites,
  mul,
  numelExpr,
  rebuffer,
  sameIExpr,
  sameView,
  simplify,
  writeSpaces,
  type BufferDecl,
  type IExpr,
  type Kernel,
  type Program,
  type Stmt,
  type View,
} from './kernel-ir.js';

interface LoopInfo {
  readonly start: number;
  readonly end: number;
}

interface Access {
  readonly pos: number;
  readonly write: boolean;
  /** A write of every element of the buffer. */
  readonly full: boolean;
  /** Enclosing loops, outermost first (indices into the loop table). */
  readonly chain: readonly number[];
  readonly kernel: Kernel;
  readonly view: View;
}

/** Whether e >= 0 for all B, T >= 0: a sum of products of non-negative numbers and variables. */
function nonNegative(e: IExpr): boolean {
  if (typeof e === 'number') return e >= 0;
  if (typeof e === 'string') return true;
  if (e.op === 'add' || e.op === 'mul') return e.args.every(nonNegative);
  return false;
}

/** Whether a buffer of `small` elements provably fits in one of `big` elements. */
export function sizeFits(small: IExpr, big: IExpr): boolean {
  return nonNegative(simplify(add(big, mul(-1, small))));
}

/** Bytes of the buffers a program allocates per call (scratch and outputs), as an expression in B and T. */
export function allocatedBytes(p: Program): IExpr {
  let total: IExpr = 0;
  for (const b of p.buffers) if (b.role === 'scratch' || b.role === 'output') total = add(total, mul(4, b.size));
  return simplify(total);
}

function fullWrite(k: Kernel, view: View, size: IExpr): boolean {
  const sp = writeSpaces(k).find((w) => w.view === view);
  if (!sp) return false;
  return sameIExpr(view.offset, 0) && isContiguous(view, sp.shape) && sameIExpr(numelExpr(sp.shape), size);
}

export function planBuffers(p: Program): Program {
  const loops: LoopInfo[] = [];
  const accesses = new Map<number, Access[]>();
  const kernelAt = new Map<number, { kernel: Kernel; chain: readonly number[] }>();
  let pos = 0;
  const visit = (stmts: readonly Stmt[], chain: readonly number[]): void => {
    for (const s of stmts) {
      const here = pos++;
      if (s.kind === 'loop') {
        const id = loops.length;
        loops.push({ start: here, end: here });
        visit(s.body, [...chain, id]);
        (loops[id] as { end: number }).end = pos - 1;
        continue;
      }
      kernelAt.set(here, { kernel: s, chain });
      const note = (v: View, write: boolean): void => {
        const b = p.buffers[v.buf];
        if (b.role !== 'scratch') return;
        const list = accesses.get(b.id) ?? [];
        list.push({ pos: here, write, full: write && fullWrite(s, v, b.size), chain, kernel: s, view: v });
        accesses.set(b.id, list);
      };
      for (const v of kernelReads(s)) note(v, false);
      for (const v of kernelWrites(s)) note(v, true);
    }
  };
  visit(p.body, []);

  // Live intervals.
  interface Live {
    readonly buf: BufferDecl;
    readonly start: number;
    readonly end: number;
    readonly pinned: boolean;
    readonly accesses: readonly Access[];
  }
  const lives: Live[] = [];
  for (const [id, acc] of accesses) {
    const buf = p.buffers[id];
    let level = Math.min(...acc.map((a) => a.chain.length));
    for (let j = 0; j < level; j++) if (!acc.every((a) => a.chain[j] === acc[0].chain[j])) level = j;
    // Project an access onto the statement directly inside the body at `level`.
    const span = (a: Access, lv: number): [number, number] => (a.chain.length > lv ? [loops[a.chain[lv]].start, loops[a.chain[lv]].end] : [a.pos, a.pos]);
    const firstOf = (lv: number): Access => {
      // Reads of a point come before its writes.
      return [...acc].sort((x, y) => span(x, lv)[0] - span(y, lv)[0] || Number(x.write) - Number(y.write))[0];
    };
    let start = 0;
    let end = 0;
    let pinned = false;
    for (;;) {
      const first = firstOf(level);
      const local = first.write && first.full && first.chain.length === level;
      if (local || level === 0) {
        start = Math.min(...acc.map((a) => span(a, level)[0]));
        end = Math.max(...acc.map((a) => span(a, level)[1]));
        pinned = !first.write;
        break;
      }
      level--;
    }
    lives.push({ buf, start, end, pinned, accesses: acc });
  }
  lives.sort((a, b) => a.start - b.start || a.end - b.end || a.buf.id - b.buf.id);

  /** Whether `next` may take over `prev`'s storage at the kernel where prev dies and next is born. */
  const inPlace = (prev: Live, next: Live): boolean => {
    if (prev.end !== next.start) return false;
    const at = kernelAt.get(next.start);
    if (!at || at.kernel.kind !== 'map') return false;
    const k = at.kernel;
    const wr = next.accesses.filter((a) => a.pos === next.start);
    if (wr.length !== 1 || !wr[0].write || !wr[0].full) return false;
    const rd = prev.accesses.filter((a) => a.pos === prev.end);
    if (rd.some((a) => a.write)) return false;
    const w = wr[0].view;
    return rd.every((a) => sameView({ ...a.view, buf: w.buf }, w)) && k.outs.filter((o) => o.out.buf === w.buf).length === 1;
  };

  interface Slot {
    readonly id: number;
    dtype: BufferDecl['dtype'];
    size: IExpr;
    /** The occupant whose size is the slot's size (its name and shape name the slot). */
    head: BufferDecl;
    biggest: BufferDecl;
    last: Live;
  }
  const slots: Slot[] = [];
  const slotOf = new Map<number, Slot>();
  for (const lv of lives) {
    let best: { slot: Slot; rank: number } | null = null;
    if (!lv.pinned) {
      for (const s of slots) {
        if (s.dtype !== lv.buf.dtype || s.last.pinned) continue;
        if (!(s.last.end < lv.start || inPlace(s.last, lv))) continue;
        const rank = sameIExpr(s.size, lv.buf.size) ? 0 : sizeFits(lv.buf.size, s.size) ? 1 : sizeFits(s.size, lv.buf.size) ? 2 : -1;
        if (rank < 0) continue;
        if (!best || rank < best.rank) best = { slot: s, rank };
      }
    }
    if (best) {
      const s = best.slot;
      if (best.rank === 2) {
        s.size = lv.buf.size;
        s.biggest = lv.buf;
      }
      s.last = lv;
      slotOf.set(lv.buf.id, s);
    } else {
      const s: Slot = { id: slots.length, dtype: lv.buf.dtype, size: lv.buf.size, head: lv.buf, biggest: lv.buf, last: lv };
      slots.push(s);
      slotOf.set(lv.buf.id, s);
    }
  }

  // The new buffer list: every non-scratch buffer, and one buffer per slot where its first occupant was.
  const next: Omit<BufferDecl, 'id'>[] = [];
  const newId = new Map<number, number>();
  const slotId = new Map<Slot, number>();
  // A shared buffer is named for what it is (tmp0, tmp1, ...), not for its first occupant.
  const occupants = new Map<Slot, number>();
  for (const s of slotOf.values()) occupants.set(s, (occupants.get(s) ?? 0) + 1);
  const taken = new Set(p.buffers.map((b) => b.name));
  let tmp = 0;
  const shareName = (): string => {
    while (taken.has(`tmp${tmp}`)) tmp++;
    return `tmp${tmp++}`;
  };
  for (const b of p.buffers) {
    if (b.role !== 'scratch') {
      newId.set(b.id, next.length);
      next.push(b);
      continue;
    }
    const s = slotOf.get(b.id);
    if (!s) continue; // never accessed
    let id = slotId.get(s);
    if (id === undefined) {
      id = next.length;
      slotId.set(s, id);
      next.push({ name: occupants.get(s)! > 1 ? shareName() : s.head.name, dtype: s.dtype, size: s.size, role: 'scratch', shape: s.biggest.shape });
    }
    newId.set(b.id, id);
  }
  return rebuffer(p, next, (old) => {
    const id = newId.get(old);
    if (id === undefined) throw new Error(`internal: plan-buffers lost buffer ${p.buffers[old].name}`);
    return id;
  });
}
