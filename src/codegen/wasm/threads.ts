// Threads in the generated wasm. Every thread (the caller and each worker, every one with its
// own instance on one shared memory) runs the same program function; each kernel computes its
// part of the outputs, chosen by the globals $tid / $nt, and the program waits at a barrier
// after every kernel. With $nt = 1 (the default, and always without threads) every part is
// whole and the barrier returns at once, so one binary serves both.
//
// Kernels split what they write, never a reduction: matmuls by columns (rows when there are too
// few columns), maps and reductions by their outermost output axis, transposing copies by row
// blocks. Each output is then computed by one thread exactly as one thread computes it, so
// results are the same bits with any thread count. Gather, scatter_add, one_hot and kernels
// with a single output point run on thread 0 alone.

import { WASM_CTL, WASM_STALL } from '../../runtime/wasm-model.js';

import { get, set, type WatFn } from './wat.js';

/**
 * The control block at the bottom of memory (byte offsets), shared by the host (host.ts) and the
 * barrier: the barrier's arrival count and generation, the abort flag (set by the caller when
 * its part threw, so that workers waiting at a barrier give up), and the job the caller posts to
 * the workers: a sequence number, how many workers finished it, the program, B, T, whether the
 * parameters' kernels are cached (prep.ts) and the buffer addresses.
 */
export const CTL = WASM_CTL;

/**
 * Thread 0 reports a long wait at a barrier every STALL_CHECK_SPINS spins (a power of two) by
 * calling the module's `fail` import with code STALL_CODE and the barrier's generation: the host
 * (runtime/wasm-model.ts) then checks its clock and throws when the wait is too long (a worker
 * died or hangs). The existing import serves, so the module's imports stay as they were.
 */
export const { checkSpins: STALL_CHECK_SPINS, code: STALL_CODE } = WASM_STALL;

/** Module-level wasm: the thread globals, `set_thread` (exported) and `$barrier`. */
export function threadFunctions(): string[] {
  return [
    '  ;; This instance\'s thread: $tid of $nt (0 of 1 unless the host starts workers).',
    '  (global $tid (mut i32) (i32.const 0))',
    '  (global $nt (mut i32) (i32.const 1))',
    '  (func $set_thread (export "set_thread") (param $tid i32) (param $nt i32)',
    '    (global.set $tid (local.get $tid))',
    '    (global.set $nt (local.get $nt)))',
    '  ;; Waits until every thread arrived (central barrier: arrival count and generation in the',
    '  ;; control block). The last to arrive resets the count and starts the next generation. Thread 0',
    '  ;; only spins (a browser\'s main thread may not block); workers sleep after spinning a while.',
    '  ;; The abort flag (the caller\'s part threw, or a worker trapped) makes the others trap out of the',
    '  ;; program. Every 65536 spins thread 0 reports to the host through the fail import (code -1, the',
    '  ;; generation): the host, which cannot see a worker\'s exit while thread 0 spins, reads its clock',
    '  ;; there and throws when this barrier has waited longer than any healthy kernel makes it wait.',
    '  (func $barrier',
    '    (local $g i32) (local $spins i32)',
    '    (if (i32.le_s (global.get $nt) (i32.const 1)) (then (return)))',
    `    (local.set $g (i32.atomic.load (i32.const ${CTL.gen})))`,
    `    (if (i32.eq (i32.atomic.rmw.add (i32.const ${CTL.count}) (i32.const 1)) (i32.sub (global.get $nt) (i32.const 1)))`,
    '      (then',
    `        (i32.atomic.store (i32.const ${CTL.count}) (i32.const 0))`,
    `        (i32.atomic.store (i32.const ${CTL.gen}) (i32.add (local.get $g) (i32.const 1)))`,
    `        (drop (memory.atomic.notify (i32.const ${CTL.gen}) (i32.const -1)))`,
    '        (return)))',
    '    (loop $spin',
    `      (if (i32.atomic.load (i32.const ${CTL.abort})) (then (unreachable)))`,
    `      (if (i32.ne (i32.atomic.load (i32.const ${CTL.gen})) (local.get $g)) (then (return)))`,
    '      (local.set $spins (i32.add (local.get $spins) (i32.const 1)))',
    '      (if (global.get $tid)',
    '        (then (if (i32.gt_u (local.get $spins) (i32.const 4000))',
    `          (then (drop (memory.atomic.wait32 (i32.const ${CTL.gen}) (local.get $g) (i64.const 1000000))))))`,
    `        (else (if (i32.eqz (i32.and (local.get $spins) (i32.const ${STALL_CHECK_SPINS - 1})))`,
    `          (then (call $fail (i32.const ${STALL_CODE}) (local.get $g))))))`,
    '      (br $spin)))',
  ];
}

/** Keeps a kernel on thread 0 (the first line of a kernel that is not split). */
export const ONLY_THREAD_0 = '(if (global.get $tid) (then (return)))';

/**
 * This thread's part [lo, hi) of [0, count) (`count` an i32 instruction) as lines to emit: parts
 * of ceil(count / nt) rounded up to a multiple of `align`, so that SIMD steps and tiles stay whole.
 */
export function partLines(fn: WatFn, count: string, align: number, hint = 'part'): { lo: string; hi: string; lines: string[] } {
  const nl = fn.local(`${hint}_n`, 'i32');
  const per = fn.local(`${hint}_per`, 'i32');
  const lo = fn.local(`${hint}_lo`, 'i32');
  const hi = fn.local(`${hint}_hi`, 'i32');
  const n = get(nl);
  const ceilDiv = (a: string, b: string): string => `(i32.div_u (i32.add ${a} (i32.sub ${b} (i32.const 1))) ${b})`;
  let perCode = ceilDiv(n, '(global.get $nt)');
  if (align > 1) perCode = `(i32.mul ${ceilDiv(perCode, `(i32.const ${align})`)} (i32.const ${align}))`;
  const min = (a: string, b: string): string => `(select ${a} ${b} (i32.lt_s ${a} ${b}))`;
  const lines = [
    set(nl, count),
    set(per, perCode),
    set(lo, min(`(i32.mul (global.get $tid) ${get(per)})`, n)),
    set(hi, min(`(i32.add ${get(lo)} ${get(per)})`, n)),
  ];
  return { lo, hi, lines };
}

/** Emits partLines into `fn`. */
export function emitPart(fn: WatFn, count: string, align: number, hint = 'part'): { lo: string; hi: string } {
  const { lo, hi, lines } = partLines(fn, count, align, hint);
  fn.emit(`;; this thread's part of [0, ${hint}_n)`, ...lines);
  return { lo, hi };
}
