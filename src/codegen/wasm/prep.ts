// The wasm target's side of the parameters' own kernels (src/codegen/param-prep.ts): their
// outputs get fixed addresses right after the parameters; the host copies the parameters in
// through `params_same`, which says whether they were already there, and a call of the program
// that last ran on this memory, with the same parameters, skips them (the `cached` argument of
// the program function).

/** Module-level wasm: `params_same(src, dst, bytes)`: 1 if equal, else copies src to dst and gives 0. */
export function paramsSameFunction(): string[] {
  return [
    '  ;; Whether the parameters staged at $src equal those at $dst; if not, copies them there (prep.ts).',
    '  (func $params_same (export "params_same") (param $src i32) (param $dst i32) (param $n i32) (result i32)',
    '    (local $i i32) (local $diff v128)',
    '    (block $done',
    '      (loop $v',
    '        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))',
    '        (local.set $diff (v128.or (local.get $diff) (v128.xor (v128.load (i32.add (local.get $src) (local.get $i))) (v128.load (i32.add (local.get $dst) (local.get $i))))))',
    '        (local.set $i (i32.add (local.get $i) (i32.const 16)))',
    '        (br $v)))',
    '    (block $tdone',
    '      (loop $t',
    '        (br_if $tdone (i32.ge_u (local.get $i) (local.get $n)))',
    '        (if (i32.ne (i32.load (i32.add (local.get $src) (local.get $i))) (i32.load (i32.add (local.get $dst) (local.get $i))))',
    '          (then (local.set $diff (v128.const i32x4 1 0 0 0))))',
    '        (local.set $i (i32.add (local.get $i) (i32.const 4)))',
    '        (br $t)))',
    '    (if (v128.any_true (local.get $diff)) (then (memory.copy (local.get $dst) (local.get $src) (local.get $n)) (return (i32.const 0))))',
    '    (i32.const 1))',
  ];
}
