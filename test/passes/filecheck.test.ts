// The FileCheck helper itself: each directive passes and fails where it should, so the pass tests
// built on it can fail.
import { describe, expect, it } from 'vitest';
import { checks, filecheck, filecheckError } from './filecheck.js';

const text = ['module m', '  %1 = matmul %0, %2 : f32[B, 128]', '  %3 = slice %1 axis=1 start=0 size=32 : f32[B, 32]', '  %4 = tanh %3 : f32[B, 32]', '  output y = %4 : f32[B, 32]', ''].join('\n');

describe('filecheck', () => {
  it('CHECK matches in order, substrings and {{regex}}', () => {
    expect(filecheckError(text, ['CHECK: matmul', 'CHECK: slice %1 axis=1 start={{[0-9]+}} size=32', 'output y'])).toBeNull();
    expect(filecheckError(text, [/CHECK: matmul %\d+, %\d+ : f32\[B, 128\]/])).toBeNull();
    expect(filecheckError(text, ['CHECK: output', 'CHECK: matmul'])).toMatch(/check 2 .* matches no line from line 6/);
    expect(filecheckError(text, ['CHECK: matmul %9'])).toMatch(/matches no line/);
    // literal text: regex metacharacters outside {{ }} are not special
    expect(filecheckError(text, ['CHECK: f32[B, 32]'])).toBeNull();
    expect(filecheckError(text, ['CHECK: f32[B.32]'])).not.toBeNull();
  });

  it('CHECK-NEXT must match the very next line', () => {
    expect(filecheckError(text, ['CHECK: matmul', 'CHECK-NEXT: slice', 'CHECK-NEXT: tanh'])).toBeNull();
    expect(filecheckError(text, ['CHECK: matmul', 'CHECK-NEXT: tanh'])).toMatch(/does not match the line after line 2/);
    expect(filecheckError(text, ['CHECK-NEXT: module'])).toMatch(/no match before it/);
  });

  it('CHECK-NOT holds between matches and up to the end', () => {
    expect(filecheckError(text, ['CHECK: matmul', 'CHECK-NOT: matmul', 'CHECK: output'])).toBeNull();
    expect(filecheckError(text, ['CHECK: module', 'CHECK-NOT: slice', 'CHECK: tanh'])).toMatch(/matched line 3/);
    expect(filecheckError(text, ['CHECK: slice', 'CHECK-NOT: output'])).toMatch(/matched line 5/);
    expect(filecheckError(text, ['CHECK-NOT: concat'])).toBeNull();
  });

  it('[[VAR:re]] binds and [[VAR]] must repeat the same text', () => {
    expect(filecheckError(text, ['CHECK: [[M:%[0-9]+]] = matmul', 'CHECK: slice [[M]] axis=1', 'CHECK: tanh %{{3}}'])).toBeNull();
    expect(filecheckError(text, ['CHECK: [[M:%[0-9]+]] = slice', 'CHECK: output y = [[M]]'])).toMatch(/check 2 .* matches no line/);
    expect(filecheckError(text, ['CHECK: [[M:%[0-9]+]] = slice', 'CHECK-NOT: = tanh [[M]]', 'CHECK: output'])).toMatch(/matched line 4/);
    expect(() => filecheckError(text, ['CHECK: [[NOPE]]'])).toThrow(/used before it is defined/);
  });

  it('checks() splits a block and filecheck() throws on a failed check', () => {
    expect(checks(`
      // comment
      CHECK: matmul
      CHECK-NEXT: slice
    `)).toEqual(['CHECK: matmul', 'CHECK-NEXT: slice']);
    expect(() => filecheck(text, ['CHECK: concat'])).toThrow(/check 1/);
    filecheck(text, checks('CHECK: module\nCHECK: tanh'));
  });
});
